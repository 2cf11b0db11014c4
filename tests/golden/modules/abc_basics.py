from abc import ABC, ABCMeta, abstractmethod, abstractproperty


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
try:
    Shape()
except TypeError as e:
    print(e)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class Animal(metaclass=ABCMeta):
    @abstractmethod
    def speak(self):
        pass

    @abstractmethod
    def move(self):
        pass

    @property
    @abstractmethod
    def legs(self):
        pass


class Half(Animal):
    def speak(self):
        return "..."


for cls in (Animal, Half):
    try:
        cls()
    except TypeError as e:
        print(e)


class Dog(Half):
    def move(self):
        return "run"

    @property
    def legs(self):
        return 4


d = Dog()
print(d.speak(), d.move(), d.legs, type(Animal).__name__, type(Dog) is ABCMeta)


class Printable(ABC):
    @abstractmethod
    def render(self):
        pass


class Legacy:
    def render(self):
        return "legacy"


Printable.register(Legacy)
print(isinstance(Legacy(), Printable), issubclass(Legacy, Printable), issubclass(int, Printable))
try:
    Printable()
except TypeError as e:
    print(e)


@Printable.register
class Other:
    pass


print(Other.__name__, isinstance(Other(), Printable), isinstance(3, Printable))


class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 0


print(issubclass(Box, Sized2), issubclass(int, Sized2), isinstance(Box(), Sized2))


class Base(ABC):
    @staticmethod
    @abstractmethod
    def make():
        pass

    @classmethod
    @abstractmethod
    def build(cls):
        pass


try:
    Base()
except TypeError as e:
    print(e)


class Concrete(Base):
    @staticmethod
    def make():
        return "made"

    @classmethod
    def build(cls):
        return cls.__name__


print(Concrete.make(), Concrete.build(), type(Concrete()).__name__)


class Old(ABC):
    @abstractproperty
    def value(self):
        pass


try:
    Old()
except TypeError as e:
    print(e)


class Empty(ABC):
    pass


print(type(Empty()).__name__, Empty.__abstractmethods__)
