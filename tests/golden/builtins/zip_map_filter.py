# zip, map, filter objects
import sys
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(zip(range(3), range(3), strict=True)))
z = zip([1], [2])
print(type(z), sys.getsizeof(z), iter(z) is z, next(z))
print(list(map(abs, [-1, -2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, "ab", "cde")))
m = map(str, [1])
print(type(m), sys.getsizeof(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
f = filter(bool, [])
print(type(f), sys.getsizeof(f), list(f))
for a, b in zip("xy", [1, 2]):
    print(a, b)
print(dict(zip("abc", range(3))))
for label, fn in [
    ("zip(1)", lambda: zip(1)),
    ("zip(x=1)", lambda: zip(x=1)),
    ("strict longer", lambda: list(zip([1], [1, 2], strict=True))),
    ("strict shorter", lambda: list(zip([1, 2], [1], strict=True))),
    ("strict shorter 3", lambda: list(zip([1, 2], [1, 2], [3], strict=True))),
    ("strict shorter 3b", lambda: list(zip([1, 2], [1], [3, 4], strict=True))),
    ("map(abs)", lambda: map(abs)),
    ("map(abs, 1)", lambda: map(abs, 1)),
    ("list(map(abs, 'a'))", lambda: list(map(abs, "a"))),
    ("filter(abs)", lambda: filter(abs)),
    ("filter(None, 1)", lambda: filter(None, 1)),
]:
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
