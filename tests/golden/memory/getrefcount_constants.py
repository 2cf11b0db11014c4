# Constants of the main script: co_consts + the parser arena + name + argument = 4.
import sys
a = 1000
print(sys.getrefcount(a))
s = "hello"
t = (1, 2)
f = 3.14
print(sys.getrefcount(s), sys.getrefcount(t), sys.getrefcount(f))
print(sys.getrefcount(1000))
n = int("1000")
print(sys.getrefcount(n))
