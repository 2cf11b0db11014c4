# gc.get_referents shows what CPython's tp_traverse visits: absent
# function fields are skipped, builtin types are not GC objects, a module
# shows only its dict, str keys of a dict are not visited.
import gc


def names(o):
    return [type(r).__name__ for r in gc.get_referents(o)]


def plain():
    pass


def with_defaults(a=1, *, b=2):
    "doc"
    return a


def outer():
    v = []

    def inner():
        return v
    return inner


class Base:
    x = 1


class Child(Base):
    __slots__ = ('p', 'q')


print(names(plain))
print(names(with_defaults))
print(names(outer()))
print(names(Base), names(Child))
print(names(list), names(int))
print(names(gc))
print(names({'a': [], 'b': 'c'}), names({1: [], 'a': 2}))
print(names(ValueError('x')))
print(names(property(plain)), names(property()))
holder = {'k': ['value']}
print(any(r is holder for r in gc.get_referrers('k')))
print(any(r is holder for r in gc.get_referrers(holder['k'])))
