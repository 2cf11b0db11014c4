import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.inf > 10**300)
print(math.degrees(math.pi), math.radians(180) == math.pi)
