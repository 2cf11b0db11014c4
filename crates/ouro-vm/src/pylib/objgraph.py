"""objgraph, built into Ouro: draw and count Python object reference graphs.

This is Ouro's own implementation of the public API of the third-party
package objgraph (https://mg.pov.lt/objgraph/), version 3.7, whose API,
output formats and graph-selection rules it follows:
    objgraph, Copyright (c) 2008-2023 Marius Gedminas and contributors,
    released under the MIT licence.
The code here is written for Ouro. Everything it shows comes from the live
heap through the gc module (get_objects, get_referents, get_referrers).

Differences by design: there is no graphviz; a .png image is drawn by
Ouro's built-in renderer (the native module _objgraph), other image
formats fail as an unknown graphviz format would, and no xdot viewer is
ever spawned.
"""

import gc
import os
import sys
from collections import defaultdict

import _objgraph

__author__ = "Marius Gedminas (marius@gedmin.as)"
__copyright__ = "Copyright (c) 2008-2023 Marius Gedminas and contributors"
__license__ = "MIT"
__version__ = '3.7.0'

IS_INTERACTIVE = False


def _probe_function():
    pass


class _Probe:
    def method(self):
        pass


_ModuleType = type(sys)
_FunctionType = type(_probe_function)
_BuiltinType = type(len)
_MethodType = type(_Probe().method)
_NAME_TYPES = (type, _ModuleType, _BuiltinType)
_SIZED_TYPES = (tuple, list, dict, set)
# The attributes a function's referents can be found under (what
# CPython's dir() lists for a function, in dir()'s sorted order).
_FUNCTION_ATTRS = ('__annotations__', '__builtins__', '__closure__', '__code__',
                   '__defaults__', '__dict__', '__doc__', '__globals__',
                   '__kwdefaults__', '__module__', '__name__', '__qualname__')
_MISSING = object()
del _probe_function, _Probe


def _isinstance(obj, classinfo):
    """isinstance() by the object's real type (not its __class__)."""
    return issubclass(type(obj), classinfo)


# ---------------------------------------------------------------------------
# Counting objects by type

def _all_objects(objects):
    return gc.get_objects() if objects is None else objects


def _typename_func(shortnames):
    return _short_typename if shortnames else _long_typename


def count(typename, objects=None):
    """How many objects tracked by the collector have this type name
    (short like 'dict', or qualified like 'mymodule.MyClass')."""
    objects = _all_objects(objects)
    name_of = _long_typename if '.' in typename else _short_typename
    n = 0
    for o in objects:
        if name_of(o) == typename:
            n += 1
    del objects
    return n


def typestats(objects=None, shortnames=True, filter=None):
    """A dict from type name to the number of tracked objects of it."""
    objects = _all_objects(objects)
    name_of = _typename_func(shortnames)
    stats = {}
    for o in objects:
        if filter and not filter(o):
            continue
        name = name_of(o)
        stats[name] = stats.get(name, 0) + 1
    del objects
    return stats


def _by_count(pair):
    return pair[1]


def most_common_types(limit=10, objects=None, shortnames=True, filter=None):
    """[(type name, count)], most numerous first, at most `limit` of them."""
    stats = typestats(objects, shortnames=shortnames, filter=filter)
    ranked = sorted(stats.items(), key=_by_count, reverse=True)
    return ranked[:limit] if limit else ranked


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None,
                           filter=None):
    """Print the table of the most common types."""
    out = sys.stdout if file is None else file
    rows = most_common_types(limit, objects, shortnames=shortnames, filter=filter)
    width = max(len(name) for name, _ in rows)
    for name, n in rows:
        out.write('%-*s %i\n' % (width, name, n))


def growth(limit=10, peak_stats={}, shortnames=True, filter=None):
    """[(type name, count, increase)] since the last call (peak counts are
    remembered in peak_stats), largest increase first."""
    gc.collect()
    stats = typestats(shortnames=shortnames, filter=filter)
    increases = {}
    for name, n in stats.items():
        before = peak_stats.get(name, 0)
        if n > before:
            increases[name] = n - before
            peak_stats[name] = n
    ranked = sorted(increases.items(), key=_by_count, reverse=True)
    if limit:
        ranked = ranked[:limit]
    return [(name, stats[name], delta) for name, delta in ranked]


def show_growth(limit=10, peak_stats=None, shortnames=True, file=None,
                filter=None):
    """Print the increase in peak object counts since the last call."""
    if peak_stats is None:
        rows = growth(limit, shortnames=shortnames, filter=filter)
    else:
        rows = growth(limit, peak_stats, shortnames, filter)
    if not rows:
        return
    out = sys.stdout if file is None else file
    width = max(len(name) for name, _, _ in rows)
    for name, n, delta in rows:
        out.write('%-*s%9d %+9d\n' % (width, name, n, delta))


