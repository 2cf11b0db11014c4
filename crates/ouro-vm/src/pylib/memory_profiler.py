"""memory_profiler, built into Ouro: line-by-line memory usage of a function.

The API and the report are those of the third-party memory_profiler package
(profile, LineProfiler, show_results, memory_usage). The figures differ in
kind: CPython's memory_profiler samples the process's resident set size,
while Ouro reports the exact size of its live heap, the sum of
sys.getsizeof over every live object, so an increment is exactly what the
line allocated and kept.

Lines are attributed as memory_profiler does, from sys.settrace events: a
"line" or "return" event charges the memory seen then to the line that was
running, so a loop or comprehension line counts one occurrence per
iteration.
"""

import sys
import _ouro

__all__ = ['profile', 'LineProfiler', 'show_results', 'memory_usage']

_TWO_20 = float(2 ** 20)


def _get_memory():
    """The live heap, in MiB."""
    return _ouro.heap_bytes() / _TWO_20


def memory_usage(proc=-1, interval=.1, timeout=None, timestamps=False,
                 include_children=False, multiprocess=False, max_usage=False,
                 retval=False, stream=None, backend=None,
                 max_iterations=None):
    """Memory of this process (proc=-1), or while running a callable given
    as f, (f,), (f, args) or (f, args, kwargs): samples in MiB, their
    maximum with max_usage, and (samples, result) with retval."""
    if callable(proc) or isinstance(proc, (tuple, list)):
        if callable(proc):
            proc = (proc, (), {})
        proc = tuple(proc)
        f = proc[0]
        args = proc[1] if len(proc) > 1 else ()
        kwargs = proc[2] if len(proc) > 2 else {}
        samples = [_get_memory()]

        def sampler(frame, event, arg):
            if event in ('line', 'return'):
                samples.append(_get_memory())
            return sampler

        old = sys.gettrace()
        sys.settrace(sampler)
        try:
            result = f(*args, **kwargs)
        finally:
            sys.settrace(old)
        samples.append(_get_memory())
        out = max(samples) if max_usage else samples
        return (out, result) if retval else out
    if isinstance(proc, int) and proc not in (-1, _getpid()):
        raise NotImplementedError("Ouro's memory_profiler measures only its own heap")
    mem = _get_memory()
    return mem if max_usage else [mem]


def _getpid():
    import os
    return os.getpid()


def _block_lines(lines, first):
    """The line numbers of the decorated def starting at line `first`
    (decorators included), as inspect.getsourcelines finds them."""
    i = first - 1
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i += 1
    if i >= len(lines):
        return range(first, first + 1)
    base = len(lines[i]) - len(lines[i].lstrip())
    last = i
    depth = 0
    j = i
    while j < len(lines):
        text = lines[j]
        stripped = text.strip()
        indent = len(text) - len(text.lstrip())
        code = stripped and not stripped.startswith('#')
        if j > i and depth == 0 and code and indent <= base:
            break
        if code:
            last = j
            depth = max(0, depth + _bracket_balance(stripped))
        j += 1
    return range(first, last + 2)


def _bracket_balance(text):
    n = 0
    quote = None
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch == '#':
            break
        elif ch in '([{':
            n += 1
        elif ch in ')]}':
            n -= 1
    return n


def _read_lines(filename):
    try:
        with open(filename) as f:
            return f.readlines()
    except OSError:
        return []


class CodeMap(dict):
    """Measurements per line, shared by a function and the code objects
    nested in it (comprehensions, inner functions)."""

    def __init__(self, include_children=False, backend=None):
        self.include_children = include_children
        self._toplevel = []
        self.backend = backend

    def add(self, code, toplevel_code=None):
        if code in self:
            return
        if toplevel_code is None:
            filename = code.co_filename
            lines = _read_lines(filename)
            if not lines:
                print('ERROR: Could not find file ' + filename)
                return
            toplevel_code = code
            linenos = _block_lines(lines, code.co_firstlineno)
            self._toplevel.append((filename, code, linenos))
            self[code] = {}
        else:
            self[code] = self[toplevel_code]
        for sub in code.co_consts:
            if type(sub) is type(code):
                self.add(sub, toplevel_code=toplevel_code)

    def trace(self, code, lineno, prev_lineno):
        memory = _get_memory()
        measures = self[code]
        prev_value = measures.get(lineno)
        previous_memory = prev_value[1] if prev_value else 0
        previous_inc = prev_value[0] if prev_value else 0
        prev_line_value = measures.get(prev_lineno) if prev_lineno else None
        prev_line_memory = prev_line_value[1] if prev_line_value else 0
        occurrences = prev_value[2] + 1 if prev_value else 1
        measures[lineno] = (previous_inc + (memory - prev_line_memory),
                            max(memory, previous_memory),
                            occurrences)

    def items(self):
        for filename, code, linenos in self._toplevel:
            measures = self[code]
            if not measures:
                continue
            yield filename, ((line, measures.get(line)) for line in linenos)


