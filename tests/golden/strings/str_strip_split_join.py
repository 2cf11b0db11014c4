# str.strip/lstrip/rstrip, split (with and without maxsplit) and join.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "--x--".strip("-"))
print("a,b,,c".split(","), "a b  c ".split(), "".split(), "".split(","))
print("k=v=w".split("=", 1), "a b c".split(None, 1), "a b c".split(maxsplit=1))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), repr(", ".join([])))
print("a\nb\n".splitlines(), "line1\nline2".splitlines())
