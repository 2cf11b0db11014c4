import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 2.5, 3, 4, 8, 13, 14]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 8, 7), bisect_right(a, 100, 2, 5))
print(bisect_left(a, 8, lo=3, hi=6), bisect_right(a, 1, hi=0))
print(bisect_left([], 5), bisect_right([], 5))
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    insort(a, 1, lo=-2)
except ValueError as e:
    print("ValueError", e)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    insort(b, x)
print(b)
c = []
for x in [3.0, 3, 1, 3.0, 2]:
    insort_left(c, x)
print(c)
d = []
for x in [3.0, 3, 1, 3.0, 2]:
    insort_right(d, x)
print(d)
e = [1, 2, 3, 10, 20, 30]
insort(e, 15, 3)
insort_left(e, 0, 0, 2)
print(e)

# key
recs = [("alice", 3), ("bob", 5), ("carol", 5), ("dave", 9)]
print(bisect_left(recs, 5, key=lambda r: r[1]), bisect_right(recs, 5, key=lambda r: r[1]))
print(bisect.bisect(recs, 4, key=lambda r: r[1]), bisect_left(recs, 10, 1, 3, key=lambda r: r[1]))
insort(recs, ("erin", 5), key=lambda r: r[1])
insort_left(recs, ("fred", 5), key=lambda r: r[1])
insort_right(recs, ("gus", 0), key=lambda r: r[1])
print(recs)
words = ["a", "bb", "ccc", "dddd"]
insort(words, "xx", key=len)
print(words)
print(bisect_left("acegi", "d"), bisect_right(range(0, 100, 5), 42), bisect_left((1, 3, 5), 3))
try:
    bisect_left([1, 2], "x")
except TypeError as e:
    print("TypeError", e)
print(sorted(bisect.__all__) if hasattr(bisect, "__all__") else None)
