import sys
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"

p = Pair(1, 2)
print(p, p[0], p[1], p[-1], p[0:1], type(p[0:1]).__name__, len(p), list(p), p.first)
a, b = p
print(a, b, *p, isinstance(p, tuple), isinstance(p, Pair), type(p).__name__)
print(hash(p) == hash((1, 2)), p == (1, 2), (1, 2) == p, p < (1, 3), p + (3,), type(p + (3,)).__name__, p * 2)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), 2 in p, p.count(1), p.index(2), tuple(p), type(tuple(p)).__name__)
print({p: "x"}[(1, 2)], sorted([Pair(2, 1), Pair(1, 2)]), max(p), sum(p), "%s-%s" % p)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)

class TD(tuple):
    pass
t = TD([1, 2, 3])
t.note = "hi"
print(t, t.note, t.__dict__, sys.getsizeof(t), sys.getsizeof(TD()), repr(TD("ab")))

class Base(tuple):
    def __new__(cls, *items):
        self = super().__new__(cls, items)
        self.extra = len(items)
        return self
bb = Base(4, 5, 6)
print(bb, bb.extra, len(bb), bb[1:], str(bb), f"{bb}")

try:
    class X(tuple): __slots__ = ('a',)
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(int): __slots__ = ('a',)
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class W(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Pair)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple.__new__(list)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple.__new__(5)
except TypeError as e:
    print("TypeError:", e)
print(tuple.__new__(tuple, [1]), int.__new__(int, "7"))
