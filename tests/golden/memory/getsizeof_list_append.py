# sys.getsizeof while appending from empty: the CPython growth pattern.
import sys
l = []
last = sys.getsizeof(l)
print(0, last)
for i in range(200):
    l.append(i)
    size = sys.getsizeof(l)
    if size != last:
        print(len(l), size)
        last = size
