# json.dumps: CPython's exact text for every JSON type and option
import json

data = {"b": [1, 2.5, None, True, False], "a": {"x": "é\n\"\\\x01\x7f", 3: 4.0},
        2: (), "e": {}, "f": [], 1.5: 1e100, None: -0.0, False: 1e-7, True: 10**20}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3, {}]]], indent=0))
print(json.dumps([1, {"a": [2]}], indent=-1))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True, indent=1))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps([1, 2], separators=(" ,", " : ")))
print(json.dumps("😀 \u2028 \x00 \x1f é"), json.dumps("😀 \u2028 é", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 0.1, 1e16, 1.0, 123456789.123, 1e-5, 2.5e-300]))
print(json.dumps(True), json.dumps(None), json.dumps(12345678901234567890), json.dumps(-7))
print(json.dumps("x"), json.dumps(()), json.dumps({}), json.dumps(""), json.dumps([[]]))
print(json.dumps({"k": "v"}, indent=4, sort_keys=True))
print(json.dumps({float("inf"): 1, 2.0: 2}))
print(json.dumps({(1,): 2, "k": 1, None: 3}, skipkeys=True))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps([{1, 2}], default=lambda o: {"set": sorted(o)}, indent=2))
print(json.JSONEncoder().encode({"a": [1]}), "".join(json.JSONEncoder().iterencode([1, {}])))
print(json.JSONEncoder(sort_keys=True, separators=(",", "=")).encode({"b": 1, "a": 2}))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"tags": {"b", "a"}, "n": frozenset([2, 1])}, cls=SetEncoder, sort_keys=True))

for value, options in [([float("nan")], {"allow_nan": False}), ({"k": float("inf")}, {"allow_nan": False}),
                       ({float("-inf"): 1}, {"allow_nan": False})]:
    try:
        json.dumps(value, **options)
    except ValueError as e:
        print("ValueError:", e)
for value in [{(1,): 2}, {"s": {1, 2}}, object(), b"bytes", [1, range(2)]]:
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
