from collections import OrderedDict

od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
print(od, list(od), od["b"])
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]))
print(OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]))
print(OrderedDict(a=1) == {"a": 1}, isinstance(od, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zzz")
except KeyError as e:
    print("KeyError", e)
