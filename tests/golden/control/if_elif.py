# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 42]:
    print(n, classify(n))
x = 7
if x > 5:
    if x % 2:
        print("big and odd")
    else:
        print("big and even")
if x < 0:
    print("unreachable")
print("end")
