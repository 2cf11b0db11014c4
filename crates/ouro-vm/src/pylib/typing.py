"""Type hints: Ouro's small version of CPython 3.11's `typing`. Enough
that annotations import, subscript and print as CPython's do; no static
checking and few runtime checks."""

import collections
import sys

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Final", "ForwardRef", "Generic",
    "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "Union", "AbstractSet", "ByteString", "Container", "ContextManager",
    "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping",
    "MappingView", "MutableMapping", "MutableSequence", "MutableSet",
    "Sequence", "Sized", "ValuesView", "Awaitable", "AsyncIterator",
    "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes",
    "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt",
    "SupportsRound", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict",
    "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict",
    "Generator", "AnyStr", "assert_never", "assert_type", "cast", "final",
    "get_args", "get_origin", "get_type_hints", "is_typeddict", "LiteralString",
    "Never", "NewType", "no_type_check", "NoReturn", "overload",
    "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING",
    "TypeAlias", "TypeGuard",
]

TYPE_CHECKING = False


def _type_repr(obj):
    """How an argument of a generic shows in its repr (CPython's rule)."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ("ClassVar", "Final", "Generic", "Protocol"):
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    if isinstance(arg, (tuple, list)) or (arg is not ... and not callable(arg) and
                                          not isinstance(arg, (TypeVar, ForwardRef))):
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(a, "__parameters__", ()) or ():
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
    return tuple(params)


class _Final:
    """Objects of typing that may not be subclassed."""

    def __init_subclass__(cls, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % (self,))
        return self._getitem(self, parameters)


class _GenericAlias(_Final, _root=True):
    """A subscripted generic: `List[int]`, `Dict[str, T]`, `Stack[int]`."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__:
            inner = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            inner = "()"
        return "%s[%s]" % (head, inner)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(args) > len(self.__parameters__) else "few",
                self, len(args), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr in ("_name", "_inst"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError("Cannot subclass %r" % (self,))
        if self._name:
            return _alias_mro_entries(self, bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) and b is not self:
                    return ()
        return (origin,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _alias_mro_entries(alias, bases):
    res = []
    if alias.__origin__ not in bases:
        res.append(alias.__origin__)
    i = bases.index(alias)
    for b in bases[i + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or issubclass(b, Generic):
            break
    else:
        res.append(Generic)
    return tuple(res)


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, subst) for a in arg.__args__))
    return arg


class _TypingEllipsis:
    pass


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % (_type_repr(args[1]),)
        params = ", ".join([_type_repr(a) for a in args[:-1]])
        return "typing.Callable[[%s], %s]" % (params, _type_repr(args[-1]))


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % (_type_repr(other),)
        return "typing.Union[%s]" % (", ".join([_type_repr(a) for a in args]),)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]


class _SpecialGenericAlias(_Final, _root=True):
    """An unsubscripted alias of a builtin container: `List`, `Dict`."""

    def __init__(self, origin, nparams, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name if name is not None else origin.__name__
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few",
                self, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return _alias_mro_entries(self, bases)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr in ("_name", "_inst", "_nparams"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TupleAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple")
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            return _GenericAlias(tuple, (_type_check(params[0], msg), _TypingEllipsis),
                                 name="Tuple")
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params), name="Tuple")


class _CallableAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(args) + (result,)
        elif args is ...:
            params = (..., result)
        else:
            raise TypeError("Callable[args, result]: args must be a list. Got %.100r." % (args,))
        return _CallableGenericAlias(self.__origin__, params, name="Callable")


class _Protocolish:
    """Stands in for an abstract base class of collections.abc."""


def _abc(name, nparams, methods=()):
    cls = type(name, (_Protocolish,), {"__module__": "collections.abc"})
    cls._methods = methods
    return _SpecialGenericAlias(cls, nparams, name=name)


# --- Special forms ---------------------------------------------------------

def _any_getitem(self, params):
    raise TypeError("%s is not subscriptable" % (self,))


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in out:
                out.append(item)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = _flatten_union([_type_check(p, msg) for p in parameters])
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(self, parameters)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _wrapper_getitem(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % (self._name,))
    return _GenericAlias(self, (item,))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _wrapper_getitem)
Final = _SpecialForm("Final", _wrapper_getitem)
TypeGuard = _SpecialForm("TypeGuard", _wrapper_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)


class ForwardRef(_Final, _root=True):
    """A type given as a string, not evaluated."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class TypeVar(_Final, _root=True):
    """Type variable: `T = TypeVar('T')`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpec(TypeVar, _root=True):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


class Generic:
    """Abstract base class for generic types: `class Stack(Generic[T])`."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params:
            raise TypeError("Parameter list to %s[...] cannot be empty" % (cls.__qualname__,))
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to %s[...] must all be type variables "
                                    "or parameter specification variables." % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % (cls.__name__,))
        else:
            expected = len(getattr(cls, "__parameters__", ()))
            if len(params) != expected:
                if not expected:
                    raise TypeError("%s is not a generic class" % (_type_repr(cls),))
                raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                    "many" if len(params) > expected else "few",
                    cls, len(params), expected))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        gvars = None
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
        for base in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(base, "__parameters__", ()) if isinstance(base, _GenericAlias) else ():
                if p not in tvars:
                    tvars.append(p)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in %s[%s]" % (
                    ", ".join(str(t) for t in missing), "Generic",
                    ", ".join(str(g) for g in gvars)))
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


class Protocol(Generic):
    """Base class for protocol classes (structural types); no runtime checks."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    return cls