def get_new_ids(skip_update=False, limit=10, sortby='deltas', shortnames=None,
                file=None, _state={}):
    """The ids of the objects allocated since the last call, by type name
    ({name: set of ids}), after printing a table of old, current and new
    counts sorted by `sortby` ('old', 'current', 'new' or 'deltas')."""
    if not _state:
        _state.update(old=defaultdict(set), current=defaultdict(set),
                      new=defaultdict(set), shortnames=True)
    new_ids = _state['new']
    if skip_update:
        return new_ids
    if shortnames is None:
        shortnames = _state['shortnames']
    _state['shortnames'] = shortnames
    old_ids, current_ids = _state['old'], _state['current']
    gc.collect()
    objects = gc.get_objects()
    for ids in old_ids.values():
        ids.clear()
    for name, ids in current_ids.items():
        old_ids[name].update(ids)
    for ids in current_ids.values():
        ids.clear()
    name_of = _typename_func(shortnames)
    o = None
    for o in objects:
        current_ids[name_of(o)].add(id(o))
    del objects, o
    for ids in new_ids.values():
        ids.clear()
    rows = _new_id_rows(old_ids, current_ids, new_ids)
    column = {'old': 1, 'current': 2, 'new': 3, 'deltas': 4}[sortby]
    rows.sort(key=lambda row: (row[column], row[0]), reverse=True)
    if limit is not None:
        rows = rows[:limit]
    if rows:
        _print_new_id_table(rows, sys.stdout if file is None else file)
    return new_ids


def _new_id_rows(old_ids, current_ids, new_ids):
    """[(name, old, current, new, delta)]; names with no objects left are
    forgotten."""
    rows = []
    for name in list(current_ids):
        n_old, n_current = len(old_ids[name]), len(current_ids[name])
        if not n_old and not n_current:
            del old_ids[name], current_ids[name]
            new_ids.pop(name, None)
            continue
        fresh = current_ids[name] - old_ids[name]
        new_ids[name].update(fresh)
        rows.append((name, n_old, n_current, len(fresh), n_current - n_old))
    return rows


def _print_new_id_table(rows, file):
    width = max(len(row[0]) for row in rows)
    rule = '=' * (width + 13 * 4)
    print(rule, file=file)
    print('%-*s%13s%13s%13s%13s' % (width, 'Type', 'Old_ids', 'Current_ids',
                                    'New_ids', 'Count_Deltas'), file=file)
    print(rule, file=file)
    for name, n_old, n_current, n_new, delta in rows:
        print('%-*s%13d%13d%+13d%+13d' % (width, name, n_old, n_current,
                                          n_new, delta), file=file)
    print(rule, file=file)


def get_leaking_objects(objects=None):
    """Tracked objects that no tracked object refers to."""
    gc.collect()
    everything = gc.get_objects()
    if objects is None:
        objects = everything
    candidates = set()
    for o in objects:
        candidates.add(id(o))
    for o in everything:
        if o is not objects:
            for r in gc.get_referents(o):
                candidates.discard(id(r))
    result = [o for o in objects if id(o) in candidates]
    del objects, everything
    return result


def by_type(typename, objects=None):
    """The tracked objects whose type has this (short or qualified) name."""
    objects = _all_objects(objects)
    name_of = _long_typename if '.' in typename else _short_typename
    result = [o for o in objects if name_of(o) == typename]
    del objects
    return result


def at(addr):
    """The tracked object whose id() is addr, or None."""
    for o in gc.get_objects():
        if id(o) == addr:
            return o
    return None


def at_addrs(address_set):
    """The tracked objects whose id() is in address_set."""
    return [o for o in gc.get_objects() if id(o) in address_set]


def is_proper_module(obj):
    """Is obj a module that sys.modules holds under its own name?"""
    return (_isinstance(obj, _ModuleType)
            and obj is sys.modules.get(getattr(obj, '__name__', None)))


# ---------------------------------------------------------------------------
# Reference chains

def find_ref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain [obj, ..., x] of references with predicate(x)."""
    chain = _find_chain(obj, predicate, gc.get_referents, max_depth, extra_ignore)
    chain.reverse()
    return chain


def find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain [x, ..., obj] of referrers with predicate(x)."""
    return _find_chain(obj, predicate, gc.get_referrers, max_depth, extra_ignore)


