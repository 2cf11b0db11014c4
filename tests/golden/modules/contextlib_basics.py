from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout


@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)


with tag("p") as t:
    print("inside", t)


@contextmanager
def managed(log):
    log.append("enter")
    try:
        yield log
    except ValueError as e:
        log.append("handled " + str(e))
    finally:
        log.append("exit")


log = []
with managed(log):
    raise ValueError("boom")
print(log)

log = []
try:
    with managed(log):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e), log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)


@tag("div")
def decorated():
    print("body")


decorated()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress(KeyError):
    {}["x"]
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class Door:
    def close(self):
        print("door closed")


with closing(Door()) as d:
    print(type(d).__name__)

with nullcontext(42) as v:
    print(v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback ran")
    print(names)


@contextmanager
def timer():
    yield
    print("done timing")


with timer():
    print("work")
