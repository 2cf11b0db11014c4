import heapq
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest, merge

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10]
h = []
for x in data:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(len(h))])

x = list(data)
heapify(x)
print("heapify", x)
print(heappushpop(x, -1), x)
print(heappushpop(x, 100), x)
print(heapreplace(x, 50), x)
print(heapreplace(x, -5), x)
print(heappushpop([], 3))

# pseudo-random sequences, checked against sorted
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % 1000
for trial in range(5):
    vals = [rnd() for _ in range(37 + trial)]
    h = list(vals)
    heapify(h)
    print(h[:12])
    out = []
    while h:
        out.append(heappop(h))
    print(out == sorted(vals))
    h2 = []
    for v in vals:
        heappush(h2, v)
    print(h2[:12])

# tuples and stability of heap ops
tasks = []
for pri, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e"), (2, "bb")]:
    heappush(tasks, (pri, name))
print(tasks)
while tasks:
    print(heappop(tasks), end=" ")
print()

# errors
try:
    heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapify([1, "a", 2, None])
except TypeError as e:
    print("TypeError", e)

# nlargest / nsmallest
words = "the quick brown fox jumps over the lazy dog again and again".split()
for n in [0, 1, 2, 3, 5, 20, -1]:
    print(n, nsmallest(n, words), nlargest(n, words))
    print(n, nsmallest(n, words, key=len), nlargest(n, words, key=len))
    print(n, nsmallest(n, iter(words), key=len), nlargest(n, iter(words), key=len))
    print(n, nsmallest(n, iter(data)), nlargest(n, iter(data)))
print(nlargest(3, []), nsmallest(3, iter([])), nlargest(1, []), nsmallest(1, [], key=abs))
print(nsmallest(4, [-3, 2, -1, 4, -5, 0], key=abs), nlargest(4, [-3, 2, -1, 4, -5, 0], key=abs))
pairs = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w'), (2, 'v'), (1, 'u')]
print(nsmallest(3, iter(pairs), key=lambda p: p[0]))
print(nlargest(3, iter(pairs), key=lambda p: p[0]))
print(nlargest(2, {"a": 3, "b": 1, "c": 2}.items(), key=lambda kv: kv[1]))

# merge
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()))
print(list(merge([1, 2, 3])))
print(list(merge([7, 5, 3], [8, 4, 2], reverse=True)))
print(list(merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(merge(["horse", "dog"], ["kangaroo", "fish", "cat"], key=len, reverse=True)))
print(list(merge(iter([(1, 'a'), (2, 'a')]), iter([(1, 'b'), (2, 'b')]), key=lambda t: t[0])))
print(list(merge([1, 1, 2], [1, 2, 2])))
g = merge(range(0, 10, 3), range(1, 10, 3), range(2, 10, 3))
print(next(g), next(g), list(g))
print(sorted(heapq.__all__))
