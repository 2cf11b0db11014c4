# dict methods: fromkeys, popitem, get/setdefault/pop/update, copy, clear
d = dict.fromkeys("abc")
print(d, dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print({}.fromkeys("xy", 5))
print(d.popitem(), d)
d.update({"z": 26}, y=25)
d.update([("w", 23)])
d.update(v=22)
print(d)
class KV:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d.update(KV()); print(d)
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("a", 1), d.setdefault("new", 2))
print(d.pop("new"), d.pop("nope", "dflt"))
c = d.copy(); c["extra"] = 1; print(len(c), len(d))
c.clear(); print(c)
e = {"x": 1}
e2 = e
e.update(e); print(e is e2, e)
for label, f in [
    ('{}.popitem()', lambda: {}.popitem()),
    ('dict.fromkeys()', lambda: dict.fromkeys()),
    ('{}.update(1)', lambda: {}.update(1)),
    ('{}.update([1])', lambda: {}.update([1])),
    ('{}.update([(1, 2, 3)])', lambda: {}.update([(1, 2, 3)])),
    ('{}.update({}, {})', lambda: {}.update({}, {})),
    ('{}.get()', lambda: {}.get()),
    ('{}.pop()', lambda: {}.pop()),
    ('{}.pop("k")', lambda: {}.pop("k")),
    ('{}.setdefault()', lambda: {}.setdefault()),
    ('{}.popitem(1)', lambda: {}.popitem(1)),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
