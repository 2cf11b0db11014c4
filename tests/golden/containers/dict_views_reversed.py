# reversed() over dicts and dict views; popitem order
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())))
print(d.popitem(), d.popitem(), d)
d["z"] = 0
print(list(d), d.popitem())
e = dict.fromkeys(range(5), "v")
while e:
    print(e.popitem(), end=" ")
print()
