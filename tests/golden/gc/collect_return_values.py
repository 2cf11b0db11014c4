import gc, weakref, sys
gc.collect()
def show(label): print(label, gc.collect())
class Node: pass
a = Node(); b = Node(); a.o = b; b.o = a; del a, b; show("nodes")
a = Node(); b = Node(); a.__dict__; b.__dict__; a.o = b; b.o = a; del a, b; show("nodes+dict")
l = []; l.append(l); del l; show("self list")
d1 = {}; d2 = {}; d1['o'] = d2; d2['o'] = d1; del d1, d2; show("two dicts")
class P:
    def __init__(self): self.children = []
p = P(); c = P(); p.children.append(c); c.children.append(p); del p, c; show("parent/child lists")
def factory():
    def g(): return g
    return g
g = factory(); del g; show("recursive closure")
class S:
    __slots__ = ('o',)
s1 = S(); s2 = S(); s1.o = s2; s2.o = s1; del s1, s2; show("slots")
o = Node(); o.me = o; r = weakref.ref(o, lambda w: None); del o; show("weakref outside")
class X: pass
del X; show("class X")
class Y:
    def m(self): pass
del Y; show("class Y")
    try:
        1/0
    except ZeroDivisionError as e:
        err = e
o = Node(); o.m = o.__init__; del o; show("bound method")
lst = []; ds = [{'l': lst} for _ in range(3)]; lst.append(ds); del lst, ds; show("list+3 dicts")
t = ([],); t[0].append(t); del t; show("tuple cycle")
def gen():
    yield 1
gg = gen(); h = [gg]; gg.h = h if hasattr(gg, '__dict__') else None; del gg, h; show("generator")
print(sys.getrefcount(Node) > 2)
