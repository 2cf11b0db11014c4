import gc, weakref
class C:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
print("before del")
c = C("a"); del c
print("after del")
x = [C("x"), C("y"), C("z")]
x.clear()
class N:
    pass
n = N()
r = weakref.ref(n, lambda wr: print("callback, dead:", wr() is None))
print(r() is n, weakref.getweakrefcount(n))
del n
print("r() after:", r())
a = C("cyc1"); b = C("cyc2"); a.o = b; b.o = a
del a, b
print("collected", gc.collect())
print(gc.garbage)
saved = []
class R:
    def __del__(self):
        print("resurrect"); saved.append(self)
o = R(); o.self = o; del o
print("collect", gc.collect(), len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("collect again", gc.collect())
class M:
    pass
m = M(); m.self = m
wr = weakref.ref(m, lambda w: print("cb in gc"))
del m
print("gc", gc.collect())
d = weakref.WeakValueDictionary()
k = M(); d['k'] = k
print(len(d)); del k; print(len(d))
try:
    weakref.ref([])
except TypeError as e:
    print(e)
def fin(): print("finalized!")
obj = M(); f = weakref.finalize(obj, fin); print(f.alive); del obj; print(f.alive)
