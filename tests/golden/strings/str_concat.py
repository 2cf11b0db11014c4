# Concatenation, repetition, membership and comparison.
a = "foo"
b = "bar"
print(a + b, a * 3, 2 * b, "" * 5 == "")
c = a
c += b
print(c, a)
print("oo" in a, "x" in a, "" in a, "ba" not in b)
print("abc" < "abd", "Z" < "a", "abc" == "abc", "a" != "b", "ab" < "abc")
parts = []
for w in ["alpha", "beta", "gamma"]:
    parts.append(w.upper())
print(" ".join(parts))
print(len("x" * 1000))
