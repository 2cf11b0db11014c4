class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
    def __bool__(cls):
        return False
    def __eq__(cls, other):
        return NotImplemented
    __hash__ = type.__hash__ if hasattr(type, "__hash__") else None
class Duck(metaclass=Meta):
    pass
class Q:
    quack = 1
print(Duck.auto_hello, callable(Duck), bool(Duck), not Duck)
try:
    Duck.other
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Q(), Duck), isinstance(3, Duck), isinstance(Duck(), Duck), issubclass(Q, Duck), issubclass(int, Duck))
print(isinstance(Q(), (int, Duck)), hasattr(Duck, "auto_x"), hasattr(Duck, "y"), getattr(Duck, "auto_z", None))
print(type(Duck), Duck.__class__.__name__, Meta.__mro__, Meta.__bases__, Meta.__base__, type(Meta))
print(Meta.__dict__["__getattr__"].__name__, sorted(k for k in vars(Meta) if not k.startswith("__")), "mro" in dir(type))
print(Duck.mro(), type.mro(Meta))
try:
    Meta.mro()
except TypeError as e:
    print("TypeError:", e)
class Counter(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        Counter.count += 1
        return super().__call__(*args, **kwargs)
class Thing(metaclass=Counter):
    def __init__(self, a, b=2):
        self.total = a + b
print(Thing(1).total, Thing(1, b=5).total, Counter.count, type.__call__(Thing, 3).total, Counter.count)
try:
    Thing()
except TypeError as e:
    print("TypeError:", e)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Db(metaclass=Singleton):
    def __init__(self):
        print("Db init")
print(Db() is Db(), len(Singleton._instances))
class M(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return type.__new__(mcls, name, bases, ns)
    @property
    def upper(cls):
        return cls.__name__.upper()
    @upper.setter
    def upper(cls, v):
        print("setting upper", v)
class N(metaclass=M):
    pass
print(N.added, N.upper)
N.upper = 5
print("upper" in N.__dict__)
try:
    N().upper
except AttributeError as e:
    print("AttributeError:", e)
try:
    type.__new__(M)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "x", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (1,), {})
except TypeError as e:
    print("TypeError:", e)
print(type("B", (), {}).__bases__, type.__prepare__("x", ()), M.__prepare__("n", ()))
