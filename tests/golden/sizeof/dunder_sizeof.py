# obj.__sizeof__() is the layout without the GC head sys.getsizeof adds.
import sys
for obj in [[], [1, 2, 3], (), (1, 2), "abc", "é", {}, {1: 2}, set(), 10**30, 1.5, b"ab", range(3)]:
    print(type(obj).__name__, obj.__sizeof__(), sys.getsizeof(obj))
class Plain:
    pass
class Slotted:
    __slots__ = ("a", "b")
class Custom:
    def __sizeof__(self):
        return 100 + super().__sizeof__()
for obj in [Plain(), Slotted(), Custom()]:
    print(type(obj).__name__, obj.__sizeof__(), sys.getsizeof(obj))
class L(list):
    pass
print(L([1, 2]).__sizeof__(), sys.getsizeof(L([1, 2])))
