# bin oct hex divmod pow round abs
print(bin(10), bin(-10), oct(64), hex(255), hex(-1), bin(0), hex(2**70), bin(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.0), divmod(2**70, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(base=2, exp=5), pow(2, 5, mod=3))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(5, 1), round(1250, -2), round(1350, -2))
print(round(0.5), round(1.5), round(-0.5), type(round(2.5)), type(round(2.5, 0)), round(7), round(-15, -1), round(25, -1))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2**80)))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
    def __abs__(self):
        return "abs!"
print(round(R()), round(R(), 2), abs(R()))
for label, f in [
    ("bin(1.5)", lambda: bin(1.5)),
    ("hex('a')", lambda: hex("a")),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("divmod('a', 1)", lambda: divmod("a", 1)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5)),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("pow(0, -1)", lambda: pow(0, -1)),
    ("pow()", lambda: pow()),
    ("round('a')", lambda: round("a")),
    ("round(1.5, 'a')", lambda: round(1.5, "a")),
    ("round(float('inf'))", lambda: round(float("inf"))),
    ("round(float('nan'))", lambda: round(float("nan"))),
    ("abs('a')", lambda: abs("a")),
]:
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
