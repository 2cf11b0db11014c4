# an uncaught str.index error prints CPython's traceback
s = "hello"
print(s.index("l"))
print(s.index("z"))
