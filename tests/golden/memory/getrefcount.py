# sys.getrefcount of containers held by names, lists, dicts and parameters.
import sys

my_list = [1, 2, 3]
print(sys.getrefcount(my_list))
another_list = my_list
print(sys.getrefcount(my_list))
del another_list
print(sys.getrefcount(my_list))

x = []
l = [x]
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))

def f(a):
    return sys.getrefcount(a)

def f2(a):
    b = a
    return sys.getrefcount(a)

print(f(x), f2(x))
y = []
print(f(y), f2(y))
print(sys.getrefcount([]))
a = []
b = [a, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))

def fn():
    pass

print(sys.getrefcount(fn))
