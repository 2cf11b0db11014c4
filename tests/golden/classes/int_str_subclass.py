import sys
class I(int):
    def __new__(cls, v, unit="m"):
        self = super().__new__(cls, v)
        self.unit = unit
        return self
    def __repr__(self):
        return f"I({int(self)}{self.unit})"
i = I(5)
print(i, repr(i), str(i), i + 1, type(i + 1).__name__, i * 2, -i, i // 2, i.unit, f"{i:03d}", hash(i) == hash(5), i == 5)
print(isinstance(i, int), int(i), type(int(i)).__name__, [10, 20, 30, 40, 50, 60][i], range(10)[i], bin(i), i.bit_length(), abs(I(-3)))
print(sys.getsizeof(I(5)), sys.getsizeof(I(2**40)), sys.getsizeof(I(0)))

class Plain(int): pass
print(Plain(7), Plain("12"), Plain("ff", 16), Plain(), Plain(3) + Plain(4), type(Plain(3) + Plain(4)).__name__, Plain(True))

class Add(int):
    def __add__(self, other):
        return "custom add"
    def __eq__(self, other):
        return "eq"
    __hash__ = int.__hash__
print(Add(1) + 1, 1 + Add(1), Add(1) - 1)

class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi there")
print(s, repr(s), str(s), type(str(s)).__name__, s.shout(), s.split(), len(s), s[0], s + "x", type(s + "x").__name__)
print(f"{s:>10}|", s == "hi there", {s: 1}["hi there"], "hi" in s, s.startswith("hi"), isinstance(s, str), sys.getsizeof(S("ab")), sys.getsizeof(S("é")))
s.tag = 1
print(s.tag, sorted([S("b"), S("a")]), "-".join([S("x"), S("y")]), "%s!" % S("q"), S(5), S(b"x", "ascii") if False else "")

class SS(str):
    __slots__ = ()
print(sys.getsizeof(SS("ab")), SS("abc").upper())

class F(float):
    pass
f = F(2.5)
print(f, repr(f), f * 2, type(f * 2).__name__, F("1.5"), round(F(2.567), 2), int(F(3.9)), sys.getsizeof(f), f.is_integer(), f"{f:.3f}")
class FS(float):
    __slots__ = ()
print(sys.getsizeof(FS(1.0)))

class B(bytes):
    pass
bs = B(b"ab")
print(bs, bs[0], len(bs), bs.decode(), sys.getsizeof(bs), bs + b"c", isinstance(bs, bytes))

