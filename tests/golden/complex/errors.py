# Operations complex does not support, and the errors of those it does.
import math


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


z = 1 + 2j
cases = [
    ("z/0", lambda: z / 0), ("z/0.0", lambda: z / 0.0), ("1/0j", lambda: 1 / 0j),
    ("z/0j", lambda: z / 0j), ("z/-0j", lambda: z / -0j),
    ("0j**-1", lambda: 0j ** -1), ("0j**-0.5", lambda: 0j ** -0.5), ("0j**1j", lambda: 0j ** 1j),
    ("0j**(1+1j)", lambda: 0j ** (1 + 1j)),
    ("(1e200)**2", lambda: complex(1e200, 0) ** 2), ("(2+0j)**1e300", lambda: complex(2, 0) ** 1e300),
    ("(.5)**-1e300", lambda: complex(0.5, 0) ** -1e300),
    ("(1+1j)**inf", lambda: (1 + 1j) ** complex(float("inf"), 0)),
    ("z//2", lambda: z // 2), ("2//z", lambda: 2 // z), ("z%2", lambda: z % 2), ("2.5%z", lambda: 2.5 % z),
    ("divmod(z,2)", lambda: divmod(z, 2)), ("divmod(1,z)", lambda: divmod(1, z)),
    ("z<z", lambda: z < z), ("z<=1", lambda: z <= 1), ("1>z", lambda: 1 > z), ("z>=2.0", lambda: z >= 2.0),
    ("sorted", lambda: sorted([2j, 1j])), ("max", lambda: max(1j, 2j)),
    ("~z", lambda: ~z), ("z<<1", lambda: z << 1), ("z&1", lambda: z & 1), ("z|z", lambda: z | z),
    ("z^1", lambda: z ^ 1), ("z@z", lambda: z @ z),
    ("z+'a'", lambda: z + "a"), ("'a'+z", lambda: "a" + z), ("z*[1]", lambda: z * [1]),
    ("[1]*z", lambda: [1] * z), ("z+None", lambda: z + None),
    ("int(z)", lambda: int(z)), ("float(z)", lambda: float(z)), ("round(z)", lambda: round(z)),
    ("round(z,1)", lambda: round(z, 1)), ("range(z)", lambda: range(z)), ("[1][z]", lambda: [1][z]),
    ("math.sqrt", lambda: math.sqrt(z)), ("math.floor", lambda: math.floor(z)),
    ("math.isclose", lambda: math.isclose(z, z)), ("%d", lambda: "%d" % z), ("%f", lambda: "%f" % z),
    ("%s%r", lambda: "%s %r" % (z, z)),
    ("pow(z,2,3)", lambda: pow(z, 2, 3)), ("pow(2,z,3)", lambda: pow(2, z, 3)),
    ("pow(2,3,z)", lambda: pow(2, 3, z)), ("pow(1.5,z,2)", lambda: pow(1.5, z, 2)),
    ("pow(2.0,3,z)", lambda: pow(2.0, 3, z)),
    ("z.real=1", lambda: setattr(z, "real", 1)), ("del z.imag", lambda: delattr(z, "imag")),
    ("z.x=1", lambda: setattr(z, "x", 1)), ("z.foo", lambda: z.foo),
    ("z.conjugate(1)", lambda: z.conjugate(1)), ("complex.conjugate(1)", lambda: complex.conjugate(1)),
    ("complex.conjugate()", lambda: complex.conjugate()),
]
for label, f in cases:
    show(label, f)
z //= 1 if False else 1
