//! `round(float)` and `round(float, ndigits)` with CPython's correctly
//! rounded semantics: round-half-even on the exact binary value
//! (`round(2.675, 2) == 2.67`, `round(0.125, 2) == 0.12`).

use num_bigint::BigInt;
use num_integer::Integer;

use crate::num::error::{PyErr, PyResult};
use crate::num::float_ops::decompose;
use crate::num::int::PyInt;
use crate::num::ratio::ratio_to_f64;

/// Beyond this many digits a float always rounds to itself.
const NDIGITS_MAX: i64 = 323;
/// Below this many digits a float always rounds to (signed) zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x)`: nearest integer, ties to even (errors for inf/nan).
pub fn round_to_int(x: f64) -> PyResult<PyInt> {
    let mut r = x.round();
    if (x - r).abs() == 0.5 {
        r = 2.0 * (x / 2.0).round();
    }
    PyInt::from_f64(r)
}

/// `round(x, ndigits)`.
pub fn round_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX || x == 0.0 {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (mant, exp) = decompose(x.abs());
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let ten = num_traits::pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= &ten;
    } else {
        den *= &ten;
    }
    let q = div_round_half_even(&num, &den);
    let r = if ndigits >= 0 { ratio_to_f64(&q, &ten) } else { ratio_to_f64(&(q * &ten), &BigInt::from(1)) };
    let r = r.ok_or_else(|| PyErr::overflow("rounded value too large to represent"))?;
    Ok(r.copysign(x))
}

