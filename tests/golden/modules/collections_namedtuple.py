from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields)
Color = namedtuple("Color", "red green blue")
print(Color(255, 0, 0), Color._fields)
Config = namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("localhost"), Config("h", 1), Config("h", 1, True), Config._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): "found"}[Point(1, 2)], 1 in p, list(p))
print(namedtuple("R", "a b c", rename=True)(1, 2, 3), namedtuple("S", ["ok", "def", "_x"], rename=True)._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2),
            lambda: namedtuple("X", "a a"), lambda: namedtuple("X", "_a"), lambda: namedtuple("X", "class")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
