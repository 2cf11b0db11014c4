# .real, .imag, .conjugate(), __complex__, __getnewargs__, format(), copy, getsizeof, gc.
import copy
import gc
import sys

z = complex(3, -4)
print(z.real, z.imag, type(z.real), z.conjugate(), (-0j).conjugate(), complex(1, 0).conjugate())
print((1j).real, (1j).imag, (5).real, (5).imag, (2.5).imag, True.real)
print(z.__complex__() is z, z.__getnewargs__(), complex.conjugate(z), complex.__name__, complex)
print(sys.getsizeof(1j), sys.getsizeof(z), sys.getsizeof(complex(1e300, -1e-300)))
print(gc.is_tracked(z), gc.is_tracked([z]), gc.is_tracked((z, 1j)), gc.is_tracked({1: z}))
print(copy.copy(z) is z, copy.deepcopy([z])[0] is z, copy.deepcopy((z,)))
specs = ["", "g", ".2f", ".3e", "E", "F", "G", ".0f", "#.0f", "+", "+.1f", "-", " ", " .1f", ">20", "<20", "^20",
         "*^21.2f", "z.1f", "z", ",.2f", "_.1f", ".3", ".10g", "n", "20", "#g", "x", "d", "%", "s", "010",
         "0>10", "=10", "*=10", ".1000000000000f", ",", "_"]
nums = [complex(1, 2), complex(0, 2), complex(-0.0, 2), complex(-1.5e-7, 1234567.891),
        complex(float("nan"), float("-inf")), complex(-0.0001, -0.0), complex(12345.678, 0)]
for spec in specs:
    row = []
    for w in nums:
        try:
            row.append(format(w, spec))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
            break
    print(repr(spec), row)
print(f"{z}|{z!r}|{z!s}|{z:>12}|{z:.1f}|{-1j:^9}|{1e20j:g}")
print("{0} {0!r} {0:+.2e} {1:10}".format(z, 1j))
