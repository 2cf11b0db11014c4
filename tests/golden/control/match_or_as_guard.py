def f(v):
    match v:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [x, y] if x == y:
            return f"same pair {x}"
        case [x, y] | (x, y, _):
            return f"pair-ish {x} {y}"
        case {"t": "a" | "b" as t}:
            return f"tag {t}"
        case x if x:
            return f"truthy {x}"
        case x:
            return f"falsy {x!r}"
for v in [1, 3, [4, 4], [4, 5], (6, 7, 8), {"t": "b"}, {"t": "c"}, 99, 0, ""]:
    print(f(v))

for i in range(4):
    match i:
        case 0:
            continue
        case 3:
            break
    print("loop", i)

match 1, 2:
    case a, b:
        print("tuple subject", a, b)
