# At exit, module globals are cleared as CPython's shutdown does: objects
# with __del__ run in the module dict's order (single-underscore names
# first when the module outlives sys.modules), cycles go with the
# shutdown collections.
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = A(1)
_b = A(2)
c = A(3)

def f():
    return a

class Node:
    def __init__(self):
        self.self = self
    def __del__(self):
        print("node del")

n = Node()
items = [A(4), A(5)]
print("end")
