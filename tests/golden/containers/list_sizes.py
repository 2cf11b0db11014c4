# sys.getsizeof of lists after method calls follows CPython's growth rule
import sys
a = []
sizes = []
for i in range(20):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)
a.insert(0, -1); print(sys.getsizeof(a))
for _ in range(15):
    a.pop()
print(len(a), sys.getsizeof(a))
b = list(range(10)); b.extend(range(5)); print(sys.getsizeof(b))
c = [1, 2]; c.extend([3, 4, 5]); print(sys.getsizeof(c))
d = sorted(range(7), reverse=True); print(d, sys.getsizeof(d))
