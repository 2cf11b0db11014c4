from itertools import accumulate, chain, compress, dropwhile, filterfalse, starmap, takewhile
import operator

print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate("abc")))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
