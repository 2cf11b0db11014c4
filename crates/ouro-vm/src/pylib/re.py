"""Regular expressions: the Python API over the native engine `_sre`.

Patterns compile (and are cached) in `_sre`; this module provides the
flags, `re.error`, the Pattern and Match types, replacement templates and
the module-level functions, with CPython 3.11's behaviour.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807
MAXREPEAT = _sre.MAXREPEAT
MAXGROUPS = 2147483647 // 2

# ----- flags -----------------------------------------------------------------

# Members in definition order (how combined flags are named).
_FLAG_NAMES = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
]
_ALL_FLAGS = 511


class RegexFlag(int):
    """The `re` flags: an int whose repr names its members."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        return repr(self).replace("re.", "")

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

# How a Pattern's repr names its flags (the order of CPython's C code).
_REPR_FLAGS = [
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
]


# ----- errors ----------------------------------------------------------------

class error(Exception):
    """A pattern or template is invalid: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


class mappingproxy(dict):
    """A read-only view of a Pattern's group names."""

    def __repr__(self):
        return "mappingproxy(" + dict.__repr__(self) + ")"

    def __str__(self):
        return dict.__repr__(self)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


# ----- helpers -----------------------------------------------------------------

def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


def _bounds(string, pos, endpos):
    n = len(string)
    pos = _index(pos)
    endpos = _index(endpos)
    pos = 0 if pos < 0 else (n if pos > n else pos)
    endpos = 0 if endpos < 0 else (n if endpos > n else endpos)
    return pos, endpos


