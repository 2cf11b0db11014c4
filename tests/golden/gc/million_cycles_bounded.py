# A million reference cycles made in a loop: only the automatic cycle
# collector can free them. The number of tracked objects must stay bounded
# (generation 0 is collected every ~700 allocations), so memory stays flat.
import gc

def make_cycle():
    a = []
    b = [a]
    a.append(b)

most = 0
for i in range(1_000_000):
    make_cycle()
    if i % 50_000 == 0:
        most = max(most, len(gc.get_objects()))
print("bounded:", most < 20_000)
print("collections ran:", gc.get_stats()[0]["collections"] > 1000)
