# objgraph's counting functions, on objects this script controls (the
# totals of builtin types are the interpreter's own).
import objgraph


class Unique:
    pass


class Other:
    pass


keep = [Unique() for _ in range(7)] + [Other(), Other()]
print(objgraph.count('Unique'), objgraph.count('__main__.Unique'), objgraph.count('Nope'))
print(len(objgraph.by_type('Unique')), len(objgraph.by_type('__main__.Other')))
print(objgraph.at(id(keep)) is keep, objgraph.at(-1))
print(len(objgraph.at_addrs({id(keep[0]), id(keep[1])})))
stats = objgraph.typestats()
print(stats['Unique'], stats['Other'])
print(objgraph.typestats(keep))
print(objgraph.typestats(keep, shortnames=False))
print(objgraph.most_common_types(objects=keep))
print(objgraph.most_common_types(limit=1, objects=keep))
objgraph.show_most_common_types(objects=keep + [[], []])
print(objgraph.typestats(keep, filter=lambda o: isinstance(o, Other)))

only_unique = lambda o: isinstance(o, Unique)
peak = {}
print(objgraph.growth(peak_stats=peak, filter=only_unique))
keep.extend(Unique() for _ in range(5))
objgraph.show_growth(peak_stats=peak, filter=only_unique)
objgraph.show_growth(peak_stats=peak, filter=only_unique)
print(peak)
print(objgraph.is_proper_module(objgraph), objgraph.is_proper_module(keep))
chain = objgraph.find_backref_chain(keep[0], lambda o: o is keep)
print([type(o).__name__ for o in chain])
chain = objgraph.find_ref_chain(keep, lambda o: isinstance(o, Other))
print([type(o).__name__ for o in chain])
print(objgraph.get_leaking_objects([keep]) == [])


class Collect:
    def __init__(self):
        self.text = ''

    def write(self, text):
        self.text += text


objgraph.get_new_ids(file=Collect())
objgraph.get_new_ids(file=Collect())
fresh = [Unique() for _ in range(3)]
table = Collect()
new_ids = objgraph.get_new_ids(limit=None, file=table)
lines = table.text.splitlines()
print(lines[1].split())
print([line.split() for line in lines if line.startswith('Unique ')])
print(new_ids['Unique'] == {id(u) for u in fresh})
print(objgraph.get_new_ids(skip_update=True) is new_ids)
objgraph.get_new_ids(file=Collect(), sortby='new', shortnames=False)
print(len(objgraph.get_new_ids(file=Collect(), limit=2)['__main__.Unique']))
