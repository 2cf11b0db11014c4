# json.loads: values, hooks, and JSONDecodeError's messages and positions
import json

docs = ['{"a": [1, 2.5, -0, 1e5, 1E+2, 1.5e-3, null, true, false]}', ' [ ] ', '"\\u00e9\\n\\t\\b\\f\\r\\"\\\\\\/"',
        '"\\ud83d\\ude00"', '123456789012345678901234567890', '-0.0', '{"a":1,"a":2}', '[NaN, Infinity, -Infinity]',
        '\n\t {"nested": {"deep": [[[{}]]]}} \r\n', '"é ü 😀"', '0', '[1,[2,[3]]]']
for doc in docs:
    print(repr(json.loads(doc)))

bad = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}', '[', '[1', '[1,', '[1,]',
       '[1 2]', '"abc', '"a\\x"', '"ab\\x"', '"\\u12"', '"\\u12x4"', '"ab\\uZZZZ"', '"\\ud83d\\u12"', '"a\nb"',
       '"\t"', 'nul', 'tru', 'fals', '01', '1.', '-', '--1', '1e', '[1] x', '{"a" 1}', '\ufeff1',
       '  \n  [1,\n  2,\n  x]', '{"a":1 "b":2}', '"\\', '[1,2', 'nan', '{"a": [1, {"b": }]}', "'single'"]
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), "decoded")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   ", e.msg, e.pos, e.lineno, e.colno, e.args, e.doc == doc)

print(json.loads('{"a": [1, {"b": null}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, 1e3]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: "const " + c))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'"ba"')), json.loads(b'\xef\xbb\xbf[2]'))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().decode(' {} '))
print(json.loads('"\\u0041\\u00DF"'), json.loads('"a\\u0000b"') == "a\x00b")
print(json.loads('"ctl\x1f"', strict=False) == "ctl\x1f")
for value in [1, None, 1.5, ["[]"]]:
    try:
        json.loads(value)
    except TypeError as e:
        print("TypeError:", e)

e = json.JSONDecodeError("m", "ab\ncd", 4)
print(e, e.args, repr(e), isinstance(e, ValueError), type(e).__name__, type(e).__module__)
print(json.JSONDecodeError.__mro__[1:])
roundtrip = {"list": [1, 2.5, "x", None], "nested": {"t": True, "f": False}, "uni": "é😀"}
print(json.loads(json.dumps(roundtrip)) == roundtrip, json.loads(json.dumps(roundtrip, indent=3)) == roundtrip)
