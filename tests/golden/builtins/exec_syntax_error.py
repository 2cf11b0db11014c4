# An uncaught IndentationError from exec(): a single caret, no range
print("start")
exec("if True:\nprint('no indent')")
