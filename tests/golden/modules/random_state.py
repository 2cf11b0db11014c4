import random

random.seed(7)
state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])
print(state[0], len(state[1]), state[2])
r1 = random.Random(123)
r2 = random.Random(123)
print([r1.randint(0, 99) for _ in range(8)])
print([r2.randint(0, 99) for _ in range(8)])
r1.seed("hello")
print(r1.random(), random.Random(b"hello").random())
random.seed(7)
print(random.random() == first[0])
