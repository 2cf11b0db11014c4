import pprint
from pprint import pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter
from collections import OrderedDict

data = {
    "name": "Ouro",
    "version": (3, 11, 7),
    "modules": ["heapq", "bisect", "io", "textwrap", "statistics", "fractions", "timeit", "pprint", "queue"],
    "nested": {"a": [1, 2, {"deep": list(range(30))}], "b": {"x": None, "y": True, "z": 1.5}},
    "empty": [[], {}, (), set(), ""],
    "tuple1": (1,),
    42: "int key",
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pp({"b": 1, "a": [2] * 30})
print(pformat(list(range(40))))
print(pformat(list(range(40)), compact=True))
print(pformat([list(range(12))] * 4, width=30))
print(pformat([list(range(12))] * 4, width=30, compact=True))
print(pformat((tuple(range(25)),), width=40))
print(pformat({1, 5, 3, 9, 7} | set(range(20, 45)), width=50))
print(pformat(frozenset(range(30)), width=50))
print(pformat(set()), pformat(frozenset()), pformat(frozenset({1})))
long_text = "The quick brown fox jumps over the lazy dog. " * 5
print(pformat(long_text))
print(pformat([long_text, "short"], width=50))
print(pformat({"key": long_text}, width=60))
print(pformat("line one\nline two is a bit longer than the others\nthree\n" * 2, width=30))
print(pformat(b"binary data " * 8, width=40))
print(pformat([b"abcdefghijklmnopqrstuvwxyz" * 3], width=30))
print(pformat(1234567890, underscore_numbers=True), pformat([10 ** 12], underscore_numbers=True))
od = OrderedDict([("z", 1), ("a", 2)])
print(pformat(od), pformat([od] * 3, width=30))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
print(pformat([Point(i, i * i) for i in range(12)]))
class MyList(list):
    pass
class MyDict(dict):
    def __repr__(self):
        return "MyDict!"
print(pformat(MyList(range(30))), pformat(MyDict(a=1)), pformat({"m": MyDict(), "l": MyList([1])}))
rec = [1, 2]
rec.append(rec)
print(isrecursive(rec), isreadable(rec), isreadable([1, "a", (2.5, None)]), isreadable([Point(1, 2)]), isrecursive({"a": [1]}))
print(saferepr({"b": [1, 2], "a": (3,)}), saferepr("x"), saferepr(12))
mixed = {3: "c", "b": 2, 1.5: "x", None: 0, (1, 2): "t"}
print(sorted(pformat({"b": 1, "a": 2, "c": {"z": 0, "y": [1, 2]}}, width=10).splitlines()))
pprint.pprint({i: {j: j * i for j in range(5)} for i in range(6)})
pprint.pprint([{"id": i, "tags": ["t%d" % k for k in range(i)], "ok": i % 2 == 0} for i in range(6)], width=70)
pprint.pprint(list(range(100)), width=20, compact=True)
pp = PrettyPrinter(indent=2, width=30)
print(pp.pformat({"alpha": list(range(10)), "beta": ("x" * 20, "y" * 5)}))
print(pp.isreadable([1]), pp.isrecursive(rec))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
from collections import defaultdict, Counter, deque
dd = defaultdict(list)
for i in range(12):
    dd["key%d" % (i % 4)].append(i * 1000)
pprint.pprint(dd, width=40)
pprint.pprint(Counter("abracadabra alakazam hocus pocus"), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint([defaultdict(int), Counter(), deque(), OrderedDict()])
pprint.pprint(OrderedDict((str(i) * 5, i) for i in range(10)), width=40)
