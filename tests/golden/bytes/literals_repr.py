# bytes literals, repr, len, indexing, slicing, iteration
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[:], list(b))
print(b"", b"'", b'"', b"'\"", b"\x00\x7f\x80\xff\t\n\r\\")
print(type(b), type(b[0]), type(b[1:]), type(iter(b)).__name__)
print(repr(b"it's"), str(b"ab"), bool(b""), bool(b"x"))
print(b[1:] == b"ello", b[1:2] is not None)
print(b[:] is b)
for label, f in [
    ('b[5]', lambda: b[5]),
    ('b["x"]', lambda: b["x"]),
    ('b[-6]', lambda: b[-6]),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
