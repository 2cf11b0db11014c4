//! Bitwise operations on [`PyInt`]: `<< >> & | ^ ~` with Python's infinite
//! two's-complement semantics for negative values.

use num_bigint::BigInt;

use crate::num::error::{ExcKind, PyErr, PyResult};
use crate::num::int::PyInt;
use crate::num::int_arith::MAX_RESULT_BITS;

fn negative_shift() -> PyErr {
    PyErr::value("negative shift count")
}

impl PyInt {
    /// `self << count`. Negative counts raise `ValueError: negative shift
    /// count`; results too large to allocate raise `MemoryError`.
    pub fn lshift(&self, count: &PyInt) -> PyResult<PyInt> {
        if count.is_negative() {
            return Err(negative_shift());
        }
        if self.is_zero() {
            return Ok(PyInt::Small(0));
        }
        let n = match count.as_i64() {
            Some(n) if self.bit_length() + (n as u64) < MAX_RESULT_BITS => n as usize,
            _ => return Err(PyErr::new(ExcKind::MemoryError, "")),
        };
        if let PyInt::Small(v) = self {
            if n < 63 && (v << n) >> n == *v {
                return Ok(PyInt::Small(v << n));
            }
        }
        Ok(PyInt::from_big(self.to_big() << n))
    }

    /// `self >> count` (floor semantics: `-7 >> 1 == -4`).
    pub fn rshift(&self, count: &PyInt) -> PyResult<PyInt> {
        if count.is_negative() {
            return Err(negative_shift());
        }
        let n = match count.as_i64() {
            Some(n) if (n as u64) < self.bit_length() + 1 => n as u64,
            _ => return Ok(PyInt::Small(if self.is_negative() { -1 } else { 0 })),
        };
        match self {
            PyInt::Small(v) => Ok(PyInt::Small(v >> n.min(63))),
            PyInt::Big(b) => Ok(PyInt::from_big(b >> n as usize)),
        }
    }

    /// `self & other`.
    pub fn bitand(&self, other: &PyInt) -> PyInt {
        match (self, other) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a & b),
            _ => PyInt::from_big(self.to_big() & other.to_big()),
        }
    }

    /// `self | other`.
    pub fn bitor(&self, other: &PyInt) -> PyInt {
        match (self, other) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a | b),
            _ => PyInt::from_big(self.to_big() | other.to_big()),
        }
    }

    /// `self ^ other`.
    pub fn bitxor(&self, other: &PyInt) -> PyInt {
        match (self, other) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a ^ b),
            _ => PyInt::from_big(self.to_big() ^ other.to_big()),
        }
    }

    /// `~self` == `-(self + 1)`.
    pub fn invert(&self) -> PyInt {
        match self {
            PyInt::Small(v) => PyInt::Small(!v),
            PyInt::Big(b) => PyInt::from_big(-(b + BigInt::from(1))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(v: i64) -> PyInt {
        PyInt::Small(v)
    }
    fn big(s: &str) -> PyInt {
        PyInt::from_big(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn shifts() {
        assert_eq!(i(-7).rshift(&i(1)).unwrap(), i(-4));
        assert_eq!(big("-1180591620717411303424").rshift(&i(3)).unwrap(), big("-147573952589676412928"));
        assert_eq!(i(-1).rshift(&i(1000)).unwrap(), i(-1));
        assert_eq!(i(5).rshift(&big("100000000000000000000")).unwrap(), i(0));
        assert_eq!(i(5).rshift(&i(-1)).unwrap_err().msg, "negative shift count");
        assert_eq!(i(1).lshift(&i(64)).unwrap(), big("18446744073709551616"));
        assert_eq!(i(-1).lshift(&i(63)).unwrap(), i(i64::MIN));
        assert_eq!(i(0).lshift(&big("1000000000000000000000000000000")).unwrap(), i(0));
        let e = i(1).lshift(&i(1_000_000_000_000_000_000)).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
    }

    #[test]
    fn twos_complement() {
        // Values from python3: (-12) & 10, (-12) | 10, (-12) ^ 10, big variants.
        assert_eq!(i(-12).bitand(&i(10)), i(0));
        assert_eq!(i(-12).bitor(&i(10)), i(-2));
        assert_eq!(i(-12).bitxor(&i(10)), i(-2));
        let b = big("-36893488147419103233"); // -(2**65) - 1
        assert_eq!(b.bitand(&i(255)), i(255));
        assert_eq!(b.bitor(&i(-256)), i(-1));
        assert_eq!(b.bitxor(&i(-1)), big("36893488147419103232"));
        assert_eq!(b.invert(), big("36893488147419103232"));
        assert_eq!(i(i64::MIN).invert(), i(i64::MAX));
    }
}
