# The built-in memory_profiler: line attribution (loops, comprehensions,
# branches, nested calls), precision=, memory_usage. The MiB figures are
# Ouro's exact heap sizes; the rest matches CPython + memory_profiler.
from memory_profiler import profile, memory_usage


class Report:
    """Collects the table; the "Mem usage" column (and the first row's
    increment, which is the whole heap) depend on the interpreter's
    start-up heap, so their digits are hidden. Everything else is exact."""

    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def show(self):
        first = True
        for line in self.text.split("\n"):
            if "MiB" in line:
                head, usage, inc, rest = line[:6], line[6:19], line[19:32], line[32:]
                usage = "".join("N" if c.isdigit() else c for c in usage)
                if first:
                    inc = "".join("N" if c.isdigit() else c for c in inc)
                    first = False
                line = head + usage + inc + rest
            print(line)
        self.text = ""


report = Report()

def helper(n):
    return [0] * n

@profile(stream=report)
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

@profile(precision=3, stream=report)
def small():
    x = "a" * 1000
    return len(x)

print(work(20))
report.show()
print(small())
report.show()
m = memory_usage()
print(type(m).__name__, len(m), type(m[0]).__name__)
print(type(memory_usage((helper, (10,)), max_usage=True)).__name__)
