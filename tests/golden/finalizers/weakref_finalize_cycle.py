# weakref.finalize keeps itself registered, so its callback runs when the
# collector frees a cycle, and the freed registration counts as collected.
import weakref, gc
class A: pass
a = A()
f = weakref.finalize(a, print, "bye")
print(f.alive, f.atexit)
del a
print(f.alive)
b = A(); b.self = b
weakref.finalize(b, print, "cycle bye")
del b
print(gc.collect())
c = A()
f2 = weakref.finalize(c, lambda: None)
print(f2(), f2.alive, f2.detach())
d = A()
f3 = weakref.finalize(d, print, "at exit")
