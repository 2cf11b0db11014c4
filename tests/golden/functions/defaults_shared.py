# Default values are evaluated once, at def time.
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
base = 5
def plus_base(x, b=base):
    return x + b
base = 100
print(plus_base(1))