def _check_string(pattern, string):
    if isinstance(string, str):
        if not isinstance(pattern, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, (bytes, bytearray)):
        if isinstance(pattern, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


# ----- Pattern ---------------------------------------------------------------

class Pattern:
    """A compiled regular expression."""

    __slots__ = ("_pattern", "_flags", "_groups", "_groupindex")

    def __init__(self, pattern, flags):
        info = _sre.compile(pattern, flags)
        if len(info) == 2:
            raise error(info[0], None if info[1] is None else pattern, info[1])
        self._pattern = pattern
        self._flags = info[0]
        self._groups = info[1]
        self._groupindex = info[2]

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        if not self._groupindex:
            return {}
        return mappingproxy(self._groupindex)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self._pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        _check_string(self._pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        spans = _sre.match(self._pattern, self._flags, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        _check_string(self._pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        return _sre.scan(self._pattern, self._flags, string, pos, endpos, limit), pos, endpos

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_string(self._pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        return _sre.findall(self._pattern, self._flags, string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        spans, pos, endpos = self._scan(string, pos, endpos, 0)
        return iter([Match(self, string, pos, endpos, s) for s in spans])

    def split(self, string, maxsplit=0):
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            _check_string(self._pattern, string)
            return [string[:]]
        spans, pos, endpos = self._scan(string, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        groups = self._groups
        for s in spans:
            out.append(string[last:s[1]])
            for g in range(1, groups + 1):
                a = s[2 * g + 1]
                out.append(None if a < 0 else string[a:s[2 * g + 2]])
            last = s[2]
        out.append(string[last:endpos])
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        count = _index(count)
        if callable(repl):
            func = repl
        else:
            func = None
            parts = _template_parts(repl, self)
        if count < 0:
            _check_string(self._pattern, string)
            return string[:], 0
        if func is None:
            _check_string(self._pattern, string)
            return _sre.sub(self._pattern, self._flags, string, parts, count)
        spans, pos, endpos = self._scan(string, 0, _MAXSIZE, count)
        pieces = []
        last = 0
        for s in spans:
            if last < s[1]:
                pieces.append(string[last:s[1]])
            item = func(Match(self, string, pos, endpos, s))
            if item is not None:
                pieces.append(item)
            last = s[2]
        if last < endpos:
            pieces.append(string[last:endpos])
        empty = string[:0] if isinstance(string, str) else b""
        return empty.join(pieces), len(spans)


# ----- Match -----------------------------------------------------------------

class Match:
    """The result of a successful match."""

    __slots__ = ("_re", "_string", "_pos", "_endpos", "_spans")

    def __init__(self, pattern, string, pos, endpos, spans):
        self._re = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._spans = spans

    @property
    def re(self):
        return self._re

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        i = self._spans[0]
        return i if i else None

    @property
    def lastgroup(self):
        i = self._spans[0]
        if not i:
            return None
        for name, g in self._re._groupindex.items():
            if g == i:
                return name
        return None

    @property
    def regs(self):
        return tuple(self._span(g) for g in range(self._re._groups + 1))

    def _group_index(self, g):
        if isinstance(g, int) or (not isinstance(g, str) and hasattr(type(g), "__index__")):
            try:
                i = _index(g)
            except TypeError:
                i = -1
            if 0 <= i <= self._re._groups:
                return i
        elif isinstance(g, str):
            i = self._re._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _span(self, i):
        return (self._spans[2 * i + 1], self._spans[2 * i + 2])

    def _get(self, i, default=None):
        a, b = self._span(i)
        if a < 0:
            return default
        return self._string[a:b]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._group_index(groups[0]))
        return tuple(self._get(self._group_index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._group_index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self._re._groupindex.items()}

    def start(self, group=0):
        return self._span(self._group_index(group))[0]

    def end(self, group=0):
        return self._span(self._group_index(group))[1]

    def span(self, group=0):
        return self._span(self._group_index(group))

    def expand(self, template):
        return _expand(_parse_template(template, self._re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        a, b = self._span(0)
        return "<re.Match object; span=(%d, %d), match=%s>" % (a, b, repr(self._string[a:b])[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ----- replacement templates -------------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL = "01234567"
_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _Tokens:
    """Tokens of a template: one character, or a backslash and the next."""

    def __init__(self, source):
        self.source = source
        self.text = source if isinstance(source, str) else bytes(source).decode("latin1")
        self.i = 0
        self.next = None
        self._load()

    def _load(self):
        i = self.i
        if i >= len(self.text):
            self.next = None
            return
        c = self.text[i]
        if c == "\\":
            if i + 1 >= len(self.text):
                raise error("bad escape (end of pattern)", self.source, len(self.text) - 1)
            c += self.text[i + 1]
        self.i = i + len(c)
        self.next = c

    def get(self):
        t = self.next
        self._load()
        return t

    def tell(self):
        return self.i - len(self.next or "")

    def error(self, msg, offset=0):
        return error(msg, self.source, self.tell() - offset)

    def until(self, term):
        name = ""
        while True:
            c = self.get()
            if c is None:
                if not name:
                    raise self.error("missing group name")
                raise self.error("missing %s, unterminated name" % term, len(name))
            if c == term:
                if not name:
                    raise self.error("missing group name", 1)
                return name
            name += c


def _group_ref(t, name, pattern):
    if name.isidentifier():
        index = pattern._groupindex.get(name)
        if index is None:
            raise IndexError("unknown group name %r" % name)
        return index
    if name.isdecimal():
        index = int(name)
        if index >= MAXGROUPS:
            raise t.error("invalid group reference %d" % index, len(name) + 1)
        return index
    raise t.error("bad character in group name %r" % name, len(name) + 1)


def _parse_template(template, pattern):
    """A template as a list of literal strings and group numbers."""
    t = _Tokens(template)
    parts = []
    literal = []

    def add_group(index, offset):
        if index > pattern._groups:
            raise t.error("invalid group reference %d" % index, offset)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    while True:
        this = t.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if t.next != "<":
                raise t.error("missing <")
            t.get()
            name = t.until(">")
            add_group(_group_ref(t, name, pattern), len(name) + 1)
        elif c == "0":
            if t.next is not None and t.next in _OCTAL:
                this += t.get()
                if t.next is not None and t.next in _OCTAL:
                    this += t.get()
            literal.append(chr(int(this[1:], 8) & 0xff))
        elif c in _DIGITS:
            octal = False
            if t.next is not None and t.next in _DIGITS:
                this += t.get()
                if c in _OCTAL and this[2] in _OCTAL and t.next is not None and t.next in _OCTAL:
                    this += t.get()
                    octal = True
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise t.error("octal escape value %s outside of range 0-0o377" % this, len(this))
                    literal.append(chr(value))
            if not octal:
                add_group(int(this[1:]), len(this) - 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _LETTERS:
            raise t.error("bad escape %s" % this, len(this))
        else:
            literal.append(this)
    if literal:
        parts.append("".join(literal))
    if not isinstance(template, str):
        parts = [p.encode("latin1") if isinstance(p, str) else p for p in parts]
    return parts


def _expand(parts, match):
    empty = match._string[:0]
    out = []
    for p in parts:
        if isinstance(p, int):
            out.append(match._get(p) or empty)
        else:
            out.append(p)
    return empty.join(out)


_template_cache = {}


def _template_parts(repl, pattern):
    if not isinstance(repl, (str, bytes)):
        if isinstance(pattern._pattern, str):
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    key = (type(repl), repl, pattern)
    parts = _template_cache.get(key)
    if parts is None:
        parts = _parse_template(repl, pattern)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = parts
    return parts


# ----- module functions --------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = bytes(pattern).decode("latin1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin1")