/// `num / den` rounded to the nearest integer, ties to even (`den > 0`).
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = r * 2;
    match twice.cmp(den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;

    // Expected values: python3 3.11.7 round(x, n) / round(x).
    #[test]
    fn matches_python() {
        assert_eq!(round_digits(2.675f64, 2).unwrap().to_bits(), 2.67f64.to_bits(), "2.675 2");
        assert_eq!(round_digits(0.125f64, 2).unwrap().to_bits(), 0.12f64.to_bits(), "0.125 2");
        assert_eq!(round_digits(0.375f64, 2).unwrap().to_bits(), 0.38f64.to_bits(), "0.375 2");
        assert_eq!(round_digits(2.5f64, 0).unwrap().to_bits(), 2.0f64.to_bits(), "2.5 0");
        assert_eq!(round_digits(-2.5f64, 0).unwrap().to_bits(), f64::to_bits(-2.0f64), "-2.5 0");
        assert_eq!(round_digits(1.5f64, 0).unwrap().to_bits(), 2.0f64.to_bits(), "1.5 0");
        assert_eq!(round_digits(0.5f64, 0).unwrap().to_bits(), 0.0f64.to_bits(), "0.5 0");
        assert_eq!(round_digits(-0.5f64, 0).unwrap().to_bits(), f64::to_bits(-0.0f64), "-0.5 0");
        assert_eq!(round_digits(1234.5678f64, -2).unwrap().to_bits(), 1200.0f64.to_bits(), "1234.5678 -2");
        assert_eq!(round_digits(1250.0f64, -2).unwrap().to_bits(), 1200.0f64.to_bits(), "1250.0 -2");
        assert_eq!(round_digits(1350.0f64, -2).unwrap().to_bits(), 1400.0f64.to_bits(), "1350.0 -2");
        assert_eq!(round_digits(-0.4f64, 0).unwrap().to_bits(), f64::to_bits(-0.0f64), "-0.4 0");
        assert_eq!(round_digits(0.1f64, 20).unwrap().to_bits(), 0.1f64.to_bits(), "0.1 20");
        assert_eq!(round_digits(1e+300f64, -299).unwrap().to_bits(), 1e+300f64.to_bits(), "1e+300 -299");
        assert_eq!(round_digits(1.7976931348623157e+308f64, -308).unwrap_err().msg, "rounded value too large to represent");
        assert_eq!(round_digits(1.7976931348623157e+308f64, -307).unwrap_err().msg, "rounded value too large to represent");
        assert_eq!(round_digits(5e-324f64, 323).unwrap().to_bits(), 0.0f64.to_bits(), "5e-324 323");
        assert_eq!(round_digits(5e-324f64, 324).unwrap().to_bits(), 5e-324f64.to_bits(), "5e-324 324");
        assert_eq!(round_digits(123.456f64, -400).unwrap().to_bits(), 0.0f64.to_bits(), "123.456 -400");
        assert_eq!(round_digits(-123.456f64, -400).unwrap().to_bits(), f64::to_bits(-0.0f64), "-123.456 -400");
        assert_eq!(round_digits(0.3f64, 1).unwrap().to_bits(), 0.3f64.to_bits(), "0.3 1");
        assert_eq!(round_digits(1.15f64, 1).unwrap().to_bits(), 1.1f64.to_bits(), "1.15 1");
        assert_eq!(round_digits(1.25f64, 1).unwrap().to_bits(), 1.2f64.to_bits(), "1.25 1");
        assert_eq!(round_digits(1.35f64, 1).unwrap().to_bits(), 1.4f64.to_bits(), "1.35 1");
        assert_eq!(round_digits(1.152921504606847e+18f64, -3).unwrap().to_bits(), 1.152921504606847e+18f64.to_bits(), "1.152921504606847e+18 -3");
        assert_eq!(round_digits(7.5e-05f64, 4).unwrap().to_bits(), 0.0001f64.to_bits(), "7.5e-05 4");
        assert_eq!(round_digits(1e+22f64, -22).unwrap().to_bits(), 1e+22f64.to_bits(), "1e+22 -22");
        assert_eq!(round_digits(4500000000000000.0f64, -15).unwrap().to_bits(), 4000000000000000.0f64.to_bits(), "4500000000000000.0 -15");
        assert_eq!(round_digits(5500000000000000.0f64, -15).unwrap().to_bits(), 6000000000000000.0f64.to_bits(), "5500000000000000.0 -15");
        assert_eq!(round_digits(0.0f64, 3).unwrap().to_bits(), 0.0f64.to_bits(), "0.0 3");
        assert_eq!(round_digits(-0.0f64, 3).unwrap().to_bits(), f64::to_bits(-0.0f64), "-0.0 3");
        assert_eq!(round_digits(123.456f64, 400).unwrap().to_bits(), 123.456f64.to_bits(), "123.456 400");
        assert_eq!(round_digits(1e-320f64, 322).unwrap().to_bits(), 1e-320f64.to_bits(), "1e-320 322");
        assert_eq!(round_digits(1e-320f64, 320).unwrap().to_bits(), 1e-320f64.to_bits(), "1e-320 320");
        assert_eq!(round_to_int(2.5f64).unwrap().to_string(), "2");
        assert_eq!(round_to_int(3.5f64).unwrap().to_string(), "4");
        assert_eq!(round_to_int(-2.5f64).unwrap().to_string(), "-2");
        assert_eq!(round_to_int(0.5f64).unwrap().to_string(), "0");
        assert_eq!(round_to_int(-0.5f64).unwrap().to_string(), "0");
        assert_eq!(round_to_int(1.4999999999999998f64).unwrap().to_string(), "1");
        assert_eq!(round_to_int(1e+300f64).unwrap().to_string(), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
        assert_eq!(round_to_int(-7.5f64).unwrap().to_string(), "-8");
        assert_eq!(round_to_int(4503599627370497.0f64).unwrap().to_string(), "4503599627370497");
        assert_eq!(round_to_int(f64::INFINITY).unwrap_err().msg, "cannot convert float infinity to integer");
        assert_eq!(round_to_int(f64::NAN).unwrap_err().msg, "cannot convert float NaN to integer");
        assert!(round_digits(f64::NAN, 2).unwrap().is_nan());
    }
}
