# range objects and list(range(...)).
print(list(range(5)))
print(list(range(2, 8)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(list(range(0)), list(range(3, 1)))
print(range(5), range(1, 9, 2), len(range(10, 0, -3)))
print(range(10)[3], range(10)[-1], 5 in range(10))
print(sum(range(1000000)))
