class C:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
x = [C("x"), C("y"), C("z")]
x.clear()
print("--")
y = [C("1"), C("2")]
del y
print("--")
t = (C("a"), C("b"))
del t
