# int methods
for n in [0, 1, 5, -5, 255, 2**64, -(2**70)]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio())
print(True.bit_length(), True.as_integer_ratio(), type(True.conjugate()))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (127).to_bytes(1, "big", signed=True), (0).to_bytes(0, "big"))
print((2**64).to_bytes(9, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2], "big"), int.from_bytes(bytearray(b"\x01"), byteorder="big"), int.from_bytes(b""))
print((5).from_bytes(b"\x02", "big"))
for label, f in [
    ('(1).to_bytes(1, "x")', lambda: (1).to_bytes(1, "x")),
    ('(256).to_bytes(1, "big")', lambda: (256).to_bytes(1, "big")),
    ('(-1).to_bytes(1, "big")', lambda: (-1).to_bytes(1, "big")),
    ('(128).to_bytes(1, "big", signed=True)', lambda: (128).to_bytes(1, "big", signed=True)),
    ('int.from_bytes(1, "big")', lambda: int.from_bytes(1, "big")),
    ('(1).to_bytes(-1, "big")', lambda: (1).to_bytes(-1, "big")),
    ('(1).to_bytes(1, "big", True)', lambda: (1).to_bytes(1, "big", True)),
    ('(1).bit_length(1)', lambda: (1).bit_length(1)),
    ('int.from_bytes("ab", "big")', lambda: int.from_bytes("ab", "big")),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
