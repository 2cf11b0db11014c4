# if on values of each type.
for v in [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (0,), {}, {"k": 0}, None, True, False]:
    if v:
        print(repr(v), "is true")
    else:
        print(repr(v), "is false")
