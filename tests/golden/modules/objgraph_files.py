# objgraph writes a .dot file named by filename=, or a temporary one
# (/tmp/objgraph-XXXXXXXX.dot, masked), and turns it into an image.
import os
import objgraph

# Temporary .dot files go to the current directory (tempfile's rule).
os.environ['TMPDIR'] = os.getcwd()

x = []
y = [x, [x], dict(x=x)]
objgraph.show_refs([y], filename='graph.dot')
with open('graph.dot', encoding='utf-8') as f:
    lines = f.read().splitlines()
print(lines[0], '...', lines[-1])
print(len([l for l in lines if '->' in l]), 'edges')
print(sorted(l.split('label=')[1] for l in lines if 'label=' in l and '->' not in l))
print(sorted(l.split('label=')[1] for l in lines if 'label=' in l and '->' in l))

objgraph.show_backrefs([x], filename='back.dot', max_depth=1,
                       filter=lambda o: o is not globals())
with open('back.dot', encoding='utf-8') as f:
    back = f.read()
print(back.count('->'), 'edges,', back.count('[label='), 'labels')
print(os.path.exists('graph.png'))

# Neither filename nor output: a temporary .dot file, and a PNG beside it.
objgraph.show_refs([y], max_depth=1)
pngs = [n for n in os.listdir('.') if n.startswith('objgraph-') and n.endswith('.png')]
print(len(pngs), 'png')
