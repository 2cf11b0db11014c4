# def with positional and default parameters, calls, return.
def add(a, b):
    return a + b

def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct

def nothing():
    pass

def early(x):
    if x:
        return "early"
    print("fell through")

print(add(2, 3), add("a", "b"), add([1], [2]))
print(greet("ann"), greet("bob", "hi"), greet("cy", "yo", "?"))
print(nothing())
print(early(1), early(0))
print(add(add(1, 2), add(3, 4)))
f = add
print(f(10, 20))
