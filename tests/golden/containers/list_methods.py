# list methods with CPython's errors
import sys
a = [3, 1, 2, 1]
print(a.index(1), a.index(1, 2), a.index(2, -2), a.count(1), a.count(9))
a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7); a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
b = a.copy(); b.reverse(); print(b, a)
words = ["pear", "Fig", "apple", "fig"]
words.sort(); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
print(list(reversed([1, 2, 3])))
a.clear(); print(a, sys.getsizeof(a) == sys.getsizeof([]))
for label, f in [
    ('[].index(1)', lambda: [].index(1)),
    ('[1].index(1, "a")', lambda: [1].index(1, "a")),
    ('[1, 2].index(2, 0, 1)', lambda: [1, 2].index(2, 0, 1)),
    ('[].insert("a", 1)', lambda: [].insert("a", 1)),
    ('[].insert(1)', lambda: [].insert(1)),
    ('[].pop()', lambda: [].pop()),
    ('[1].pop(5)', lambda: [1].pop(5)),
    ('[1].pop("a")', lambda: [1].pop("a")),
    ('[].sort(1)', lambda: [].sort(1)),
    ('[].sort(foo=1)', lambda: [].sort(foo=1)),
    ('[].count()', lambda: [].count()),
    ('[].remove(1)', lambda: [].remove(1)),
    ('[].append()', lambda: [].append()),
    ('[3, "a"].sort()', lambda: [3, "a"].sort()),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
