# int/float methods on edge values
print((0).bit_length(), (-1).bit_length(), (2**100).bit_length(), (-(2**100)).bit_count())
print((2**100).to_bytes(13, "big").hex(), int.from_bytes((2**100).to_bytes(13, "big"), "big") == 2**100)
print((-129).to_bytes(2, "little", signed=True), int.from_bytes(b"\x7f\xfe", "little", signed=True))
print((1e16).is_integer(), (1.5).is_integer(), (-0.0).as_integer_ratio(), (1/3).hex())
print(float.fromhex("0x1.999999999999ap-4") == 0.1, float.fromhex("-0x0.0p+0"), float.fromhex("0x1.0000000000000fp0"))
