class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, i):
        return cls.registry[i]
    def __contains__(cls, x):
        return x in cls.registry
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __call__(cls, *a, **kw):
        print("Meta.__call__", cls.__name__, a)
        inst = super().__call__(*a, **kw)
        cls.registry.append(inst)
        return inst
    @property
    def count(cls):
        return len(cls.registry)
    def describe(cls):
        return "I am " + cls.__name__
    @classmethod
    def meta_cm(mcls):
        return mcls.__name__

class A(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v})"

print(type(A), type(A) is Meta, isinstance(A, Meta), isinstance(A, type))
a = A(1); b = A(2)
print(list(A), len(A), A[0], a in A, 5 in A, repr(A), A.count, A.describe(), A.meta_cm())
print(A.x, a.v, type(a), A.__class__)

class B(A):
    y = 2
print(type(B), B.registry, B.count, B.y, B.x)
B(3)
print(list(B), list(A))
try:
    B.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.describe
except AttributeError as e:
    print("AttributeError:", e)

class M2(type): pass
class C(metaclass=M2): pass
try:
    class D(A, C): pass
except TypeError as e:
    print("TypeError:", e)

class M3(Meta): pass
class E(A, metaclass=M3): pass
print(type(E).__name__)
try:
    class F(E, metaclass=Meta): pass
    print(type(F).__name__)
except TypeError as e:
    print("TypeError:", e)

# type() forms
X = type('X', (), {'a': 1})
print(X.__name__, X.a, type(X), type(5), type.__call__(X).__class__.__name__)
Y = Meta('Y', (), {})
print(type(Y).__name__, Y.registry)
print(type(type), type.__class__)
try:
    type('Z', 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Meta(1)
except TypeError as e:
    print("TypeError:", e)
X = type('X', (), {'a': 1})
print(X, X.__module__, X.__dict__['__module__'], X().a)
Y = type('Y', (X,), {'__module__': 'elsewhere'})
print(Y)
def f():
    return type('Z', (), {})
print(f())
