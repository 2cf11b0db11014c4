import sys
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[1], p[-1], p[:1], len(p), list(p))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, type(p) is Point, Point.__bases__, Point.__mro__[1:])
print(sys.getsizeof(p), sys.getsizeof((1, 2)), sys.getsizeof(Point(1, 2)) == sys.getsizeof((1, 2)))
x, y = p
print(x, y, *p, p == (1, 2), (1, 2) == p, p != (1, 3), p < Point(1, 3), hash(p) == hash((1, 2)))
print(p + (3,), type(p + (3,)).__name__, p * 2, 2 in p, p.count(1), p.index(2), tuple(p), max(p), sum(p))
print({p: "found"}[(1, 2)], {(1, 2): "found"}[p], sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))
print("%s and %s" % p, "{} {}".format(*p), f"{p}", f"{p!r:>20}|")
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._make(range(2)), Point._fields, Point._field_defaults)
print(p.__getnewargs__(), Point.__doc__, Point.x.__doc__, Point.__new__.__doc__, Point.__match_args__, Point.__slots__)
print(Point(x=3, y=4), Point(5, y=6))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, "__dict__"), type(Point.x).__name__)

# subclassing a namedtuple
class Point3(namedtuple("Point3Base", "x y z")):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return "P3<%d,%d,%d>" % self
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), type(q._replace(z=0)).__name__, sys.getsizeof(q), Point3._make([0, 0, 0]))

class Tagged(namedtuple("TaggedBase", "name")):
    pass
t = Tagged("a")
t.tag = "extra"
print(t, t.tag, t.__dict__, sys.getsizeof(t))

# defaults and rename
Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("h"), Config("h", 1), Config("h", debug=True), Config._field_defaults, Config.__new__.__defaults__)
R = namedtuple("R", ["a", "def", "a", "_x", "2"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
One = namedtuple("One", "only")
print(One(1), One.__doc__, One._make([2]))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()), Empty.__doc__)
Mod = namedtuple("Mod", "a", module="somewhere")
print(Mod.__module__)

# errors
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2),
            lambda: Point(), lambda: Config(), lambda: Config(1, 2, 3, 4), lambda: Point._make([1]),
            lambda: p._replace(z=1), lambda: namedtuple("X", "a a"), lambda: namedtuple("X", "_a"),
            lambda: namedtuple("X", "class"), lambda: namedtuple("X", "a-b"), lambda: namedtuple("1X", "a"),
            lambda: namedtuple("X", "a b", defaults=[1, 2, 3])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# copying and iteration helpers
import copy
c1 = copy.copy(p)
c2 = copy.deepcopy(Point([1], [2]))
print(c1, c1 == p, type(c1).__name__, c2, type(c2).__name__)
print(list(map(Point._make, [(1, 2), (3, 4)])), [pt.x for pt in [Point(1, 2), Point(3, 4)]])
print(dict(zip(Point._fields, p)), list(zip(*[Point(1, 2), Point(3, 4)])))
