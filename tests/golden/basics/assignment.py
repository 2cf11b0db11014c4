# Assignment, chained assignment, augmented assignment, unpacking, del.
a = b = 5
print(a, b)
a += 3; print(a)
a -= 1; print(a)
a *= 4; print(a)
a //= 3; print(a)
a %= 5; print(a)
a **= 10; print(a)
a /= 4; print(a)
s = "ab"
s += "cd"
s *= 2
print(s)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
l = [1, 2]
l += [3]
print(l)
del x
print(y)
