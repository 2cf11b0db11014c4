# objgraph.show_backrefs with output=: the dot text, node ids renamed in
# order of appearance. The referrers come in gc.get_referrers order, which
# follows the collector's generation lists (see NAME.nostress).
import objgraph


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def renamed(text):
    names = {}
    out = []
    i = 0
    while i < len(text):
        starts_id = text[i] == 'o' and text[i + 1:i + 2].isdigit() and (i == 0 or not text[i - 1].isalnum())
        if not starts_id:
            out.append(text[i])
            i += 1
            continue
        j = i + 1
        while j < len(text) and text[j].isdigit():
            j += 1
        names.setdefault(text[i:j], 'n%d' % len(names))
        out.append(names[text[i:j]])
        i = j
    return ''.join(out)


def show(title, func, *args, **kwargs):
    sink = Collect()
    result = func(*args, output=sink, **kwargs)
    print('==', title, result)
    print(renamed(''.join(sink.parts)), end='')


target = ['t']
holders = [[target], {'key': target}, (target,)]
module_dict = globals()
show('backrefs', objgraph.show_backrefs, [target], max_depth=2,
     filter=lambda o: o is not module_dict)
show('backrefs, too many', objgraph.show_backrefs, target, too_many=1, max_depth=1,
     filter=lambda o: o is not module_dict)

class Holder:
    def __repr__(self):
        return '<Holder>'


deep = ['deep']
h1 = [deep]
h2 = {'k': h1, 'j': [h1, deep]}
h3 = (h2, h1)
hh = Holder()
hh.attr = h2
show('deep backrefs (labelling the Holder edge reads hh.__dict__)', objgraph.show_backrefs,
     [deep], max_depth=5, filter=lambda o: o is not module_dict)
show('refs of an instance with a __dict__', objgraph.show_refs, [hh], max_depth=3,
     filter=lambda o: not isinstance(o, type))
