//! Float to text exactly as CPython's `PyOS_double_to_string` /
//! `format_float_short`: `repr(float)`, and the `e`/`f`/`g`/`r` modes used by
//! `format()` and `%`-formatting.
//!
//! Digit generation relies on Rust's float formatting, which (like David
//! Gay's `dtoa` used by CPython) is exact: `{:e}` gives the shortest
//! round-tripping digits and `{:.N}` / `{:.Ne}` are correctly rounded
//! (half-even on the exact binary value).

/// Which `PyOS_double_to_string` conversion to perform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    /// `'e'`: exponent form with this many digits after the point.
    Exp(usize),
    /// `'f'`: fixed form with this many digits after the point.
    Fixed(usize),
    /// `'g'`: this many significant digits (0 is treated as 1).
    General(usize),
    /// `'r'`: shortest round-trip digits (repr).
    Repr,
}

/// Formatting flags (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `#`: keep trailing zeros / decimal point (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Append `.0` to integral non-exponent results (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// Uppercase `E`, `INF`, `NAN`.
    pub upper: bool,
}

/// `repr(v)` / `str(v)`.
pub fn repr(v: f64) -> String {
    let flags = FloatFlags { add_dot_0: true, ..FloatFlags::default() };
    double_to_string(v, FloatMode::Repr, flags)
}

