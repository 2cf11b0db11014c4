# tuple.count/index and range.count/index
t = (1, 2, 3, 2, 1, "a")
print(t.count(2), t.count("a"), t.count(9), t.index(2), t.index(2, 2), t.index(1, -2), t.index("a"))
print((1.0, True, 1).count(1))
r = range(0, 20, 3)
print(r.count(9), r.count(10), r.index(9), r.index(18), range(10, 0, -2).index(4))
print(r.count(9.0), r.index(True) if 1 in r else "no", range(5).index(True))
for label, f in [
    ('t.index(9)', lambda: t.index(9)),
    ('t.index(2, 0, 1)', lambda: t.index(2, 0, 1)),
    ('t.index()', lambda: t.index()),
    ('t.count()', lambda: t.count()),
    ('t.index(1, None)', lambda: t.index(1, None)),
    ('r.index(10)', lambda: r.index(10)),
    ('r.index("a")', lambda: r.index("a")),
    ('r.count()', lambda: r.count()),
    ('range(3).index(5)', lambda: range(3).index(5)),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
