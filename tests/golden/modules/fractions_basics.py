from fractions import Fraction as F
import fractions
import math
import numbers

vals = [F(1, 3), F(-2, 4), F(6, -8), F(0), F(5), F(10, 5), F(-7, -21)]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, float(v), int(v), bool(v))
for s in ["3/4", " -12/16 ", "1.5", "-0.125", "1e3", "2.5E-2", "+7", ".5", "1_000/3", "3.", "0/5"]:
    print(repr(s), repr(F(s)))
for bad in ["", "1/", "a", "1/2/3", "1.2.3", "/3", "1 /2", "nan"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError", e)
for f in [0.5, 0.1, -2.75, 1e-3, 3.0, 1e20]:
    print(f, repr(F(f)), repr(F.from_float(f)))
print(F(F(1, 2), F(3, 4)), F(F(5, 7)), F(3, F(1, 2)), F(True))
for args in [(1, 0), (0, 0)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for bad in [(1.5, 2), ("1", 2), ([],)]:
    try:
        F(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    F(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    F(float("nan"))
except ValueError as e:
    print("ValueError", e)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 2 ** F(1, 2), F(1, 4) ** F(1, 2), F(4) ** F(2), 2 ** F(3), F(-8, 27) ** -1)
print(a + 1j, F(-3, 2) ** 3, F(-3, 2) ** -3, (-a) ** -1, abs(F(-5, 3)), -a, +a)
print(F(7, 2) // F(-1, 3), F(-7, 2) % F(1, 3), divmod(F(-7, 2), 2), F(7, 2) % -2)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a // F(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError", e)

print(a < b, a > b, a <= F(2, 6), a >= 1, a == F(2, 6), a != b, F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, 2 == F(2))
print(F(1, 2) < 0.6, F(1, 2) > float("-inf"), F(1, 2) < float("nan"), F(1, 2) == float("nan"), F(3) == 3.0, F(1, 2) == 0.5 + 0j)
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1, 7)]), max(F(1, 2), F(2, 3)), min([F(5), 4.5]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), hash(F(1, 3)) == hash(F(2, 6)))
print(hash(F(1, 3)), hash(F(-22, 7)), hash(F(10 ** 30, 7)))
print(len({F(1, 2), 0.5, F(2, 4), F(1)}), {F(1, 2): "half"}[0.5])

print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(8, 3)))
print(repr(round(F(22, 7), 2)), repr(round(F(1234567, 100), -2)), repr(round(F(1, 3), 0)), type(round(F(7, 2))).__name__)
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(), F("3.14159").limit_denominator(1000))
print(F(1, 3).limit_denominator(5), F(-355, 113).limit_denominator(50), F(0.1).limit_denominator(1000), F(17, 11).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print(F(3, 4).as_integer_ratio(), sum([F(1, 10)] * 10), sum(F(1, n) for n in range(1, 8)))
print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Real), isinstance(3, numbers.Rational), isinstance(3.5, numbers.Rational))
print(isinstance(3, numbers.Integral), isinstance(2.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance("x", numbers.Number))
print(issubclass(F, numbers.Number), issubclass(bool, numbers.Integral), isinstance(F(1), numbers.Integral))
print("%s and %r" % (F(2, 3), F(2, 3)), f"{F(5, 10)}", str([F(1, 2)]), F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate())
class MyF(F):
    pass
m = MyF(2, 4)
print(repr(m), type(m).__name__, type(m + 1).__name__, fractions.Fraction is F)
