import sys
import posix
from posix import getcwd, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace
from posix import getpid, cpu_count, urandom
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

error = OSError


class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("str expected, not " + type(value if isinstance(key, str) else key).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kwargs):
        self._data.update(other, **kwargs)

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        items = [repr(k) + ": " + repr(v) for k, v in self._data.items()]
        return "environ({" + ", ".join(items) + "})"


environ = _Environ(posix._environ())

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(p, "__fspath__"):
        return p.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


class stat_result:
    def __init__(self, values):
        self._values = values
        self.st_mode, self.st_ino, self.st_dev, self.st_nlink = values[0], values[1], values[2], values[3]
        self.st_uid, self.st_gid, self.st_size = values[4], values[5], values[6]
        self.st_atime, self.st_mtime, self.st_ctime = values[7], values[8], values[9]

    def __getitem__(self, i):
        if i in (7, 8, 9) or i in (-3, -2, -1):
            return int(self._values[i])
        return self._values[i]

    def __len__(self):
        return 10

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                 "st_size", "st_atime", "st_mtime", "st_ctime")
        parts = []
        for i in range(10):
            parts.append(names[i] + "=" + repr(self[i]))
        return "os.stat_result(" + ", ".join(parts) + ")"


def stat(p):
    return stat_result(posix._stat(fspath(p)))


def lstat(p):
    return stat_result(posix._lstat(fspath(p)))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
