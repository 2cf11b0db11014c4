# Conversions between str and numbers.
print(str(1), str(-1), str(1.5), str(True), str(None), str(2 ** 70))
print(int("123") + 1, int("-0"), int("+5"), int("0010"))
print(float("1.25"), float("-3"), float("1e3"))
print(repr(str(12)), repr(str([1, 2])), repr(str((1, "a"))))
print(str(0.1), str(1e16), str(1e-7))
print(len(str(2 ** 1000)))
