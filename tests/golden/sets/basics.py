import sys
s = {3, 1, 2}
print(s, len(s), 2 in s, set(), frozenset({1, 2}), {100, 5, 37, 8, 64})
s.add(10); s.discard(1); print(sorted(s), s | {99}, s & {2, 3}, s - {2}, s ^ {3, 4})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} < {2}, {1} == {1}, set(range(20, 0, -3)))
a = set(); a |= {1, 2}; print(a, {x % 3 for x in range(10)}, set("hello") == set("olleh"))
print(sys.getsizeof(set()), sys.getsizeof({1,2,3,4,5}), sys.getsizeof(set(range(100))), sys.getsizeof({1, 2, 3}))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): 'x'})
for x in {5, 4}: print(x)
print({1, 2}.union([3]), {1, 2, 3}.intersection({2, 3, 4}, {3}), {1}.issubset({1, 2}))
