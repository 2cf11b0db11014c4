from enum import Enum, IntEnum, EnumMeta, EnumType, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

    @staticmethod
    def count():
        return len(Mood)


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY), Mood.count())


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, "P.X", "km")
    PY = (1, "P.Y", "km")


print(Coordinate(1), Coordinate.PY.label, Coordinate.PX.unit, Coordinate.PX.value)


class Shade(Enum):
    LIGHT = 1
    DARK = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name.lower() == value.lower():
                    return member
        return None


print(Shade("light"), Shade("DARK"), Shade(2))
try:
    Shade("grey")
except ValueError as e:
    print(e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    Broken(5)
except TypeError as e:
    print(e)


class Days(Enum):
    _ignore_ = ["temp"]
    MON = 1
    temp = 99
    TUE = 2


print(list(Days), hasattr(Days, "temp"))


class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(AutoName))


class Status(IntEnum):
    ACTIVE = 1
    INACTIVE = 0

    @property
    def label(self):
        return self.name.title()


print(Status.ACTIVE.label, Status(0), bool(Status.INACTIVE), Status.ACTIVE * 10, max(Status))
print(EnumMeta is EnumType, type(Status) is EnumMeta, isinstance(Status.ACTIVE, Status))
print(Mood.HAPPY in Mood, Status.ACTIVE in Status, Status.ACTIVE.__class__.__name__)
print([m for m in Mood.__members__], Mood["FUNKY"] is Mood.FUNKY, Mood(1) is Mood.FUNKY)
print(Mood.FUNKY.name, Mood.FUNKY._name_, Mood.FUNKY._value_)
try:
    Mood.FUNKY.name = "x"
except AttributeError as e:
    print("AttributeError")
by_value = {m.value: m for m in Mood}
print(by_value)


class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"


class Child(Base):
    a = 1
    b = 2


print(Child.a.shout(), list(Child), issubclass(Child, Base), Child.b)
