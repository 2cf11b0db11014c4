import random

for seed in [0, 1, 42, 2**40, -5, 12345678901234567890]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
    print(" ", [random.randint(1, 6) for _ in range(15)])
    print(" ", random.getrandbits(8), random.getrandbits(40), random.getrandbits(100))
    print(" ", random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7), random.randrange(2**80))
random.seed(3.5)
print(random.random())
