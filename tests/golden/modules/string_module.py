import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"), repr(string.capwords("  x y  ")))
print(string.Template("$who likes ${what}!").substitute(who="tim", what="tea"))
print(string.Template("$a and $b").safe_substitute(a=1), string.Template("$$5").substitute())
print("q" in string.ascii_lowercase, sum(c in string.punctuation for c in "Hi, there!"))
