# exec(): statements in the caller's namespaces or given dicts
exec("a = 1\nb = a + 1")
print(a, b)
exec("def twice(n):\n    return 2 * n\nclass K:\n    v = twice(21)")
print(twice(4), K.v, K.__module__, twice.__module__)
print(exec("1 + 1"), exec(""), exec("pass\n\n"))

g = {}
exec("import math\nr = math.floor(2.5)\nfor i in range(3):\n    last = i", g)
print(g["r"], g["last"], type(g["__builtins__"]).__name__, sorted(k for k in g if k != "__builtins__"))

g = {"v": 3}
l = {"w": 4}
exec("z = v + w", g, l)
print(l["z"], "z" in g)
exec("def k():\n    return v\nr = k()", g, l)
print(l["r"], "k" in l, "k" in g)
exec("global q\nq = 99", g, l)
print(g["q"], "q" in l)
try:
    exec("def k2():\n    return w\nk2()", g, l)
except NameError as e:
    print("NameError:", e)


def f(a):
    b = 5
    exec("print('in f:', a, b)")
    ns = {}
    exec("c = a + b", globals(), ns)
    return ns


print(f(2))


class C:
    exec("attr = 7")
    exec("other = attr + 1")


print(C.attr, C.other)

exec(b"print('from bytes')")
exec("x = 1; print(x)", {"print": print})
exec("print(__name__)")
exec("print(__name__)", {})
exec("print('locals:', sorted(locals()))", {}, {"only": 1})

for bad in [(), ("1", {}, {}, 4), (1,), ("1", []), ("1", {}, 5), ("1", None, 5)]:
    try:
        exec(*bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    exec("1", globals={})
except TypeError as err:
    print("TypeError:", err)
print(exec("pass", closure=None))
try:
    exec("raise KeyError('k')")
except KeyError as err:
    print("KeyError:", err)
try:
    exec("x = = 1")
except SyntaxError as err:
    print(type(err).__name__, err.args)
try:
    exec("  indented = 1")
except SyntaxError as err:
    print(type(err).__name__, err.args)
try:
    exec("return 5")
except SyntaxError as err:
    print(type(err).__name__, err.args)
try:
    exec("def f():\n    x = 1\n     y = 2")
except SyntaxError as err:
    print(type(err).__name__, err.args)
