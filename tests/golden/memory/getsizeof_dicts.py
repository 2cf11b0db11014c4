# sys.getsizeof of dicts while inserting int keys and str keys.
import sys
print(sys.getsizeof({}), sys.getsizeof(dict()))
d = {}
last = sys.getsizeof(d)
for i in range(100):
    d[i] = i
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        print("int keys", len(d), last)
s = {}
last = sys.getsizeof(s)
for i in range(100):
    s["k" + str(i)] = i
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        print("str keys", len(s), last)
print(sys.getsizeof({i: i for i in range(1000)}))
print(sys.getsizeof(dict(a=1, b=2, c=3)))
d.clear()
print(sys.getsizeof(d))
