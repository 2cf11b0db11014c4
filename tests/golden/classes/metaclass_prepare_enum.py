class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._order = [k for k in ns if not k.startswith("__")]
        return cls

class P(metaclass=OrderedMeta):
    b = 1
    a = 2
    def m(self): return injected
print(P._order, P.injected, P().m.__name__)

class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)

class RM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return RecordingDict()
    def __new__(mcls, name, bases, ns):
        print("log:", ns.log)
        return super().__new__(mcls, name, bases, dict(ns))

class Q(metaclass=RM):
    x = 1
    y = x + 1
    def f(self): pass
print(Q.y)

class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Z(metaclass=BadPrep): pass
except TypeError as e:
    print("TypeError:", e)

# Enum-like
class _Member:
    def __init__(self, value):
        self.value = value
    def __set_name__(self, owner, name):
        self.name = name
        owner._members[name] = self

class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"_members": {}}
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        ns2 = dict(ns)
        for k in members:
            del ns2[k]
        cls = super().__new__(mcls, name, bases, ns2)
        cls._member_map = {}
        cls._value_map = {}
        for k, v in members.items():
            m = object.__new__(cls)
            m._name = k
            m._value = v
            cls._member_map[k] = m
            cls._value_map[v] = m
            type.__setattr__(cls, k, m)
        return cls
    def __iter__(cls):
        return iter(cls._member_map.values())
    def __len__(cls):
        return len(cls._member_map)
    def __getitem__(cls, name):
        return cls._member_map[name]
    def __call__(cls, value):
        try:
            return cls._value_map[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None
    def __contains__(cls, m):
        return isinstance(m, cls) and m._name in cls._member_map
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        if name in cls._member_map:
            raise AttributeError("cannot delete member %r" % name)
        super().__delattr__(name)
    def __repr__(cls):
        return "<enum %r>" % cls.__name__

class Enum(metaclass=EnumMeta):
    @property
    def name(self): return self._name
    @property
    def value(self): return self._value
    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name, self._value)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(list(Color), len(Color), Color["GREEN"], Color(3), Color.RED, Color.RED.name, Color.RED.value)
print(Color.RED in Color, 1 in Color, repr(Color), type(Color).__name__, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = 9
print(Color.extra)
del Color.extra
print(hasattr(Color, "extra"), Color.RED is Color["RED"], Color(1) is Color.RED)
print(sorted(m.name for m in Color), {Color.RED: "r"}[Color.RED])
print(Color.__name__, Color.__qualname__, Color.__mro__[1:] == (Enum, object), Color.__dict__["_member_map"] is Color._member_map)
