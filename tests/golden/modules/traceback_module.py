# The traceback module: print_exc, format_exc, format_exception, extract_tb,
# print_stack, limits, chains, walk_tb.
import traceback, sys

def a(): return 1 / 0
def b(): return a()

try:
    b()
except ZeroDivisionError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
    print(len(traceback.format_exception(*sys.exc_info())))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs, fs.lineno, fs.name, fs.line)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, chain=False)

def show():
    traceback.print_stack(file=sys.stdout)
    print(traceback.extract_stack()[-1].name)
    print(len(traceback.format_stack()))
show()
print(traceback.format_exc(), end="")
def rec(n):
    if n == 0: raise RecursionError("deep")
    rec(n - 1)
try:
    rec(10)
except RecursionError:
    traceback.print_exc(limit=5, file=sys.stdout)
    traceback.print_exc(limit=-2, file=sys.stdout)
for f, n in traceback.walk_tb(sys.exc_info()[2]): print(f, n)
