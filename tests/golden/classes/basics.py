class Node:
    count = 0
    def __init__(self, name):
        self.name = name
        self.other = None
        Node.count += 1
    def greet(self):
        return "hi " + self.name
a = Node("a"); b = Node("b")
a.other = b; b.other = a
print(a.greet(), Node.count, a.other.name, type(a).__name__)
import gc
del a, b
print(gc.collect())
class Base:
    def f(self): return "base"
class Child(Base):
    def f(self): return "child+" + super().f()
print(Child().f(), isinstance(Child(), Base))
class MyErr(ValueError):
    pass
try:
    raise MyErr("bad")
except ValueError as e:
    print("caught", type(e).__name__, e)
class S:
    __slots__ = ['x', 'y']
    def __init__(self): self.x = 1
s = S(); print(s.x)
try:
    s.z = 3
except AttributeError as e:
    print(e)
