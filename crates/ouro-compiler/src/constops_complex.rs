//! Folding of complex `/` and `**` (and of a negative float to a fractional
//! power, which Python computes in complex), as CPython's AST optimizer
//! folds them by running `complex_div` / `complex_pow`. The algorithms are
//! CPython 3.11's (Smith's quotient, `c_powi` for small integral exponents,
//! the polar form otherwise) and must stay in step with ouro-vm's
//! `num::complex`, which computes the same operations at run time; the
//! golden tests compare both paths with CPython. `None` means the
//! operation raises, so it is left to run (and raise) at run time.

/// A complex value as (real, imaginary).
pub type Pair = (f64, f64);

fn mul(a: Pair, b: Pair) -> Pair {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; None for a zero divisor.
pub fn quot(a: Pair, b: Pair) -> Option<Pair> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `complex_pow` without a modulus; None when it raises.
pub fn pow(a: Pair, b: Pair) -> Option<Pair> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        powi(a, b.0 as i64)?
    } else {
        pow_polar(a, b)?
    };
    // An infinite part is `OverflowError: complex exponentiation`.
    (!r.0.is_infinite() && !r.1.is_infinite()).then_some(r)
}

/// `c_powi`: binary powering, the reciprocal for a negative exponent.
fn powi(x: Pair, n: i64) -> Option<Pair> {
    let (mut r, mut p) = ((1.0, 0.0), x);
    let k = n.unsigned_abs();
    let mut mask: u64 = 1;
    while mask > 0 && k >= mask {
        if k & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    if n > 0 {
        Some(r)
    } else {
        quot((1.0, 0.0), r)
    }
}

/// `_Py_c_pow` in polar form; None for zero to a negative or complex
/// power and for an infinite phase (`cos(inf)` is a domain error).
fn pow_polar(a: Pair, b: Pair) -> Option<Pair> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        return (!(b.1 != 0.0 || b.0 < 0.0)).then_some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    if phase.is_infinite() {
        return None;
    }
    Some((len * phase.cos(), len * phase.sin()))
}
