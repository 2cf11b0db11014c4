# Dict literals, indexing, assignment, deletion, membership.
d = {"a": 1, "b": 2}
print(d, len(d), d["a"])
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, "b" in d, "c" in d, "z" not in d)
d["b"] = 20
print(d)
print({}, {1: "one", 2.5: [1], (1, 2): None, True: "t"})
print({1: 1, 1.0: 2}, {"x": {"y": {}}})
print(dict(), dict(a=1, b=2), dict([("k", "v")]))
e = d
e["new"] = 0
print(len(d), d == e, {"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
