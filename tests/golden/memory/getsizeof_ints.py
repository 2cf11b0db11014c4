# sys.getsizeof of ints: 24 + 4 bytes per 30-bit digit (at least one).
import sys
for v in [0, 1, 5, -1, 2 ** 30 - 1, 2 ** 30, -(2 ** 30), 2 ** 60 - 1, 2 ** 60, 2 ** 90, 2 ** 100, -(2 ** 100), 10 ** 100]:
    print(sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(1.5), sys.getsizeof(None))
