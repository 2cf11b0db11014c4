# sorted() with key and reverse keeps stability
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted(b"cab"), sorted(range(3), reverse=True))
try:
    sorted([1], foo=1)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
