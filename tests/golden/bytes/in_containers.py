# bytes as dict keys and set members; bytearray is unhashable
d = {b"k": 1, b"j": 2}
print(d[b"k"], b"j" in d, sorted(d))
s = {b"a", b"a", b"b"}
print(len(s), b"a" in s)
print(b"abc" in [b"abc"], (b"x",) == (b"x",), [bytearray(b"q")] == [b"q"])
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(e)
