import timeit
import gc

calls = []
def work():
    calls.append(1)

t = timeit.timeit(work, number=7)
print(type(t).__name__, t >= 0, len(calls))
calls.clear()
r = timeit.repeat(work, repeat=3, number=4)
print(type(r).__name__, len(r), all(x >= 0 for x in r), len(calls))

counter = [0]
def setup():
    counter[0] += 100
tm = timeit.Timer(work, setup=setup)
calls.clear()
print(tm.timeit(number=3) >= 0, len(calls), counter[0])
print(len(tm.repeat(repeat=2, number=2)), len(calls), counter[0])

# string statements, with setup and globals
x = timeit.timeit("y = sum(range(10))", number=50)
print(x >= 0)
acc = []
timeit.timeit("acc.append(n * 2)", setup="n = 21", number=3, globals={"acc": acc})
print(acc)
g = {"acc": acc}
timeit.Timer("acc.append(k)\nk += 1", "k = 0", globals=g).timeit(4)
print(acc)
timeit.timeit("""
for i in range(3):
    acc.append(-i)
""", number=2, globals=globals())
print(acc)

# a fake timer makes results deterministic
ticks = iter(range(0, 1000, 10))
def fake_timer():
    return next(ticks)
print(timeit.timeit("pass", timer=fake_timer, number=5))
print(timeit.repeat("pass", timer=fake_timer, repeat=3, number=1))
ticks2 = iter([0.0, 0.05, 0.0, 0.1, 0.0, 0.25])
seen = []
print(timeit.Timer("pass", timer=lambda: next(ticks2)).autorange(lambda n, t: seen.append((n, t))), seen)

before = gc.isenabled()
during = []
timeit.timeit(lambda: during.append(gc.isenabled()), number=2)
print(gc.isenabled() == before, during)
gc.disable()
timeit.timeit(lambda: None, number=2)
print(gc.isenabled())
if before:
    gc.enable()
for bad in ["1 +", "return"]:
    try:
        timeit.timeit(bad, number=1)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError", e)
try:
    timeit.Timer("pass", setup=3)
except ValueError as e:
    print("ValueError", e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
import time as _time
print(timeit.default_timer is _time.perf_counter, timeit.default_number, timeit.default_repeat)
