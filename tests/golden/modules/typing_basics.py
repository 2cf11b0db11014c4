from typing import (Any, Callable, Dict, Generator, Generic, Iterable, Iterator, List,
                    Mapping, NamedTuple, Optional, Protocol, Sequence, Set, Tuple,
                    TypeVar, Union, cast, TYPE_CHECKING, overload, final, ClassVar,
                    Literal, FrozenSet, Type, get_origin, get_args, NewType, TypedDict)
import typing

print(List[int], Dict[str, int], Tuple[int, ...], Tuple[int, str], Set[str], FrozenSet[int])
print(Optional[int], Union[int, str], Union[int, None], Union[int, str, None], Optional[List[int]])
print(Callable[[int, str], bool], Callable[..., int], Any, List, Dict, Optional)
print(Iterator[int], Iterable[str], Generator[int, None, None], Sequence[float], Mapping[str, Any])
print(Literal["a", "b"], Type[int], ClassVar[int], Dict[str, List[Tuple[int, int]]], Tuple[()])
print(Union[int], Union[int, Union[str, int]], Union[int, str] == Union[str, int], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(TYPE_CHECKING, cast(int, "x"), cast("List[int]", [1]))

T = TypeVar("T")
K = TypeVar("K", covariant=True)
print(T, K, List[T], Dict[str, T][int], T.__name__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__, isinstance(s, Stack))


class Pair(Generic[K, T]):
    pass


print(Pair[int, str])
try:
    Pair[int]
except TypeError as e:
    print(e)


def greet(name: str, times: int = 1) -> str:
    return " ".join(["hi " + name] * times)


print(greet("bob", 2), greet.__annotations__)


def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None


print(first([3, 4]), first([]), first.__annotations__["return"])


class Employee(NamedTuple):
    name: str
    id: int = 3

    def label(self) -> str:
        return "%s#%d" % (self.name, self.id)


e = Employee("ann")
print(e, e.label(), e._asdict(), Employee._fields, Employee("bo", 5) == ("bo", 5), isinstance(e, tuple))
print(Employee.__annotations__, e._replace(id=9))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(e)


class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self) -> None:
        print("closed")


def shutdown(r: SupportsClose) -> None:
    r.close()


shutdown(Resource())


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"))


@final
class Leaf:
    pass


print(Leaf.__name__)
UserId = NewType("UserId", int)
print(UserId(5), UserId)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__)


class Config:
    defaults: ClassVar[Dict[str, int]] = {"a": 1}
    name: str


print(Config.__annotations__, typing.get_type_hints(Config))
try:
    List()
except TypeError as e:
    print(e)
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
print(isinstance([], List), issubclass(dict, Dict))
try:
    Dict[int]
except TypeError as e:
    print(e)
