# bytearray mutation and sys.getsizeof after each step
import sys
b = bytearray()
print(sys.getsizeof(b))
sizes = []
for i in range(20):
    b.append(65 + i)
    sizes.append(sys.getsizeof(b))
print(b, sizes)
b.extend(b"xyz"); print(b, sys.getsizeof(b))
b.extend([1, 2]); print(len(b), sys.getsizeof(b))
print(b.pop(), b.pop(0), len(b), sys.getsizeof(b))
b.insert(0, 33); b.remove(66); print(b[:5])
b[0] = 64; b[1:3] = b"..."; print(b[:6])
del b[0]; del b[-3:]; print(b, len(b))
b.reverse(); print(b[:3])
c = b.copy(); c += b"!!"; print(c[-3:], c is not b)
b.clear(); print(b, sys.getsizeof(b))
print(sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray([1, 2, 3])), sys.getsizeof(b"abc"))
for label, f in [
    ('bytearray().pop()', lambda: bytearray().pop()),
    ('bytearray(b"ab").pop(5)', lambda: bytearray(b"ab").pop(5)),
    ('bytearray().append(256)', lambda: bytearray().append(256)),
    ('bytearray().append("a")', lambda: bytearray().append("a")),
    ('bytearray().extend(1)', lambda: bytearray().extend(1)),
    ('bytearray(b"abc").remove(120)', lambda: bytearray(b"abc").remove(120)),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
d = bytearray(b"abc")
try:
    d[0] = 300
except ValueError as e:
    print("d[0] = 300 ->", e)
try:
    d[0] = "a"
except TypeError as e:
    print("d[0] = 'a' ->", e)
try:
    d[5] = 1
except IndexError as e:
    print("d[5] = 1 ->", e)
try:
    d["x"]
except TypeError as e:
    print("d['x'] ->", e)
