# + - * / ** with ints, floats and complexes, unary operators, abs().
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

z = complex(1, 2)
w = complex(3, -4)
ops = [
    ("z+w", lambda: z + w), ("z-w", lambda: z - w), ("z*w", lambda: z * w),
    ("z/w", lambda: z / w), ("z**w", lambda: z ** w), ("z+1", lambda: z + 1),
    ("1+z", lambda: 1 + z), ("z-2.5", lambda: z - 2.5), ("2.5-z", lambda: 2.5 - z),
    ("z*True", lambda: z * True), ("3/z", lambda: 3 / z), ("z/3", lambda: z / 3),
    ("z/0.5", lambda: z / 0.5), ("-z", lambda: -z), ("+z", lambda: +z),
    ("abs(w)", lambda: abs(w)), ("abs(-0j)", lambda: abs(-0j)),
    ("abs(inf,nan)", lambda: abs(complex(float("nan"), float("inf")))),
    ("abs(nan)", lambda: abs(complex(float("nan"), 1))),
    ("abs(big)", lambda: abs(complex(1e308, 1e308))),
    ("abs(huge)", lambda: abs(complex(1.5e308, 1.5e308))),
    ("z**0", lambda: z ** 0), ("z**1", lambda: z ** 1), ("z**2", lambda: z ** 2),
    ("z**-2", lambda: z ** -2), ("z**0.5", lambda: z ** 0.5), ("z**2.0", lambda: z ** 2.0),
    ("2**z", lambda: 2 ** z), ("1j**1j", lambda: 1j ** 1j), ("1j**101", lambda: 1j ** 101),
    ("(1+1j)**100", lambda: (1 + 1j) ** 100), ("(1+1j)**-100", lambda: (1 + 1j) ** -100),
    ("(1+1j)**100.5", lambda: (1 + 1j) ** 100.5), ("(.5+.5j)**1000", lambda: (0.5 + 0.5j) ** 1000),
    ("pow(z,3)", lambda: pow(z, 3)), ("pow(-1,0.5)", lambda: pow(-1, 0.5)),
    ("(-8)**(1/3)", lambda: (-8) ** (1 / 3)), ("(-2.0)**1.5", lambda: (-2.0) ** 1.5),
    ("0j**0", lambda: 0j ** 0), ("0j**2", lambda: 0j ** 2), ("0j**0.5", lambda: 0j ** 0.5),
    ("0j**0j", lambda: 0j ** 0j), ("inf**2", lambda: complex(float("inf"), 0) ** 2),
    ("(1e200+1e200j)**2", lambda: complex(1e200, 1e200) ** 2),
    ("(1+1j)**1e300", lambda: (1 + 1j) ** 1e300),
    ("(nan)**0.5", lambda: complex(float("nan"), 0) ** 0.5),
    ("inf/(1+1j)", lambda: complex(float("inf"), 1) / complex(1, 1)),
    ("1/(inf,nan)", lambda: 1 / complex(float("inf"), float("nan"))),
    ("tiny/tiny", lambda: complex(1e-320, 1e-320) / complex(1e-320, 2e-320)),
    ("big/big", lambda: complex(1e308, 1e308) / complex(1e308, -1e308)),
    ("z*inf", lambda: z * float("inf")), ("sum", lambda: sum([1j, 2, 3.5, z])),
    ("bigint+z", lambda: 10 ** 400 + z), ("z*bigint", lambda: z * 10 ** 400),
    ("z/bigint", lambda: z / 10 ** 20),
]
for label, f in ops:
    show(label, f)
acc = complex(1, 2)
acc += 1
acc *= 2j
acc -= 1.5
acc /= 2
acc **= 2
print(acc)
x = 3
x += 1j
print(x, [n * 1j for n in range(4)], sum(k * 1j for k in range(5)))
