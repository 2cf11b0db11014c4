# find/rfind/index/rindex/count/startswith/endswith with start/end
s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("bra", 2, 8), s.find("zz"))
print(s.rfind("a"), s.rfind("a", 0, 5), s.rfind("a", -3))
print(s.index("cad"), s.rindex("abra"))
print(s.count("a"), s.count("a", 3), s.count("a", 3, -3), s.count(""), "".count(""))
print(s.find("a", None, None), s.find("", 11), s.find("", 12))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("z",)))
print("héllo wörld".find("wö"), "héllo".index("l"), "日本語".find("語"))
for label, f in [
    ('s.index("zz")', lambda: s.index("zz")),
    ('s.rindex("zz")', lambda: s.rindex("zz")),
    ('s.find()', lambda: s.find()),
    ('s.find(1)', lambda: s.find(1)),
    ('s.find("a", "x")', lambda: s.find("a", "x")),
    ('s.count("a", 1, 2, 3)', lambda: s.count("a", 1, 2, 3)),
    ('s.startswith(1)', lambda: s.startswith(1)),
    ('s.startswith((1,))', lambda: s.startswith((1,))),
    ('s.startswith()', lambda: s.startswith()),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
