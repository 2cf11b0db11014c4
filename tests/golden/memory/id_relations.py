# The relations behind lesson 16: an argument keeps its id inside the callee,
# and a returned object keeps its id in the caller. (The ids themselves are
# implementation-defined, so only relations are printed.)
ids = []

def sqr(x):
    ids.append(id(x))
    z = x * x
    ids.append(id(z))
    return z

def main():
    x = 300
    ids.append(id(x))
    w = sqr(x)
    ids.append(id(w))

if __name__ == "__main__":
    main()
print(len(ids), ids[0] == ids[1], ids[2] == ids[3], ids[0] != ids[2])
print(type(ids[0]), ids[0] > 0)
a = []
b = a
print(id(a) == id(b), id(a) == id([]), a is b)
