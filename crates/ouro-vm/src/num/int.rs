//! The Python `int` value: [`PyInt`], a normalised small/big integer.
//!
//! `PyInt::Small` holds every value that fits an `i64`; `PyInt::Big` is used
//! only for values outside that range, so structural equality is numeric
//! equality. This file has the representation, conversions, comparison,
//! hashing, `bit_length` and `sys.getsizeof`; arithmetic lives in
//! `int_arith.rs`, bit operations in `int_bits.rs`, text in `int_text.rs`.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cmp::Ordering;

use crate::num::error::{PyErr, PyResult};
use crate::num::ratio::ratio_to_f64;

/// A Python `int`, normalised: `Big` only when the value does not fit `i64`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyInt {
    /// A value in `i64` range.
    Small(i64),
    /// A value outside `i64` range.
    Big(BigInt),
}

/// CPython's hash modulus for numbers: `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;

impl From<i64> for PyInt {
    fn from(v: i64) -> PyInt {
        PyInt::Small(v)
    }
}

impl From<BigInt> for PyInt {
    fn from(b: BigInt) -> PyInt {
        PyInt::from_big(b)
    }
}

impl PyInt {
    /// Normalises a `BigInt` into a `PyInt`.
    pub fn from_big(b: BigInt) -> PyInt {
        match b.to_i64() {
            Some(v) => PyInt::Small(v),
            None => PyInt::Big(b),
        }
    }

    /// Builds from an `i128`, normalising.
    pub fn from_i128(v: i128) -> PyInt {
        match i64::try_from(v) {
            Ok(s) => PyInt::Small(s),
            Err(_) => PyInt::Big(BigInt::from(v)),
        }
    }

    /// The value as a `BigInt` (allocates for small values).
    pub fn to_big(&self) -> BigInt {
        match self {
            PyInt::Small(v) => BigInt::from(*v),
            PyInt::Big(b) => b.clone(),
        }
    }

