# sys.getsizeof of tuples: 40 + 8 per item, never over-allocated.
import sys
x = 1
print(sys.getsizeof(()), sys.getsizeof((x,)), sys.getsizeof((1, 2, 3)), sys.getsizeof((x, x, x, x)))
print(sys.getsizeof(tuple(range(10))), sys.getsizeof((1, 2) + (3,)))
