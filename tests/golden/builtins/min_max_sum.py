# min, max, sum with key/default/start
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("abc"), min("b", "a", key=str.upper))
print(max([], default=None), min((), default="empty"), max([1, 5, 3], key=lambda x: -x))
print(max([(1, "a"), (1, "b")]), max([1, 1.0]), max([1.0, 1]), min(["bb", "a", "cc"], key=len), max(["bb", "a", "cc"], key=len))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum([], start=5), sum(range(101)))
print(sum([1.5, 2], start=1), sum(((1,), (2,)), ()))
for label, fn in [
    ("max([])", lambda: max([])),
    ("min()", lambda: min()),
    ("max(1)", lambda: max(1)),
    ("max(1, 2, default=0)", lambda: max(1, 2, default=0)),
    ("max([1], foo=1)", lambda: max([1], foo=1)),
    ("min([1, 'a'])", lambda: min([1, "a"])),
    ("sum(['a'], '')", lambda: sum(["a"], "")),
    ("sum([b'a'], b'')", lambda: sum([b"a"], b"")),
    ("sum([1, 'a'])", lambda: sum([1, "a"])),
    ("sum()", lambda: sum()),
    ("sum(1)", lambda: sum(1)),
]:
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
