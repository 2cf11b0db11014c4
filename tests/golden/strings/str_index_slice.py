# Indexing and slicing strings.
s = "abcdefg"
print(s[0], s[3], s[-1], s[-7])
print(s[1:3], s[:2], s[4:], s[:], s[-3:])
print(s[::-1], s[::2], s[1::3], s[5:1:-1])
print(s[slice(1, 3)], s[slice(None, None, -2)])
print(repr(s[10:]), repr(s[3:3]), s[-100:2])
for ch in "xyz":
    print(ch, end=" ")
print()
