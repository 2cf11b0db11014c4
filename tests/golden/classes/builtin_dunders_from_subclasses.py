# What the stdlib modules rely on: PEP 560 __mro_entries__, user __format__
# on builtin subclasses, builtin __hash__/__format__/__str__ reachable from
# subclasses, '%' with any right operand, function __annotations__ as a dict.


class Alias:
    def __init__(self, origin):
        self.origin = origin

    def __mro_entries__(self, bases):
        return (self.origin,)


class Base:
    def hello(self):
        return "hello"


class Derived(Alias(Base), Alias(dict)):
    pass


print(Derived.__mro__, Derived().hello(), Derived.__orig_bases__[0].origin)
print("__orig_bases__" in Base.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [object]


try:
    class X(Bad()):
        pass
except TypeError as e:
    print(e)


class Money(int):
    def __format__(self, spec):
        return "$" + int.__format__(self, spec)

    def __str__(self):
        return "Money"


m = Money(5)
print(f"{m}", f"{m:>4}", format(m, "03d"), "%s|%d" % (m, m), str(m))


class Loud(int):
    def __repr__(self):
        return "LOUD"


print(f"{Loud(3)}", format(Loud(3), ">3"), "{}".format(Loud(3)), object.__format__(Loud(1), ""))
try:
    format(object(), "x")
except TypeError as e:
    print(e)


class Named(str):
    def __hash__(self):
        return 7


class Plain(str):
    pass


print(hash(Named("a")), hash(Plain("a")) == hash("a"), int.__hash__(5), str.__hash__("a") == hash("a"))
print(repr(str.__str__(Plain("x"))), {Plain("k"): 1}["k"])


class Thing:
    def __repr__(self):
        return "Thing()"


print("value: %s" % Thing(), "%r" % (Thing(),))


def annotated(a: int, b: "str" = "x") -> bool:
    pass


def plain(a):
    pass


print(annotated.__annotations__, plain.__annotations__, plain.__annotations__ is plain.__annotations__)


class Shape:
    pass


Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
try:
    Shape()
except TypeError as e:
    print(e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.fdel)
