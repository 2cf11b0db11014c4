# re.error messages and positions for malformed patterns.
import re

bad = [
    '*', '+a', '?', '{1}', 'a**', 'a*+*', 'a{2}{3}', 'a??+', '(a', '((a)', 'a)', 'a))', '(?:a',
    r'\q', r'\p', r'a\\', '\\', '[a', '[a-', '[', '[]', '[^]', '[b-a]', r'[\d-z]', r'[a-\d]',
    r'[\x41-\x30]', r'\x4', r'\x', r'\u12', r'\U0011ffff', r'\400', r'\8', r'[\8]', r'\1',
    r'(a)\2', r'(a\1)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P<>x)', '(?P<a',
    '(?P', '(?Px)', '(?', '(?z)', '(?<', '(?<x)', '(?#abc', 'a(?i)b', '((?i)a)', '(?i',
    '(?-', '(?i-', '(?-i', '(?i-i:a)', '(?a-u:x)', '(?au:x)', '(?L)a', '(?t:a)', '(?-t:a)',
    '(?(1)a|b)', '(?(1)a|b|c)', '(a)(?(2)x)', '(?(0)a)', '(?(x)a)', '(?(1a)a)', 'x{2,1}',
    '(?<=a*)', '(?<=a|bc)', '(?<!a+)b', '(?<=(a)\\1*)', r'(?<=\1)(a)', r'(a)(?<=\1)b',
    '(?<=(?P<g>a)(?P=g))b', '^*', '$+', r'\b*', r'\A?', '(?=a)*', '(?:)*',
    'a{99999999999}', 'a{4294967295}', 'ab\n(c', 'x\n\n[y', '(?x)\n  a )',
    r'\N', r'[\N{X}]', r'\N{', '(?P<a>)(?P=a', 'a|*',
]
for p in bad:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(a', b'\\q', b'(?u)a', b'[b-a]']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.pos, repr(e.pattern))

e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception))
for args in [('a', 1), (1, 'a'), ('a', b'a'), (b'a', 'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
