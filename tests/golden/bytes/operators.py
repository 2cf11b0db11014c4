# bytes operators: + * == < in hash
a, b = b"abc", bytearray(b"abd")
print(a + b"de", a + b, b + a, a * 2, 3 * b, a * 0, a * -1)
print(a == b"abc", a == bytearray(b"abc"), a == "abc", a != b, a < b, b"ab" < b"abc", b"b" > b"abc")
print(97 in a, b"bc" in a, b"" in a, b"x" in b, 98 in b)
print(hash(b"abc") == hash("abc"), hash(b"") == 0, {b"k": 1}[b"k"])
print(sorted([b"b", b"a", b"ab"]), max(b"zzz"), sum(b"\x01\x02"))
for label, f in [
    ('a + "x"', lambda: a + "x"),
    ('b + "x"', lambda: b + "x"),
    ('"x" in a', lambda: "x" in a),
    ('300 in a', lambda: 300 in a),
    ('hash(bytearray())', lambda: hash(bytearray())),
    ('a < "b"', lambda: a < "b"),
    ('a * 1.5', lambda: a * 1.5),
    ('a - a', lambda: a - a),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
