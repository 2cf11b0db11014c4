# dir() of builtin objects lists CPython's names; the dunders are callable.
def f():
    pass

for x in [object(), 1, True, 1.5, "", b"", [], (), {}, set(), frozenset(), range(3), None, 1j]:
    names = sorted(dir(x))
    if type(x) is bytes:
        # bytes' str-like methods are not all implemented: its dunders only.
        names = [n for n in names if n.startswith("__")]
    print(type(x).__name__, len(names))
    print(names)
print(len(dir(f)) >= 35, len(dir(list)), len(dir(int)))

print([1, 2].__len__(), (3).__add__(4), "a".__eq__("a"), "a".__eq__(1))
print((1).__add__("a"), (1).__add__(1.5), (1.5).__radd__(1), (2).__pow__(10, 1000))
print([1, 2].__class__, list.__getitem__([5, 6], 1), {1: 2}.__contains__(1))
print([1, 2].__lt__([1, 3]), [1].__lt__((1,)), {}.__lt__({}), (1).__lt__(2.5), (1.5).__lt__(2))
print(list.__hash__, dict.__hash__, set.__hash__, (7).__hash__() == hash(7))
print(list(iter([1, 2].__iter__())), "ab".__mul__(3), [0].__rmul__(3), (1, 2).__add__((3,)))
l = [1, 2]
print(l.__iadd__((3,)) is l, l, l.__imul__(2) is l, l)
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, list(l.__reversed__()), "abc".__getitem__(slice(1, None)), b"ab".__contains__(97))
print((5).__neg__(), (5).__invert__(), (-5).__abs__(), (0).__bool__(), (2.7).__int__(), (7).__float__())
print((2.5).__floor__(), (2.5).__ceil__(), (2.567).__round__(2), (7).__divmod__(2), (7).__rdivmod__(30))
print((7).__truediv__(2), (7).__rsub__(10), (6).__and__(3), (1).__lshift__(4), True.__or__(False))
print({1, 2}.__and__({2, 3}), {1}.__or__([2]), frozenset({1}).__sub__({1}), {1: 1}.__or__({2: 2}))
s = {1}
print(s.__ior__({5}) is s, s, s.__iand__([1]))
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(3), range(0).__bool__())
print(None.__bool__(), (1j).__bool__(), (1j).__add__(1), (2j).__mul__(2), (1j).__lt__(1j))
print(format(1, ""), (255).__format__("x"), (1.5).__format__(".3f"), "ab".__format__(">4"), type(object().__format__("")))
print("%d items".__mod__(3), "x".__rmod__(3))
r = [1, 2].__reduce_ex__(2)
print(object.__subclasshook__(int), [].__getstate__(), callable(r[0]), r[2], list(r[3]))
print(type(object().__reduce_ex__(2)), sorted(object().__dir__()) == sorted(dir(object())))
print((3).__getnewargs__(), "s".__getnewargs__(), (1.5).__getnewargs__(), (1, 2).__getnewargs__())
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__ne__(2), "a".__ge__("b"), (1, 2).__gt__((1,)))
print(int.__add__(3, 4), str.__len__("abc"), dict.__len__({1: 2}), tuple.__contains__((1,), 1))
print(int.__add__.__name__, list.__len__([4]), float.__getformat__("double"))
s = {1, 2, 3}
s.difference_update([1], {2})
print(s, s.intersection_update({3, 4}), s, s.symmetric_difference_update([4]), s)
print(f.__call__(), f.__get__(None, type(f)) is f, type(f.__get__(1)).__name__)
print(sorted(n for n in dir(f) if n not in dir(object())))

class C:
    pass

c = C()
c.a = 1
print(c.__getstate__(), c.__class__ is C, len(dir(c)) == len(dir(C())) + 1)

for call in [lambda: [].__getitem__("x"), lambda: "a".__add__(1), lambda: list.__len__(5),
             lambda: [].__add__(()), lambda: (1).__add__(), lambda: int.__add__("a", 1),
             lambda: object().__format__("x"), lambda: [1].__lt__(["a"]), lambda: {}.__delitem__(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class MyList(list):
    def __len__(self):
        return 99


m = MyList([1, 2])
print(len(m), m.__len__(), list.__len__([1]), m + [3], m * 2, m == [1, 2])


class P:
    pass


for op in [lambda: P() + 1, lambda: P() < P(), lambda: 1 + P()]:
    try:
        op()
    except TypeError as e:
        print(e)
print(P() == P(), P() != P())


# Subclasses calling the builtin dunder from their own override get the
# builtin behaviour (no recursion back into the override).
class L2(list):
    def __len__(self):
        return list.__len__(self) + 1

    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

    def __eq__(self, o):
        return list.__eq__(self, o)

    def __iter__(self):
        return list.__iter__(self)

    __hash__ = None


class I2(int):
    def __add__(self, o):
        return int.__add__(self, o) + 100

    def __abs__(self):
        return int.__abs__(self) * 2

    def __bool__(self):
        return not int.__bool__(self)


class D2(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)


class S2(str):
    def __eq__(self, o):
        return str.__eq__(self, o)

    __hash__ = str.__hash__


l2 = L2([1, 2])
print(len(l2), l2[0], l2 == [1, 2], list(l2), list(reversed(l2)))
print(I2(1) + 2, abs(I2(-3)), bool(I2(0)), I2(5).__getnewargs__(), I2(7).__format__("03d"))
d2 = D2()
d2["a"] = 1
print(d2, S2("a") == "a", hash(S2("a")) == hash("a"))
try:
    hash(L2())
except TypeError as e:
    print(e)
print(list.__len__, object.__init__, int.__format__, object.__reduce_ex__)
print(type(list.__len__).__name__, type([].__len__).__name__, type(list.append).__name__, type([].append).__name__)
print(repr([].__len__).startswith("<method-wrapper '__len__' of list object at 0x"))
