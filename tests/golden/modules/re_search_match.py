# re.search / match / fullmatch over literals, classes, anchors and quantifiers.
import re

def show(fn, pattern, text, *args):
    try:
        m = fn(pattern, text, *args)
    except Exception as e:
        print(fn.__name__, repr(pattern), repr(text), '->', type(e).__name__, e)
        return
    print(fn.__name__, repr(pattern), repr(text), '->', m and (m.span(), m.group(), m.groups()))

cases = [
    ('abc', 'xxabcxx'), ('a.c', 'a\nc abc'), ('a.c', 'a\nc'), ('[a-c]+', 'xxcabz'),
    ('[^a-c]+', 'abcxyzabc'), (r'[\d_]+', 'ab_12_c'), ('[]a]+', 'a]]b'), ('[a-]+', 'x-a-'),
    (r'[\]]', 'a]'), (r'[^\W\d]+', '12abc3'), (r'\d+', 'abc 123 456'), (r'\D+', '12ab34'),
    (r'\w+', '  hello_world!'), (r'\W+', 'ab, cd'), (r'\s+', 'a \t\n b'), (r'\S+', '   xyz  '),
    (r'\bcat\b', 'concat cat'), (r'\Bcat', 'cat concat'), (r'\Aab', 'ab'), (r'ab\Z', 'ab\n'),
    ('ab$', 'ab\n'), ('ab$', 'ab\nab'), ('^ab', 'xab'), ('', ''), ('x*', ''), (r'\b', ''), (r'\B', ''),
    ('a*', 'aaa'), ('a+', 'baaa'), ('a?', 'aa'), ('a{2}', 'aaaa'), ('a{2,}', 'aaaaa'), ('a{,2}', 'aaaa'),
    ('a{1,3}', 'aaaaa'), ('a{2,3}?', 'aaaa'), ('a*?', 'aaa'), ('a+?', 'aaa'), ('a??', 'a'),
    ('a{', 'a{'), ('a{1', 'a{1'), ('a{}', 'a{}'), ('a{,}', 'aaa'), ('x{0}', 'x'), ('<.*>', '<a><b>'),
    ('<.*?>', '<a><b>'), ('(ab)+', 'ababab'), ('(ab)+?', 'ababab'), ('(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'\x41\u0042\101\0', 'AB' + 'A\0'), (r'\t\n\\', '\t\n\\'), (r'a\.b', 'a.b'), (r'\(\)', '()'),
    ('[.]', 'a.'), ('(?:ab)*c', 'ababc'), ('(?#comment)ab', 'ab'), ('a(?#x)*', 'aaa'),
    ('a|b|c', 'xyzc'), ('|a', 'a'), ('a|', 'b'), ('(a|b)*?c', 'ababc'), ('a.*b', 'a\nb'),
    ('[\\s\\S]+', 'a\nb'), ('.+', '\n\n'), (r'(\d{3})-(\d{4})', 'call 555-1234 now'),
]
for p, s in cases:
    show(re.search, p, s)
for p, s in cases[:30]:
    show(re.match, p, s)
    show(re.fullmatch, p, s)

print(re.fullmatch('a|ab', 'ab').group(), re.fullmatch('a*?', 'aaa').group())
print(re.fullmatch(r'\d+', '123abc'), re.match(r'\d+', '123abc').group())
p = re.compile(r'\w+')
print(p.search('  ab cd', 3), p.search('  ab cd', 3, 4), p.match('ab cd', 3), p.match('ab cd', 2))
print(p.search('abc', -10, 100), p.search('abc', 5), p.fullmatch('ab cd', 3, 5))
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'\b').search('ab', 1, 1))
print(re.compile('').match('abc', 2, 1), re.compile('$').match('abc', 2, 1))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'\bb').search('ab', 1))
