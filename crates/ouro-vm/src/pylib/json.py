"""JSON (RFC 8259) for Ouro: dumps/dump, loads/load, JSONEncoder,
JSONDecoder and JSONDecodeError, with CPython 3.11's output and messages.

CPython's json is a package (json.encoder, json.decoder, json.scanner);
here it is one module, and the classes carry CPython's __module__ so that
error reports name them the same way. Bytes input is read as UTF-8.
"""

__all__ = [
    "dump", "dumps", "load", "loads",
    "JSONDecoder", "JSONDecodeError", "JSONEncoder",
]

__version__ = "2.0.9"

_INFINITY = float("inf")
_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"


# ----- errors ---------------------------------------------------------------

class JSONDecodeError(ValueError):
    """A ValueError that says where in the document decoding failed."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ----- encoding -------------------------------------------------------------

# The two-character escapes JSON has; other control characters are \u00XX.
_SHORT_ESCAPES = {
    '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r",
    "\t": "\\t", "\b": "\\b", "\f": "\\f",
}
_ESCAPES = dict(_SHORT_ESCAPES)
for _code in range(0x20):
    _ESCAPES.setdefault(chr(_code), "\\u%04x" % _code)
del _code


def _quote(s):
    """s as a JSON string, non-ASCII characters kept as they are."""
    out = []
    for ch in s:
        out.append(_ESCAPES.get(ch, ch))
    return '"' + "".join(out) + '"'


def _quote_ascii(s):
    """s as a JSON string of ASCII characters only (\\uXXXX escapes, and
    surrogate pairs beyond the BMP)."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    out = []
    for ch in s:
        if " " <= ch <= "~" and ch != '"' and ch != "\\":
            out.append(ch)
            continue
        escaped = _SHORT_ESCAPES.get(ch)
        if escaped is None:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                escaped = "\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))
            else:
                escaped = "\\u%04x" % code
        out.append(escaped)
    return '"' + "".join(out) + '"'


class JSONEncoder:
    """Turns Python data into JSON text: dict, list, tuple, str, int,
    float, True, False and None; anything else goes through default()."""

    __module__ = "json.encoder"
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects of no JSON type: return something that is, or
        raise TypeError (as this one does)."""
        raise TypeError(f"Object of type {o.__class__.__name__} "
                        f"is not JSON serializable")

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return _quote_ascii(o) if self.ensure_ascii else _quote(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in pieces."""
        writer = _Writer(self)
        writer.value(o, 0)
        return iter(writer.out)


