//! `float(text)` with CPython's rules: Unicode digits and spaces are
//! transformed to ASCII, surrounding whitespace is stripped, PEP 515
//! underscores are allowed only between digits, `inf`/`infinity`/`nan` in
//! any case with an optional sign, and overflow gives `±inf`.

use crate::num::error::{PyErr, PyResult};
use crate::text::{bytes_repr, pystr};

/// `float(s)` for a `str`.
pub fn parse_float_str(s: &str) -> PyResult<f64> {
    parse_ascii(&crate::num::int_text::transform_to_ascii(s)).ok_or_else(|| err(&pystr::repr(s)))
}

/// `float(b)` for `bytes`/`bytearray`.
pub fn parse_float_bytes(b: &[u8]) -> PyResult<f64> {
    parse_ascii(b).ok_or_else(|| err(&bytes_repr::repr(b)))
}

fn err(repr: &str) -> PyErr {
    PyErr::value(format!("could not convert string to float: {repr}"))
}


/// C's `isspace` in the "C" locale.
pub(crate) fn is_c_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn parse_ascii(b: &[u8]) -> Option<f64> {
    let start = b.iter().position(|c| !is_c_space(c))?;
    let end = b.len() - b.iter().rev().position(|c| !is_c_space(c))?;
    let text = remove_underscores(&b[start..end])?;
    if !valid_syntax(&text) {
        return None;
    }
    std::str::from_utf8(&text).ok()?.parse::<f64>().ok()
}

/// Drops underscores that sit between two digits; `None` for any other.
pub(crate) fn remove_underscores(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// `[sign] (inf | infinity | nan | digits[.digits][e[sign]digits])`,
/// checked here so Rust's parser cannot accept anything CPython rejects.
fn valid_syntax(t: &[u8]) -> bool {
    let body = match t.first() {
        Some(b'+' | b'-') => &t[1..],
        _ => t,
    };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_slice(), b"inf" | b"infinity" | b"nan") {
        return true;
    }
    let int_len = body.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut rest = &body[int_len..];
    let mut frac_len = 0;
    if rest.first() == Some(&b'.') {
        frac_len = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        rest = &rest[1 + frac_len..];
    }
    if int_len + frac_len == 0 {
        return false;
    }
    match rest.first() {
        None => true,
        Some(b'e' | b'E') => {
            let exp = match rest.get(1) {
                Some(b'+' | b'-') => &rest[2..],
                _ => &rest[1..],
            };
            !exp.is_empty() && exp.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_python() {
        // (input, float(input)) from python3 3.11.
        let ok: &[(&str, f64)] = &[
            ("1.5", 1.5), ("  -2.5e3\n", -2500.0), ("1_000.5", 1000.5), ("1e1_0", 1e10), (".5", 0.5),
            ("5.", 5.0), ("+.5e-3", 0.0005), ("1e500", f64::INFINITY), ("-1e500", f64::NEG_INFINITY),
            ("1e-400", 0.0), ("\u{661}.\u{665}", 1.5), ("\u{3000} 3.25 \u{3000}", 3.25),
            ("1.7976931348623157e308", f64::MAX), ("4.9e-324", 5e-324), ("12345678901234567890", 1.2345678901234567e19),
            ("0.1e-1_0", 1e-11), ("1e+0_1", 10.0), ("inf", f64::INFINITY), ("-Infinity", f64::NEG_INFINITY),
        ];
        for (s, v) in ok {
            assert_eq!(parse_float_str(s).unwrap(), *v, "{s:?}");
        }
        assert_eq!(parse_float_str(&"9".repeat(400)).unwrap(), f64::INFINITY);
        for s in ["+nan", "NaN", "-nan"] {
            assert!(parse_float_str(s).unwrap().is_nan());
        }
        let bad = [
            "1__0", "_1", "1_", "1_.5", "1._5", "1.5_e3", "1e", ".", "0x10", "", "   ", "abc", "1.5x", "infinit", "in f",
            "nan(1)", "i\u{e9}", "1e+", "+-1", "--1", "1.5.5",
        ];
        for s in bad {
            let e = parse_float_str(s).unwrap_err();
            assert_eq!(e.msg, format!("could not convert string to float: {}", pystr::repr(s)));
        }
        assert_eq!(parse_float_bytes(b" 1.5 ").unwrap(), 1.5);
        assert_eq!(parse_float_bytes(b"x").unwrap_err().msg, "could not convert string to float: b'x'");
    }
}
