class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1); b = Singleton(2)
print(a is b, a.value)
class Point:
    __slots__ = ("x", "y")
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self
p = Point(1, 2); print(p.x, p.y)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")
    def __delattr__(self, name):
        raise AttributeError("no deleting")
f = Frozen(3); print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(e)
try:
    del f.v
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self): self.data = 1
    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
l = Logged(); print(l.data)
class Other:
    def __new__(cls):
        return 42
print(Other())
print(type(object()).__name__)
