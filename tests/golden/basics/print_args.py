# print's sep, end and file arguments.
import sys
print(1, 2, 3, sep=", ")
print("no newline", end="")
print(" <- continued")
print("a", "b", sep="")
print("x", end="!\n")
print("to stderr", file=sys.stderr)
print("also stderr", 42, sep=":", file=sys.stderr)
print("done", sep="-", end="\n")
