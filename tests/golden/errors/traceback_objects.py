# Traceback and frame objects: __traceback__, tb_next, tb_frame, f_code,
# sys.exc_info()[2], with_traceback.
import sys

def inner():
    return 1 / 0

def outer():
    return inner()

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(sys.exc_info()[2] is e.__traceback__)
    print(e.__traceback__.tb_frame.f_globals is globals())

print(sys.exc_info())

try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)

try:
    e = KeyError("k")
    e.__traceback__ = 5
except TypeError as err:
    print(err)

def keep():
    try:
        raise RuntimeError("kept")
    except RuntimeError as e:
        return e

exc = keep()
f = exc.__traceback__.tb_frame
print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name)
print(sorted(f.f_locals))
print(f.f_code.co_filename == __file__, f.f_code.co_varnames)

# Re-raising adds the re-raising frame in front of the original ones.
def reraiser():
    try:
        inner()
    except ZeroDivisionError as e:
        raise e

try:
    reraiser()
except ZeroDivisionError as e:
    tb, lines = e.__traceback__, []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)

# A bare raise keeps the traceback as it was.
try:
    try:
        inner()
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    tb, lines = e.__traceback__, []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)

def gen():
    yield 1
    raise IndexError("in gen")

try:
    for _ in gen():
        pass
except IndexError as e:
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
