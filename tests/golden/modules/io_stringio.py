import io
from io import StringIO, BytesIO
import sys
from contextlib import redirect_stdout

s = StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell())
print(repr(s.getvalue()))
print("printed", 1, 2, sep="-", file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(repr(s.read()), s.tell())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(100)
print(repr(s.read()), s.tell())
s.write("x")
print(repr(s.getvalue()[-5:]), len(s.getvalue()))
s.close()
print(s.closed)
for op in [lambda: s.read(), lambda: s.getvalue(), lambda: s.write("a"), lambda: s.tell(), lambda: s.seek(0), lambda: iter(s)]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

t = StringIO("line one\nline two\n\nline four")
print(t.tell(), repr(t.read(0)))
print(list(t))
t.seek(0)
print(t.readlines())
t.seek(0)
print(t.readlines(10))
t.seek(0)
print(repr(t.readline(4)), repr(t.readline(100)), repr(t.readline(-1)), repr(t.readline(None)))
t.seek(0)
for i, line in enumerate(t):
    print(i, repr(line))
print(repr(t.readline()), repr(t.read()))
print(t.seek(0, 2), t.seek(0, 1), t.seek(3))
try:
    t.seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    t.seek(1, 1)
except OSError as e:
    print("OSError", e)
try:
    t.seek(0, 5)
except ValueError as e:
    print("ValueError", e)
print(t.truncate(), repr(t.getvalue()), t.tell())
t.seek(0, 2)
t.write("!")
print(repr(t.getvalue()))
print(t.truncate(2), repr(t.getvalue()), t.tell())

try:
    StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
try:
    StringIO(b"x")
except TypeError as e:
    print("TypeError", e)

with StringIO("ctx") as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable())
print(c.closed)

u = StringIO()
u.writelines(["a\n", "b\n", "c"])
print(repr(u.getvalue()), u.tell())
v = StringIO(newline=None)
v.write("one\r\ntwo\rthree\n")
print(repr(v.getvalue()))
w = StringIO("a\r\nb\rc\nd", newline="")
print(w.readlines())
w2 = StringIO(newline="\r\n")
w2.write("x\ny\n")
print(repr(w2.getvalue()))

# redirect_stdout and sys.stdout replacement
buf = StringIO()
with redirect_stdout(buf):
    print("captured", 42)
    print("second", end="")
    sys.stdout.write("|direct")
print("after", repr(buf.getvalue()))
old = sys.stdout
sys.stdout = StringIO()
print("hidden")
got = sys.stdout.getvalue()
sys.stdout = old
print("restored", repr(got))
print(isinstance(buf, io.TextIOBase), isinstance(buf, io.IOBase), io.SEEK_END)

# BytesIO
b = BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def\nghi")), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(2), b.readline(), b.read(), b.read())
b.seek(1)
b.write(b"ZZ")
print(b.getvalue())
b.seek(0)
print(list(b))
b2 = BytesIO(b"initial\ndata")
print(b2.tell(), b2.read(4), b2.readlines())
b2.seek(-3, 2)
print(b2.read())
b2.seek(2)
b2.seek(2, 1)
print(b2.tell(), b2.truncate(), b2.getvalue())
try:
    b2.write("text")
except TypeError as e:
    print("TypeError", e)
with BytesIO(b"q") as b3:
    pass
print(b3.closed)
try:
    b3.read()
except ValueError as e:
    print("ValueError", e)
sys.stdout = None
print("nowhere")
sys.stdout = old
print("back")
print("explicit none file", file=None)
