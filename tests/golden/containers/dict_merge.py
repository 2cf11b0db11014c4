# dict | and |= (PEP 584)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a
c |= b
print(c is a, a)
a |= [("w", 0)]
print(a)
a |= {}
print(a)
for label, f in [
    ('{} | 1', lambda: {} | 1),
    ('{} | [("a", 1)]', lambda: {} | [("a", 1)]),
    ('1 | {}', lambda: 1 | {}),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(e)
