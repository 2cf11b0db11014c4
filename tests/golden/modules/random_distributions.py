import random

random.seed(99)
print([random.gauss(0, 1) for _ in range(4)])
print([random.normalvariate(10, 2) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.triangular(0, 10, 2) for _ in range(3)])
print(random.gammavariate(2.0, 3.0), random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.lognormvariate(0, 1))
