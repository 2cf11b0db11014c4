def f(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | 2.5:
            return "float"
        case 1+2j:
            return "complex"
        case "s" | b"b":
            return "str/bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"
for v in [0, 0.0, -1, 1.5, 2.5, 1+2j, "s", b"b", None, True, 1, False, "x"]:
    print(repr(v), f(v))
