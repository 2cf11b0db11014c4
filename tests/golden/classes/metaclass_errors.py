# Error paths of class creation and of type's own methods.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def meta_not_type():
    class A(metaclass=5): pass

def meta_function():
    class A(metaclass=lambda n, b, d: (n, b, sorted(k for k in d if not k.startswith("__")))):
        x = 1
    return A

def bad_prepare():
    class M(type):
        def __prepare__(*a): raise KeyError("p")
    class A(metaclass=M): pass

class M(type): pass
attempt("meta not a type:", meta_not_type)
attempt("meta is a function:", meta_function)
attempt("__prepare__ raises:", bad_prepare)
attempt("type.__new__(type):", lambda: type.__new__(type))
attempt("type.__new__(type, 1):", lambda: type.__new__(type, 1))
attempt("type.__new__(int, ...):", lambda: type.__new__(int, "x", (), {}))
attempt("type.__new__(M, 'x', [], {}):", lambda: type.__new__(M, "x", [], {}))
attempt("type.__init__():", lambda: type.__init__())
attempt("type.__call__(5):", lambda: type.__call__(5))
attempt("type.mro(5):", lambda: type.mro(5))
attempt("M():", lambda: M())
attempt("M(1):", lambda: M(1))
attempt("M('a', 'b', 'c'):", lambda: M("a", "b", "c"))
attempt("type(1, 2):", lambda: type(1, 2))
attempt("type('A', (1,), {}):", lambda: type("A", (1,), {}))
attempt("object.__new__(type):", lambda: object.__new__(type))
attempt("object.__new__(int):", lambda: object.__new__(int))
attempt("tuple.__new__():", lambda: tuple.__new__())
attempt("int.__new__(bool, 1):", lambda: int.__new__(bool, 1))
attempt("int.__new__(str):", lambda: int.__new__(str))
def del_int_attr():
    del int.x
attempt("del int.x:", del_int_attr)
def set_int_attr():
    int.x = 1
attempt("int.x = 1:", set_int_attr)
def slots_on_meta():
    class N(type):
        __slots__ = ("a",)
attempt("slots on a metaclass:", slots_on_meta)
def bad_classcell():
    class A:
        __classcell__ = 5
attempt("__classcell__ = 5:", bad_classcell)
def unpropagated_cell():
    class Dropper(type):
        def __new__(mcls, name, bases, ns):
            ns = {k: v for k, v in ns.items() if k != "__classcell__"}
            return super().__new__(mcls, name, bases, ns)
    class A(metaclass=Dropper):
        def f(self):
            return __class__
attempt("__classcell__ not propagated:", unpropagated_cell)
class I(int):
    pass
attempt("I arithmetic:", lambda: (I(10**30) * 2, hash(I(-1)), I(5) ** 2, divmod(I(7), 2), float(I(3)), I(1) << 70))
class F(float):
    pass
attempt("F:", lambda: (F("nan") == F("nan"), F(1) == 1, round(F(2.5)), F(-0.0), -F(2)))
