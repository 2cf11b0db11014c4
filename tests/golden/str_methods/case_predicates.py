# case mapping and is* predicates
for s in ["hello world", "Hello World", "HELLO", "ß straße", "ǆemal", "they're bill's", "123abc", ""]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
tests = ["123", "١٢٣", "½", "abc", "abc123", " \t\n", "", "Title Case", "lower", "UPPER",
         "_id3", "3id", "print\x00", "ascii", "é", "Ⅻ"]
for s in tests:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(),
          s.isprintable(), s.isascii())
try:
    "a".isdigit(1)
except TypeError as e:
    print(e)
try:
    "a".upper(1)
except TypeError as e:
    print(e)
