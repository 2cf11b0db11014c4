# sys._getframe: the current frame, its callers, f_locals, f_lineno, f_back.
import sys

def who():
    return sys._getframe(1).f_code.co_name

def caller():
    return who()

print(caller(), sys._getframe().f_code.co_name, sys._getframe().f_lineno)

def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    return sorted(fr.f_locals.items(), key=lambda kv: kv[0])[:3], sorted(fr.f_locals)

print(f(1))
try:
    sys._getframe(50)
except ValueError as e:
    print(e)

def outer():
    x = 1
    def inner():
        return x + 1
    fr = sys._getframe()
    print(sorted(fr.f_locals), fr.f_back.f_code.co_name)
    return inner()

print(outer())
frames = []
def depth(n):
    if n == 0:
        f = sys._getframe()
        while f is not None:
            frames.append(f.f_code.co_name)
            f = f.f_back
        return
    depth(n - 1)
depth(3)
print(frames)
print(type(sys._getframe()).__name__, sys._getframe().f_globals is globals())
