# iter(callable, sentinel) stops at the sentinel or StopIteration
items = [3, 2, 1, 0, 9]
it = iter(items.pop, 0)
print(list(it), items)
def gen_fn():
    raise StopIteration
print(list(iter(gen_fn, 1)))
data = iter(["a", "b", ""])
for line in iter(lambda: next(data), ""):
    print("line", line)
