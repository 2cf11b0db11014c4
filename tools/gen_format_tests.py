"""Prints a Rust test module for num/format.rs from python3's format() results."""
import math, sys
sys.set_int_max_str_digits(4300)
exec(open('/tmp/fmt_cases.py').read())

def rs(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif 32 <= o < 127: out.append(ch)
        else: out.append('\\u{%x}' % o)
    return '"' + ''.join(out) + '"'

def fl(v):
    if math.isnan(v): return 'f64::NAN'
    if math.isinf(v): return 'f64::INFINITY' if v > 0 else 'f64::NEG_INFINITY'
    r = repr(v)
    if 'e' not in r and '.' not in r: r += '.0'
    return r + 'f64'

print("#[cfg(test)]\n#[allow(clippy::approx_constant, clippy::excessive_precision)]\nmod tests {\n    use super::*;\n    use crate::num::int_text::parse_int_str;\n")
print("    fn int(s: &str) -> PyInt {\n        parse_int_str(s, 10, 0).unwrap()\n    }\n")
print("    fn check(got: PyResult<String>, want: Result<&str, &str>) {\n        match want {\n            Ok(w) => assert_eq!(got.unwrap(), w),\n            Err(m) => assert_eq!(got.unwrap_err().msg, m),\n        }\n    }\n")
print("    // Expected values: python3 3.11.7 format(value, spec) (tools/gen_format_tests.py).")
print("    #[test]\n    fn matches_python() {")
for v, spec in cases:
    try:
        want = 'Ok(%s)' % rs(format(v, spec))
    except Exception as e:
        want = 'Err(%s)' % rs(str(e))
    if isinstance(v, bool):
        call = f'format_int(&PyInt::Small({int(v)}), {rs(spec)}, "bool", 4300)'
        if spec == '':
            continue
    elif isinstance(v, int):
        call = f'format_int(&int("{v}"), {rs(spec)}, "int", 4300)'
    elif isinstance(v, float):
        call = f'format_float({fl(v)}, {rs(spec)})'
    else:
        call = f'format_str({rs(v)}, {rs(spec)})'
    print(f"        check({call}, {want});")
print("    }\n}")
