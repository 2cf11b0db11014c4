import gc
x = []
print(gc.get_referents([x, 'a']) == ['a', x])
print(gc.get_referents((1, x)) == [x, 1])
print(gc.get_referents({1: x}) == [x, 1])
print(gc.get_referents({'k': x}) == [x])
print(gc.get_referents(1))
holder = [x]
print(any(r is holder for r in gc.get_referrers(x)))
