# Padding and alignment: center, zfill, ljust, rjust.
print("x".center(5, "*"), "7".zfill(3), "-7".zfill(4), "ab".ljust(4) + "|", "ab".rjust(4))
print(repr("abc".center(2)), repr("abc".ljust(6, ".")))
