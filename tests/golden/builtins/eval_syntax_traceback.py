# An uncaught SyntaxError from eval(): the traceback ends with the
# File "<string>" block, the offending line and its carets
print("before")
eval("x = (1 +\n 2) 3")