def _find_chain(obj, predicate, edge_func, max_depth, extra_ignore):
    queue = [obj]
    depth = {id(obj): 0}
    parent = {id(obj): None}
    ignore = set(extra_ignore)
    for own in (extra_ignore, queue, depth, parent, ignore):
        ignore.add(id(own))
    gc.collect()
    while queue:
        target = queue.pop(0)
        if predicate(target):
            chain = [target]
            while parent[id(target)] is not None:
                target = parent[id(target)]
                chain.append(target)
            return chain
        level = depth[id(target)]
        if level < max_depth:
            found = edge_func(target)
            ignore.add(id(found))
            for source in found:
                if id(source) not in ignore and id(source) not in depth:
                    depth[id(source)] = level + 1
                    parent[id(source)] = target
                    queue.append(source)
            del found
    return [obj]


# ---------------------------------------------------------------------------
# Graphs

def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
                  highlight=None, filename=None, extra_info=None,
                  refcounts=False, shortnames=True, output=None,
                  extra_node_attrs=None):
    """Draw the graph of what refers to objs (directly and indirectly).

    Stops at proper modules; see show_refs for the arguments."""
    return _show_graph(objs, gc.get_referrers, False, max_depth, extra_ignore,
                       filter, too_many, highlight, filename, extra_info,
                       refcounts, shortnames, output, is_proper_module,
                       extra_node_attrs)


def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
              highlight=None, filename=None, extra_info=None,
              refcounts=False, shortnames=True, output=None,
              extra_node_attrs=None):
    """Draw the graph of what objs refer to (directly and indirectly).

    objs is an object or a list/tuple of them. The graph is written in
    graphviz's dot language to `output` (a file-like object), or to
    `filename` if it ends in .dot, or else to a temporary .dot file that
    is then drawn as the image `filename` (a .png). max_depth and
    too_many bound its depth and breadth; filter (a predicate) and
    extra_ignore (ids) leave objects out; highlight (a predicate) colours
    nodes; extra_info(obj) adds a label line; refcounts shows reference
    counts; shortnames=False shows qualified type names."""
    return _show_graph(objs, gc.get_referents, True, max_depth, extra_ignore,
                       filter, too_many, highlight, filename, extra_info,
                       refcounts, shortnames, output, None, extra_node_attrs)


def show_chain(*chains, **kw):
    """Draw one or more chains found by find_ref_chain/find_backref_chain
    (backrefs=False draws them forwards)."""
    backrefs = kw.pop('backrefs', True)
    chains = [c for c in chains if c]
    members = set()
    for c in chains:
        for o in c:
            members.add(id(o))

    def in_chains(x):
        return id(x) in members
    max_depth = max(len(c) for c in chains) - 1
    if backrefs:
        show_backrefs([c[-1] for c in chains], max_depth=max_depth,
                      filter=in_chains, **kw)
    else:
        show_refs([c[0] for c in chains], max_depth=max_depth,
                  filter=in_chains, **kw)


def _open_graph_file(filename, output):
    """(file to write the dot text to, its name or None)."""
    if filename and output:
        raise ValueError('Cannot specify both output and filename.')
    if output:
        return output, None
    if filename and filename.endswith('.dot'):
        return open(filename, 'w', encoding='utf-8'), filename
    global _tempdir
    dot_filename = _objgraph.mkstemp('objgraph-', '.dot', _tempdirs())
    _tempdir = os.path.dirname(dot_filename)
    return open(dot_filename, 'w', encoding='utf-8'), dot_filename


_tempdir = None


def _tempdirs():
    """Where tempfile.mkstemp would put the file: the directory chosen the
    first time, else $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp, /usr/tmp and
    the current directory, the first usable one."""
    if _tempdir is not None:
        return [_tempdir]
    dirs = []
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = os.environ.get(name)
        if value:
            dirs.append(value)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(os.getcwd())
    except OSError:
        dirs.append(os.curdir)
    return [os.path.abspath(d) for d in dirs]


