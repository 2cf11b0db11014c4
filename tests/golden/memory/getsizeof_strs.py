# sys.getsizeof of str: the kind (ASCII, latin-1, UCS-2, UCS-4) follows the largest code point.
import sys
print("ascii", sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("hello"), sys.getsizeof("Hello, World!"), sys.getsizeof("a" * 1000))
print("latin-1", sys.getsizeof("\xe9"), sys.getsizeof("café"), sys.getsizeof("\xff" * 10))
print("ucs-2", sys.getsizeof("€"), sys.getsizeof("x€"), sys.getsizeof("\u0100" * 10))
print("ucs-4", sys.getsizeof("😀"), sys.getsizeof("a😀"), sys.getsizeof("😀" * 10))
s = "café"
print(s.upper(), sys.getsizeof(s))
