# for over range, list, tuple, str and dict.
for i in range(3):
    print("range", i)
for i in range(10, 0, -4):
    print("down", i)
for x in [1.5, "s", None]:
    print("list", x)
for x in ("a", "b"):
    print("tuple", x)
for ch in "hey":
    print("str", ch)
for key in {"k1": 1, "k2": 2}:
    print("dict", key)
for a, b in [(1, 2), (3, 4)]:
    print("pair", a, b)
for i in range(0):
    print("never")
print("after loops, i is still", i)
