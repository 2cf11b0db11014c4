# bool and None values, truthiness and the and/or operators.
print(True, False, None)
print(True + True, True * 10, False - 1)
print(not True, not 0, not [], not "x")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
print([] or {}, "" and "unused")
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(None))
one = 1
print(None is None, one is not None, True == 1, type(True), type(None))
