from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "banana", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], len(groups), "z" in groups, groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(42)
except TypeError as e:
    print(e)
print(defaultdict(set), defaultdict(None, {"a": 1}), isinstance(groups, dict))
print(groups.default_factory, counts.get("q"), counts.get("s"))
