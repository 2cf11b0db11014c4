# gc.collect() return values for the garbage shapes of spec 3.5: each GC
# object counts once (instances without a materialised __dict__ are one).
import gc, weakref
gc.collect()

def show(label):
    print(label, gc.collect())

class Node:
    pass

a = Node(); b = Node(); a.o = b; b.o = a; del a, b; show("two instances")
a = Node(); b = Node(); a.__dict__; b.__dict__; a.o = b; b.o = a; del a, b; show("instances with __dict__")
l = []; l.append(l); del l; show("self-referencing list")
d1 = {}; d2 = {}; d1['o'] = d2; d2['o'] = d1; del d1, d2; show("two dicts")

class P:
    def __init__(self):
        self.children = []

p = P(); c = P(); p.children.append(c); c.children.append(p); del p, c; show("parent/child with lists")

def factory():
    def g():
        return g
    return g

g = factory(); del g; show("recursive closure")

class S:
    __slots__ = ('o',)

s1 = S(); s2 = S(); s1.o = s2; s2.o = s1; del s1, s2; show("slots instances")
o = Node(); o.me = o; r = weakref.ref(o, lambda w: None); del o; show("weakref from outside")

class X:
    pass

del X; show("class X")

class Y:
    def m(self):
        pass

del Y; show("class Y with a method")
o = Node(); o.m = o.__init__; del o; show("bound method on itself")
lst = []; ds = [{'l': lst} for _ in range(3)]; lst.append(ds); del lst, ds; show("list and 3 dicts")
t = ([],); t[0].append(t); del t; show("tuple and list")
