# List literals, indexing, item assignment, len.
l = [1, 2, 3]
print(l, len(l), l[0], l[-1])
l[1] = "two"
print(l)
print([], [[]], [1, [2, [3, []]]])
m = [0] * 3
m[0] = 5
print(m)
n = l
n[0] = 100
print(l, n)
print([1, 2] + [3], [1, 2] * 2, 2 in [1, 2], 5 not in [1, 2])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [])