def _show_graph(objs, edge_func, forwards, max_depth, extra_ignore, filter,
                too_many, highlight, filename, extra_info, refcounts,
                shortnames, output, cull_func, extra_node_attrs):
    if not _isinstance(objs, (list, tuple)):
        objs = [objs]
    f, dot_filename = _open_graph_file(filename, output)
    f.write('digraph ObjectGraph {\n'
            '  node[shape=box, style=filled, fillcolor=white];\n')
    queue = []
    depth = {}
    ignore = set(extra_ignore)
    for own in (objs, extra_ignore, queue, depth, ignore):
        ignore.add(id(own))
    for obj in objs:
        f.write('  %s[fontcolor=red];\n' % _obj_node_id(obj))
        depth[id(obj)] = 0
        queue.append(obj)
        del obj
    gc.collect()
    nodes = 0
    # The ends of the last edge written stay referenced from here until
    # the next one, as in objgraph (refcounts=True labels subtract 4).
    srcnode = tgtnode = None
    while queue:
        nodes += 1
        target = queue.pop(0)
        level = depth[id(target)]
        label = _obj_label(target, extra_info, refcounts, shortnames)
        _write_node(f, target, label, level, max_depth, highlight,
                    extra_node_attrs)
        if level >= max_depth or (cull_func is not None and cull_func(target)):
            continue
        neighbours = edge_func(target)
        ignore.add(id(neighbours))
        skipped, last_edge = _write_edges(
            f, target, neighbours, level, depth, queue, ignore, filter,
            too_many, forwards, shortnames)
        if last_edge:
            srcnode, tgtnode = last_edge
        del neighbours, last_edge
        if skipped:
            _write_too_many(f, target, skipped, level, max_depth, forwards)
    f.write('}\n')
    if output:
        return
    f.close()
    print('Graph written to %s (%d nodes)' % (dot_filename, nodes))
    _present_graph(dot_filename, filename)


def _write_node(f, target, label, level, max_depth, highlight,
                extra_node_attrs):
    node = _obj_node_id(target)
    f.write('  %s[label="%s"%s];\n' % (
        node, label, _obj_attrs(target, extra_node_attrs)))
    h, s, v = _gradient((0, 0, 1), (0, 0, .3), level, max_depth)
    if _isinstance(target, _ModuleType):
        h, s = .3, 1
    if highlight and highlight(target):
        h, s, v = .6, .6, 0.5 + v * 0.5
    f.write('  %s[fillcolor="%g,%g,%g"];\n' % (node, h, s, v))
    if v < 0.5:
        f.write('  %s[fontcolor=white];\n' % node)
    if hasattr(getattr(target, '__class__', None), '__del__'):
        f.write('  %s->%s_has_a_del[color=red,style=dotted,len=0.25,weight=10];\n'
                % (node, node))
        f.write('  %s_has_a_del[label="__del__",shape=doublecircle,height=0.25,'
                'color=red,fillcolor="0,.5,1",fontsize=6];\n' % node)


def _write_edges(f, target, neighbours, level, depth, queue, ignore, filter,
                 too_many, forwards, shortnames):
    """Write the edges between target and its neighbours, queue the new
    ones; (the number of neighbours left out for too_many, the ends of the
    last edge written or None)."""
    n = 0
    skipped = 0
    last_edge = None
    for other in neighbours:
        if id(other) in ignore:
            continue
        if filter and not filter(other):
            continue
        if n >= too_many:
            skipped += 1
            continue
        src, dst = (target, other) if forwards else (other, target)
        f.write('  %s -> %s%s;\n' % (_obj_node_id(src), _obj_node_id(dst),
                                     _edge_label(src, dst, shortnames)))
        if id(other) not in depth:
            depth[id(other)] = level + 1
            queue.append(other)
        n += 1
        last_edge = (src, dst)
        del src, dst
    return skipped, last_edge


def _write_too_many(f, target, skipped, level, max_depth, forwards):
    node = _obj_node_id(target)
    h, s, v = _gradient((0, 1, 1), (0, 1, .3), level + 1, max_depth)
    if forwards:
        label = '%d more references' % skipped
        edge = '%s->too_many_%s' % (node, node)
    else:
        label = '%d more backreferences' % skipped
        edge = 'too_many_%s->%s' % (node, node)
    f.write('  %s[color=red,style=dotted,len=0.25,weight=10];\n' % edge)
    f.write('  too_many_%s[label="%s",shape=box,height=0.25,color=red,'
            'fillcolor="%g,%g,%g",fontsize=6];\n' % (node, label, h, s, v))
    f.write('  too_many_%s[fontcolor=white];\n' % node)


def _present_graph(dot_filename, filename=None):
    """Turn the .dot file into the image the user asked for."""
    if filename == dot_filename:
        return
    if not filename:
        print('Graph viewer (xdot) not found, generating a png instead')
        filename = dot_filename[:-4] + '.png'
    ext = os.path.splitext(filename)[1]
    command = ['dot', '-T' + ext[1:], '-o' + filename, dot_filename]
    problem = _objgraph.render(dot_filename, filename, ext[1:])
    if problem is None:
        print('Image generated as %s' % filename)
    else:
        sys.stderr.write(problem)
        print('dot failed (exit code 1) while executing "%s"' % ' '.join(command))


