# while with break and continue.
i = 0
while i < 5:
    print("i =", i)
    i += 1
n = 0
total = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    total += n
print("total", total, "n", n)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
