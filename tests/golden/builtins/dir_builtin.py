# dir() of objects, classes and modules
import sys
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("__")])
print([n for n in dir("") if not n.startswith("_")][:10])
print([n for n in dir({}) if not n.startswith("__")])
print("getrefcount" in dir(sys), dir(sys) == sorted(dir(sys)))
class Custom:
    def __dir__(self):
        return ["z", "a"]
print(dir(Custom()))

# dir() of an instance materialises its __dict__; the instance keeps owning it.
class Plain:
    def __init__(self):
        self.a = 1
print([n for n in dir(Plain()) if not n.startswith('__')])
p = Plain()
print([n for n in dir(p) if not n.startswith('__')], p.__dict__)
