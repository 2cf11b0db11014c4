# reversed() and iter(callable, sentinel)
import sys
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed(b"ab")), list(reversed(range(0))))
for r in [reversed([]), reversed(()), reversed("x"), reversed({})]:
    print(type(r).__name__, sys.getsizeof(r))
print(type(reversed(range(2))).__name__)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Seq())), list(reversed(Rev())))
lst = [1, 2, 3]
it = reversed(lst)
print(next(it))
lst.pop()
print(list(it))
count = [0]
def tick():
    count[0] += 1
    return count[0]
ci = iter(tick, 4)
print(type(ci).__name__, sys.getsizeof(ci), list(ci), list(ci))
for label, fn in [
    ("reversed(5)", lambda: reversed(5)),
    ("reversed({1})", lambda: reversed({1})),
    ("reversed()", lambda: reversed()),
    ("iter(5, 1)", lambda: iter(5, 1)),
]:
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
