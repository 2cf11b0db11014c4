# SyntaxErrors raised by eval() are catchable, with CPython's attributes
sources = [
    "1 +", "x = 1", "1; 2", "1\n2", "", "\n", "# only a comment", "if",
    "1 if 2", "(1", "1)", "'abc", '"""abc', "*a,", "yield 1", "a := 1",
    "def f(): pass", "import os", "f(**)", "lambda x", "not", "a.",
    "None = 1", "f() = 1", "x = 1 2", "return 1", "await x",
    "print 'x'", " \t1 +", "[1, 2", "1 +  ", "1 + # c",
]
for src in sources:
    try:
        eval(src)
        print(repr(src), "evaluated")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)
        print("   ", str(e), "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    eval("\0")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    eval(b"\xff")
except SyntaxError as e:
    print(type(e).__name__, e)
