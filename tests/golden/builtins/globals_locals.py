# globals(), locals(), vars(), dir() without arguments
g = 1
print("g" in globals(), globals()["g"], globals() is globals())
print(sorted(k for k in locals() if not k.startswith("__")))
def f(a, b=2, *args, **kw):
    c = a + b
    print(sorted(locals().items()))
    print(dir())
    print(sorted(vars()))
    return locals()
print(f(1, x=3))
def outer():
    v = 10
    def inner():
        w = v
        return sorted(locals())
    return inner()
print(outer())
class K:
    attr = 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.names)
globals()["made"] = 42
print(made)
print(vars(K)["attr"], "g" in dir())
