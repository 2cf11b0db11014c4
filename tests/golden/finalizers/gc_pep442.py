# PEP 442: objects with __del__ in cycles are collected; each finalizer runs
# once; a resurrected object survives and is not counted.
import gc

class Del:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)

a = Del("a"); b = Del("b"); a.peer = b; b.peer = a
del a, b
print("collected:", gc.collect())
print("garbage:", gc.garbage)

class Breaker:
    def __del__(self):
        print("breaking the cycle")
        self.other = None
x = Breaker(); y = Breaker(); x.other = y; y.other = x
del x, y
print("collected:", gc.collect())

keep = []
class Phoenix:
    def __del__(self):
        print("resurrecting")
        keep.append(self)
p = Phoenix(); p.me = p
del p
print("collected:", gc.collect(), "kept:", len(keep), "finalized:", gc.is_finalized(keep[0]))
keep.clear()
print("collected:", gc.collect())