class _Writer:
    """One encoding run: the options of its encoder, the pieces written so
    far, and the containers being written (to detect cycles)."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.quote = _quote_ascii if encoder.ensure_ascii else _quote
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.markers = {} if encoder.check_circular else None
        self.out = []

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def float_text(self, f):
        if f != f:
            text = "NaN"
        elif f == _INFINITY:
            text = "Infinity"
        elif f == -_INFINITY:
            text = "-Infinity"
        else:
            return repr(f)
        if not self.encoder.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.quote(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append("%d" % o)
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.encoder.default(o), level)
            self.leave(o)

    def open(self, bracket, level):
        """Write an opening bracket; the separator between items and the
        indentation level inside."""
        self.out.append(bracket)
        if self.indent is None:
            return self.item_separator, level
        level += 1
        newline = "\n" + self.indent * level
        self.out.append(newline)
        return self.item_separator + newline, level

    def close(self, bracket, level):
        if self.indent is not None:
            self.out.append("\n" + self.indent * (level - 1))
        self.out.append(bracket)

    def array(self, items, level):
        if not items:
            self.out.append("[]")
            return
        self.enter(items)
        separator, inner = self.open("[", level)
        first = True
        for item in items:
            if not first:
                self.out.append(separator)
            first = False
            self.value(item, inner)
        self.close("]", inner)
        self.leave(items)

    def key_text(self, key):
        """The text of a dict key, or None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return "%d" % key
        if self.encoder.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, "
                        f"not {key.__class__.__name__}")

    def object(self, mapping, level):
        if not mapping:
            self.out.append("{}")
            return
        self.enter(mapping)
        separator, inner = self.open("{", level)
        items = sorted(mapping.items()) if self.encoder.sort_keys else mapping.items()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                self.out.append(separator)
            first = False
            self.out.append(self.quote(text))
            self.out.append(self.key_separator)
            self.value(value, inner)
        self.close("}", inner)
        self.leave(mapping)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """obj as a JSON string."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to the text file fp."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# ----- decoding -------------------------------------------------------------

_SIMPLE_UNESCAPES = {
    '"': '"', "\\": "\\", "/": "/", "b": "\b",
    "f": "\f", "n": "\n", "r": "\r", "t": "\t",
}


def _skip_whitespace(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _digits_end(s, i):
    n = len(s)
    while i < n and s[i] in _DIGITS:
        i += 1
    return i


class JSONDecoder:
    """Turns JSON text into Python data: objects become dicts (or what
    object_hook / object_pairs_hook make of them), arrays lists."""

    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (whitespace around it
        is allowed, anything else is "Extra data")."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]: (value, end index)."""
        return self.scan(s, idx)

    def scan(self, s, i):
        """The value starting exactly at s[i], and the index after it."""
        c = s[i:i + 1]
        if c == '"':
            return self.string(s, i + 1)
        if c == "{":
            return self.object(s, i + 1)
        if c == "[":
            return self.array(s, i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        number = self.number(s, i)
        if number is not None:
            return number
        for name in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        raise JSONDecodeError("Expecting value", s, i)

    def number(self, s, i):
        """-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? at s[i], as
        (value, end), or None."""
        start = i
        if s[i:i + 1] == "-":
            i += 1
        c = s[i:i + 1]
        if c == "0":
            i += 1
        elif c and c in "123456789":
            i = _digits_end(s, i + 1)
        else:
            return None
        integer_end = i
        if s[i:i + 1] == "." and s[i + 1:i + 2] and s[i + 1] in _DIGITS:
            i = _digits_end(s, i + 2)
        if s[i:i + 1] and s[i] in "eE":
            j = i + 1
            if s[j:j + 1] and s[j] in "+-":
                j += 1
            if s[j:j + 1] and s[j] in _DIGITS:
                i = _digits_end(s, j + 1)
        text = s[start:i]
        if i == integer_end:
            return self.parse_int(text), i
        return self.parse_float(text), i

    def string(self, s, i):
        """The string whose text starts at s[i] (after its opening quote)."""
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            quote = s.find('"', i)
            limit = quote if quote >= 0 else n
            backslash = s.find("\\", i, limit)
            end = backslash if backslash >= 0 else limit
            chunk = s[i:end]
            if self.strict and not chunk.isprintable():
                for k, ch in enumerate(chunk):
                    if ch < " ":
                        raise JSONDecodeError("Invalid control character at", s, i + k)
            chunks.append(chunk)
            if backslash < 0:
                if quote < 0:
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                return "".join(chunks), quote + 1
            text, i = self.escape(s, backslash + 1, begin)
            chunks.append(text)

    def escape(self, s, i, begin):
        """The escape whose letter is s[i]: its text and the index after."""
        c = s[i:i + 1]
        if not c:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if c != "u":
            text = _SIMPLE_UNESCAPES.get(c)
            if text is None:
                raise JSONDecodeError("Invalid \\escape", s, i - 1)
            return text, i + 1
        code = _hex4(s, i + 1)
        i += 5
        if 0xD800 <= code <= 0xDBFF and s[i:i + 2] == "\\u":
            low = _hex4(s, i + 2)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                i += 6
        return chr(code), i

    def object(self, s, i):
        """The object whose members start at s[i] (after its brace)."""
        pairs = []
        i = _skip_whitespace(s, i)
        c = s[i:i + 1]
        if c == "}":
            return self.make_object(pairs), i + 1
        while True:
            if c != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(s, i + 1)
            i = _skip_whitespace(s, i)
            if s[i:i + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = self.scan(s, _skip_whitespace(s, i + 1))
            pairs.append((key, value))
            i = _skip_whitespace(s, i)
            c = s[i:i + 1]
            if c == "}":
                return self.make_object(pairs), i + 1
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_whitespace(s, i + 1)
            c = s[i:i + 1]

    def make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, s, i):
        """The array whose items start at s[i] (after its bracket)."""
        items = []
        i = _skip_whitespace(s, i)
        if s[i:i + 1] == "]":
            return items, i + 1
        while True:
            value, i = self.scan(s, i)
            items.append(value)
            i = _skip_whitespace(s, i)
            c = s[i:i + 1]
            if c == "]":
                return items, i + 1
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_whitespace(s, i + 1)


_CONSTANTS = {"NaN": float("nan"), "Infinity": _INFINITY, "-Infinity": -_INFINITY}


def _constant(name):
    return _CONSTANTS[name]


def _hex4(s, i):
    """The four hex digits at s[i:i + 4] (the error is at the 'u')."""
    digits = s[i:i + 4]
    if len(digits) != 4 or i + 4 >= len(s) or any(d not in _HEX for d in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
    return int(digits, 16)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                            f"not {s.__class__.__name__}")
        if s.startswith(b"\xef\xbb\xbf"):
            s = s[3:]
        s = s.decode("utf-8")
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document in the text file fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
