# sys.getsizeof while popping: the array shrinks below half capacity.
import sys
l = list(range(20))
print(len(l), sys.getsizeof(l))
while l:
    l.pop()
    print(len(l), sys.getsizeof(l))
m = list(range(100))
m.clear()
print(sys.getsizeof(m))
m = list(range(100))
del m[10:]
print(sys.getsizeof(m))
