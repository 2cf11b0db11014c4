# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped.
import re

def t(p, s, flags=0):
    try:
        print(repr(p), repr(s), flags, '->', re.findall(p, s, flags))
    except Exception as e:
        print(repr(p), type(e).__name__, e)

t('abc', 'ABC abc AbC', re.I)
t('[a-z]+', 'Hello WORLD', re.IGNORECASE)
t('[^a-z]+', 'Hello WORLD', re.I)
t('(?i)hello', 'HeLLo hello')
t('(?i:h)ello', 'Hello HELLO hello')
t('(?-i:h)ello', 'Hello HELLO hello', re.I)
t(r'(\w)\1', 'aA bb Cc', re.I)
t('^\\w+', 'one\ntwo\nthree', re.M)
t('\\w+$', 'one\ntwo\nthree', re.M)
t('(?m)^\\w', 'a\nb')
t('^\\w', 'a\nb')
t('a.b', 'a\nb', re.S)
t('(?s)a.b', 'a\nb')
t('(?s:a.)b', 'a\nb')
t('''
    (\\d+)   # number
    \\s* [a-z]+  # unit
''', '10 km, 5kg', re.X)
t('(?x) a b c # comment', 'abc')
t('(?x)[ ]a', ' a')
t('(?x)a\\ b', 'a b')
t('(?x: a b ) c', 'ab c abc')
t(r'\w+', 'naïve café', re.A)
t(r'(?a)\w+', 'naïve café')
t(r'(?a:\w)\w', 'éé aé')
t(r'\d', '١٢3', re.A)
t(r'\d', '١٢3')
t(r'\s+', 'a\u00a0\u2003b')
t(r'\s+', 'a\u00a0\u2003b', re.ASCII)
t('(?i)ß', 'ẞ ß SS')
t('(?ia)k', 'K k \u212a')
t('(?i)k', 'K k \u212a')
t('(?im)^a', 'A\na')
t('(?i)[^k]', 'K\u212ak')
t('a', 'A', re.I | re.M)

print(re.I, re.M | re.I, re.S | re.X | re.A, re.NOFLAG, ~re.I & 0x1ff, re.I | 1024)
print(repr(re.I), str(re.DOTALL), int(re.I), re.I == 2, re.I + 1, re.U, re.L, re.T, re.DEBUG)
print(isinstance(re.I, int), type(re.I | re.M).__name__, re.I.name, re.I.value, (re.I|re.M).name)
print(re.compile('a', re.I | re.S).flags, re.compile('a').flags, re.compile('(?i)a').flags, re.compile(b'a').flags)
print(re.compile('a', re.I | re.S), re.compile('a'), re.compile('(?x)a'), re.compile(b'x', re.I), re.compile('a', re.A))
print(re.compile('a', re.U | re.M), re.compile(b'a', re.L | re.M))
for f in (re.L, re.A | re.U):
    try:
        re.compile('a', f)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
p = re.compile('a')
print(re.compile(p) is p, re.compile(p, 0) is p)
