# replace, partition, rpartition
s = "one two one two"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("", "-"), s.replace("", "-", 3))
print(s.replace("zzz", "y") is s, "aaa".replace("a", "b", 0))
print(s.partition(" "), s.rpartition(" "), s.partition("x"), s.rpartition("x"))
print("k=v=w".partition("="), "k=v=w".rpartition("="))
for label, f in [
    ('s.replace("a")', lambda: s.replace("a")),
    ('s.replace(1, 2)', lambda: s.replace(1, 2)),
    ('s.replace("a", 2)', lambda: s.replace("a", 2)),
    ('s.partition("")', lambda: s.partition("")),
    ('s.partition(1)', lambda: s.partition(1)),
    ('s.partition()', lambda: s.partition()),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
