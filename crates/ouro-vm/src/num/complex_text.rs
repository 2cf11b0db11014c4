//! `complex` to and from text as CPython 3.11 does: `repr` (`complex_repr`:
//! shortest round-trip digits per part, no `.0`, parentheses unless the
//! real part is `+0`) and `complex(str)` (`complex_from_string_inner`:
//! `<float>`, `<float>j`, `<float><signed-float>j`, the legacy `j`, `+j`,
//! `1+j` forms, optional parentheses and surrounding whitespace, PEP 515
//! underscores between digits).

use crate::num::complex::Complex;
use crate::num::error::{PyErr, PyResult};
use crate::num::float_repr::{double_to_string, FloatFlags, FloatMode};
use crate::text::pystr;

/// `repr(z)` / `str(z)`.
pub fn repr(z: Complex) -> String {
    let part = |v: f64| double_to_string(v, FloatMode::Repr, FloatFlags::default());
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", part(z.im));
    }
    let im = part(z.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(z.re))
}

/// `complex(s)` for a str `s`.
pub fn parse_complex_str(s: &str) -> PyResult<Complex> {
    let ascii = crate::num::int_text::transform_to_ascii(s);
    let text = strip_underscores(&ascii).ok_or_else(|| {
        PyErr::value(format!("could not convert string to complex: {}", pystr::repr(s)))
    })?;
    parse_ascii(&text).ok_or_else(|| PyErr::value("complex() arg is a malformed string"))
}

/// `_Py_string_to_number_with_underscores`: each `_` must sit between two
/// digits. The check stops at a NUL, as the C string functions do; a NUL
/// with underscores before it is an error.
fn strip_underscores(b: &[u8]) -> Option<Vec<u8>> {
    let c_len = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    if !b[..c_len].contains(&b'_') {
        return Some(b.to_vec());
    }
    if c_len != b.len() {
        return None;
    }
    super::float_parse::remove_underscores(b)
}

/// A cursor over the ASCII text being parsed.
struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(0)
    }

    fn skip_spaces(&mut self) {
        while super::float_parse::is_c_space(&self.peek()) {
            self.i += 1;
        }
    }

    /// Consume `c` if it is next.
    fn eat(&mut self, c: u8) -> bool {
        let found = self.peek() == c;
        self.i += usize::from(found);
        found
    }

    /// Consume a `j` or `J`.
    fn eat_j(&mut self) -> bool {
        self.eat(b'j') || self.eat(b'J')
    }

    /// A float at the cursor (`PyOS_string_to_double` with an end pointer).
    fn float(&mut self) -> Option<f64> {
        let (v, n) = float_prefix(&self.b[self.i..])?;
        self.i += n;
        Some(v)
    }

    /// `+` or `-` standing for `±1` (the legacy `1+j` / `-j` forms).
    fn unit_sign(&mut self) -> Option<f64> {
        match self.peek() {
            b'+' | b'-' => {
                self.i += 1;
                Some(if self.b[self.i - 1] == b'+' { 1.0 } else { -1.0 })
            }
            _ => None,
        }
    }
}

fn parse_ascii(b: &[u8]) -> Option<Complex> {
    let mut c = Cursor { b, i: 0 };
    c.skip_spaces();
    let bracket = c.eat(b'(');
    c.skip_spaces();
    let z = parse_number(&mut c)?;
    c.skip_spaces();
    if bracket {
        if !c.eat(b')') {
            return None;
        }
        c.skip_spaces();
    }
    (c.i == b.len()).then_some(z)
}

/// The number between the optional parentheses.
fn parse_number(c: &mut Cursor) -> Option<Complex> {
    let Some(z) = c.float() else {
        // `<sign>j` or `j`.
        let y = c.unit_sign().unwrap_or(1.0);
        return c.eat_j().then_some(Complex::new(0.0, y));
    };
    if matches!(c.peek(), b'+' | b'-') {
        let y = match c.float() {
            Some(y) => y,
            None => c.unit_sign()?,
        };
        return c.eat_j().then_some(Complex::new(z, y));
    }
    if c.eat_j() {
        return Some(Complex::new(0.0, z));
    }
    Some(Complex::new(z, 0.0))
}