    /// The value as `i64` when it fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            PyInt::Small(v) => Some(*v),
            PyInt::Big(_) => None,
        }
    }

    /// True for zero.
    pub fn is_zero(&self) -> bool {
        matches!(self, PyInt::Small(0))
    }

    /// True for values below zero.
    pub fn is_negative(&self) -> bool {
        match self {
            PyInt::Small(v) => *v < 0,
            PyInt::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// `int.bit_length()`: bits of `abs(self)`, 0 for zero.
    pub fn bit_length(&self) -> u64 {
        match self {
            PyInt::Small(v) => 64 - u64::from(v.unsigned_abs().leading_zeros()),
            PyInt::Big(b) => b.bits(),
        }
    }

    /// `sys.getsizeof(int)`: `24 + 4 * max(1, ceil(bit_length / 30))` (spec 1.3).
    pub fn sizeof(&self) -> usize {
        let digits = self.bit_length().div_ceil(30).max(1);
        24 + 4 * digits as usize
    }

    /// CPython's `hash(int)`: sign * (|v| mod 2**61-1), with -1 mapped to -2.
    pub fn hash(&self) -> i64 {
        let (neg, m) = match self {
            PyInt::Small(v) => (*v < 0, v.unsigned_abs() % HASH_MODULUS),
            PyInt::Big(b) => {
                let r = b.magnitude() % HASH_MODULUS;
                (b.sign() == Sign::Minus, r.to_u64().unwrap_or(0))
            }
        };
        let h = if neg { -(m as i64) } else { m as i64 };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// `-self`.
    pub fn neg(&self) -> PyInt {
        match self {
            PyInt::Small(v) => match v.checked_neg() {
                Some(n) => PyInt::Small(n),
                None => PyInt::Big(-BigInt::from(*v)),
            },
            PyInt::Big(b) => PyInt::from_big(-b),
        }
    }

    /// `abs(self)`.
    pub fn abs(&self) -> PyInt {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `float(self)`: correctly rounded (half-even), or
    /// `OverflowError: int too large to convert to float`.
    pub fn to_f64(&self) -> PyResult<f64> {
        if let PyInt::Small(v) = self {
            if v.unsigned_abs() <= 1u64 << 53 {
                return Ok(*v as f64);
            }
        }
        ratio_to_f64(&self.to_big(), &BigInt::from(1))
            .ok_or_else(|| PyErr::overflow("int too large to convert to float"))
    }

    /// `int(f)` for a float: truncation toward zero, with CPython's errors
    /// for infinities (`OverflowError`) and NaN (`ValueError`).
    pub fn from_f64(f: f64) -> PyResult<PyInt> {
        if f.is_nan() {
            return Err(PyErr::value("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(PyErr::overflow("cannot convert float infinity to integer"));
        }
        let t = f.trunc();
        if t.abs() < 9.0e18 {
            return Ok(PyInt::Small(t as i64));
        }
        Ok(PyInt::from_big(exact_f64_to_big(t)))
    }
}

/// Converts an integral, finite `f64` to the exact `BigInt` it denotes.
pub(crate) fn exact_f64_to_big(t: f64) -> BigInt {
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let mut b = BigInt::from(mant);
    if e >= 0 {
        b <<= e as usize;
    } else {
        b >>= (-e) as usize;
    }
    if t < 0.0 {
        -b
    } else {
        b
    }
}

impl PartialOrd for PyInt {
    fn partial_cmp(&self, other: &PyInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PyInt {
    fn cmp(&self, other: &PyInt) -> Ordering {
        match (self, other) {
            (PyInt::Small(a), PyInt::Small(b)) => a.cmp(b),
            (PyInt::Small(_), PyInt::Big(b)) => sign_order(b).reverse(),
            (PyInt::Big(a), PyInt::Small(_)) => sign_order(a),
            (PyInt::Big(a), PyInt::Big(b)) => a.cmp(b),
        }
    }
}

/// Ordering of an out-of-`i64`-range big value against any small value.
fn sign_order(b: &BigInt) -> Ordering {
    if b.is_negative() {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

impl std::fmt::Display for PyInt {
    /// Decimal digits without any digit-count limit.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PyInt::Small(v) => write!(f, "{v}"),
            PyInt::Big(b) => write!(f, "{b}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> PyInt {
        PyInt::from_big(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn normalises() {
        assert_eq!(PyInt::from_big(BigInt::from(5)), PyInt::Small(5));
        assert!(matches!(big("9223372036854775808"), PyInt::Big(_)));
        assert_eq!(PyInt::Small(i64::MIN).neg(), big("9223372036854775808"));
        assert_eq!(big("-9223372036854775808"), PyInt::Small(i64::MIN));
    }

    #[test]
    fn sizes_match_spec() {
        let p = |e: u32| PyInt::from_big(BigInt::from(2).pow(e));
        assert_eq!(PyInt::Small(0).sizeof(), 28);
        assert_eq!(PyInt::Small(-1).sizeof(), 28);
        assert_eq!(PyInt::Small((1 << 30) - 1).sizeof(), 28);
        assert_eq!(PyInt::Small(1 << 30).sizeof(), 32);
        assert_eq!(PyInt::Small(-(1 << 30)).sizeof(), 32);
        assert_eq!(PyInt::Small((1 << 60) - 1).sizeof(), 32);
        assert_eq!(PyInt::Small(1 << 60).sizeof(), 36);
        assert_eq!(p(90).sizeof(), 40);
        assert_eq!(p(100).neg().sizeof(), 40);
        assert_eq!(big(&format!("1{}", "0".repeat(100))).sizeof(), 72);
    }

    #[test]
    fn hashes_match_python() {
        let two61 = big("2305843009213693952");
        assert_eq!(PyInt::Small(-1).hash(), -2);
        assert_eq!(PyInt::Small((1 << 61) - 1).hash(), 0);
        assert_eq!(two61.hash(), 1);
        assert_eq!(two61.neg().hash(), -2);
        assert_eq!(big("1000000000000000000000000000000").hash(), 465258685558744706);
        assert_eq!(big("-1000000000000000000000000000000").hash(), -465258685558744706);
        assert_eq!(big("9223372036854775808").hash(), 4);
        assert_eq!(PyInt::Small(i64::MIN).hash(), -4);
        assert_eq!(PyInt::Small((1 << 61) - 2).hash(), 2305843009213693950);
    }

    #[test]
    fn float_conversion() {
        let p1024 = PyInt::from_big(BigInt::from(2).pow(1024));
        let p970 = PyInt::from_big(BigInt::from(2).pow(970));
        let p971 = PyInt::from_big(BigInt::from(2).pow(971));
        let below = PyInt::from_big(p1024.to_big() - p970.to_big());
        let e = below.to_f64().unwrap_err();
        assert_eq!(e.msg, "int too large to convert to float");
        let ok = PyInt::from_big(p1024.to_big() - p971.to_big());
        assert_eq!(ok.to_f64().unwrap(), f64::MAX);
        assert_eq!(PyInt::Small((1 << 53) + 1).to_f64().unwrap(), 9007199254740992.0);
        assert_eq!(PyInt::Small((1 << 53) + 3).to_f64().unwrap(), 9007199254740996.0);
        assert_eq!(PyInt::from_f64(-2.5e20).unwrap(), big("-250000000000000000000"));
        assert_eq!(PyInt::from_f64(-3.9).unwrap(), PyInt::Small(-3));
        let e = PyInt::from_f64(f64::INFINITY).unwrap_err();
        assert_eq!(e.msg, "cannot convert float infinity to integer");
        let e = PyInt::from_f64(f64::NAN).unwrap_err();
        assert_eq!(e.msg, "cannot convert float NaN to integer");
    }

    #[test]
    fn ordering() {
        assert!(big("-9223372036854775809") < PyInt::Small(i64::MIN));
        assert!(big("9223372036854775808") > PyInt::Small(i64::MAX));
        assert_eq!(PyInt::Small(3).bit_length(), 2);
        assert_eq!(PyInt::Small(i64::MIN).bit_length(), 64);
    }
}
