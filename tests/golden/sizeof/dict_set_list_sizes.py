import sys
def sizes(label, f):
    print(label, [sys.getsizeof(f(n)) for n in (0, 1, 3, 5, 6, 10, 11, 20, 21, 42, 43, 86)])
sizes("insert int", lambda n: {i: i for i in range(n)})
sizes("insert str", lambda n: {str(i): i for i in range(n)})
sizes("copy", lambda n: {i: i for i in range(n)}.copy())
sizes("dict(d)", lambda n: dict({i: i for i in range(n)}))
sizes("{**d}", lambda n: {**{i: i for i in range(n)}})
def holes(n):
    d = {i: i for i in range(n + 1)}; del d[0]; return d
sizes("dict(holed)", lambda n: dict(holes(n)))
sizes("holed.copy()", lambda n: holes(n).copy())
d = {i: i for i in range(20)}
for i in range(15): del d[i]
print(sys.getsizeof(d), sys.getsizeof(d.copy()))
d.clear(); print(sys.getsizeof(d))
print(sys.getsizeof(dict(a=1, b=2, c=3)), sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof({'a': 1, 1: 2}))
e = {'a': 1}; e[1] = 1; print(sys.getsizeof(e))
f = {}; f.update({i: i for i in range(30)}); print(sys.getsizeof(f))
print(sys.getsizeof(set(range(5))), sys.getsizeof({1,2,3,4,5}), sys.getsizeof(frozenset(range(19))), sys.getsizeof(set(range(100)).copy()))
l = list(range(20))
print([sys.getsizeof(l) for _ in range(20) if l.pop() is not None or True][:5], sys.getsizeof([0]*1000), sys.getsizeof([1,2]+[3]), sys.getsizeof(l[:]))
