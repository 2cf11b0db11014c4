"""Abstract base classes: Ouro's version of CPython 3.11's `abc` (the pure
Python flavour, as `_py_abc`). The VM refuses to instantiate a class whose
`__abstractmethods__` is not empty, with CPython's message."""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark a method abstract: a class with abstract methods left cannot be
    instantiated until a subclass overrides them all."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use classmethod with abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod with abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property with abstractmethod."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
            break
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if value is None:
        return False
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _raw_attribute(cls, name):
    """`name` as found in the class dicts along the MRO (no descriptor call)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", set()):
            if _is_abstract(_raw_attribute(cls, name)):
                abstracts.add(name)
    return frozenset(abstracts)


_invalidation_counter = [0]


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs): abstract methods
    and virtual subclasses (`register`)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        type.__setattr__(cls, "__abstractmethods__",
                         _compute_abstracts(cls, list(namespace.items()), bases))
        type.__setattr__(cls, "_abc_registry", [])
        type.__setattr__(cls, "_abc_subclasses", [])
        for base in bases:
            if isinstance(base, ABCMeta):
                base.__dict__["_abc_subclasses"].append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, so
        that it can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls.__dict__.get("_abc_registry", ()):
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__dict__.get("_abc_subclasses", ()):
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        pass


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered."""
    return _invalidation_counter[0]


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added or
    changed; returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    type.__setattr__(cls, "__abstractmethods__",
                     _compute_abstracts(cls, list(cls.__dict__.items()), cls.__bases__))
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()
