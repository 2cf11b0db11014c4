from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, List


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        self.area = self.width * self.height
        Rect.count += 1


r = Rect(2, 3)
print(r, r.area, Rect.count, [f.name for f in fields(Rect)])
try:
    replace(r, area=1)
except ValueError as e:
    print(e)
print(replace(r, width=5))


@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.value *= scale


print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print(e)
try:
    Options()
except TypeError as e:
    print(e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 0


print(Mixed(1, b=2), Mixed.__match_args__, Mixed.__doc__)


@dataclass
class Team:
    name: str
    members: List[str] = field(default_factory=list)
    lead: Base = None


t = Team("core", ["ann", "bob"], Base(5))
print(asdict(t), astuple(t))
d = asdict(t)
d["members"].append("cy")
print(t.members)


@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(default=0, hash=False)


print(hash(Key("a", 1)) == hash(Key("a", 2)), Key("a") == Key("a"), len({Key("a"), Key("a")}))


@dataclass(eq=False)
class Identity:
    v: int


i = Identity(1)
print(i == Identity(1), i == i, Identity.__hash__ is object.__hash__)


@dataclass(repr=False)
class Quiet:
    v: int

    def __repr__(self):
        return "Quiet!"


print(Quiet(1))


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return "custom %d" % self.v

    def __eq__(self, other):
        return True


print(Custom(2), Custom(1) == 5)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))
try:
    Empty(1)
except TypeError as e:
    print(e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError")

C = make_dataclass("C", [("x", int), ("y", int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2))

try:
    @dataclass(frozen=True)
    class F(Base):
        q: int = 0
except TypeError as e:
    print(e)

try:
    @dataclass(order=True)
    class O:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
