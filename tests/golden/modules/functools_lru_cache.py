from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info().hits, fib.cache_info().misses)

@lru_cache
def square(x):
    return x * x

print(square(3), square(3), square(4), square.cache_info())

@lru_cache(maxsize=2)
def ident(x):
    print("compute", x)
    return x

for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

print(fact(20), fact.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1); nocache(1)
print(nocache.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print(e)
try:
    fib([1])
except TypeError as e:
    print(e)
