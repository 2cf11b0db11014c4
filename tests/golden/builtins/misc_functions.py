# ascii, format, callable, hash, delattr, iter
print(ascii("héllo"), ascii(["é", 1]), ascii("\U0001f600"), ascii(1.5))
print(format(3.14159, ".2f"), format(42), format(255, "x"), format("ab", ">5"), format(1234567, ","), format(True), repr(format(None)))
class C:
    def __call__(self):
        return 1
def fn():
    pass
print(callable(len), callable(fn), callable(C), callable(C()), callable(1), callable("x"), callable(staticmethod(fn)))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
class O:
    pass
o = O()
o.x = 1
o.y = 2
delattr(o, "x")
print(hasattr(o, "x"), o.y)
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "done"))
for label, f in [
    ("format(1, 2)", lambda: format(1, 2)),
    ("format(1, 'z')", lambda: format(1, "z")),
    ("hash([])", lambda: hash([])),
    ("hash({})", lambda: hash({})),
    ("delattr(o, 'zz')", lambda: delattr(o, "zz")),
    ("delattr(o, 1)", lambda: delattr(o, 1)),
    ("iter(1)", lambda: iter(1)),
    ("callable()", lambda: callable()),
    ("ascii()", lambda: ascii()),
]:
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
