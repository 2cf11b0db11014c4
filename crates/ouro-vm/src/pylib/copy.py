import _copy

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, complex, bool, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), type(lambda: 0), property)


def _atomic(x):
    for t in _ATOMIC:
        if type(x) is t:
            return True
    return False


def _new_instance(cls):
    try:
        return object.__new__(cls)
    except (AttributeError, TypeError):
        pass
    try:
        return _copy.new_instance(cls)
    except TypeError:
        return cls()


_IMMUTABLE_BASES = (int, float, str, bytes, tuple)


def _new_from(x, cls, memo):
    # Subclasses of the immutable builtins are rebuilt from
    # __getnewargs__ (the builtins' own returns the plain value), as
    # copyreg.__newobj__ does.
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
    else:
        for base in _IMMUTABLE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
        else:
            return _new_instance(cls)
    if memo is not None:
        args = deepcopy(args, memo)
    return cls.__new__(cls, *args)


def _copy_instance(x):
    cls = type(x)
    y = _new_from(x, cls, None)
    if hasattr(x, "__dict__"):
        for k, v in x.__dict__.items():
            setattr(y, k, v)
    for klass in cls.__mro__:
        for name in getattr(klass, "__slots__", ()):
            if name in ("__dict__", "__weakref__"):
                continue
            if hasattr(x, name):
                setattr(y, name, getattr(x, name))
    return y


def copy(x):
    cls = type(x)
    if _atomic(x) or cls is frozenset:
        return x
    if cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set)):
        y = _copy_instance(x)
        if isinstance(x, list):
            y.extend(x)
        else:
            y.update(x)
        return y
    return _copy_instance(x)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if items[i] is not x[i]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(cls, "__deepcopy__", None)
        if copier is not None:
            y = copier(x, memo)
        else:
            y = _deepcopy_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_instance(x, memo):
    cls = type(x)
    y = _new_from(x, cls, memo)
    memo[id(x)] = y
    if isinstance(x, list):
        for a in x:
            y.append(deepcopy(a, memo))
    elif isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif isinstance(x, set):
        for a in x:
            y.add(deepcopy(a, memo))
    if hasattr(x, "__dict__"):
        for k, v in x.__dict__.items():
            setattr(y, k, deepcopy(v, memo))
    for klass in cls.__mro__:
        for name in getattr(klass, "__slots__", ()):
            if name in ("__dict__", "__weakref__"):
                continue
            if hasattr(x, name):
                setattr(y, name, deepcopy(getattr(x, name), memo))
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
