import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"


def _fspath(p, func):
    if isinstance(p, str):
        return p
    if hasattr(p, "__fspath__"):
        return p.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def isabs(s):
    return _fspath(s, "isabs").startswith("/")


def join(a, *p):
    path = _fspath(a, "join")
    for b in p:
        if not isinstance(b, str):
            if isinstance(b, bytes):
                raise TypeError("Can't mix strings and bytes in path components")
            if not hasattr(b, "__fspath__"):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '" + type(b).__name__ + "'")
            b = b.__fspath__()
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p, "splitext")
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def splitdrive(p):
    return "", _fspath(p, "splitdrive")


def basename(p):
    p = _fspath(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p, "dirname")
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path, "normpath")
    if not path:
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    new_comps = []
    for comp in path.split("/"):
        if comp == "" or comp == ".":
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _fspath(path, "abspath")
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    return abspath(path)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    split_paths = []
    for p in paths:
        split_paths.append([c for c in _fspath(p, "commonpath").split("/") if c and c != "."])
    isabs_all = [p.startswith("/") for p in paths]
    if min(isabs_all) != max(isabs_all):
        raise ValueError("Can't mix absolute and relative paths")
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if isabs_all[0] else ""
    return prefix + "/".join(common)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = "."
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return join(*rel_list)


def expanduser(path):
    path = _fspath(path, "expanduser")
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = posix._environ().get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def exists(path):
    return posix._exists(path)


def lexists(path):
    return posix._exists(path) or posix._islink(path)


def isfile(path):
    return posix._isfile(path)


def isdir(s):
    return posix._isdir(s)


def islink(path):
    return posix._islink(path)


def getsize(filename):
    return posix._stat(_fspath(filename, "getsize"))[6]


def getmtime(filename):
    return posix._stat(_fspath(filename, "getmtime"))[8]


def getatime(filename):
    return posix._stat(_fspath(filename, "getatime"))[7]


def getctime(filename):
    return posix._stat(_fspath(filename, "getctime"))[9]