# ---------------------------------------------------------------------------
# Labels

def _obj_node_id(obj):
    return ('o%d' % id(obj)).replace('-', '_')


def _obj_attrs(obj, extra_node_attrs):
    if extra_node_attrs is None:
        return ''
    attrs = extra_node_attrs(obj)
    return ', ' + ', '.join('%s="%s"' % (name, _quote(value))
                            for name, value in sorted(attrs.items())
                            if value is not None)


def _obj_label(obj, extra_info=None, refcounts=False, shortnames=True):
    lines = [_typename_func(shortnames)(obj)]
    if refcounts:
        # objgraph's -4: this frame's obj, _show_graph's target,
        # getrefcount's own argument, and one more (for the last edge's ends
        # that _show_graph keeps, where this object is one).
        lines[0] += ' [%d]' % (sys.getrefcount(obj) - 4)
    lines.append(_safe_repr(obj))
    if extra_info:
        lines.append(str(extra_info(obj)))
    return _quote('\n'.join(lines))


def _quote(s):
    return (s.replace('\\', '\\\\').replace('"', '\\"')
            .replace('\n', '\\n').replace('\0', '\\\\0'))


def _short_typename(obj):
    return type(obj).__name__


def _long_typename(obj):
    t = type(obj)
    module = getattr(t, '__module__', None)
    return '%s.%s' % (module, t.__name__) if module else t.__name__


def _safe_repr(obj):
    try:
        return _short_repr(obj)
    except Exception:
        return '(unrepresentable)'


def _name_or_repr(value):
    try:
        name = value.__name__
    except AttributeError:
        name = None
    return name if _isinstance(name, str) else repr(value)[:40]


def _short_repr(obj):
    if _isinstance(obj, _NAME_TYPES):
        return _name_or_repr(obj)
    if _isinstance(obj, _MethodType):
        name = _name_or_repr(obj.__func__)
        return name + ' (bound)' if obj.__self__ else name
    if _isinstance(obj, _FunctionType) and obj.__name__ == '<lambda>':
        code = obj.__code__
        return 'lambda: %s:%s' % (os.path.basename(code.co_filename),
                                  code.co_firstlineno)
    if _isinstance(obj, _SIZED_TYPES):
        return '%d items' % len(obj)
    return repr(obj)[:40]


def _gradient(start_color, end_color, depth, max_depth):
    if max_depth == 0:
        return start_color
    f = float(depth) / max_depth
    return tuple(a * (1 - f) + b * f for a, b in zip(start_color, end_color))


def _edge_label(source, target, shortnames=True):
    # A class's __dict__ is a fresh read-only proxy in CPython, never the
    # dict the class refers to, so that edge is not labelled.
    if (_isinstance(target, dict) and not _isinstance(source, type)
            and target is getattr(source, '__dict__', None)):
        return ' [label="__dict__",weight=10]'
    if _isinstance(source, _MethodType):
        if target is source.__self__:
            return ' [label="__self__",weight=10]'
        if target is source.__func__:
            return ' [label="__func__",weight=10]'
    if _isinstance(source, _FunctionType):
        for k in _function_attr_names(source):
            if target is getattr(source, k, _MISSING):
                return ' [label="%s",weight=10]' % _quote(k)
    if _isinstance(source, dict):
        return _dict_edge_label(source, target, shortnames)
    return ''


def _function_attr_names(func):
    names = set(dir(func))
    names.update(_FUNCTION_ATTRS)
    return sorted(names)


def _dict_edge_label(source, target, shortnames):
    for k, v in source.items():
        if v is target:
            if _isinstance(k, str) and _is_identifier(k):
                return ' [label="%s",weight=2]' % _quote(k)
            name = _typename_func(shortnames)(k)
            return ' [label="%s"]' % _quote(name + '\n' + _safe_repr(k))
    return ''


_IDENT_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'
_IDENT_REST = _IDENT_START + '0123456789'


def _is_identifier(s):
    """An ASCII identifier, optionally followed by one newline (the rule
    of the regular expression [a-zA-Z_][a-zA-Z_0-9]*$)."""
    if s.endswith('\n'):
        s = s[:-1]
    if not s or s[0] not in _IDENT_START:
        return False
    for c in s:
        if c not in _IDENT_REST:
            return False
    return True


def _program_in_path(program):
    for d in os.environ.get('PATH', os.defpath).split(os.pathsep):
        path = os.path.join(d, program)
        if os.path.isfile(path) or os.path.isfile(path + '.exe'):
            return True
    return False
