# sys.getsizeof of lists built by list(range(n)), comprehensions, *, +, slicing, copy.
import sys
for n in [0, 1, 2, 3, 4, 5, 6, 1000]:
    print("list(range)", n, sys.getsizeof(list(range(n))))
for n in [0, 1, 4, 5, 8, 9, 16, 1000]:
    print("comprehension", n, sys.getsizeof([i for i in range(n)]))
print(sys.getsizeof([0] * 1000), sys.getsizeof([1, 2] + [3]), sys.getsizeof([1, 2, 3].copy()))
l = list(range(100))
print(sys.getsizeof(l[:5]), sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof(list((1, 2, 3))))
