//! Correctly rounded conversion of an exact rational `num / den` to `f64`.
//!
//! This is the core of CPython's `long_true_divide` and `PyLong_AsDouble`:
//! round-half-even on the exact quotient, with gradual underflow into
//! subnormals and `None` on overflow (the caller picks the message).

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

/// `num / den` correctly rounded to the nearest `f64` (ties to even).
/// Returns `None` when the rounded magnitude is `>= 2**1024` or `den == 0`.
/// A zero numerator gives `-0.0` when the signs differ (as `0 / -5` does).
pub fn ratio_to_f64(num: &BigInt, den: &BigInt) -> Option<f64> {
    if den.is_zero() {
        return None;
    }
    let negative = (num.sign() == Sign::Minus) != (den.sign() == Sign::Minus);
    let a = num.magnitude();
    let b = den.magnitude();
    let mag = if a.is_zero() {
        0.0
    } else {
        let k = a.bits() as i64 - b.bits() as i64;
        let s = 55 - k;
        let (n, d) = if s >= 0 {
            (a << (s as usize), b.clone())
        } else {
            (a.clone(), b << ((-s) as usize))
        };
        let q = &n / &d;
        let sticky = !(&n % &d).is_zero();
        round_scaled(&q, sticky, s)?
    };
    Some(if negative { -mag } else { mag })
}

/// Rounds `q * 2**-s` (with `sticky` set when `q` was truncated) to `f64`.
/// `q` has 55 or 56 significant bits.
fn round_scaled(q: &num_bigint::BigUint, sticky: bool, s: i64) -> Option<f64> {
    let n = q.bits() as i64;
    let top_exp = n - 1 - s;
    let ulp_exp = (top_exp - 52).max(-1074);
    let drop = ulp_exp + s;
    if drop > n {
        return Some(0.0);
    }
    let mut m = (q >> (drop as usize)).to_u64()?;
    let half = q.bit((drop - 1) as u64);
    let low_mask_nonzero = lower_bits_nonzero(q, (drop - 1) as u64) || sticky;
    if half && (low_mask_nonzero || m & 1 == 1) {
        m += 1;
    }
    if m == 0 {
        return Some(0.0);
    }
    let result_top = 63 - i64::from(m.leading_zeros()) + ulp_exp;
    if result_top > 1023 {
        return None;
    }
    Some(m as f64 * pow2(ulp_exp))
}

/// True when any of the lowest `count` bits of `q` is set.
fn lower_bits_nonzero(q: &num_bigint::BigUint, count: u64) -> bool {
    match q.trailing_zeros() {
        Some(tz) => tz < count,
        None => false,
    }
}

/// Exactly `2**e` for `-1074 <= e <= 1023`.
pub(crate) fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: &str, d: &str) -> Option<f64> {
        ratio_to_f64(&n.parse().unwrap(), &d.parse().unwrap())
    }

    #[test]
    fn exact_and_rounded() {
        assert_eq!(r("1", "3"), Some(1.0 / 3.0));
        assert_eq!(r("-7", "2"), Some(-3.5));
        assert_eq!(r("0", "-5").map(|f| f.is_sign_negative()), Some(true));
        assert_eq!(r("9007199254740993", "1"), Some(9007199254740992.0));
        assert_eq!(r("9007199254740995", "1"), Some(9007199254740996.0));
        assert_eq!(r("1", "0"), None);
    }

    #[test]
    fn huge_and_tiny() {
        let big = format!("1{}", "0".repeat(400));
        let big399 = format!("1{}", "0".repeat(399));
        assert_eq!(r(&big, &big399), Some(10.0));
        assert_eq!(r(&big, "3"), None);
        assert_eq!(r("3", &big), Some(0.0));
        // 2**-1074 is the smallest subnormal; 2**-1075 rounds to 0 (tie to even).
        let p1075 = num_traits::pow(BigInt::from(2), 1075).to_string();
        let p1074 = num_traits::pow(BigInt::from(2), 1074).to_string();
        assert_eq!(r("1", &p1075), Some(0.0));
        assert_eq!(r("3", &p1075), Some(2.0 * 5e-324));
        assert_eq!(r("1", &p1074), Some(5e-324));
    }
}
