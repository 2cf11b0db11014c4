from itertools import groupby, tee, pairwise, zip_longest

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby([1, 1, 2, 3, 3])], [len(list(g)) for k, g in groupby("aabbbc")])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = groupby("AABBC")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), len(tee("abc", 3)))
x, y = tee(range(5))
print(next(x), next(x), next(y), list(x), list(y))
print(list(pairwise("ABCDE")), list(pairwise("A")))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [4, 5, 6])))
