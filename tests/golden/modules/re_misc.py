# escape, purge, Pattern objects, bytes patterns, Unicode text and big inputs.
import re

print(re.escape('a.b*c?d+(e)[f]{g}|h^i$j\\k'), re.escape('x y\tz\n#&~-'), re.escape('café_1'))
print(re.escape(b'a.b c'), re.escape(''), re.escape('\u00e9!@%'))
re.purge()
p = re.compile(r'(?P<k>\w+)=(?P<v>\d+)')
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(p == re.compile(r'(?P<k>\w+)=(?P<v>\d+)'), p == re.compile('x'), hash(p) == hash(re.compile(p.pattern)))
print(p.match('a=1'), p.search('xx b=22'), p.findall('a=1 b=2'), p.sub(r'\g<v>:\g<k>', 'a=1 b=2'))
print(p.split('a=1,b=2'), p.subn('X', 'a=1'), [m.groupdict() for m in p.finditer('a=1 bb=22')])
print(type(p).__name__, type(p.match('a=1')).__name__, isinstance(p, re.Pattern), isinstance(p.match('a=1'), re.Match))
print(repr(re.compile('a' * 300))[:30], len(repr(re.compile('a' * 300))))
print(repr(re.compile('it\'s')), repr(re.compile('\\d\n')))
try:
    p.groupindex['z'] = 3
except TypeError as e:
    print('TypeError', e)

print(re.search(b'(\\d+)', b'abc 123').group(1), re.findall(b'[a-c]', b'abcd'), re.sub(b'a', b'\\g<0>!', b'aba'))
print(re.split(b',', b'a,b'), re.match(b'\\w+', 'é'.encode() + b'x'), re.search(b'(?i)ABC', b'xabc'))
print(re.findall(b'\\w', bytearray(b'a-b')), re.match(b'.', b'\xff'), re.search(b'\\xff', b'a\xff'))
print(re.findall(r'\w+', 'naïve café Ünïcödé 42 ٣'), re.findall(r'[à-ÿ]', 'àéîõü'), re.sub('é', 'e', 'éléphant'))
print(re.search('ü+', 'xxüüy').span(), re.findall('.', '日本語'), re.split('本', '日本語'), re.match(r'\w+', '日本語'))
print(re.search('😀+', 'a😀😀b').span(), re.findall(r'\W', 'a😀b'), re.sub(r'(.)', r'\1\1', 'é😀'))
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAẞE'), re.findall('(?i)[ſ]', 'sSſ'), re.findall('(?i)σ', 'Σσς'))

long = 'ab' * 50000
print(len(re.findall('a', long)), re.search('(?:a|b)*$', long).end(), re.match('(ab)*', long).span(1))
print(re.match(r'(a|aa)*c', 'a' * 22), re.search('x', 'y' * 100000), len(re.sub('b', 'c', long)))
print(re.match('(?:a*)*b', 'a' * 20 + 'b').end(), re.match('(a?){12}a{12}', 'a' * 12).end())
print(re.match(r'(\w+\s?)*$', 'hello world foo bar baz').span())
print(re.fullmatch(r'(?:x{0,1000}y){2}', 'x' * 500 + 'y' + 'x' * 999 + 'y').end())
print(re.Pattern, re.Match, re.error)
