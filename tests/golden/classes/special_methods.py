class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __lt__(self, o): return self.x < o.x
    def __iter__(self): return iter((self.x, self.y))
v = V(1, 2) + V(3, 4)
print(v, 2 * v, v * 3, v == V(4, 6), v != V(4, 6), len(v), v[0], bool(v), list(v), sorted([V(3,0), V(1,0)]))
try:
    hash(v)
except TypeError as e:
    print(e)
class C:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def s(a): return a + 1
c = C.make(); c.x = 5; print(c.x, C.s(1), c.s(2))
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)))
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(42)
except E as e:
    print(e, e.code, e.args)
print(repr(E(1)))
