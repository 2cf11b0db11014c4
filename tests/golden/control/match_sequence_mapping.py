def f(v):
    match v:
        case []:
            return "empty"
        case [1, 2, *rest]:
            return f"starts 1 2, rest {rest}"
        case (x, y):
            return f"pair {x} {y}"
        case [x, *_, y]:
            return f"first {x} last {y}"
        case {"k": v2, **others}:
            return f"map {v2} {others}"
        case {"a": 1}:
            return "a is one"
        case {}:
            return "a mapping"
        case _:
            return "other"
for v in [[], (), [1, 2], [1, 2, 3, 4], (7, 8), range(2), [5, 6, 7], "ab", b"xy",
          {"k": 1, "z": 2}, {"a": 1, "b": 2}, {"a": 2}, {}, 42]:
    print(repr(v), f(v))
