# int() and float() use __int__/__index__/__trunc__ and __float__/__index__;
# sequence ordering compares the first differing items with the same operator.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
class Idx:
    def __index__(self):
        return 7
class Bad:
    def __int__(self):
        return "x"
    def __float__(self):
        return 1
print(int(Num(3.9)), float(Num(2)), int(Idx()), float(Idx()), int(Num(True)))
for f in (int, float):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError", e)
    try:
        f(object())
    except TypeError as e:
        print("TypeError", e)

class Key:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        print("lt", self.k, other.k)
        return self.k < other.k
    def __le__(self, other):
        print("le", self.k, other.k)
        return self.k <= other.k
    def __eq__(self, other):
        return self.k == other.k
    __hash__ = None
a, b = Key(1), Key(2)
print((a, 5) < (b, 0), [a] <= [b], (a,) < (a,), (a,) <= (a, b), [Key(3)] > [Key(2)])
print(sorted([(Key(2), "b"), (Key(1), "a")], key=lambda p: p)[0][1])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    [object()] >= [object()]
except TypeError as e:
    print("TypeError", e)
print((1, 2) < (1, 2, 0), [1, 2] >= [1, 2], (2,) > (1, 9), [[1, 2], [3]] < [[1, 2], [4]])
