"""Print and format tracebacks and stacks, as CPython's traceback module.

The formatting itself (source lines, carets, repeated-line notes) is the
interpreter's own, from the native _traceback module, so that a printed
traceback is the same text an uncaught exception prints.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()

_CAUSE = ("\nThe above exception was the direct cause "
          "of the following exception:\n\n")
_CONTEXT = ("\nDuring handling of the above exception, "
            "another exception occurred:\n\n")


class FrameSummary:
    """One entry of a stack or traceback: where, and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
            else:
                _flush_repeats(result, count)
                last = key
                count = 1
            if count <= 3:
                result.append(_format_summary(frame))
        _flush_repeats(result, count)
        return result


def _flush_repeats(result, count):
    if count > 3:
        n = count - 3
        result.append(f'  [Previous line repeated {n} more '
                      f'time{"s" if n > 1 else ""}]\n')


def _format_summary(frame):
    row = '  File "{}", line {}, in {}\n'.format(
        frame.filename, frame.lineno, frame.name)
    if frame.line:
        row += '    {}\n'.format(frame.line.strip())
    return row


def _summaries(rows):
    return StackSummary(FrameSummary(f, n, name, line=line)
                        for f, n, name, line in rows)


def _file(file):
    return sys.stderr if file is None else file


def _print_lines(lines, file):
    file = _file(file)
    for line in lines:
        print(line, file=file, end="")


# -- tracebacks ------------------------------------------------------------

def extract_tb(tb, limit=None):
    return _summaries(_traceback.extract_tb(tb, limit))


def format_tb(tb, limit=None):
    return _traceback.format_tb(tb, limit)


def print_tb(tb, limit=None, file=None):
    _print_lines(format_tb(tb, limit), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _print_lines(format_list(extracted_list), file)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# -- exceptions ------------------------------------------------------------

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return [_traceback.format_exception_only(value)]


def _chain(value, tb, chain):
    """(exception, traceback, link text) oldest first."""
    out = []
    seen = set()
    link = None
    while value is not None and id(value) not in seen:
        seen.add(id(value))
        out.append((value, tb, link))
        if not chain:
            break
        cause = value.__cause__
        context = value.__context__
        if cause is not None:
            value, link = cause, _CAUSE
        elif context is not None and not value.__suppress_context__:
            value, link = context, _CONTEXT
        else:
            break
        tb = value.__traceback__
    out.reverse()
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    lines = []
    for v, t, link in _chain(value, tb, chain):
        if t is not None:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(format_tb(t, limit))
        lines.extend(format_exception_only(v))
        if link is not None:
            lines.append(link)
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    _print_lines(format_exception(exc, value, tb, limit=limit, chain=chain),
                 file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__notes__ = None
        self._str = str(exc_value) if exc_value is not None else None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from format_exception(self._value, self._value, self._tb,
                                    limit=self._limit, chain=chain)


# -- stacks ----------------------------------------------------------------

def _caller(f):
    return sys._getframe(2) if f is None else f


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    return _summaries(_traceback.extract_stack(_caller(f), limit))


def format_stack(f=None, limit=None):
    return _traceback.format_stack(_caller(f), limit)


def print_stack(f=None, limit=None, file=None):
    _print_lines(_traceback.format_stack(_caller(f), limit), file)
