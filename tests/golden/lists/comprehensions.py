# List and dict comprehensions.
print([i * i for i in range(6)])
print([i for i in range(10) if i % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in "abc"])
words = ["apple", "bob", "kiwi"]
print([len(w) for w in words if len(w) > 3])
print({w: len(w) for w in words})
print([[r * 3 + c for c in range(3)] for r in range(2)])
n = 4
print([n * i for i in range(n)])
