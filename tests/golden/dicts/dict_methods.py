# get, keys, items, values, pop, setdefault, update.
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("y"), d, d.pop("nope", "dflt"))
print(d.setdefault("x", 100), d.setdefault("n", 100), d)
d.update({"x": -1, "q": 9})
print(d)
c = d.copy()
c["only"] = 1
print(len(d), len(c))
d.clear()
print(d)
