//! `int` <-> text: `str(int)` with the max-str-digits limit, `bin`/`oct`/`hex`,
//! and `int(text, base)` parsing with CPython's whitespace, sign, prefix and
//! underscore rules.

use num_bigint::{BigInt, Sign};

use crate::num::error::{PyErr, PyResult};
use crate::num::int::PyInt;
use crate::text::{bytes_repr, pystr, unicode};

/// Default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// Below this many digits the limit is never checked (`sys.int_info.str_digits_check_threshold`).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

impl PyInt {
    /// `str(self)`; `max_digits` is `sys.get_int_max_str_digits()` (0 = no limit).
    pub fn to_decimal(&self, max_digits: usize) -> PyResult<String> {
        let too_many = || {
            PyErr::value(format!(
                "Exceeds the limit ({max_digits} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ))
        };
        let limited = max_digits > 0;
        let bits = self.bit_length();
        if limited && (bits.saturating_sub(1) as f64) * std::f64::consts::LOG10_2 > max_digits as f64 + 1.0 {
            return Err(too_many());
        }
        let s = self.to_string();
        let digits = s.len() - usize::from(self.is_negative());
        if limited && digits > MAX_STR_DIGITS_THRESHOLD && digits > max_digits {
            return Err(too_many());
        }
        Ok(s)
    }

    /// Digits in `radix` (2, 8 or 16) with an optional `0b`/`0o`/`0x` prefix
    /// after the sign: `hex(-255)` is `-0xff`.
    pub fn to_radix(&self, radix: u32, prefix: bool, upper: bool) -> String {
        let mag = match self {
            PyInt::Small(v) => BigInt::from(v.unsigned_abs()),
            PyInt::Big(b) => BigInt::from(b.magnitude().clone()),
        };
        let mut digits = mag.to_str_radix(radix);
        if upper {
            digits.make_ascii_uppercase();
        }
        let sign = if self.is_negative() { "-" } else { "" };
        let pre = match (prefix, radix) {
            (false, _) => "",
            (true, 2) => "0b",
            (true, 8) => "0o",
            (true, 16) => "0x",
            _ => "",
        };
        format!("{sign}{pre}{digits}")
    }

    /// `bin(self)`.
    pub fn bin(&self) -> String {
        self.to_radix(2, true, false)
    }

    /// `oct(self)`.
    pub fn oct(&self) -> String {
        self.to_radix(8, true, false)
    }

    /// `hex(self)`.
    pub fn hex(&self) -> String {
        self.to_radix(16, true, false)
    }
}

/// Why ASCII-level parsing failed.
enum ParseFail {
    /// `invalid literal for int() ...`.
    Invalid,
    /// The max-str-digits limit (second field) was exceeded with this many digits.
    Limit(usize, usize),
}

/// Checks `int()`'s `base` argument.
fn check_base(base: i64) -> PyResult<u32> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::value("int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(base as u32)
}

/// `int(s, base)` for a `str`: Unicode whitespace and decimal digits are
/// accepted as CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` does.
pub fn parse_int_str(s: &str, base: i64, max_digits: usize) -> PyResult<PyInt> {
    let b = check_base(base)?;
    let ascii = transform_to_ascii(s);
    parse_ascii(&ascii, b, max_digits).map_err(|f| fail_err(f, base, &pystr::repr(s)))
}

/// `int(b, base)` for `bytes`/`bytearray`.
pub fn parse_int_bytes(b: &[u8], base: i64, max_digits: usize) -> PyResult<PyInt> {
    let bs = check_base(base)?;
    parse_ascii(b, bs, max_digits).map_err(|f| fail_err(f, base, &bytes_repr::repr(b)))
}

fn fail_err(f: ParseFail, base: i64, repr: &str) -> PyErr {
    match f {
        ParseFail::Invalid => {
            let shown: String = repr.chars().take(200).collect();
            PyErr::value(format!("invalid literal for int() with base {base}: {shown}"))
        }
        ParseFail::Limit(n, max) => limit_err(n, max),
    }
}

fn limit_err(n: usize, max: usize) -> PyErr {
    PyErr::value(format!(
        "Exceeds the limit ({max} digits) for integer string conversion: \
         value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` (shared by int
/// and float parsing): Unicode spaces to `' '`, decimal digits to ASCII;
/// stops with `?` at the first other non-ASCII character.
pub(crate) fn transform_to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if unicode::is_space(c) {
            out.push(b' ');
        } else if let Some(d) = unicode::decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// CPython's `PyLong_FromString` on ASCII bytes (must consume everything).
fn parse_ascii(s: &[u8], base: u32, max_digits: usize) -> Result<PyInt, ParseFail> {
    let mut p = 0;
    while p < s.len() && is_c_space(s[p]) {
        p += 1;
    }
    let negative = match s.get(p) {
        Some(b'-') => {
            p += 1;
            true
        }
        Some(b'+') => {
            p += 1;
            false
        }
        _ => false,
    };
    let (base, after_prefix, zero_only) = detect_base(s, p, base);
    p = after_prefix;
    if s.get(p) == Some(&b'_') {
        return Err(ParseFail::Invalid);
    }
    let (digits, end) = scan_digits(s, p, base).ok_or(ParseFail::Invalid)?;
    if digits.is_empty() {
        return Err(ParseFail::Invalid);
    }
    if !base.is_power_of_two() && max_digits > 0 && digits.len() > MAX_STR_DIGITS_THRESHOLD && digits.len() > max_digits {
        return Err(ParseFail::Limit(digits.len(), max_digits));
    }
    let mut q = end;
    while q < s.len() && is_c_space(s[q]) {
        q += 1;
    }
    if q != s.len() || (zero_only && digits.iter().any(|&d| d != 0)) {
        return Err(ParseFail::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    let v = BigInt::from_radix_be(sign, &digits, base).unwrap_or_default();
    Ok(PyInt::from_big(v))
}

/// Resolves base 0 and skips a `0x`/`0o`/`0b` prefix (plus one `_`).
/// Returns (base, position after prefix, "only zeros allowed").
fn detect_base(s: &[u8], p: usize, base: u32) -> (u32, usize, bool) {
    let c0 = s.get(p).copied();
    let c1 = s.get(p + 1).map(|c| c.to_ascii_lowercase());
    let prefixed = match (c0, c1) {
        (Some(b'0'), Some(b'x')) => Some(16),
        (Some(b'0'), Some(b'o')) => Some(8),
        (Some(b'0'), Some(b'b')) => Some(2),
        _ => None,
    };
    let resolved = match (base, prefixed) {
        (0, Some(pb)) => pb,
        (0, None) => 10,
        (b, _) => b,
    };
    let zero_only = base == 0 && prefixed.is_none() && c0 == Some(b'0');
    if prefixed == Some(resolved) {
        let mut q = p + 2;
        if s.get(q) == Some(&b'_') {
            q += 1;
        }
        return (resolved, q, false);
    }
    (resolved, p, zero_only)
}

/// Scans digits with single underscores between them. Returns the digit
/// values and the end position, or `None` for a misplaced underscore.
fn scan_digits(s: &[u8], mut p: usize, base: u32) -> Option<(Vec<u8>, usize)> {
    let mut digits = Vec::new();
    let mut prev_underscore = false;
    while p < s.len() {
        let c = s[p];
        if c == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else if digit_value(c) < base {
            digits.push(digit_value(c) as u8);
            prev_underscore = false;
        } else {
            break;
        }
        p += 1;
    }
    if prev_underscore {
        return None;
    }
    Some((digits, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str, base: i64) -> PyInt {
        parse_int_str(s, base, DEFAULT_MAX_STR_DIGITS).unwrap()
    }
    fn err(s: &str, base: i64) -> String {
        parse_int_str(s, base, DEFAULT_MAX_STR_DIGITS).unwrap_err().msg
    }

    #[test]
    fn parses_like_python() {
        // Every expectation below was printed by python3 3.11.
        assert_eq!(ok("0x_1f", 0), PyInt::Small(31));
        assert_eq!(ok("0_0", 0), PyInt::Small(0));
        assert_eq!(ok("00", 0), PyInt::Small(0));
        assert_eq!(ok("-0", 0), PyInt::Small(0));
        assert_eq!(ok("0o_7", 0), PyInt::Small(7));
        assert_eq!(ok(" 1_000 ", 10), PyInt::Small(1000));
        assert_eq!(ok("0b101", 2), PyInt::Small(5));
        assert_eq!(ok("0b101", 16), PyInt::Small(45313));
        assert_eq!(ok("1_0", 2), PyInt::Small(2));
        assert_eq!(ok("z", 36), PyInt::Small(35));
        assert_eq!(ok("\u{661}\u{662}\u{663}", 10), PyInt::Small(123));
        assert_eq!(ok("\u{3000} 12\u{3000}", 10), PyInt::Small(12));
        assert_eq!(ok("\u{2028}1", 10), PyInt::Small(1));
        assert_eq!(ok("-0x10", 0), PyInt::Small(-16));
        assert_eq!(ok("0X10", 16), PyInt::Small(16));
        assert_eq!(parse_int_bytes(b" 12 ", 10, 4300).unwrap(), PyInt::Small(12));
        assert_eq!(ok(&"9".repeat(30), 10).to_string(), "9".repeat(30));
    }

    #[test]
    fn parse_errors() {
        let inv = |b: i64, r: &str| format!("invalid literal for int() with base {b}: {r}");
        for (s, b) in [("0x__1f", 0), ("010", 0), ("0_7", 0), ("0x", 0), ("0b", 0), ("0b1_", 0)] {
            assert_eq!(err(s, b), inv(0, &format!("'{s}'")), "{s}");
        }
        for s in ["1__0", "_1", "1_", "", " ", "+", "1 2", "\u{1c}1", "1\u{1c}", "\u{7f}1", "\u{e9}", "12\u{e9}", "1\0"] {
            assert_eq!(err(s, 10), inv(10, &pystr::repr(s)), "{s:?}");
        }
        assert_eq!(err("0x_", 16), inv(16, "'0x_'"));
        assert_eq!(err("ab", 11), inv(11, "'ab'"));
        assert_eq!(err("1", 37), "int() base must be >= 2 and <= 36, or 0");
        let long = err(&"a".repeat(300), 10);
        assert_eq!(long, inv(10, &format!("'{}", "a".repeat(199))));
        assert_eq!(parse_int_bytes(b"abc", 10, 4300).unwrap_err().msg, inv(10, "b'abc'"));
    }

    #[test]
    fn digit_limit() {
        let msg = "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
                   use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(err(&"1".repeat(5000), 10), msg);
        assert_eq!(err(&"0".repeat(5000), 10), msg);
        assert_eq!(err(&format!("{}x", "1".repeat(5000)), 10), msg);
        assert!(parse_int_str(&"a".repeat(5000), 16, 4300).is_ok());
        assert!(parse_int_str(&"1".repeat(5000), 10, 0).is_ok());
        let big = parse_int_str(&format!("1{}", "0".repeat(4300)), 0, 0).unwrap();
        let e = big.to_decimal(4300).unwrap_err().msg;
        assert_eq!(e, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        assert!(big.neg().to_decimal(4300).is_err());
        let ok4300 = ok(&"9".repeat(4300), 10);
        assert_eq!(ok4300.neg().to_decimal(4300).unwrap().len(), 4301);
        assert!(big.to_decimal(0).is_ok());
        assert!(big.hex().starts_with("0x"));
    }

    #[test]
    fn radix_strings() {
        assert_eq!(PyInt::Small(-255).hex(), "-0xff");
        assert_eq!(PyInt::Small(0).bin(), "0b0");
        assert_eq!(PyInt::Small(8).oct(), "0o10");
        assert_eq!(PyInt::Small(i64::MIN).bin(), format!("-0b1{}", "0".repeat(63)));
        assert_eq!(PyInt::Small(255).to_radix(16, false, true), "FF");
    }
}
