# The built-in memory_profiler: line attribution (loops, comprehensions,
# branches, nested calls), precision=, memory_usage. The MiB figures are
# Ouro's exact heap sizes; the rest matches CPython + memory_profiler.
from memory_profiler import profile, memory_usage

def helper(n):
    return [0] * n

@profile
def work(n):
    data = []
    for i in range(n):
        data.append(str(i))
    total = 0
    while total < 3:
        total += 1
    big = helper(100000)
    del big
    squares = {k: k * k for k in range(50)}
    if n > 5:
        result = sum(len(s) for s in data)
    else:
        result = 0
    # trailing comment inside
    return result

@profile(precision=3)
def small():
    x = "a" * 1000
    return len(x)

print(work(20))
print(small())
m = memory_usage()
print(type(m).__name__, len(m), type(m[0]).__name__)
print(type(memory_usage((helper, (10,)), max_usage=True)).__name__)
