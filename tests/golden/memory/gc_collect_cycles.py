# gc.collect() returns the number of unreachable container objects it freed.
import gc
print(gc.collect())

l = []
l.append(l)
del l
print("self-referencing list", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists", gc.collect())

d1 = {}
d2 = {"other": d1}
d1["other"] = d2
del d1, d2
print("two dicts", gc.collect())

hub = []
for i in range(3):
    hub.append({"hub": hub, "i": i})
del hub
print("list and three dicts", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple and list", gc.collect())

ring = [[], [], [], []]
for i in range(4):
    ring[i].append(ring[(i + 1) % 4])
ring = None
print("ring of four (holder freed by refcount)", gc.collect())

kept = []
kept.append(kept)
print("still referenced", gc.collect())
print("nothing left", gc.collect())
print(gc.garbage)
