# complex(): numbers, keywords, strings (valid and malformed), __complex__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


z = 1 + 2j
cases = [
    ("()", lambda: complex()), ("(2)", lambda: complex(2)), ("(2.5)", lambda: complex(2.5)),
    ("(True)", lambda: complex(True)), ("(1,2)", lambda: complex(1, 2)), ("(1.5,-2)", lambda: complex(1.5, -2)),
    ("(z)", lambda: complex(z)), ("(z) is z", lambda: complex(z) is z), ("(z,1)", lambda: complex(z, 1)),
    ("(1j,1j)", lambda: complex(1j, 1j)), ("(1,1j)", lambda: complex(1, 1j)), ("(z,z)", lambda: complex(z, z)),
    ("(real=3)", lambda: complex(real=3)), ("(imag=2)", lambda: complex(imag=2)),
    ("(real=1,imag=2)", lambda: complex(real=1, imag=2)), ("(imag=1,real=2)", lambda: complex(imag=1, real=2)),
    ("(1,imag=5)", lambda: complex(1, imag=5)), ("(-0.0,-0.0)", lambda: complex(-0.0, -0.0)),
    ("(-0.0)", lambda: complex(-0.0)), ("(0,-0.0)", lambda: complex(0, -0.0)),
    ("(1,2,3)", lambda: complex(1, 2, 3)), ("(x=1)", lambda: complex(x=1)),
    ("(1,real=2)", lambda: complex(1, real=2)), ("(None)", lambda: complex(None)),
    ("(1,None)", lambda: complex(1, None)), ("([])", lambda: complex([])), ("(b'1')", lambda: complex(b"1")),
    ("('1',2)", lambda: complex("1", 2)), ("(1,'2')", lambda: complex(1, "2")),
    ("('1+2j',imag=1)", lambda: complex("1+2j", imag=1)),
    ("(10**400)", lambda: complex(10 ** 400)), ("(1,10**400)", lambda: complex(1, 10 ** 400)),
    ("(10**300)", lambda: complex(10 ** 300)), ("(10**400,None)", lambda: complex(10 ** 400, None)),
    ("(real='2j')", lambda: complex(real="2j")), ("(imag='2')", lambda: complex(imag="2")),
]
for label, f in cases:
    show("complex" + label, f)

strings = [
    "1+2j", "1-2j", " ( 1.5-2.5J ) ", "j", "-j", "+j", "J", "1+j", "1-j", "3", "-3.5e2", "1e3j",
    "infj", "-infinity+nanj", "nan", "-nanj", "+nan-infj", "INF-INFJ", "1_0+2_0j", "1.", ".5j", "1.e1j",
    "\u0661+\u0662j", "\u2003 2j \u2003", "1e500", "1e500j", "-1e-500j", "(1)", "(j)", "\t1+1j\n",
    "", " ", "()", "1+", "1+2", "1+2j)", "(1+2j", "1 +2j", "1+ 2j", "1e+j", "1ej", "jj",
    "1j2", "infinj", "1\0", "1\0_", "1__0", "_1j", "1_j", "1_0\0", "1_.5j", "1._5j", "0x10",
    "1+2jj", "((1+2j))", "1+2i", "\u00e9", "1..2j", "--1", "+-1j", "1e1.5j", "nanj+1",
]
for s in strings:
    show("complex(%r)" % s, lambda: complex(s))


class HasComplex:
    def __complex__(self):
        return 2 + 3j


class BadComplex:
    def __complex__(self):
        return 2


class HasFloat:
    def __float__(self):
        return 2.5


class HasIndex:
    def __index__(self):
        return 7


class Plain:
    pass


for label, f in [
    ("__complex__", lambda: complex(HasComplex())), ("bad __complex__", lambda: complex(BadComplex())),
    ("__float__", lambda: complex(HasFloat())), ("__index__", lambda: complex(HasIndex())),
    ("imag __float__", lambda: complex(1, HasFloat())), ("imag __index__", lambda: complex(1, HasIndex())),
    ("imag __complex__", lambda: complex(1, HasComplex())), ("__complex__ + imag", lambda: complex(HasComplex(), 1)),
    ("plain", lambda: complex(Plain())), ("imag plain", lambda: complex(1, Plain())),
    ("__complex__ + None", lambda: complex(HasComplex(), None)),
    ("bad __complex__ + None", lambda: complex(BadComplex(), None)),
]:
    show(label, f)
