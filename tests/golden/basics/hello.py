# Module-level code, print, and ;-separated statements.
print("hello, world")
x = 1; y = 2; print(x + y)
print()
print("a", 1, 2.5, True, None)
