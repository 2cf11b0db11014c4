def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(4)), sum(x*x for x in range(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    x = yield 1
    while True:
        x = yield x * 2
e = echo(); print(next(e), e.send(5), e.send(10))
def outer():
    r = yield from count(3)
    print("inner returned", r)
    yield 99
print(list(outer()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin(); print(next(f)); f.close()
def thrower():
    try:
        yield 1
    except ValueError as ex:
        yield "got " + str(ex)
t = thrower(); next(t); print(t.throw(ValueError("boom")))
print(type(count(1)).__name__, [x for x in (y for y in "ab")])
def gen_raise():
    yield 1
    raise StopIteration
try:
    list(gen_raise())
except RuntimeError as er:
    print(er)
