# str.split / rsplit / splitlines / join, with keywords and errors
s = "  a b\tc\n d  "
print(s.split())
print(s.split(None, 1))
print(s.rsplit(maxsplit=1))
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 1))
print("a::b::c".split(sep="::", maxsplit=1))
print("".split(), "".split(","))
print("one\ntwo\r\nthree\rfour\x0bfive".splitlines())
print("x\ny\n".splitlines(True))
print("x\ny\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("-".join(x for x in "ab"))
word = "alone"
print("-".join([word]) is word)
for label, f in [
    ('"a".split("")', lambda: "a".split("")),
    ('"a".split(1)', lambda: "a".split(1)),
    ('"a".split(x=1)', lambda: "a".split(x=1)),
    ('"a".split(",", sep=",")', lambda: "a".split(",", sep=",")),
    ('"a".split(1, 2, 3)', lambda: "a".split(1, 2, 3)),
    ('"-".join([1, 2])', lambda: "-".join([1, 2])),
    ('"-".join(5)', lambda: "-".join(5)),
    ('"a".splitlines(1, 2)', lambda: "a".splitlines(1, 2)),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
