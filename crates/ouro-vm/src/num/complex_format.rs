//! `format(z, spec)` for `complex`, as CPython 3.11's
//! `format_complex_internal`: each part is formatted like a float (the
//! imaginary part always signed unless the real part is omitted), then the
//! whole `re±imj` is padded. No type means `str()`-like output; zero
//! padding and `=` alignment are refused.

use crate::num::complex::Complex;
use crate::num::complex_text::repr;
use crate::num::error::{PyErr, PyResult};
use crate::num::float_repr::{double_to_string, FloatFlags, FloatMode};
use crate::num::format::{is_negative_zero_text, layout_float_text, pad, unknown_code};
use crate::num::format_spec::FormatSpec;

/// `format(z, spec)`.
pub fn format_complex(z: Complex, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(repr(z));
    }
    let f = FormatSpec::parse(spec, '\0', '>', "complex")?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => format_spec(z, &f),
        t => Err(unknown_code(t, "complex")),
    }
}

fn check_spec(f: &FormatSpec) -> PyResult<()> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value("precision too big"));
    }
    if f.fill == '0' {
        return Err(PyErr::value("Zero padding is not allowed in complex format specifier"));
    }
    if f.align == '=' {
        return Err(PyErr::value("'=' alignment flag is not allowed in complex format specifier"));
    }
    Ok(())
}

fn format_spec(z: Complex, f: &FormatSpec) -> PyResult<String> {
    check_spec(f)?;
    let flags = FloatFlags { alt: f.alternate, upper: matches!(f.ty, 'E' | 'F' | 'G'), ..Default::default() };
    let omitted = f.ty == '\0';
    // With no type, `+0` real parts are left out and others parenthesized.
    let skip_re = omitted && z.re == 0.0 && z.re.is_sign_positive();
    let parens = omitted && !skip_re;
    let mode = match (f.ty.to_ascii_lowercase(), f.precision) {
        ('\0', None) => FloatMode::Repr,
        ('e', p) => FloatMode::Exp(p.unwrap_or(6)),
        ('f', p) => FloatMode::Fixed(p.unwrap_or(6)),
        (_, p) => FloatMode::General(p.unwrap_or(6)),
    };
    let text = |v: f64| {
        let mut s = double_to_string(v, mode, flags);
        if f.no_neg_0 && v.is_finite() && is_negative_zero_text(&s) {
            s.remove(0);
        }
        s
    };
    // Each part is laid out without padding; the padding comes last.
    let mut part_spec = FormatSpec { fill: ' ', align: '<', width: None, ..f.clone() };
    let re = if skip_re { String::new() } else { layout_float_text(&text(z.re), &part_spec) };
    if !skip_re {
        part_spec.sign = Some('+');
    }
    let im = layout_float_text(&text(z.im), &part_spec);
    let body = if parens { format!("({re}{im}j)") } else { format!("{re}{im}j") };
    Ok(pad(&body, f))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(re: f64, im: f64, spec: &str) -> String {
        match format_complex(Complex::new(re, im), spec) {
            Ok(s) => s,
            Err(e) => e.msg,
        }
    }

    #[test]
    fn formats_like_cpython() {
        // Printed by python3 3.11: format(complex(re, im), spec).
        assert_eq!(fmt(1.0, 2.0, ""), "(1+2j)");
        assert_eq!(fmt(1.0, 2.0, ".2f"), "1.00+2.00j");
        assert_eq!(fmt(1.0, 2.0, ">20"), "              (1+2j)");
        assert_eq!(fmt(-0.0, 2.0, "z.1f"), "0.0+2.0j");
        assert_eq!(fmt(0.0, 2.0, "+"), "+2j");
        assert_eq!(fmt(0.0, 2.0, "+g"), "+0+2j");
        assert_eq!(fmt(1.0, 2.0, ",.3e"), "1.000e+00+2.000e+00j");
        assert_eq!(fmt(1.0, 2.0, "010"), "Zero padding is not allowed in complex format specifier");
        assert_eq!(fmt(1.0, 2.0, "=10"), "'=' alignment flag is not allowed in complex format specifier");
        assert_eq!(fmt(1.0, 2.0, "d"), "Unknown format code 'd' for object of type 'complex'");
    }
}
