# sys.getsizeof of lists built by displays: exact size, except displays of
# three or more constants (built as empty list + extend: capacity rounded up to even).
import sys
x = 7
print(sys.getsizeof([]), sys.getsizeof([x]), sys.getsizeof([x, x, x]), sys.getsizeof([1, x, 3]))
print(sys.getsizeof([1]), sys.getsizeof([1, 2]))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4]), sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([1, 2, 3, 4, 5, 6, 7]))
print(sys.getsizeof(["a", "b", "c"]), sys.getsizeof([None, None, None]))
