import random

random.seed(2024)
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(100)))
print(random.sample(range(100), 5), random.sample("python", 3), random.sample(range(10**6), 4))
print(random.choices("abc", k=6))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(random.choices([1, 2, 3], cum_weights=[1, 1, 5], k=5))
print(random.sample(["a", "b"], k=3, counts=[2, 3]))
print(round(random.uniform(1, 10), 6), random.uniform(5, 5))
