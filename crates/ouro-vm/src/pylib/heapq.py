"""Heap queue algorithm (a.k.a. priority queue): min-heaps kept in plain
lists, heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]. The sifting
strategy is CPython's (bubble the hole to a leaf, then sift the item up),
so the resulting list orders are the same."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _sift_toward_root(heap, root, pos):
    # Move heap[pos] up while it is smaller than its parent (stop at root).
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # Walk the hole at pos down along the smaller children to a leaf, then
    # put the original item there and sift it back up.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _sift_toward_root_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (heap must be
    non-empty)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item then pop the smallest, faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return largest


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (stable)."""
    entries = []
    if reverse:
        make_heap, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, sign = heapify, heappop, heapreplace, 1
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                entries.append([next(it), order * sign, it])
            except StopIteration:
                pass
        make_heap(entries)
        while len(entries) > 1:
            try:
                while True:
                    value, order, it = entry = entries[0]
                    yield value
                    entry[0] = next(it)
                    replace(entries, entry)
            except StopIteration:
                pop(entries)
        if entries:
            value, order, it = entries[0]
            yield value
            yield from it
        return
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
            entries.append([key(value), order * sign, value, it])
        except StopIteration:
            pass
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                k, order, value, it = entry = entries[0]
                yield value
                value = next(it)
                entry[0] = key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        k, order, value, it = entries[0]
        yield value
        yield from it


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable, as sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        marker = object()
        if key is None:
            found = min(it, default=marker)
        else:
            found = min(it, default=marker, key=key)
        return [] if found is marker else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if key is None:
        it = iter(iterable)
        # A max-heap of (value, order) for the n best so far; order keeps
        # the result stable.
        best = [(value, i) for i, value in zip(range(n), it)]
        if not best:
            return best
        _heapify_max(best)
        worst = best[0][0]
        order = n
        for value in it:
            if value < worst:
                _heapreplace_max(best, (value, order))
                worst, _ = best[0]
                order += 1
        best.sort()
        return [value for value, order in best]
    it = iter(iterable)
    best = [(key(value), i, value) for i, value in zip(range(n), it)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    order = n
    for value in it:
        k = key(value)
        if k < worst:
            _heapreplace_max(best, (k, order, value))
            worst, _, _ = best[0]
            order += 1
    best.sort()
    return [value for k, order, value in best]


def nlargest(n, iterable, key=None):
    """The n largest elements of iterable, as
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        marker = object()
        if key is None:
            found = max(it, default=marker)
        else:
            found = max(it, default=marker, key=key)
        return [] if found is marker else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if key is None:
        it = iter(iterable)
        best = [(value, i) for i, value in zip(range(0, -n, -1), it)]
        if not best:
            return best
        heapify(best)
        worst = best[0][0]
        order = -n
        for value in it:
            if worst < value:
                heapreplace(best, (value, order))
                worst, _ = best[0]
                order -= 1
        best.sort(reverse=True)
        return [value for value, order in best]
    it = iter(iterable)
    best = [(key(value), i, value) for i, value in zip(range(0, -n, -1), it)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    order = -n
    for value in it:
        k = key(value)
        if worst < k:
            heapreplace(best, (k, order, value))
            worst, _, _ = best[0]
            order -= 1
    best.sort(reverse=True)
    return [value for k, order, value in best]
