# Globals are visible in functions; assignment makes a name local.
counter = 10

def read_global():
    return counter + 1

def shadow():
    counter = 99
    return counter

def use_global():
    global counter
    counter = counter * 2

print(read_global(), shadow(), counter)
use_global()
print(counter)

def outer_list(l):
    l.append(len(l))
    return l

items = []
outer_list(items)
outer_list(items)
print(items)
