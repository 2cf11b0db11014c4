# Groups: numbering, names, backreferences, lastindex and Match methods.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?', 'Jane Doe')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('rest'), m.start(3))
print(m.lastindex, m.lastgroup, m[0], m[1], m['first'], m.regs)
print(m.string, m.re, m.pos, m.endpos, bool(m), repr(m))
print(m.re.groups, m.re.groupindex, re.compile('x').groupindex)
for bad in (4, -1, 'nope', 1.0, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m['zz']
except IndexError as e:
    print('IndexError', e)

def groups(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), '->', m and (m.group(), m.groups(), m.lastindex, m.lastgroup))

groups(r'(a)|(b)', 'b')
groups(r'(a|b)*c', 'abac')
groups(r'((a)|b)+', 'ab')
groups(r'(a*)*', 'b')
groups(r'(a*)+', 'b')
groups(r'(a|)*', 'aa')
groups(r'(?:(a)|b)*', 'ab')
groups(r'((a)b)', 'ab')
groups(r'(a)(b)?', 'a')
groups(r'(a)(?:b)', 'ab')
groups(r'(?P<x>a)(?P<y>b)?', 'ac')
groups(r'(\w+)\s+\1', 'hello hello world')
groups(r'(?P<w>\w)(?P=w)', 'abccd')
groups(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk')
groups(r'(a)\1{2}', 'aaaa')
groups(r'(a)?\1', 'b')
groups(r'(a)?b(?(1)c|d)', 'abc')
groups(r'(a)?b(?(1)c|d)', 'bd')
groups(r'(?P<q>")?\w+(?(q)")', '"quoted" plain')
groups(r'(a)(?(1)b)', 'ab')
groups(r'(x)?(?(1)y)', 'z')
groups(r'(?i)(ab)\1', 'abAB')
groups(r'(ab|a)(bc|c)', 'abc')
groups(r'((\d+)-)+', '1-22-333-')
groups(r'(\d)(?:,(\d))*', '1,2,3')
groups(r'(a)|b|(c)', 'c')
groups(r'(?:x(y)?)+', 'xyx')
groups(r'(a(?=b))', 'ab')
groups(r'((((((((((a))))))))))', 'a')

m = re.match(r'(\d+)\.(\d+)', '3.14')
print(m.expand(r'\2.\1'), m.expand(r'\g<2>\g<0>'), m.expand(r'[\g<1>]\n'))
m = re.match(r'(?P<n>a)(b)?', 'a')
print(repr(m.expand(r'<\2>\g<n>')))
print(repr(re.match('a' * 60, 'a' * 70)))
print(repr(re.search('b+', 'a' + 'b' * 100)))
print(repr(re.match(r"'", "'")), repr(re.match('\n', '\n')))
