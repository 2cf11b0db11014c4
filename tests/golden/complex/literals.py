# Imaginary literals and the constants the compiler folds from them.
print(1j, 2.5j, 1e3j, 0j, 1_0j, 0J, 00j, 0777j, 1.j, .5j, 1e-3J, 1_000.000_1j)
print(type(1j), type(1j).__name__, isinstance(1j, complex), isinstance(1j, (int, float)))
print(3+4j, 3-4j, -3+4j, -3-4j, -(3+4j), +(3+4j))
print(1-0j, -0j, -(0j), 0j*-1, 1+0j, -1j, 1j*1j)
print([1j, 2+0j, 1e300j * 1e10])
a = 1 / 2j
b = 1 / 2j
print(a, a is b)
c = (1 + 1j) ** 2
d = (1 + 1j) ** 2
print(c, c is d)
print((-8) ** 0.5, (-8.0) ** (1 / 3))
x = 1 if 1j else 2
print(x, [1j for _ in range(2)])
print(1e400j, -1e400j, 1e-400j, 1.7976931348623157e308j * 10, 5e-324j)
