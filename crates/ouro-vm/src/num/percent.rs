//! Old-style `%` formatting of single values (`'%5.2f' % x`), as CPython's
//! `unicode_format_arg_format` / `unicode_format_arg_output`. The VM handles
//! the tuple/dict argument plumbing and `*` widths; this module parses one
//! directive and renders one already-converted value.

use crate::num::error::{PyErr, PyResult};
use crate::num::float_repr::{double_to_string, FloatFlags, FloatMode};
use crate::num::int::PyInt;
use crate::text::pystr::char_count;

/// A width or precision in a directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    None,
    /// `*`: taken from the argument tuple by the caller.
    Star,
    /// A literal number.
    Fixed(usize),
}

/// Flags, width and precision of one `%` directive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PctSpec {
    /// `-`: left-justify.
    pub ljust: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// ` `: blank before positive numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
    /// Minimum width (after `*` resolution).
    pub width: Option<usize>,
    /// Precision (after `*` resolution).
    pub precision: Option<usize>,
}

/// A parsed directive (text after `%`, excluding any `(key)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Directive {
    /// Flags; `width`/`precision` filled when literal.
    pub spec: PctSpec,
    /// Width as written.
    pub width: Count,
    /// Precision as written.
    pub precision: Count,
    /// Conversion character (`d`, `s`, `%`, ...).
    pub conv: char,
}

