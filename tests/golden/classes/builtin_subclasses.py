class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2]); s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s + [4], s == [1, 2, 3], bool(Stack()))
class Counter(dict):
    def __missing__(self, key): return 0
c = Counter(a=1); c['b'] += 2
print(c, c['zz'], sorted(c.items()), len(c))
class D(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = "x"
d = D({'k': 1}); print(d, d.extra, list(d))
class S(set): pass
print(sorted(S([3, 1])), S() == set())
import gc
class L(list): pass
a = L(); b = L(); a.append(b); b.append(a); del a, b
print(gc.collect())
