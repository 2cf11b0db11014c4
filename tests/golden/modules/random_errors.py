import random

cases = [
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1),
    lambda: random.randint(1.5, 3),
    lambda: random.choice([]),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample({1, 2}, 1),
    lambda: random.getrandbits(-1),
    lambda: random.choices([1, 2], [1]),
    lambda: random.choices([1], [0]),
    lambda: random.seed([1, 2]),
]
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
