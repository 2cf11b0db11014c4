from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, Perm(6) is rw)
print(~Perm.R, repr(~Perm.R), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.X))
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw), list(Perm))
print(rw & Perm.W, rw ^ Perm.W, rw & Perm.X, repr(Perm.R | Perm.W | Perm.X))
print(format(rw), f"{Perm.X}")
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.R | 1
except TypeError as e:
    print(e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.WHITE), Color.RED | Color.BLUE)
print([c.value for c in Color], Color.WHITE.value, Color.GREEN in Color.WHITE)
print(list(Color.__members__), Color(7) is Color.WHITE)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), str(m), f"{m}", m == 6, m + 1, isinstance(m, int))
print(Mode.READ | 8, repr(Mode.READ | 8), repr(~Mode.READ), Mode(0), repr(Mode(0)))
print(m & 2, repr(m & 2), repr(3 | Mode.READ), Mode.EXEC in m, list(m))
print(hash(Mode.READ) == hash(4), {4: "r"}[Mode.READ], sorted([Mode.WRITE, Mode.EXEC, Mode.READ]))
