"""In-memory streams (StringIO, BytesIO) and the io names programs use.
Files themselves are the builtin open()'s objects."""

import builtins as _builtins

__all__ = ["StringIO", "BytesIO", "IOBase", "RawIOBase", "BufferedIOBase",
           "TextIOBase", "UnsupportedOperation", "open", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = _builtins.open

_BYTES_LIKE = tuple(getattr(_builtins, n) for n in ("bytes", "bytearray", "memoryview")
                    if hasattr(_builtins, n))


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _index_or_all(size, what="argument"):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer, a position, closing."""

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_open()
        return self._pos

    def _value(self):
        # The whole buffer, with pending appends joined in.
        if self._pending:
            self._buf = self._empty.join([self._buf] + self._pending)
            self._pending = []
        return self._buf

    def _write_data(self, data):
        n = len(data)
        if not n:
            return 0
        size = self._size
        pos = self._pos
        if pos == size:
            self._pending.append(data)
        else:
            buf = self._value()
            if pos > size:
                buf = buf + self._pad * (pos - size)
            self._buf = buf[:pos] + data + buf[pos + n:]
        self._pos = pos + n
        if self._pos > size:
            self._size = self._pos
        return n

    def read(self, size=-1):
        self._check_open()
        size = _index_or_all(size)
        buf = self._value()
        start = min(self._pos, self._size)
        if size < 0:
            end = self._size
        else:
            end = min(start + size, self._size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readlines(self, hint=-1):
        self._check_open()
        hint = _index_or_all(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if self._text and pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if self._text and pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, self._size + pos)
        else:
            if self._text:
                raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._size:
            self._buf = self._value()[:size]
            self._size = size
        return size


class StringIO(_MemoryStream, TextIOBase):
    """A text stream kept in memory."""

    _empty = ""
    _pad = "\0"
    _text = True
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._closed = False
        self._newline = newline
        self._buf = ""
        self._pending = []
        self._size = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl in ("\r", "\r\n"):
            return s.replace("\n", nl)
        return s

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._write_data(self._translate(s))
        return n

    def getvalue(self):
        self._check_open()
        return self._value()

    def readline(self, size=-1):
        self._check_open()
        size = _index_or_all(size)
        buf = self._value()
        start = self._pos
        if start >= self._size:
            return ""
        limit = self._size if size < 0 else min(self._size, start + size)
        nl = self._newline
        if nl == "":
            end = limit
            i = start
            while i < limit:
                c = buf[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if i + 1 < limit and buf[i + 1] == "\n" else i + 1
                    break
                i += 1
        else:
            sep = "\n" if nl is None else nl
            found = buf.find(sep, start, limit)
            end = limit if found < 0 else min(found + len(sep), limit)
        self._pos = end
        return buf[start:end]

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos)


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream kept in memory."""

    _empty = b""
    _pad = b"\0"
    _text = False
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=None):
        self._closed = False
        self._buf = b""
        self._pending = []
        self._size = 0
        self._pos = 0
        if initial_bytes is not None:
            self._buf = bytes(initial_bytes)
            self._size = len(self._buf)

    def write(self, b):
        self._check_open()
        if isinstance(b, str) or not isinstance(b, _BYTES_LIKE):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write_data(bytes(b))

    def getvalue(self):
        self._check_open()
        return self._value()

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_open()
        size = _index_or_all(size)
        buf = self._value()
        start = self._pos
        if start >= self._size:
            return b""
        limit = self._size if size < 0 else min(self._size, start + size)
        found = buf.find(b"\n", start, limit)
        end = limit if found < 0 else found + 1
        self._pos = end
        return buf[start:end]

    def readinto(self, target):
        data = self.read(len(target))
        n = len(data)
        target[:n] = data
        return n