# --- Aliases of the builtin and collections types ---------------------------

List = _SpecialGenericAlias(list, 1, name="List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, name="Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, name="Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, name="FrozenSet", inst=False)
Tuple = _TupleAlias(tuple, -1, name="Tuple", inst=False)
Type = _SpecialGenericAlias(type, 1, name="Type", inst=False)
Callable = _CallableAlias(_abc("Callable", 2).__origin__, 2, name="Callable")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, name="OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, name="Counter")
ChainMap = _SpecialGenericAlias(getattr(collections, "ChainMap", dict), 2, name="ChainMap")
Text = str

Hashable = _abc("Hashable", 0)
Awaitable = _abc("Awaitable", 1)
Coroutine = _abc("Coroutine", 3)
AsyncIterable = _abc("AsyncIterable", 1)
AsyncIterator = _abc("AsyncIterator", 1)
Iterable = _abc("Iterable", 1)
Iterator = _abc("Iterator", 1)
Reversible = _abc("Reversible", 1)
Sized = _abc("Sized", 0)
Container = _abc("Container", 1)
Collection = _abc("Collection", 1)
AbstractSet = _abc("AbstractSet", 1)
MutableSet = _abc("MutableSet", 1)
Mapping = _abc("Mapping", 2)
MutableMapping = _abc("MutableMapping", 2)
Sequence = _abc("Sequence", 1)
MutableSequence = _abc("MutableSequence", 1)
ByteString = _abc("ByteString", 0)
MappingView = _abc("MappingView", 1)
KeysView = _abc("KeysView", 1)
ItemsView = _abc("ItemsView", 2)
ValuesView = _abc("ValuesView", 1)
ContextManager = _abc("AbstractContextManager", 1)
AsyncContextManager = _abc("AbstractAsyncContextManager", 1)
Generator = _abc("Generator", 3)
AsyncGenerator = _abc("AsyncGenerator", 2)
ContextManager._name = "ContextManager"
AsyncContextManager._name = "AsyncContextManager"

SupportsInt = _abc("SupportsInt", 0)
SupportsFloat = _abc("SupportsFloat", 0)
SupportsComplex = _abc("SupportsComplex", 0)
SupportsBytes = _abc("SupportsBytes", 0)
SupportsIndex = _abc("SupportsIndex", 0)
SupportsAbs = _abc("SupportsAbs", 1)
SupportsRound = _abc("SupportsRound", 1)


# --- Functions ---------------------------------------------------------------

def cast(typ, val):
    """Return the value unchanged (a signal to type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % (value,))


def reveal_type(obj, /):
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded signatures; the last, undecorated definition wins."""
    return _overload_dummy


def get_overloads(func):
    return []


def clear_overloads():
    pass


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    types = sys.modules.get("types")
    if types is not None and isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    types = sys.modules.get("types")
    if types is not None and isinstance(tp, types.GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases), function or module."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            for name, value in ann.items():
                hints[name] = _resolve_hint(value, base.__module__, globalns, localns)
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    module = getattr(obj, "__module__", None)
    for name, value in ann.items():
        hints[name] = _resolve_hint(value, module, globalns, localns)
    return hints


def _resolve_hint(value, module, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        namespace = {}
        mod = sys.modules.get(module)
        if mod is not None:
            namespace.update(mod.__dict__)
        if globalns:
            namespace.update(globalns)
        if localns:
            namespace.update(localns)
        if value in namespace:
            return namespace[value]
        return ForwardRef(value)
    return value


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct type for checkers; at runtime calling it returns the argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                        "looking for: `%s = NewType(%r, %s)`"
                        % (self.__name__, self.__name__, self.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- NamedTuple and TypedDict -------------------------------------------------

_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                         "_fields", "_field_defaults", "_make", "_replace", "_asdict",
                         "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                      "__doc__", "__orig_bases__", "__dict__", "__weakref__"})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "",
                                   ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__doc__" in ns and ns["__doc__"] is not None:
            nm_tpl.__doc__ = ns["__doc__"]
        return nm_tpl


class _NamedTupleFactory:
    """`NamedTuple`: a base for class syntax, or called to make one."""

    __name__ = "NamedTuple"

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
        return _make_nmtuple(typename, list(fields), module=module)

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return "<function NamedTuple>"


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})
NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        own = dict(ns.get("__annotations__", {}))
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(own)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        (required if total else optional).update(own)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


class _TypedDictFactory:
    __name__ = "TypedDict"

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {"__annotations__": dict(fields)}
        try:
            ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)

    def __repr__(self):
        return "<function TypedDict>"


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict = _TypedDictFactory()


def Required(tp):
    return tp


def NotRequired(tp):
    return tp
