import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(5)), math.fsum([math.inf, 1.0]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1.0), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(0.0))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(1e200, 1e200), math.hypot(-5), math.hypot())
