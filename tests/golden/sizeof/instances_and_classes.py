import sys
class Plain: pass
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
class S2:
    __slots__ = ('a', 'b')
class S0:
    __slots__ = ()
class SW:
    __slots__ = ('a', '__weakref__')
class SD:
    __slots__ = ('a', '__dict__')
class L(list): pass
class D(dict): pass
class A:
    def __sizeof__(self): return 100
print(sys.getsizeof(Plain()), sys.getsizeof(S2()), sys.getsizeof(S0()), sys.getsizeof(SW()), sys.getsizeof(SD()), sys.getsizeof(L()), sys.getsizeof(D()), sys.getsizeof(A()))
print(sys.getsizeof(Plain), sys.getsizeof(S2), sys.getsizeof(int))
ps = [Point(i, i) for i in range(30)]
print([sys.getsizeof(p.__dict__) for p in ps[:5]], sys.getsizeof(ps[-1].__dict__))
q = Point(1, 2); d = q.__dict__; before = sys.getsizeof(d); more = [Point(0,0) for _ in range(3)]; print(before, sys.getsizeof(d))
class Neg:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print(e)
class F:
    def __sizeof__(self): return 1.5
print(sys.getsizeof(F(), 7))
def f(): pass
print(sys.getsizeof(f), sys.getsizeof((x for x in range(3))), sys.getsizeof(ps[0].__init__))
