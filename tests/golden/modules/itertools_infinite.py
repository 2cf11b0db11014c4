from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(count(5), count(2, 3), repeat("x", 2), repeat(1))
print(list(islice(cycle("ABC"), 8)), list(repeat("x", 3)), list(repeat(7, 0)), list(repeat(1, -2)))
for i, c in zip(count(1), "abc"):
    print(i, c)
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice("AB", 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
for bad in [lambda: islice("a", -1), lambda: islice("a", 1, 2, 0), lambda: islice("a", "x"), lambda: cycle(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
