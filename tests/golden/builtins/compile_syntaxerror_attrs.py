# SyntaxError instances: attributes from args, str(), and how an uncaught
# one is printed
e = SyntaxError("m", ("f.py", 3, 2, "t", 3, 4))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line, e.args)
e.lineno = 7
print(str(e), e.lineno, e.args)
print(str(SyntaxError()), repr(SyntaxError("a", ("f", 1, 2, "t"))), str(SyntaxError("a", ("dir/f", 1, 2, "t"))))
e = SyntaxError("a", ("f", 1, 2, "t"))
print(e.end_lineno, e.end_offset, SyntaxError().msg, SyntaxError("only").filename)
print(str(SyntaxError("a", (None, 1, 2, "t"))), str(SyntaxError("a", ("f", None, 2, "t"))), str(SyntaxError("a", (None, None, 2, "t"))))
e = SyntaxError("a", ("f", 1, 2, "t"), 3)
print(e.msg, e.filename, str(e))
i = IndentationError("bad indent", ("g.py", 2, 5, "    x = 1\n", 2, 9))
print(str(i), i.text.strip(), isinstance(i, SyntaxError))


class MySyntaxError(SyntaxError):
    pass


print(str(MySyntaxError("custom", ("h.py", 4, 1, "abc", 4, 2))))
try:
    compile("a b", "/some/dir/prog.py", "exec")
except SyntaxError as err:
    print(str(err), err.filename)
raise SyntaxError("shown", ("/a/f.py", 3, 2, "abc def\n", 3, 5))
