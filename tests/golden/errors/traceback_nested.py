# The traceback lists every frame, outermost first.
def inner(d):
    return d["k"] / 0

def middle(d):
    value = inner(d)
    return value

def outer():
    return middle({"k": 1})

print("start")
outer()
