# compile(): 'exec', 'eval' and 'single' code objects, run by exec/eval
code = compile("m = 1\nm += 1\nprint('m is', m)", "<c>", "exec")
print(type(code).__name__, code.co_name, code.co_filename, code.co_firstlineno)
exec(code)
exec(code, {})
print(m)
e = compile("m * 10", "<e>", "eval")
print(eval(e), eval(e, {"m": 5}), exec(e))
print(eval(compile("m = 3", "<x>", "exec")), m)

# 'single' echoes expression values like the interactive prompt
s = compile("m + 1", "<s>", "single")
exec(s)
eval(s)
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("if m:\n    m * 2\n\n", "<s>", "single"))
exec(compile("a = 5; a", "<s>", "single"))

print(compile(source="1", filename="kw", mode="eval").co_filename)
print(compile(b"1", b"bytes-name", "eval").co_filename)
print(compile("1", "f", "eval", 0, False, -1).co_name)

for args in [(), ("1", "f"), ("1", "f", "bad"), (1, "f", "exec"), ("1", 2, "exec"), ("1", "f", 3)]:
    try:
        compile(*args)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)

for src, mode in [("x = 1\ny = 2", "single"), ("x = 1;\ny = 2", "single"), ("", "single"),
                  ("if 1:\n  pass\nx = 1", "single"), ("x=1 # c\ny=2", "single"),
                  (" 1", "eval"), (" 1", "exec"), ("1 +", "exec"), ("1 +", "single"),
                  ("(1,\n2", "exec"), ("\0", "exec"), ("x = 1\ny = = 2", "single"), ("def f(): pass", "single")]:
    try:
        compile(src, "<src>", mode)
        print(repr(src), mode, "compiled")
    except SyntaxError as err:
        print(repr(src), mode, type(err).__name__, err.args)
