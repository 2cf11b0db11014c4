from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"])
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print(Color.RED in Color, Color.RED.name, Color.RED.value)
print(Color.__members__)
print(list(Color.__members__.items()))
print(Color, type(Color.RED), Color.__name__, isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print(hash(Color.RED) == hash("RED"), {Color.RED: "stop", Color.GREEN: "go"})
print(list(reversed(Color)))
print(f"{Color.GREEN}", format(Color.BLUE, ">12"), "%s" % Color.RED)
print([c.name for c in Color], [c.value for c in Color])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED.__class__.__name__, type(Color).__name__)

try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
for bad in (7, "RED", None):
    try:
        Color(bad)
    except ValueError as e:
        print(e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(repr(e))
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(e)

try:
    class Bad(Color):
        PURPLE = 4
except TypeError as e:
    print(e)

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), str(Number.THREE), f"{Number.TWO}", format(Number.ONE, "03d"))
print(Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, Number.TWO > Number.ONE, Number.THREE < 10)
print({1: "a", 2: "b"}[Number.TWO], hash(Number.ONE), sorted([Number.THREE, Number.ONE]))
print(Number(2), Number(3) is Number.THREE, isinstance(Number.ONE, int), int(Number.TWO))
print(["x", "y", "z"][Number.ONE], list(range(Number.THREE)))


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), Ordinal.THIRD.value)


class Weekday(StrEnum):
    MONDAY = auto()
    TUESDAY = auto()
    HOLIDAY = "rest"


print(Weekday.MONDAY, repr(Weekday.TUESDAY), f"{Weekday.HOLIDAY:>6}|", Weekday.MONDAY == "monday")
print(Weekday.MONDAY.upper(), Weekday("rest"), len(Weekday.HOLIDAY), Weekday.MONDAY + "!")


class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"


print(Shape.CIRCLE, repr(Shape.SQUARE), f"{Shape.CIRCLE}", Shape.CIRCLE == "circle", Shape("square"))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
        DOS = 2
except ValueError as e:
    print(e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Status = Enum("Status", [("ACTIVE", "a"), ("IDLE", "i")])
print(list(Status), Status("i"))
Level = IntEnum("Level", {"LOW": 10, "HIGH": 20})
print(list(Level), Level.HIGH > Level.LOW)


def describe(c):
    if c is Color.RED:
        return "red!"
    if c in (Color.GREEN, Color.BLUE):
        return "cool"


print([describe(c) for c in Color])
