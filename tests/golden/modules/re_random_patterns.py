# Differential check: random patterns (errors, findall, search, sub, split)
# against CPython's answers.
import re
alphabet = list('abAB(){}?*+|.^$-') + ['(?i)', '(?s)', '(?m)', '(?x)', '(?a)', '\\Z', '\\A', '{0}', '*?', '++', '(?>', '(?(1)', '(?<!', '\\w', '\\d', '\\s', '\\b', '\\2', '(?i:', '(?-i:', 'ſ', 'K', '\\n', '\\x41', '[a-z]', '[ab]', '[^a]', '(?:', '(?=', '(?<=', '(?!', '(?P<n>', '(?P=n)', '\\1', '{1,2}', 'é']
state = 987
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
texts = ['aab-12 xyz', '', 'ba\nab', 'éaÉ 9_', '((a))[b]{1,2}']
for i in range(1500):
    p = ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(9)))
    try:
        c = re.compile(p)
    except re.error as e:
        print(repr(p), 'E', e)
        continue
    except Exception as e:
        print(repr(p), type(e).__name__, e)
        continue
    out = []
    for t in texts:
        try:
            out.append(c.findall(t))
            m = c.search(t)
            out.append(m and (m.span(), m.lastindex))
            out.append(c.sub('<\\g<0>>', t))
            out.append(c.split(t))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(p), out)
