class Base:
    registry = []
    def __init_subclass__(cls, flag=False, **kw):
        print("init_subclass", cls.__name__, flag, kw)
        super().__init_subclass__(**kw)
        cls.flag = flag
        Base.registry.append(cls.__name__)

class C(Base): pass
class D(C, flag=True): pass
print(C.flag, D.flag, Base.registry, type(Base.__dict__["__init_subclass__"]).__name__)
try:
    class E(C, flag=1, other=2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(other=2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError:", e)
object.__init_subclass__()

class Outer:
    class Inner:
        pass
try:
    class G(Outer.Inner, k=1): pass
except TypeError as e:
    print("TypeError:", e)

class Plugin:
    plugins = {}
    @classmethod
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugins[name or cls.__name__.lower()] = cls
class A1(Plugin, name="first"): pass
class A2(Plugin): pass
print(sorted(Plugin.plugins), Plugin.plugins["first"] is A1)

# __set_name__ order and args
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
class Model:
    def __init_subclass__(cls):
        print("Model.__init_subclass__", cls.__name__, [k for k in cls.__dict__ if not k.startswith("_")])
class User(Model):
    first = Field()
    last = Field()
u = User()
print(u.first, User.first.name)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__ kw", kw)
        super().__init__(name, bases, ns, **kw)
class K(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("K.__init_subclass__", cls.__name__, kw)
class L(K, color="red"): pass

