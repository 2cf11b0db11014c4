# Containers that contain themselves print as [...].
a = [1, 2, 3]
a.append(a)
print(a)
print(len(a), a[3] is a)
b = [a]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
