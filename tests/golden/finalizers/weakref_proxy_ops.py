# weakref.proxy forwards operators to its referent, and raises
# ReferenceError once the referent is gone.
import weakref
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o)
    def __radd__(self, o):
        return V(o + self.v)
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
    def __setitem__(self, i, x):
        print("set", i, x)
    def __contains__(self, x):
        return x == 7
    def __iter__(self):
        return iter([1, 2])
    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v
    def __lt__(self, o):
        return self.v < o
    def __bool__(self):
        return False
v = V(1)
p = weakref.proxy(v)
print((p + 1).v, (1 + p).v, len(p), p[2], 7 in p, 8 in p, list(p), p == V(1), p < 5, bool(p))
p[0] = "x"
lst = [1, 2, 3]
class MyList(list):
    pass
m = MyList([1, 2])
pm = weakref.proxy(m)
print(len(pm), pm[0], pm + [3], list(pm), 2 in pm)
del v
for expr in [lambda: p + 1, lambda: len(p), lambda: p[0], lambda: bool(p)]:
    try:
        expr()
    except ReferenceError as e:
        print("ReferenceError:", e)
