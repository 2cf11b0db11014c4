# Iteration order is insertion order; re-inserting moves a key to the end.
d = {}
for k in ["one", "two", "three"]:
    d[k] = len(k)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print(v, end=" ")
print()
del d["one"]
d["one"] = 1
print(list(d))
n = {}
for i in range(10):
    n[i * 7 % 10] = i
print(n)
print(sorted(n), sorted(n.items())[:3])
