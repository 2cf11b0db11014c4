# The gc module's API where CPython's and Ouro's output must agree exactly.
import gc

print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(100); print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("collect(%d):" % bad, e)
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

# Tracking rules (spec 3.7).
x = 5
print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}))
t = (x, x + 1)
print(gc.is_tracked(t), end=" ")
gc.collect()
print(gc.is_tracked(t), gc.is_tracked((x, [])))

# get_count after a collection, and collect(g) bumping the next generation.
gc.collect()
print(gc.get_count()[1:], end=" ")
gc.collect(0); print(gc.get_count()[1:], end=" ")
gc.collect(1); print(gc.get_count()[1:])

# DEBUG_SAVEALL keeps the garbage in gc.garbage.
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l); d = {}; d["d"] = d
del l, d
print(gc.collect(), gc.garbage)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())

# Callbacks see start and stop with the info dict.
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"]))
gc.callbacks.append(cb)
a = []; a.append(a); del a
gc.collect()
gc.callbacks.remove(cb)
print(events)

# Freezing moves everything to the permanent generation.
gc.freeze(); print(gc.get_count(), gc.get_freeze_count() > 0)
gc.unfreeze(); print(gc.get_freeze_count())

class Node:
    pass
n = Node(); n.me = n
print(gc.get_referents(n)[-1] is Node, gc.is_finalized(n))
