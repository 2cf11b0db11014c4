# Cycles made inside a function become garbage when it returns.
import gc

def ref_cycle(n):
    l = [n]
    l.append(l)
    return None

def pair():
    a = {"name": "a"}
    b = {"name": "b", "peer": a}
    a["peer"] = b

for i in range(5):
    ref_cycle(i)
print(gc.collect())
for i in range(3):
    pair()
print(gc.collect())
print(gc.collect())
