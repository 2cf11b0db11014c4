from functools import partial, reduce
import operator

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
print(square(5), partial(power, 2)(10), partial(partial(power, 3), 2)())
print(square.args, square.keywords, square.func is power)
print(partial(max, 1), partial(max, 1, key=abs))
print(partial(max, 1)(5, 0), partial(sorted, reverse=True)([3, 1, 2]))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, [1, 2, 3], 10), reduce(max, [], 0))
print(reduce(lambda acc, ch: ch + acc, "abc", ""))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5), lambda: partial(5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
