import math

cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.log(2, 1),
    lambda: math.exp(1000),
    lambda: math.pow(0, -1),
    lambda: math.pow(10, 400),
    lambda: math.acos(2),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.comb(-1, 2),
    lambda: math.isqrt(-4),
    lambda: math.sqrt("9"),
    lambda: math.sqrt(),
    lambda: math.pow(2),
    lambda: math.ldexp(1.0, 5000),
    lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.gcd(1.5, 2),
    lambda: math.trunc("x"),
    lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.dist((1, 2), (1,)),
]
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
math.sqrt(-2)
