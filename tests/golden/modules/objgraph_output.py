# objgraph.show_refs / show_backrefs with output= (any object with a
# write method): the dot text, with node ids (objgraph uses id()) renamed
# in order of appearance so that the structure can be compared.
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


x = []
y = [x, [x], dict(x=x)]
show('lesson 19', objgraph.show_refs, [y])
show('max_depth=1', objgraph.show_refs, [y], max_depth=1)
show('one object, not a list', objgraph.show_refs, y, max_depth=0)
show('too many', objgraph.show_refs, [list(range(300, 320))], too_many=3)
show('dict keys', objgraph.show_refs, {'a': (1, [2.5]), 5: 'five', (1, 2): None, 'not ident': [], 'x\n': 0})
loop = []
loop.append(loop)
show('a list that holds itself', objgraph.show_refs, [loop])
show('refcounts', objgraph.show_refs, [y], refcounts=True)
show('extra_info, highlight, filter', objgraph.show_refs, [y],
     extra_info=lambda o: 'len %d' % len(o),
     highlight=lambda o: isinstance(o, list) and len(o) == 1,
     filter=lambda o: not isinstance(o, dict))
show('extra_node_attrs', objgraph.show_refs, [x], extra_node_attrs=lambda o: {'URL': 'a"b', 'skip': None})
try:
    objgraph.show_refs([x], output=Collect(), filename='both.dot')
except ValueError as e:
    print('ValueError:', e)
