import enum

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Color(enum.Enum):
    RED = 1
    GREEN = 2

def g(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y {yy}"
        case Point(xx, 0):
            return f"on x {xx}"
        case Color.RED:
            return "red"
        case Point():
            return "point"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"string {s!r}"
        case bool(b):
            return f"bool {b}"
        case list([a, b]):
            return f"list {a} {b}"
        case _:
            return "?"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Color.RED, Color.GREEN,
          500, 2.5e3, 7, "hi", True, [1, 2], (1, 2)]:
    print(g(p))
