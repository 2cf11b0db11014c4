//! Python `float` arithmetic and numeric protocol: `/ // % divmod **`,
//! `hash`, `is_integer`, `as_integer_ratio`, and exact int/float comparison.

use num_bigint::BigInt;
use std::cmp::Ordering;

use crate::num::error::{PyErr, PyResult};
use crate::num::int::{exact_f64_to_big, PyInt, HASH_MODULUS};

/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314159;

/// Result of `float ** float`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    /// A real result.
    Real(f64),
    /// Negative base with a non-integral exponent: Python computes the
    /// power in `complex` (`(-8.0) ** 0.5`); the VM must do that.
    NeedsComplex,
}

/// `a / b`: `ZeroDivisionError: float division by zero`.
pub fn div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// `a % b` with the sign of the divisor (`ZeroDivisionError: float modulo`).
pub fn rem(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_div("float modulo"));
    }
    Ok(fix_mod(a % b, b).0)
}

/// `a // b` (`ZeroDivisionError: float floor division by zero`).
pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_div("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `divmod(a, b)` (`ZeroDivisionError: float divmod()`).
pub fn divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(PyErr::zero_div("float divmod()"));
    }
    Ok(div_mod(a, b))
}

/// Makes an `fmod` remainder take the divisor's sign; returns (mod, adjusted).
fn fix_mod(m: f64, b: f64) -> (f64, bool) {
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            return (m + b, true);
        }
        (m, false)
    } else {
        (0.0f64.copysign(b), false)
    }
}

/// CPython's `_float_div_mod`.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let raw = a % b;
    let mut d = (a - raw) / b;
    let (m, adjusted) = fix_mod(raw, b);
    if adjusted {
        d -= 1.0;
    }
    let q = if d != 0.0 {
        let f = d.floor();
        if d - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (q, m)
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x % 2.0 != 0.0 && x.fract() == 0.0
}

