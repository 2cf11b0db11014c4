import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
b[1].append(99)
print(a, b, c, b[1] is a[1], c[1] is a[1])
cycle = [1]
cycle.append(cycle)
d = copy.deepcopy(cycle)
print(d[1] is d, d[0])
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children
    def __repr__(self):
        return f"Node({self.value}, {self.children})"

n = Node(1, [Node(2, [])])
n2 = copy.copy(n)
n3 = copy.deepcopy(n)
n.children.append(Node(3, []))
print(n, n2, n3, n2.children is n.children)

class Custom:
    def __copy__(self):
        return "shallow!"
    def __deepcopy__(self, memo):
        return "deep!"

print(copy.copy(Custom()), copy.deepcopy([Custom()]))
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])), copy.copy({1, 2}), copy.copy("s"))
