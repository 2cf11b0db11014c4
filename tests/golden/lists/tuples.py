# Tuples: literals, indexing, slicing, unpacking, concatenation.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1])
print((), (1,), (1, 2) + (3,), (0,) * 3)
print(t[1:], t[::-1])
a, b, c = t
print(a, b, c)
print(((1, 2), [3, 4]), tuple("ab"), tuple(range(3)))
print((1, 2) == (1, 2), (1, 2) < (1, 3), 2 in (1, 2))
single = 5,
print(single)