/// `a ** b` with CPython's special cases; an infinite result from finite
/// operands raises `OverflowError: (34, 'Numerical result out of range')`.
pub fn pow(a: f64, b: f64) -> PyResult<FloatPow> {
    if let Some(r) = pow_special(a, b)? {
        return Ok(FloatPow::Real(r));
    }
    let (base, negate) = if a < 0.0 {
        if b != b.floor() {
            return Ok(FloatPow::NeedsComplex);
        }
        (-a, is_odd_integer(b))
    } else {
        (a, false)
    };
    if base == 1.0 {
        return Ok(FloatPow::Real(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(FloatPow::Real(if negate { -r } else { r }))
}

/// The special cases CPython's `float_pow` settles before calling `pow()`.
fn pow_special(a: f64, b: f64) -> PyResult<Option<f64>> {
    if b == 0.0 {
        return Ok(Some(1.0));
    }
    if a.is_nan() {
        return Ok(Some(a));
    }
    if b.is_nan() {
        return Ok(Some(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let av = a.abs();
        return Ok(Some(if av == 1.0 {
            1.0
        } else if (b > 0.0) == (av > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(Some(match (b > 0.0, odd) {
            (true, true) => a,
            (true, false) => a.abs(),
            (false, true) => 0.0f64.copysign(a),
            (false, false) => 0.0,
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(Some(if is_odd_integer(b) { a } else { 0.0 }));
    }
    Ok(None)
}

/// CPython's `hash(float)`. NaN hashes by object identity in 3.11, so the
/// caller supplies `identity_hash` (only called for NaN).
pub fn hash(v: f64, identity_hash: impl FnOnce() -> i64) -> i64 {
    if v.is_nan() {
        return identity_hash();
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v == 0.0 {
        return 0;
    }
    let (mant, exp) = decompose(v.abs());
    let e = exp.rem_euclid(61) as u32;
    let x = u128::from(mant % HASH_MODULUS);
    let p = u128::from(HASH_MODULUS);
    let rot = ((x << e) & p) | (x >> (61 - e));
    let rot = (rot % p) as i64;
    let h = if v < 0.0 { -rot } else { rot };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits a positive finite `v` into `mant * 2**exp` with integer `mant`.
pub(crate) fn decompose(v: f64) -> (u64, i64) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `float.is_integer()`.
pub fn is_integer(v: f64) -> bool {
    v.is_finite() && v.fract() == 0.0
}

/// `float.as_integer_ratio()` in lowest terms with a positive denominator.
pub fn as_integer_ratio(v: f64) -> PyResult<(PyInt, PyInt)> {
    if v.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    if v.is_nan() {
        return Err(PyErr::value("cannot convert NaN to integer ratio"));
    }
    if v == 0.0 {
        return Ok((PyInt::Small(0), PyInt::Small(1)));
    }
    let (mut mant, mut exp) = decompose(v.abs());
    let tz = mant.trailing_zeros().min(if exp < 0 { (-exp) as u32 } else { 63 });
    mant >>= tz;
    exp += i64::from(tz);
    let m = if v < 0.0 { -BigInt::from(mant) } else { BigInt::from(mant) };
    if exp >= 0 {
        Ok((PyInt::from_big(m << exp as usize), PyInt::Small(1)))
    } else {
        Ok((PyInt::from_big(m), PyInt::from_big(BigInt::from(1) << (-exp) as usize)))
    }
}

/// Exact comparison of an int with a float (`None` when `f` is NaN), as
/// CPython's `float_richcompare` does: `2**53 + 1 == float(2**53)` is false.
pub fn compare_int_float(i: &PyInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let PyInt::Small(v) = i {
        if v.unsigned_abs() <= 1u64 << 53 {
            return (*v as f64).partial_cmp(&f);
        }
    }
    let whole = f.trunc();
    let ord = i.to_big().cmp(&exact_f64_to_big(whole));
    if ord != Ordering::Equal {
        return Some(ord);
    }
    let frac = f - whole;
    Some(0.0f64.partial_cmp(&frac).unwrap_or(Ordering::Equal))
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;

    fn bits(r: PyResult<f64>) -> u64 {
        r.unwrap().to_bits()
    }

    #[test]
    fn modulo_and_floor() {
        // Values printed by python3.
        assert_eq!(rem(5.0, -3.0).unwrap(), -1.0);
        assert_eq!(bits(rem(-0.0, 3.0)), 0.0f64.to_bits());
        assert_eq!(bits(rem(0.0, -3.0)), (-0.0f64).to_bits());
        assert_eq!(rem(-1e-300, 1e300).unwrap(), 1e300);
        assert_eq!(bits(floordiv(-0.0, 1.0)), (-0.0f64).to_bits());
        assert_eq!(floordiv(7.5, 2.0).unwrap(), 3.0);
        assert_eq!(floordiv(-7.5, 2.0).unwrap(), -4.0);
        assert_eq!(divmod(-7.5, 2.0).unwrap(), (-4.0, 0.5));
        let (q, m) = divmod(0.0, -1.0).unwrap();
        assert!(q == 0.0 && q.is_sign_negative() && m.is_sign_negative());
        let (q, m) = divmod(-0.0, 1.0).unwrap();
        assert!(q.is_sign_negative() && m.is_sign_positive());
        assert_eq!(floordiv(1e300, 1e-300).unwrap(), f64::INFINITY);
        assert_eq!(div(1.0, 0.0).unwrap_err().msg, "float division by zero");
        assert_eq!(floordiv(1.0, 0.0).unwrap_err().msg, "float floor division by zero");
        assert_eq!(rem(1.0, 0.0).unwrap_err().msg, "float modulo");
        assert_eq!(divmod(1.0, 0.0).unwrap_err().msg, "float divmod()");
    }

    #[test]
    fn powers() {
        let real = |a: f64, b: f64| match pow(a, b).unwrap() {
            FloatPow::Real(r) => r,
            FloatPow::NeedsComplex => panic!("complex"),
        };
        assert_eq!(pow(-8.0, 1.0 / 3.0).unwrap(), FloatPow::NeedsComplex);
        assert_eq!(real(-8.0, 2.0), 64.0);
        assert_eq!(real(0.0, 0.0), 1.0);
        assert_eq!(real(f64::INFINITY, -1.0), 0.0);
        assert_eq!(real(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY);
        assert_eq!(real(1.0, f64::NAN), 1.0);
        assert_eq!(real(f64::NAN, 0.0), 1.0);
        assert_eq!(real(-1.0, f64::INFINITY), 1.0);
        assert_eq!(real(2.0, -1080.0), 0.0);
        assert_eq!(real(-1.0, 1e300), 1.0);
        let e = pow(0.0, -0.5).unwrap_err();
        assert_eq!(e.msg, "0.0 cannot be raised to a negative power");
        assert!(pow(-0.0, -3.0).is_err());
        let e = pow(2.0, 10000.0).unwrap_err();
        assert_eq!(e.msg, "(34, 'Numerical result out of range')");
        assert!(pow(-10.0, 309.0).is_err());
        assert!(pow(-1.5, 1e300).is_err());
    }

    #[test]
    fn hashes() {
        let h = |v: f64| hash(v, || 7);
        assert_eq!(h(1.5), 1152921504606846977);
        assert_eq!(h(-1.0), -2);
        assert_eq!(h(f64::INFINITY), 314159);
        assert_eq!(h(f64::NEG_INFINITY), -314159);
        assert_eq!(h(1e300), 1224995262755759164);
        assert_eq!(h(-2.5e-300), -52920977297143526);
        assert_eq!(h(0.1), 230584300921369408);
        assert_eq!(h(5e-324), 16777216);
        assert_eq!(h(-1e-310), -615709907932414099);
        assert_eq!(h(1e16), 10000000000000000);
        assert_eq!(h(123456.789), 1819310134279660096);
        assert_eq!(h(-0.0), 0);
        assert_eq!(h(2305843009213693951.0), 1);
        assert_eq!(h(f64::NAN), 7);
    }

    #[test]
    fn ratios_and_comparison() {
        let r = as_integer_ratio(0.1).unwrap();
        assert_eq!(r, (PyInt::Small(3602879701896397), PyInt::Small(36028797018963968)));
        assert_eq!(as_integer_ratio(-2.5).unwrap(), (PyInt::Small(-5), PyInt::Small(2)));
        assert_eq!(as_integer_ratio(-0.0).unwrap(), (PyInt::Small(0), PyInt::Small(1)));
        assert_eq!(as_integer_ratio(1e300).unwrap().1, PyInt::Small(1));
        let e = as_integer_ratio(f64::INFINITY).unwrap_err();
        assert_eq!(e.msg, "cannot convert Infinity to integer ratio");
        let e = as_integer_ratio(f64::NAN).unwrap_err();
        assert_eq!(e.msg, "cannot convert NaN to integer ratio");
        let p53 = PyInt::Small((1 << 53) + 1);
        assert_eq!(compare_int_float(&p53, 9007199254740992.0), Some(Ordering::Greater));
        let p63 = PyInt::Small(i64::MAX).add(&PyInt::Small(1));
        assert_eq!(compare_int_float(&p63, 9.223372036854775808e18), Some(Ordering::Equal));
        assert_eq!(compare_int_float(&PyInt::Small(3), 3.5), Some(Ordering::Less));
        assert_eq!(compare_int_float(&PyInt::Small(1), f64::NAN), None);
        assert!(is_integer(3.0) && !is_integer(3.5) && !is_integer(f64::INFINITY));
    }
}
