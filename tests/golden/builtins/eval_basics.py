# eval(): expressions in the caller's namespaces or given dicts
x = 10
print(eval("x + 1"), eval("x * 2", {"x": 3}), eval("x + y", {"x": 1}, {"y": 2}))
print(eval("1, 2"), eval("(1)"), eval("[i * i for i in range(4)]"))
print(eval("  1 + 2"), eval("\t 3"), eval("4\n\n"), eval("(5 +\n 6)"), eval("7 # comment"))
print(eval(b"2 ** 10"), eval(bytearray(b"'bytes'")))
print(eval("lambda n: n * x")(4), eval("(a := 5) + a"))
print(eval("f'{x!r:>5}'"), eval("'doc'"), eval("None"))


def f(a):
    b = 5
    return eval("a + b + x"), eval("[a * i for i in range(3)]"), eval("lambda: a")()


print(f(2))


class C:
    attr = 7
    val = eval("attr + 1")


print(C.val)

g = {"v": 3}
print(eval("v * 2", g), sorted(g), type(g["__builtins__"]).__name__)
print(eval("__name__"), eval("len('abc')", {}))
g2 = {}
print(eval("globals()", g2) is g2, eval("locals()", {}, {"p": 1}))
print(eval("dir()", {"a": 1}, {"b": 2}), eval("v", None, {"v": "local"}))
print(eval("x", {"x": "global"}, None))

# the code object of compile(..., 'eval') runs with eval
e = compile("m * 10", "<e>", "eval")
print(eval(e, {"m": 5}), eval(e, {"m": "ab"}))

for bad in [(), ("1", {}, {}, 4), (1,), ("1", []), ("1", 5), ("1", {}, 5)]:
    try:
        eval(*bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    eval("1", globals={})
except TypeError as err:
    print("TypeError:", err)
try:
    eval("undefined_name")
except NameError as err:
    print("NameError:", err)
try:
    eval("1/0")
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)


def closure():
    y = 1

    def inner():
        return y

    return inner


try:
    eval(closure().__code__)
except TypeError as err:
    print("TypeError:", err)
