import math

for v in [3.7, -3.7, 2.5, -0.5, 0.0, 7, -7, True, 10**30, 1e20]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(3, -2))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2))
class Money:
    def __floor__(self):
        return "floored"
print(math.floor(Money()))
for bad in [math.inf, -math.inf, math.nan]:
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
