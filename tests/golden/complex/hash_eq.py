# hash() equal to CPython's, == and != across int/float/complex, truth.
values = [0j, 1j, -1j, 1 + 2j, 2 + 1j, -1 + 0j, complex(-1, -1), 0.5 - 0.5j, complex(0.5, 0.5),
          complex(1e300, 1e-300), complex(float("inf"), 0), complex(0, float("-inf")),
          complex(2 ** 61, 0), complex(-(2 ** 61), 1), complex(1, -1) * 1000003, complex(3.25, 0)]
for z in values:
    print(repr(z), hash(z))
print(hash(5 + 0j) == hash(5), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j), hash(-1))
d = {1: "int", 2.5: "float", 3j: "complex"}
print(d[1 + 0j], d[complex(2.5)], d[3j], 1j in {1j}, 0 in {0j}, {0j: "a", 0: "b", 0.0: "c", False: "d"})
print(len({1, 1.0, 1 + 0j, True}), len({1j, complex(0, 1), 1j + 0}))
pairs = [(1, 1 + 0j), (True, 1 + 0j), (1.5, 1.5 + 0j), (1, 1 + 1j), (10 ** 20, complex(1e20)),
         (2 ** 53 + 1, complex(2 ** 53)), (1j, 1j), (1j, -1j), (0j, -0j), (0, -0j),
         (complex(float("nan"), 0), complex(float("nan"), 0)), ("1j", 1j), (None, 0j), ([1j], [1j])]
for a, b in pairs:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)
n = complex(float("nan"), 1)
print(n == n, n != n, [n] == [n], n in [n])
f = float("nan")  # the same rule for a float NaN: containers compare by identity first
print(f == f, f != f, [f] == [f], f in [f], (f,) == (f,), {f: 1}[f], [f].count(f), [f].index(f))
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, -0.0)), bool(complex(1e-320, 0)), bool(complex(float("nan"), 0)))
print("yes" if 0j else "no", "yes" if 1 + 0j else "no", not 0j, 0j or "other", 2j and "both")
