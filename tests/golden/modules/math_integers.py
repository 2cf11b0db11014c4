import math

print([math.factorial(n) for n in range(8)], math.factorial(25))
print(len(str(math.factorial(500))))
print(math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(), math.gcd(0, 0), math.gcd(2**80, 6**40))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 9))
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(10**30 + 1))
print(math.comb(5, 2), math.comb(52, 5), math.comb(4, 7), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(10, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=10), math.prod([0.5, 4]))
