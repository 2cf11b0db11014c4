# Which objects the collector tracks.
import gc
x = 5
print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("a"), gc.is_tracked(None), gc.is_tracked(True))
print(gc.is_tracked([]), gc.is_tracked([1, 2]), gc.is_tracked(()))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
d = {}
d["k"] = [x]
print(gc.is_tracked(d))
t = (x, x + 1)
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
print(gc.is_tracked((x, [])))
