# tuple.index and tuple.count.
t = (1, "two", 3.0, "two")
print(t.index("two"), t.index(3.0), t.count("two"), (1, 1, 2).count(1), ().count(0))