class LineProfiler:
    """Records the memory after each line of the functions it wraps."""

    def __init__(self, **kw):
        self.code_map = CodeMap(kw.get('include_children', False),
                                kw.get('backend'))
        self.enable_count = 0
        self.max_mem = kw.get('max_mem')
        self.prevlines = []
        self.prev_lineno = None
        self._original_trace_function = None

    def __call__(self, func=None, precision=1):
        if func is None:
            return lambda f: self.__call__(f, precision=precision)
        self.add_function(func)
        f = self.wrap_function(func)
        f.__module__ = func.__module__
        f.__name__ = func.__name__
        f.__doc__ = func.__doc__
        f.__dict__.update(getattr(func, '__dict__', {}))
        return f

    def add_function(self, func):
        code = getattr(func, '__code__', None)
        if code is not None:
            self.code_map.add(code)

    def wrap_function(self, func):
        def f(*args, **kwds):
            self.enable_by_count()
            try:
                return func(*args, **kwds)
            finally:
                self.disable_by_count()
        return f

    def enable_by_count(self):
        if self.enable_count == 0:
            self.enable()
        self.enable_count += 1

    def disable_by_count(self):
        if self.enable_count > 0:
            self.enable_count -= 1
            if self.enable_count == 0:
                self.disable()

    def trace_memory_usage(self, frame, event, arg):
        if frame.f_code in self.code_map:
            if event == 'call':
                self.prevlines.append(frame.f_lineno)
            elif event == 'line':
                self.code_map.trace(frame.f_code, self.prevlines[-1],
                                    self.prev_lineno)
                self.prev_lineno = self.prevlines[-1]
                self.prevlines[-1] = frame.f_lineno
            elif event == 'return':
                lineno = self.prevlines.pop()
                self.code_map.trace(frame.f_code, lineno, self.prev_lineno)
                self.prev_lineno = lineno
        if self._original_trace_function is not None:
            self._original_trace_function(frame, event, arg)
        return self.trace_memory_usage

    def enable(self):
        self._original_trace_function = sys.gettrace()
        sys.settrace(self.trace_memory_usage)

    def disable(self):
        sys.settrace(self._original_trace_function)


def show_results(prof, stream=None, precision=1):
    if stream is None:
        stream = sys.stdout
    template = '{0:>6} {1:>12} {2:>12}  {3:>10}   {4:<}'
    for filename, lines in prof.code_map.items():
        header = template.format('Line #', 'Mem usage', 'Increment',
                                 'Occurrences', 'Line Contents')
        stream.write('Filename: ' + filename + '\n\n')
        stream.write(header + '\n')
        stream.write('=' * len(header) + '\n')
        all_lines = _read_lines(filename)
        template_mem = '{0:' + '{0}.{1}f'.format(precision + 4, precision) + '} MiB'
        for lineno, mem in lines:
            if mem:
                total_mem = template_mem.format(mem[1])
                inc = template_mem.format(mem[0])
                occurrences = mem[2]
            else:
                total_mem = inc = occurrences = ''
            text = all_lines[lineno - 1] if lineno <= len(all_lines) else '\n'
            stream.write(template.format(lineno, total_mem, inc, occurrences, text))
        stream.write('\n\n')


def profile(func=None, stream=None, precision=1, backend='psutil'):
    """Decorator: run the function and print its line-by-line profile."""
    if func is None:
        return lambda f: profile(f, stream=stream, precision=precision,
                                 backend=backend)

    def wrapper(*args, **kwargs):
        prof = LineProfiler(backend=backend)
        val = prof(func)(*args, **kwargs)
        show_results(prof, stream=stream, precision=precision)
        return val

    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = getattr(func, '__qualname__', func.__name__)
    wrapper.__doc__ = func.__doc__
    wrapper.__module__ = func.__module__
    wrapper.__wrapped__ = func
    return wrapper
