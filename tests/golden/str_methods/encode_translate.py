# encode with codecs and error handlers, maketrans/translate
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"))
print("é€".encode("UTF8"), "é".encode("latin-1"), "é".encode(encoding="latin1"))
print("aé€".encode("ascii", "replace"), "aé€".encode("ascii", "ignore"))
print("aé€".encode("ascii", "xmlcharrefreplace"), "aé€".encode("ascii", "backslashreplace"))
print("abc".encode("ascii", "bogus"))
for label, f in [
    ('"é".encode("ascii")', lambda: "é".encode("ascii")),
    ('"a€€b".encode("latin-1")', lambda: "a€€b".encode("latin-1")),
    ('"a".encode("foo")', lambda: "a".encode("foo")),
    ('"é".encode("ascii", "bogus")', lambda: "é".encode("ascii", "bogus")),
    ('"a".encode(1)', lambda: "a".encode(1)),
    ('"a".encode("ascii", 1)', lambda: "a".encode("ascii", 1)),
    ('"a".encode(encoding="utf-8", errors="strict", x=1)', lambda: "a".encode(encoding="utf-8", errors="strict", x=1)),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()))
print("abcdd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 72}))
print(str.maketrans({"a": "1", 98: None}))
print("abc".translate(str.maketrans({"a": "AA"})))
for label, f in [
    ('str.maketrans(1)', lambda: str.maketrans(1)),
    ('str.maketrans("ab", "c")', lambda: str.maketrans("ab", "c")),
    ('str.maketrans({1.5: 2})', lambda: str.maketrans({1.5: 2})),
    ('str.maketrans({"ab": 1})', lambda: str.maketrans({"ab": 1})),
    ('"a".translate(1)', lambda: "a".translate(1)),
    ('"a".translate({97: 1.5})', lambda: "a".translate({97: 1.5})),
    ('str.maketrans()', lambda: str.maketrans()),
]:
    try:
        f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
