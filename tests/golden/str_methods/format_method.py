# str.format: positional, keyword, attribute and index fields, conversions, nested specs
class P:
    x = 3
    def __repr__(self):
        return "P()"
print("{} and {}".format("a", "b"))
print("{1}{0}{1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=7))
print("{0.x} {0!r} {0!s}".format(P()))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{d[key]} {d[0]}".format(d={"key": 1, 0: "zero"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:#o} {:,}".format(3.14159, 5, 255, 8, 1234567))
print("{:{}}|{:{w}.{p}f}".format("ab", 5, 2.5, w=8, p=2))
print("{!a} {!r:>6}".format("é", "x"))
print("{{}} {{{}}}".format(1))
print("{0:{1}}".format(12, "^6"))
print("{:%}".format(0.25), "{:e}".format(12345.678))
print("{0}".format(*[42]), "{a}".format(**{"a": 1}))
print("{a} {b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {zz}".format_map(Default(a=1)))
for label, f in [
    ('"{".format()', lambda: "{".format()),
    ('"}".format()', lambda: "}".format()),
    ('"{0}{}".format(1, 2)', lambda: "{0}{}".format(1, 2)),
    ('"{}{0}".format(1, 2)', lambda: "{}{0}".format(1, 2)),
    ('"{1}".format(1)', lambda: "{1}".format(1)),
    ('"{x}".format()', lambda: "{x}".format()),
    ('"{0.foo}".format(1)', lambda: "{0.foo}".format(1)),
    ('"{0[1]}".format([1])', lambda: "{0[1]}".format([1])),
    ('"{0[x]}".format({})', lambda: "{0[x]}".format({})),
    ('"{!x}".format(1)', lambda: "{!x}".format(1)),
    ('"{:d}".format("a")', lambda: "{:d}".format("a")),
    ('"{0!}".format(1)', lambda: "{0!}".format(1)),
    ('"{:{}}".format(1)', lambda: "{:{}}".format(1)),
    ('"{0".format(1)', lambda: "{0".format(1)),
    ('"{a}".format_map({})', lambda: "{a}".format_map({})),
    ('"{0!rr}".format(1)', lambda: "{0!rr}".format(1)),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
