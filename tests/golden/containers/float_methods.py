# float methods
for x in [0.0, -0.0, 1.0, 0.5, -0.1, 3.75, 1e300, 5e-324, 1.7976931348623157e308]:
    print(repr(x), x.is_integer(), x.hex(), float.fromhex(x.hex()) == x, x.conjugate())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex(" -0X1P-2 "), float.fromhex("inf"), float.fromhex("-nan"), float.fromhex("1"))
print(float.fromhex("0x.8"), float.fromhex("0x1.fffffffffffff8p0"), (2.0).fromhex("10"))
print(float("inf").hex(), float("nan").hex(), float("-inf").is_integer())
for label, f in [
    ('float.fromhex("zz")', lambda: float.fromhex("zz")),
    ('float.fromhex("0x1p")', lambda: float.fromhex("0x1p")),
    ('float.fromhex("0x1p99999")', lambda: float.fromhex("0x1p99999")),
    ('float.fromhex(1)', lambda: float.fromhex(1)),
    ('float("inf").as_integer_ratio()', lambda: float("inf").as_integer_ratio()),
    ('float("nan").as_integer_ratio()', lambda: float("nan").as_integer_ratio()),
    ('(1.0).hex(1)', lambda: (1.0).hex(1)),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
