import collections.abc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence,
                             MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator,
                             Collection, Reversible, KeysView, ItemsView, ValuesView, MappingView)
from collections import abc
import collections

print(abc is collections.abc, collections.abc.Iterable is Iterable, Iterable.__module__, Iterable.__name__)
def gen():
    yield 1
samples = [[], (), "", b"", {}, set(), frozenset(), range(3), iter([]), gen(), 5, 2.5, None, len, lambda: 0,
           {}.keys(), {}.items(), {}.values(), bytearray(), reversed([1]), zip(), map(len, []), enumerate([]), object()]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible]
print([a.__name__ for a in abcs])
for s in samples:
    print(type(s).__name__.ljust(16), "".join("1" if isinstance(s, a) else "." for a in abcs))
for t in [list, tuple, str, dict, set, frozenset, int, type, object]:
    print(t.__name__.ljust(10), "".join("1" if issubclass(t, a) else "." for a in abcs))

class Counter3:
    def __iter__(self):
        return iter([1, 2, 3])
class Sizer:
    def __len__(self):
        return 4
class NoHash:
    __hash__ = None
class Calls:
    def __call__(self):
        return 1
class MyIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(Counter3(), Iterable), isinstance(Counter3(), Sized), isinstance(Sizer(), Sized), isinstance(NoHash(), Hashable))
print(isinstance(Calls(), Callable), isinstance(MyIter(), Iterator), isinstance(MyIter(), Iterable), issubclass(MyIter, Generator))
print(isinstance([], Hashable), isinstance((1,), Hashable), isinstance(Counter3(), Hashable))

class MySeq(Sequence):
    def __init__(self, *items):
        self._items = list(items)
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)
s = MySeq(3, 1, 4, 1, 5)
print(list(s), 4 in s, 9 in s, s.index(1), s.index(1, 2), s.count(1), list(reversed(s)), len(s))
try:
    s.index(42)
except ValueError:
    print("ValueError")
print(isinstance(s, Sequence), isinstance(s, Iterable), isinstance(s, MutableSequence), isinstance(s, Reversible))

class MyList(MutableSequence):
    def __init__(self):
        self._d = []
    def __getitem__(self, i):
        return self._d[i]
    def __setitem__(self, i, v):
        self._d[i] = v
    def __delitem__(self, i):
        del self._d[i]
    def __len__(self):
        return len(self._d)
    def insert(self, i, v):
        self._d.insert(i, v)
m = MyList()
m.append(1); m.extend([2, 3, 4]); m += [5]
m.reverse()
print(list(m), m.pop(), m.pop(0), list(m))
m.remove(3)
print(list(m))
m.clear()
print(list(m), len(m))

class MyMap(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
mm = MyMap(a=1, b=2)
print(mm["a"], mm.get("z"), mm.get("z", 0), "a" in mm, "z" in mm, list(mm.keys()), list(mm.items()), list(mm.values()))
print(mm == {"a": 1, "b": 2}, mm == MyMap(a=1), len(mm.keys()), ("a", 1) in mm.items(), 2 in mm.values(), mm.keys() & {"a", "q"})
print(isinstance(mm, Mapping), isinstance(mm, MutableMapping), isinstance(mm.keys(), KeysView), isinstance(mm.keys(), Set))
print(repr(mm.keys())[:9])

class MyDict(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
d = MyDict()
d["x"] = 1
d.update({"y": 2}, z=3)
d.update([("w", 4)])
print(sorted(d.items()), d.setdefault("x", 9), d.setdefault("v", 5), d.pop("y"), d.pop("nope", None), len(d))
print(d.popitem(), len(d))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
d.clear()
print(len(d))

class MySet(Set):
    def __init__(self, items=()):
        self._s = []
        for x in items:
            if x not in self._s:
                self._s.append(x)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7, 8]))
print(type(a & b).__name__, a._hash() == MySet([3, 2, 1])._hash())

class Incomplete(Sequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)
print(sorted(collections.abc.__all__)[:6])