/// CPython's `PyOS_double_to_string` (a leading `-` for negative values,
/// including `-0.0`; NaN never gets a sign).
pub fn double_to_string(v: f64, mode: FloatMode, flags: FloatFlags) -> String {
    if !v.is_finite() {
        let s = if v.is_nan() { "nan" } else if v > 0.0 { "inf" } else { "-inf" };
        return if flags.upper { s.to_uppercase() } else { s.to_string() };
    }
    let (digits, decpt) = digits_for(v.abs(), mode);
    let body = layout(&digits, decpt, mode, flags);
    if v.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// Decimal digits (no trailing zeros, `"0"` for zero) and the decimal
/// point position, as `_Py_dg_dtoa` returns them for `mode`.
pub(crate) fn digits_for(a: f64, mode: FloatMode) -> (Vec<u8>, i64) {
    match mode {
        FloatMode::Repr => shortest_half_even(a),
        FloatMode::Exp(p) => from_exp_form(&format!("{:.*e}", p, a)),
        FloatMode::General(p) => from_exp_form(&format!("{:.*e}", p.max(1) - 1, a)),
        FloatMode::Fixed(p) => from_fixed_form(&format!("{:.*}", p, a)),
    }
}

/// Parses Rust's `d.ddde[-]x` output.
/// The shortest round-tripping digits, with CPython's tie rule: when the
/// value lies exactly halfway between two shortest candidates (its exact
/// decimal expansion is the shorter digits plus a final 5), dtoa picks the
/// one ending in an even digit, where Rust's formatter rounds up.
fn shortest_half_even(a: f64) -> (Vec<u8>, i64) {
    let shortest = format!("{a:e}");
    let (digits, decpt) = from_exp_form(&shortest);
    let n = digits.len();
    if n == 0 || a == 0.0 {
        return (digits, decpt);
    }
    // Exact digits of the double (f64 values have at most 767 significant
    // decimal digits; Rust prints them exactly, padding with zeros).
    let (exact, exact_decpt) = from_exp_form(&format!("{a:.800e}"));
    if exact_decpt != decpt || exact.len() != n + 1 || exact[n] != b'5' {
        return (digits, decpt);
    }
    // A tie between the truncation `exact[..n]` and the next number up.
    let truncated = exact[..n].to_vec();
    let last_even = |d: &[u8]| d.last().is_some_and(|c| (c - b'0') % 2 == 0);
    if last_even(&truncated) && roundtrips(&truncated, decpt, a) {
        return normalise(truncated, decpt);
    }
    (digits, decpt)
}

/// Does `0.DIGITS * 10**decpt` parse back to `a`?
fn roundtrips(digits: &[u8], decpt: i64, a: f64) -> bool {
    let text = format!("0.{}e{}", String::from_utf8_lossy(digits), decpt);
    text.parse::<f64>().is_ok_and(|v| v == a)
}

fn from_exp_form(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    normalise(digits, exp + 1)
}

/// Parses Rust's `ddd.ddd` output.
fn from_fixed_form(s: &str) -> (Vec<u8>, i64) {
    let (int_part, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
    let mut decpt = int_part.len() as i64;
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i64;
    normalise(digits, decpt)
}

fn normalise(mut digits: Vec<u8>, decpt: i64) -> (Vec<u8>, i64) {
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() || digits.iter().all(|&d| d == b'0') {
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// The layout part of CPython's `format_float_short` (sign excluded).
fn layout(digits: &[u8], mut decpt: i64, mode: FloatMode, flags: FloatFlags) -> String {
    let n = digits.len() as i64;
    let (use_exp, mut vend) = match mode {
        FloatMode::Exp(p) => (true, p as i64 + 1),
        FloatMode::Fixed(p) => (false, decpt + p as i64),
        FloatMode::General(p) => {
            let p = p.max(1) as i64;
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            (decpt <= -4 || decpt > limit, if flags.alt { p } else { n })
        }
        FloatMode::Repr => (decpt <= -4 || decpt > 16, n),
    };
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 { decpt + 1 } else { decpt };
    vend = vend.max(min_end).max(n);
    let mut out = String::new();
    let zeros = |out: &mut String, k: i64| out.extend(std::iter::repeat_n('0', k.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    let text = |d: &[u8]| String::from_utf8_lossy(d).into_owned();
    if 0 < decpt && decpt <= n {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(digits));
    }
    if n < decpt {
        zeros(&mut out, decpt - n);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - n);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;

    #[test]
    fn reprs_match_python() {
        // (value, repr(value)) pairs printed by python3 3.11.
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"), (1e16, "1e+16"), (1e-05, "1e-05"), (123456789012345.0, "123456789012345.0"),
            (1.2345678901234567e16, "1.2345678901234568e+16"), (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"), (f64::NAN, "nan"), (-0.0, "-0.0"), (5e-324, "5e-324"),
            (0.0, "0.0"), (1.0, "1.0"), (-1.5, "-1.5"), (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"), (1e22, "1e+22"), (0.0001, "0.0001"),
            (0.00012345, "0.00012345"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"), (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"), (2.0 / 3.0, "0.6666666666666666"), (100.0, "100.0"),
            (123.456, "123.456"), (-1e-7, "-1e-07"), (1.5e-10, "1.5e-10"), (12345678.9, "12345678.9"),
            (4.35, "4.35"), (2.675, "2.675"), (1e100, "1e+100"), (1.1e-100, "1.1e-100"),
            (3.141592653589793, "3.141592653589793"), (2.718281828459045, "2.718281828459045"),
            (1e-4, "0.0001"), (9.999999999999999e-5, "9.999999999999999e-05"), (5e-5, "5e-05"),
            (123e18, "1.23e+20"), (0.5, "0.5"), (2.0f64.powi(53), "9007199254740992.0"),
            (2.0f64.powi(60), "1.152921504606847e+18"), (1e-320, "1e-320"), (4.9406564584124654e-324, "5e-324"),
            (1234567890123456.7, "1234567890123456.8"), (0.3, "0.3"), (7.0e-3, "0.007"),
            (-123456.0, "-123456.0"), (1e+300 * 10.0, "1e+301"), (8.41e21, "8.41e+21"), (1.0e23, "1e+23"),
        ];
        for (v, r) in cases {
            assert_eq!(repr(*v), *r, "{v:e}");
        }
    }

    #[test]
    fn modes() {
        let f = FloatFlags::default();
        let alt = FloatFlags { alt: true, ..f };
        let d0 = FloatFlags { add_dot_0: true, ..f };
        assert_eq!(double_to_string(0.001, FloatMode::Fixed(2), f), "0.00");
        assert_eq!(double_to_string(-0.001, FloatMode::Fixed(2), f), "-0.00");
        assert_eq!(double_to_string(0.4, FloatMode::Fixed(0), f), "0");
        assert_eq!(double_to_string(0.5, FloatMode::Fixed(0), alt), "0.");
        assert_eq!(double_to_string(2.5, FloatMode::Fixed(0), f), "2");
        assert_eq!(double_to_string(1234.5, FloatMode::Exp(3), f), "1.234e+03");
        assert_eq!(double_to_string(0.0, FloatMode::Exp(6), f), "0.000000e+00");
        assert_eq!(double_to_string(1e-10, FloatMode::General(6), f), "1e-10");
        assert_eq!(double_to_string(123456789.0, FloatMode::General(6), f), "1.23457e+08");
        assert_eq!(double_to_string(3.0, FloatMode::General(6), f), "3");
        assert_eq!(double_to_string(3.0, FloatMode::General(6), alt), "3.00000");
        assert_eq!(double_to_string(123.0, FloatMode::General(3), d0), "1.23e+02");
        assert_eq!(double_to_string(12.0, FloatMode::General(3), d0), "12.0");
        assert_eq!(double_to_string(0.1, FloatMode::General(20), f), "0.10000000000000000555");
        assert_eq!(double_to_string(f64::NAN, FloatMode::Fixed(2), FloatFlags { upper: true, ..f }), "NAN");
    }
}
