# types of the builtin iterator objects and bytes
print(zip, map, filter, reversed, bytes, bytearray)
print(type(zip()), type(map(abs, [])), type(filter(None, [])), type(reversed([])), type(reversed(())))
print(type(iter(b"")), type(iter(bytearray())), type(iter(int, 0)))
print(isinstance(zip(), zip), isinstance(b"", bytes), isinstance(bytearray(), bytes))
print(zip.__name__, reversed.__name__, type(b"").__name__)
print(int.from_bytes.__name__, float.fromhex.__name__, dict.fromkeys.__name__)
