# Dicts that contain themselves print as {...}.
d = {"name": "d"}
d["self"] = d
print(d)
l = [d]
print(l)
a = {}
b = {"a": a}
a["b"] = b
print(a)
m = [1]
m.append({"list": m})
print(m)
