# sys.settrace: call/line/return/exception events as CPython 3.11 emits
# them, local trace functions, f_locals in a tracer, a failing tracer.
import sys
events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "return":
        events.append((name, event, frame.f_lineno, arg))
    elif event == "exception":
        events.append((name, event, frame.f_lineno, arg[0].__name__))
    else:
        events.append((name, event, frame.f_lineno))
    return tracer

def gen(n):
    for i in range(n):
        yield i * 2

def risky(x):
    if x > 1:
        raise ValueError(x)
    return x

class Ctx:
    def __enter__(self):
        return 1
    def __exit__(self, *exc):
        return False

def work():
    total = 0
    for v in gen(2):
        total += v
    try:
        risky(5)
    except ValueError as e:
        total += 1
    finally:
        total += 10
    if total > 100:
        total = 0
    elif total > 5:
        total -= 1
    else:
        total += 1
    sq = {k: k * k for k in range(2)}
    f = lambda a: a + 1
    total += f(1)
    with Ctx() as c:
        first = c
    class Inner:
        attr = 1
        def m(self):
            return self.attr
    total += Inner().m()
    return total

sys.settrace(tracer)
r = work()
sys.settrace(None)
for e in events:
    print(e)
print(r, sys.gettrace())

def local_only(frame, event, arg):
    if event == "line":
        print("line", frame.f_lineno, sorted(frame.f_locals))
    return local_only

def glob(frame, event, arg):
    if frame.f_code.co_name == "target":
        print("call", frame.f_lineno)
        return local_only
    return None

def target(a):
    b = a + 1
    c = b * 2
    return c

sys.settrace(glob)
target(1)
sys.settrace(None)

def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad

def victim():
    x = 1
    return x

sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e, sys.gettrace())
