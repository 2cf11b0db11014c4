# The image objgraph asks graphviz for is drawn by Ouro itself: a PNG
# with a valid signature and header. Other formats fail as dot would.
import os
import objgraph

# Temporary .dot files go to the current directory (tempfile's rule).
os.environ['TMPDIR'] = os.getcwd()


def png_header(name):
    with open(name, 'rb') as f:
        data = f.read()
    width = int.from_bytes(data[16:20], 'big')
    height = int.from_bytes(data[20:24], 'big')
    return data[:8], data[12:16], width > 0, height > 0, data[-8:-4]


x = []
y = [x, [x], dict(x=x)]
objgraph.show_refs([y], filename='sample-graph.png')
print(png_header('sample-graph.png'))

weird = {'é ünïcödé': ['\u2603' * 100], 'tab\there': '"quoted" \\ back', 0: None}
weird['self'] = weird
objgraph.show_refs([weird], filename='weird.png', too_many=2)
print(png_header('weird.png')[:2])

big = [[i] for i in range(1000)]
objgraph.show_refs([big], filename='big.png', too_many=1000, max_depth=2)
print(png_header('big.png')[:4])

objgraph.show_backrefs([x], filename='back.png', max_depth=2,
                       filter=lambda o: o is not globals())
print(png_header('back.png')[0])

objgraph.show_refs([], filename='empty.png')
print(png_header('empty.png')[:4])

objgraph.show_refs([y], filename='graph.svg')