/// Parses `[flags][width][.precision][hlL]conv` at the start of `s`;
/// returns the directive and the bytes consumed (`None` if incomplete).
pub fn parse_directive(s: &str) -> Option<(Directive, usize)> {
    let mut spec = PctSpec::default();
    let mut it = s.char_indices().peekable();
    while let Some(&(_, c)) = it.peek() {
        match c {
            '-' => spec.ljust = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        it.next();
    }
    let width = read_count(&mut it);
    let precision = if it.peek().map(|p| p.1) == Some('.') {
        it.next();
        match read_count(&mut it) {
            Count::None => Count::Fixed(0),
            c => c,
        }
    } else {
        Count::None
    };
    while matches!(it.peek().map(|p| p.1), Some('h' | 'l' | 'L')) {
        it.next();
    }
    let (i, conv) = it.next()?;
    if let Count::Fixed(w) = width {
        spec.width = Some(w);
    }
    if let Count::Fixed(p) = precision {
        spec.precision = Some(p);
    }
    Some((Directive { spec, width, precision, conv }, i + conv.len_utf8()))
}

fn read_count(it: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Count {
    if it.peek().map(|p| p.1) == Some('*') {
        it.next();
        return Count::Star;
    }
    let mut n: Option<usize> = None;
    while let Some(d) = it.peek().and_then(|p| p.1.to_digit(10)) {
        n = Some(n.unwrap_or(0).saturating_mul(10).saturating_add(d as usize));
        it.next();
    }
    n.map_or(Count::None, Count::Fixed)
}

/// `%d %i %u %x %X %o` of an int.
pub fn pct_int(v: &PyInt, conv: char, spec: &PctSpec) -> String {
    let (radix, prefix, upper) = match conv {
        'x' => (16, "0x", false),
        'X' => (16, "0X", true),
        'o' => (8, "0o", false),
        _ => (10, "", false),
    };
    let mut digits = v.abs().to_radix(radix, false, upper);
    if let Some(p) = spec.precision {
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let prefix = if spec.alt { prefix } else { "" };
    output_number(v.is_negative(), prefix, &digits, spec)
}

/// `%e %E %f %F %g %G` of a float (default precision 6).
pub fn pct_float(v: f64, conv: char, spec: &PctSpec) -> String {
    let p = spec.precision.unwrap_or(6);
    let mode = match conv.to_ascii_lowercase() {
        'e' => FloatMode::Exp(p),
        'f' => FloatMode::Fixed(p),
        _ => FloatMode::General(p),
    };
    let flags = FloatFlags { alt: spec.alt, upper: conv.is_ascii_uppercase(), ..Default::default() };
    let s = double_to_string(v, mode, flags);
    match s.strip_prefix('-') {
        Some(body) => output_number(true, "", body, spec),
        None => output_number(false, "", &s, spec),
    }
}

/// `%s`, `%r`, `%a` of the already-converted text (precision truncates).
pub fn pct_str(s: &str, spec: &PctSpec) -> String {
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    pad_text(&body, spec)
}

/// `%c` of a one-character string.
pub fn pct_char(c: char, spec: &PctSpec) -> String {
    pad_text(&c.to_string(), spec)
}

/// `%c` of an int (`OverflowError: %c arg not in range(0x110000)`).
pub fn pct_char_code(v: &PyInt, spec: &PctSpec) -> PyResult<String> {
    let range = || PyErr::overflow("%c arg not in range(0x110000)");
    let cp = v.as_i64().and_then(|x| u32::try_from(x).ok()).filter(|&c| c <= 0x10ffff).ok_or_else(range)?;
    // Lone surrogates cannot be represented in a Rust string.
    let c = char::from_u32(cp).ok_or_else(|| PyErr::value("surrogate code points are not supported"))?;
    Ok(pct_char(c, spec))
}

fn pad_text(body: &str, spec: &PctSpec) -> String {
    let n = char_count(body);
    let pad = " ".repeat(spec.width.unwrap_or(0).saturating_sub(n));
    if spec.ljust {
        format!("{body}{pad}")
    } else {
        format!("{pad}{body}")
    }
}

/// Sign, prefix, zero or space padding as `unicode_format_arg_output`.
fn output_number(negative: bool, prefix: &str, digits: &str, spec: &PctSpec) -> String {
    let sign = if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.blank {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + char_count(digits);
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    if spec.ljust {
        format!("{sign}{prefix}{digits}{}", " ".repeat(pad))
    } else if spec.zero {
        format!("{sign}{prefix}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(pad))
    }
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::num::int_text::parse_int_str;

    fn d(f: &str) -> Directive {
        parse_directive(&f[1..]).unwrap().0
    }

    // Expected values: python3 3.11.7 `fmt % value` (tools/gen_pct_tests.py).
    #[test]
    fn matches_python() {
        assert_eq!(format!("{}", pct_int(&parse_int_str("5", 10, 0).unwrap(), 'd', &d("%d").spec)), "5");
        assert_eq!(format!("{}", pct_int(&parse_int_str("-42", 10, 0).unwrap(), 'd', &d("%5d").spec)), "  -42");
        assert_eq!(format!("{}|", pct_int(&parse_int_str("42", 10, 0).unwrap(), 'd', &d("%-5d").spec)), "42   |");
        assert_eq!(format!("{}", pct_int(&parse_int_str("-42", 10, 0).unwrap(), 'd', &d("%05d").spec)), "-0042");
        assert_eq!(format!("{}", pct_int(&parse_int_str("5", 10, 0).unwrap(), 'd', &d("%+d").spec)), "+5");
        assert_eq!(format!("{}", pct_int(&parse_int_str("5", 10, 0).unwrap(), 'd', &d("% d").spec)), " 5");
        assert_eq!(format!("{}", pct_int(&parse_int_str("5", 10, 0).unwrap(), 'd', &d("%.3d").spec)), "005");
        assert_eq!(format!("{}", pct_int(&parse_int_str("-5", 10, 0).unwrap(), 'd', &d("%8.3d").spec)), "    -005");
        assert_eq!(format!("{}|", pct_int(&parse_int_str("5", 10, 0).unwrap(), 'd', &d("%-08.3d").spec)), "005     |");
        assert_eq!(format!("{}", pct_int(&parse_int_str("7", 10, 0).unwrap(), 'd', &d("%+.3d").spec)), "+007");
        assert_eq!(format!("{}", pct_int(&parse_int_str("255", 10, 0).unwrap(), 'x', &d("%x").spec)), "ff");
        assert_eq!(format!("{}", pct_int(&parse_int_str("255", 10, 0).unwrap(), 'x', &d("%#x").spec)), "0xff");
        assert_eq!(format!("{}", pct_int(&parse_int_str("255", 10, 0).unwrap(), 'X', &d("%#X").spec)), "0XFF");
        assert_eq!(format!("{}", pct_int(&parse_int_str("8", 10, 0).unwrap(), 'o', &d("%#o").spec)), "0o10");
        assert_eq!(format!("{}", pct_int(&parse_int_str("-8", 10, 0).unwrap(), 'o', &d("%o").spec)), "-10");
        assert_eq!(format!("{}", pct_int(&parse_int_str("255", 10, 0).unwrap(), 'x', &d("%#08x").spec)), "0x0000ff");
        assert_eq!(format!("{}|", pct_int(&parse_int_str("-255", 10, 0).unwrap(), 'x', &d("%-#8x").spec)), "-0xff   |");
        assert_eq!(format!("{}", pct_int(&parse_int_str("255", 10, 0).unwrap(), 'x', &d("%#.4x").spec)), "0x00ff");
        assert_eq!(format!("{}", pct_int(&parse_int_str("3", 10, 0).unwrap(), 'i', &d("%i").spec)), "3");
        assert_eq!(format!("{}", pct_int(&parse_int_str("3", 10, 0).unwrap(), 'u', &d("%u").spec)), "3");
        assert_eq!(format!("{}", pct_float(1.5f64, 'f', &d("%f").spec)), "1.500000");
        assert_eq!(format!("{}", pct_float(2.675f64, 'f', &d("%.2f").spec)), "2.67");
        assert_eq!(format!("{}", pct_float(-3.14159f64, 'f', &d("%10.3f").spec)), "    -3.142");
        assert_eq!(format!("{}|", pct_float(2.25f64, 'f', &d("%-10.1f").spec)), "2.2       |");
        assert_eq!(format!("{}", pct_float(-1.5f64, 'f', &d("%010.2f").spec)), "-000001.50");
        assert_eq!(format!("{}", pct_float(0.05f64, 'f', &d("%+.1f").spec)), "+0.1");
        assert_eq!(format!("{}", pct_float(1.0f64, 'f', &d("% f").spec)), " 1.000000");
        assert_eq!(format!("{}", pct_float(2.0f64, 'f', &d("%#.0f").spec)), "2.");
        assert_eq!(format!("{}", pct_float(2.5f64, 'f', &d("%.0f").spec)), "2");
        assert_eq!(format!("{}", pct_float(12345.678f64, 'e', &d("%e").spec)), "1.234568e+04");
        assert_eq!(format!("{}", pct_float(0.000123f64, 'E', &d("%.2E").spec)), "1.23E-04");
        assert_eq!(format!("{}", pct_float(0.0001f64, 'g', &d("%g").spec)), "0.0001");
        assert_eq!(format!("{}", pct_float(1e-05f64, 'g', &d("%g").spec)), "1e-05");
        assert_eq!(format!("{}", pct_float(1.0f64, 'g', &d("%#g").spec)), "1.00000");
        assert_eq!(format!("{}", pct_float(1e+20f64, 'G', &d("%G").spec)), "1E+20");
        assert_eq!(format!("{}", pct_float(1234.5f64, 'g', &d("%.3g").spec)), "1.23e+03");
        assert_eq!(format!("{}|", pct_float(3.14159f64, 'g', &d("%10.4g").spec)), "     3.142|");
        assert_eq!(format!("{}", pct_float(f64::INFINITY, 'f', &d("%f").spec)), "inf");
        assert_eq!(format!("{}", pct_float(f64::NEG_INFINITY, 'f', &d("%05f").spec)), "-0inf");
        assert_eq!(format!("{}", pct_float(f64::NAN, 'f', &d("%+f").spec)), "+nan");
        assert_eq!(format!("{}", pct_float(1.5f64, 'e', &d("%010.1e").spec)), "0001.5e+00");
        assert_eq!(format!("{}", pct_str("abc", &d("%s").spec)), "abc");
        assert_eq!(format!("{}|", pct_str("ab", &d("%5s").spec)), "   ab|");
        assert_eq!(format!("{}|", pct_str("ab", &d("%-5s").spec)), "ab   |");
        assert_eq!(format!("{}", pct_str("abc", &d("%.1s").spec)), "a");
        assert_eq!(format!("{}|", pct_str("abc", &d("%5.1s").spec)), "    a|");
        assert_eq!(format!("{}", pct_str("\"a'b\"", &d("%r").spec)), "\"a'b\"");
        assert_eq!(format!("{}", pct_str("'\\xe9'", &d("%a").spec)), "'\\xe9'");
        assert_eq!(format!("{}", pct_char_code(&PyInt::Small(65), &d("%c").spec).unwrap()), "A");
        assert_eq!(format!("{}|", pct_char('x', &d("%3c").spec)), "  x|");
        assert_eq!(format!("{}|", pct_char_code(&PyInt::Small(8364), &d("%-3c").spec).unwrap()), "\u{20ac}  |");
        assert_eq!(d("%%").conv, '%');
        assert_eq!(format!("{}|", pct_str("ab", &d("%05s").spec)), "   ab|");
        assert_eq!(format!("{}", pct_str("ab", &d("%+s").spec)), "ab");
        assert_eq!(format!("{}", pct_int(&parse_int_str("1000000000000000000000000000000", 10, 0).unwrap(), 'd', &d("%d").spec)), "1000000000000000000000000000000");
        assert_eq!(format!("{}", pct_int(&parse_int_str("-1180591620717411303424", 10, 0).unwrap(), 'x', &d("%x").spec)), "-400000000000000000");
        assert_eq!(format!("{}", pct_float(5e-324f64, 'e', &d("%.0e").spec)), "5e-324");
        assert_eq!(format!("{}", pct_float(1e+20f64, 'f', &d("%f").spec)), "100000000000000000000.000000");
        assert_eq!(format!("{}", pct_float(0.1f64, 'f', &d("%.50f").spec)), "0.10000000000000000555111512312578270211815834045410");
        assert_eq!(format!("{}", pct_float(100000.0f64, 'g', &d("%g").spec)), "100000");
        assert_eq!(format!("{}", pct_float(1000000.0f64, 'g', &d("%g").spec)), "1e+06");
        assert_eq!(format!("{}", pct_float(0.5f64, 'g', &d("%.0g").spec)), "0.5");
        assert_eq!(format!("{}", pct_float(0.0001f64, 'g', &d("%#.3g").spec)), "0.000100");
        assert_eq!(format!("{}", pct_int(&parse_int_str("0", 10, 0).unwrap(), 'x', &d("%#x").spec)), "0x0");
        assert_eq!(format!("{}", pct_int(&parse_int_str("0", 10, 0).unwrap(), 'o', &d("%#o").spec)), "0o0");
        assert_eq!(pct_char_code(&PyInt::Small(1114112), &d("%c").spec).unwrap_err().msg, "%c arg not in range(0x110000)");
        assert_eq!(pct_char_code(&PyInt::Small(-1), &d("%c").spec).unwrap_err().msg, "%c arg not in range(0x110000)");
        assert_eq!(parse_directive("*.*f"), Some((Directive { spec: PctSpec::default(), width: Count::Star, precision: Count::Star, conv: 'f' }, 4)));
        assert_eq!(parse_directive("-5"), None);
        assert_eq!(d("%.d").spec.precision, Some(0));
    }
}
