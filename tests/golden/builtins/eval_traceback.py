# An error raised inside eval()'d code: its frame is File "<string>",
# line N, in <module>, without a source line
def g():
    return 1 / 0


def f(n):
    return eval("(n +\n g())")


print(eval("f(1) if False else 'first'"))
f(2)
