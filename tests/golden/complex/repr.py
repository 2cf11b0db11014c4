# repr/str of complex: each part like repr(float) without '.0'; parentheses
# unless the real part is +0.
inf = float("inf")
nan = float("nan")
values = [
    complex(3, 4), complex(0, 4), complex(-0.0, -1), complex(0.0, -0.0),
    complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1, 0), complex(1, -0.0),
    complex(nan, inf), complex(-nan, -inf), complex(inf, nan), complex(0, nan),
    complex(1e16, 1e-7), complex(1e15, 1e16), complex(1.5, -2.25), complex(0.1, 0.2),
    complex(1e300, -1e-300), complex(5e-324, 1.7976931348623157e308),
    complex(123456789012345678, 0.000001), complex(1 / 3, 2 / 3), complex(-inf, 0),
]
for z in values:
    print(repr(z), str(z), z, f"{z}", "%s|%r" % (z, z), format(z), "{}".format(z))
print([complex(1, 2), (complex(0, 1),)], {complex(2, 3): complex(-1, -1)})
