# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], type(Box.__dict__["__class_getitem__"]).__name__)
class SubBox(Box): pass
print(SubBox[str])
class NoGet: pass
try:
    NoGet[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, int], tuple[int, ...], list[list[int]], type[int], set[str], frozenset[int])
print(type(list[int]), list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str], list[Box])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