/// The longest prefix of `b` that is a float (`_PyOS_ascii_strtod`): a
/// sign, digits with an optional point and exponent, or `inf`,
/// `infinity`, `nan` in any case. Returns the value and its length.
pub(crate) fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let sign_len = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let negative = b.first() == Some(&b'-');
    let digits = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int_len = digits(sign_len);
    let mut end = sign_len + int_len;
    let mut frac_len = 0;
    if b.get(end) == Some(&b'.') {
        frac_len = digits(end + 1);
        if int_len + frac_len > 0 {
            end += 1 + frac_len;
        }
    }
    if int_len + frac_len == 0 {
        return inf_or_nan(&b[sign_len..], negative).map(|(v, n)| (v, sign_len + n));
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let exp_sign = usize::from(matches!(b.get(end + 1), Some(b'+' | b'-')));
        let exp_digits = digits(end + 1 + exp_sign);
        if exp_digits > 0 {
            end += 1 + exp_sign + exp_digits;
        }
    }
    let text = std::str::from_utf8(&b[..end]).ok()?;
    Some((text.parse::<f64>().ok()?, end))
}

/// `_Py_parse_inf_or_nan` after the sign.
fn inf_or_nan(b: &[u8], negative: bool) -> Option<(f64, usize)> {
    let starts = |word: &[u8]| b.len() >= word.len() && b[..word.len()].eq_ignore_ascii_case(word);
    let (v, n) = if starts(b"infinity") {
        (f64::INFINITY, 8)
    } else if starts(b"inf") {
        (f64::INFINITY, 3)
    } else if starts(b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if negative { -v } else { v }, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(s: &str) -> String {
        match parse_complex_str(s) {
            Ok(z) => repr(z),
            Err(e) => e.msg,
        }
    }

    #[test]
    fn repr_matches_cpython() {
        // Printed by python3 3.11.
        assert_eq!(repr(Complex::new(3.0, 4.0)), "(3+4j)");
        assert_eq!(repr(Complex::new(0.0, 4.0)), "4j");
        assert_eq!(repr(Complex::new(-0.0, -1.0)), "(-0-1j)");
        assert_eq!(repr(Complex::new(0.0, -0.0)), "-0j");
        assert_eq!(repr(Complex::new(1.0, 0.0)), "(1+0j)");
        assert_eq!(repr(Complex::new(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(repr(Complex::new(1e16, 1e-7)), "(1e+16+1e-07j)");
        assert_eq!(repr(Complex::new(0.0, 1.5)), "1.5j");
    }

    #[test]
    fn parses_like_cpython() {
        let ok = [
            ("1+2j", "(1+2j)"), (" ( 1.5-2.5J ) ", "(1.5-2.5j)"), ("j", "1j"), ("-j", "-1j"), ("1+j", "(1+1j)"),
            ("1-j", "(1-1j)"), ("3", "(3+0j)"), ("-3.5e2", "(-350+0j)"), ("1e3j", "1000j"), ("infj", "infj"),
            ("-infinity+nanj", "(-inf+nanj)"), ("1_0+2_0j", "(10+20j)"), ("1.", "(1+0j)"), (".5j", "0.5j"),
            ("\u{661}+\u{662}j", "(1+2j)"), ("1e500", "(inf+0j)"), ("1.e1j", "10j"), ("+nan-infj", "(nan-infj)"),
        ];
        for (s, r) in ok {
            assert_eq!(parsed(s), r, "{s:?}");
        }
        let malformed = ["", " ", "()", "1+", "1+2", "1+2j)", "(1+2j", "1 +2j", "1+ 2j", "1e+j", "1ej", "jj", "1j2", "infinj", "1\0"];
        for s in malformed {
            assert_eq!(parsed(s), "complex() arg is a malformed string", "{s:?}");
        }
        assert_eq!(parsed("1__0"), "could not convert string to complex: '1__0'");
        assert_eq!(parsed("_1j"), "could not convert string to complex: '_1j'");
        assert_eq!(parsed("1_j"), "could not convert string to complex: '1_j'");
        assert_eq!(parsed("1_0\0"), "could not convert string to complex: '1_0\\x00'");
        assert_eq!(parsed("1\0_"), "complex() arg is a malformed string");
    }
}
