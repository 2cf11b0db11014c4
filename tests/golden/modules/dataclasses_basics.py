from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
p.x = 10
print(p, Point.__hash__ is None)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=7))
print(Point.__doc__, Point.__match_args__)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = Inventory("widget", 3.0, 10)
item.tags.append("new")
print(item, item.total_cost(), item.secret)
print(Inventory("gadget", 1.5).tags, Inventory("a", 1).tags is not item.tags)
print(Inventory.__doc__)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "x"


fz = Frozen(1)
print(fz, hash(fz) == hash(Frozen(1)), {fz: 1})
try:
    fz.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del fz.b
except FrozenInstanceError as e:
    print(e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "z")]
print(sorted(vs), Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), max(vs))
print(Version(1, 0, "a") == Version(1, 0, "b"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)

for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
for bad in (3, Point):
    try:
        asdict(bad)
    except TypeError as e:
        print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
