import functools
class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, cls):
        if obj is None: return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError("need int")
        setattr(obj, self.name, value)
class P:
    x = Typed()
p = P(); p.x = 5; print(p.x, P.x.name)
try:
    p.x = "a"
except TypeError as e:
    print(e)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def greet(name):
    "Say hi."
    return "hi " + name
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
class Q:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
    @functools.lru_cache(maxsize=None)
    def sq(self, n): return n * n
q = Q(); print(q.val, q.val, q.sq(3), q.sq(3))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash((1, 2))
    def __eq__(self, o): return self.v == o.v
print(hash(H(1)) == hash((1, 2)))
try:
    raise OSError(2, "No such file")
except OSError as e:
    e.extra = 1
    print(e.extra, e.args)
