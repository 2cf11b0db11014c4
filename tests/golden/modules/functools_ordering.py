from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"Version({self.major}, {self.minor})"

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a != b)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]), max(a, b))

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v

print(Desc(1) < Desc(2), Desc(3) <= Desc(2), Desc(2) >= Desc(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)

def compare(x, y):
    return (x > y) - (x < y)

print(sorted([5, 2, 9, 1], key=cmp_to_key(compare)))
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda x, y: y - x)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(x) - len(y))))
