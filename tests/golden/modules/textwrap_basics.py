import textwrap
from textwrap import wrap, fill, dedent, indent, shorten, TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "wraps paragraphs; it handles hyphenated-words, em-dashes -- like this -- "
        "and   multiple   spaces.\tTabs\ttoo.  Supercalifragilisticexpialidocious "
        "is a long word, and so is antidisestablishmentarianism-like-stuff.")
for width in [5, 10, 12, 17, 20, 25, 30, 40, 50, 70, 100]:
    print(width, wrap(text, width))
print(fill(text, 35))
print(fill(text, 30, initial_indent="* ", subsequent_indent="    "))
print(wrap(text, 15, break_long_words=False))
print(wrap(text, 15, break_on_hyphens=False))
print(wrap(text, 15, break_on_hyphens=False, break_long_words=False))
print(wrap(text, 20, drop_whitespace=False))
print(wrap(text, 20, expand_tabs=False))
print(wrap(text, 20, replace_whitespace=False, expand_tabs=False))
print(wrap("a\tb\tc", 30, tabsize=4), wrap("a\tb\tc", 30, tabsize=2))
print(wrap("Hello there.\nHow are you? Fine!\nGood.  Bye.", 60, fix_sentence_endings=True))
print(wrap("Look, goof-ball -- use the -b option!", 10))
print(wrap("Look, goof-ball -- use the -b option!", 10, break_on_hyphens=False))
print(wrap("this-is-a-very-long-hyphenated-compound-word-here", 12))
print(wrap("---------- dashes ----------", 6))
print(wrap("", 10), wrap("   ", 10), wrap("   ", 10, drop_whitespace=False))
print(wrap("  leading spaces kept at start", 10))
for n in range(1, 5):
    print(n, wrap(text, 30, max_lines=n))
    print(n, wrap(text, 30, max_lines=n, placeholder="..."))
print(wrap("one two three", 13, max_lines=1), wrap("one two three four", 13, max_lines=1))
try:
    wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
try:
    wrap("hello world", 4, max_lines=1, initial_indent="  ")
except ValueError as e:
    print("ValueError", e)

# shorten
for w in [5, 8, 10, 11, 12, 15, 20, 40, 100]:
    print(w, repr(shorten("Hello  world!  This is   a test of shorten.", w)))
print(shorten("Hello world", 10, placeholder="~"))
print(shorten("  lots\n\nof   whitespace\there  ", 25))

# dedent
print(repr(dedent("""\
    def f():
        return 1

      # comment
    x = 2
""")))
print(repr(dedent("  a\n\tb\n")), repr(dedent("  a\n    b\n  \n")), repr(dedent("\t\ta\n\t b")))
print(repr(dedent("no indent\n  here")), repr(dedent("")), repr(dedent("   \n   \n")))
print(repr(dedent("  x\n \n    y")), repr(dedent("    hello\r\n    there\r\n")))

# indent
s = "hello\n\n  world\n   \nend"
print(repr(indent(s, "> ")))
print(repr(indent(s, "+", lambda line: True)))
print(repr(indent(s, "# ", lambda line: "o" in line)))
print(repr(indent("a\r\nb\rc", "--")))

tw = TextWrapper(width=20, initial_indent="1. ", subsequent_indent="   ")
print(tw.wrap("Numbered list item with several words to wrap around."))
tw.width = 30
print(tw.fill("Numbered list item with several words to wrap around."))
print(textwrap.TextWrapper().width, sorted(textwrap.__all__))
