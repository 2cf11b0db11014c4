# strip family, padding and identity of unchanged results
s = "xxhixx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"))
print(repr("  \t hi \n ".strip()), repr(" hi ".lstrip()), repr(" hi ".rstrip()))
t = "clean"
print(t.strip() is t, t.lstrip("z") is t, t.center(3) is t, t.ljust(5) is t)
print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("abc".center(6, "-")))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(tabsize=2)))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
for label, f in [
    ('"a".strip(1)', lambda: "a".strip(1)),
    ('"a".center()', lambda: "a".center()),
    ('"a".center("x")', lambda: "a".center("x")),
    ('"a".center(5, "ab")', lambda: "a".center(5, "ab")),
    ('"a".zfill()', lambda: "a".zfill()),
    ('"a".ljust(1, 2, 3)', lambda: "a".ljust(1, 2, 3)),
    ('"a".removeprefix(1)', lambda: "a".removeprefix(1)),
    ('"a".expandtabs(x=1)', lambda: "a".expandtabs(x=1)),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
