# Slicing lists: x[1:3], x[::-1], x[slice(1, 3)] and friends.
x = [0, 1, 2, 3, 4, 5]
print(x[1:3], x[:2], x[4:], x[-2:], x[:-2])
print(x[::-1], x[::2], x[1::2], x[4:1:-1])
print(x[slice(1, 3)], x[slice(3)], x[slice(None, None, 3)])
print(x[10:], x[3:3], x[-100:100])
y = x[:]
y[0] = "changed"
print(x[0], y[0])
x[1:3] = ["a", "b", "c"]
print(x)
del x[0]
print(x)
del x[::2]
print(x)
