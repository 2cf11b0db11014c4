# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxaxx".strip(b"x"), b.upper(), b.lower())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a,b,c".rsplit(b",", 1), b"a\nb\r\nc".splitlines())
print(b"abc".find(b"c"), b"abc".find(98), b"abcabc".rfind(b"a"), b"abcabc".index(b"c", 3), b"abc".count(b""))
print(b"abcabc".count(b"a", 1), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"abc".startswith(b"b", 1))
print(b"aXbXc".replace(b"X", b"--"), b"aaa".replace(b"a", b"b", 2), b"-".join([b"a", bytearray(b"b"), b"c"]))
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"".isdigit())
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
print(b"a\xffb".decode("ascii", "ignore"), b"a\xffb".decode(errors="backslashreplace"))
print(b"\x01\xab".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4), b"".hex())
print(bytes.fromhex("61 62 6364"), bytes.fromhex(""), bytearray.fromhex("ff00"), b"".fromhex("41"))
for label, f in [
    ('b"abc".index(b"z")', lambda: b"abc".index(b"z")),
    ('b"a".split(",")', lambda: b"a".split(",")),
    ('b"abc".startswith("a")', lambda: b"abc".startswith("a")),
    ('b"abc".startswith(("a",))', lambda: b"abc".startswith(("a",))),
    ('b"".join(["a"])', lambda: b"".join(["a"])),
    ('b"\\xff".decode()', lambda: b"\xff".decode()),
    ('b"\\xff".decode("ascii")', lambda: b"\xff".decode("ascii")),
    ('b"a".decode("foo")', lambda: b"a".decode("foo")),
    ('bytes.fromhex("6")', lambda: bytes.fromhex("6")),
    ('bytes.fromhex("zz")', lambda: bytes.fromhex("zz")),
    ('b"a".find("a")', lambda: b"a".find("a")),
    ('b"a".hex("::")', lambda: b"a".hex("::")),
    ('b"a".split(b"")', lambda: b"a".split(b"")),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
