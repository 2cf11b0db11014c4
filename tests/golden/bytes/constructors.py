# bytes() and bytearray() constructors
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"x"), bytes(bytearray(b"ya")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"))
print(bytes((x for x in [1, 2])), bytes(True))
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2]), bytearray("é", "utf-8"))
x = b"same"
print(bytes(x) is x)
for label, f in [
    ('bytes(-1)', lambda: bytes(-1)),
    ('bytes("a")', lambda: bytes("a")),
    ('bytes(1.5)', lambda: bytes(1.5)),
    ('bytes([256])', lambda: bytes([256])),
    ('bytes(["a"])', lambda: bytes(["a"])),
    ('bytes(encoding="x")', lambda: bytes(encoding="x")),
    ('bytes("a", "foo")', lambda: bytes("a", "foo")),
    ('bytearray(1.5)', lambda: bytearray(1.5)),
    ('bytearray("a")', lambda: bytearray("a")),
    ('bytearray([300])', lambda: bytearray([300])),
    ('bytes(1, "utf-8")', lambda: bytes(1, "utf-8")),
    ('bytes("a", errors="strict")', lambda: bytes("a", errors="strict")),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
