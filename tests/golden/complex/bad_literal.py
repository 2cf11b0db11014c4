# An identifier character right after an imaginary literal.
print("never printed")
x = 3jx
