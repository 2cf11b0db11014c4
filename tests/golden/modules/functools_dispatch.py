from functools import singledispatch, singledispatchmethod, cached_property, total_ordering


@singledispatch
def show(arg):
    return "object: %r" % (arg,)


@show.register
def _(arg: int):
    return "int: %d" % arg


@show.register(list)
def _show_list(arg):
    return "list of %d" % len(arg)


@show.register(str)
@show.register(bytes)
def _show_text(arg):
    return "text: %s" % (arg,)


print(show(1), show(True), show([1, 2]), show("hi"), show(b"x"), show(2.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.__name__, sorted(c.__name__ for c in show.registry))


class Base:
    pass


class Child(Base):
    pass


@singledispatch
def kind(x):
    return "unknown"


@kind.register
def _(x: Base):
    return "base"


print(kind(Child()), kind(Base()), kind(3))
try:
    show()
except TypeError as e:
    print(e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"

    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg

    @fmt.register(list)
    def _(self, arg):
        return "list " + ",".join(map(str, arg))


f = Formatter()
print(f.fmt(3), f.fmt([1, 2]), f.fmt("x"))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed)
del c.area
print(c.area, c.computed)


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents


print(Money(1) <= Money(2), Money(3) > Money(2), Money(2) >= Money(2), sorted([Money(3), Money(1)])[0].cents)
