import math

print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(-0.0))
print(math.exp(0), math.exp(1), math.exp(-1), math.expm1(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1000, 10))
print(math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.log(10**400))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(1, math.nan))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan(1) * 4)
print(math.asin(1), math.acos(-1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.dist((0, 0), (3, 4)))
