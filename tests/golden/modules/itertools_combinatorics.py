from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(len(list(product("abc", repeat=3))), list(product()), list(product("ab", [])))
print(list(permutations("ABC", 2)), len(list(permutations(range(5)))), list(permutations([1, 2], 3)))
print(list(permutations([1, 2, 3])))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("A", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([1, 2], 3)))
for bad in [lambda: permutations("a", -1), lambda: combinations("a", -1), lambda: product("a", repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print(e)
