# nested format specs, attribute chains and fill/align from arguments
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1.5, -2)
print("({0.x}, {0.y})".format(p), "{p.x:.3f}".format(p=p))
for width in [4, 8]:
    print("[{:{fill}{align}{w}}]".format("ab", fill="*", align="^", w=width))
print("{0:>{1}}|{0:<{1}}".format("x", 3))
data = {"a": [1, {"b": "deep"}]}
print("{d[a][1][b]} {d[a][0]}".format(d=data))
print("{:b} {:o} {:X} {:#x} {:c}".format(10, 10, 255, 255, 65))
print("{:.2e} {:g} {:10.4} {:<6.1%}|".format(1234.5, 0.00001, 3.14159265, 0.123))
print("{!r:^10}|{!s:>4}|".format("q", 7))
