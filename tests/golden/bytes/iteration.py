# iterating bytes and bytearray yields ints
for b in b"AZ":
    print(b, end=" ")
print()
ba = bytearray(b"hi")
it = iter(ba)
print(next(it), type(it).__name__, list(it))
print([chr(c) for c in b"abc"], list(enumerate(b"xy")), list(zip(b"ab", b"cd")))
print(list(map(hex, b"\x00\x10")), sum(bytearray(b"\x01\x02\x03")), max(b"az"), b"b" in b"abc")
