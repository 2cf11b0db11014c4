//! Python `complex` arithmetic with CPython 3.11's algorithms
//! (`Objects/complexobject.c`): sum, difference and product by the
//! textbook formulas, Smith's method for the quotient, repeated squaring
//! for small integral powers and the polar form otherwise, `abs` by
//! `hypot`, and the hash that makes `hash(x + 0j) == hash(x)`.

use crate::num::error::{PyErr, PyResult};
use crate::num::float_ops;

/// A complex number: two IEEE doubles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// `hash(1j)` (CPython's `_PyHASH_IMAG`).
const HASH_IMAG: u64 = 1_000_003;

/// What the C code reports through `errno` while computing a power.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    /// `EDOM`: zero to a negative or complex power (or `cos`/`sin` of an
    /// infinite phase, which glibc reports the same way).
    Domain,
}

impl Complex {
    pub const ONE: Complex = Complex { re: 1.0, im: 0.0 };

    pub fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// A real number as a complex one (`TO_COMPLEX`).
    pub fn real(re: f64) -> Complex {
        Complex { re, im: 0.0 }
    }

    pub fn add(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }

    pub fn sub(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }

    pub fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }

    pub fn mul(self, b: Complex) -> Complex {
        Complex::new(self.re * b.re - self.im * b.im, self.re * b.im + self.im * b.re)
    }

    pub fn conjugate(self) -> Complex {
        Complex::new(self.re, -self.im)
    }

    pub fn is_zero(self) -> bool {
        self.re == 0.0 && self.im == 0.0
    }

    /// `a / b`: `ZeroDivisionError: complex division by zero`.
    pub fn div(self, b: Complex) -> PyResult<Complex> {
        quot(self, b).ok_or_else(|| PyErr::zero_div("complex division by zero"))
    }

    /// `abs(z)`: infinite if either part is, NaN if either part is NaN,
    /// else `hypot`, whose overflow is `OverflowError`.
    pub fn abs(self) -> PyResult<f64> {
        if self.re.is_infinite() || self.im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        if self.re.is_nan() || self.im.is_nan() {
            return Ok(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_infinite() {
            return Err(PyErr::overflow("absolute value too large"));
        }
        Ok(r)
    }

    /// `a ** b` (`complex_pow`): small integral exponents by repeated
    /// squaring, others in polar form; an infinite part is an overflow.
    pub fn pow(self, b: Complex) -> PyResult<Complex> {
        let (r, errno) = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            powi(self, b.re as i64)
        } else {
            pow_polar(self, b)
        };
        if errno == Errno::Domain {
            return Err(PyErr::zero_div("0.0 to a negative or complex power"));
        }
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(PyErr::overflow("complex exponentiation"));
        }
        Ok(r)
    }

    /// CPython's `complex_hash`; NaN parts hash by identity, so the caller
    /// supplies the object's identity hash.
    pub fn hash(self, identity_hash: impl Fn() -> i64) -> i64 {
        let hre = float_ops::hash(self.re, &identity_hash) as u64;
        let him = float_ops::hash(self.im, &identity_hash) as u64;
        let combined = hre.wrapping_add(HASH_IMAG.wrapping_mul(him)) as i64;
        if combined == -1 {
            -2
        } else {
            combined
        }
    }
}

/// Smith's method (`_Py_c_quot`): divide through by the larger part of the
/// divisor. None when the divisor is zero; NaN parts when it has a NaN.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
    } else {
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `c_powu`: `x ** n` for `n >= 0` by binary powering.
fn powu(x: Complex, n: u64) -> Complex {
    let (mut r, mut p) = (Complex::ONE, x);
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = r.mul(p);
        }
        mask <<= 1;
        p = p.mul(p);
    }
    r
}

/// `c_powi`: a negative power is the reciprocal of the positive one.
fn powi(x: Complex, n: i64) -> (Complex, Errno) {
    if n > 0 {
        return (powu(x, n as u64), Errno::Ok);
    }
    match quot(Complex::ONE, powu(x, n.unsigned_abs())) {
        Some(r) => (r, Errno::Ok),
        None => (Complex::new(0.0, 0.0), Errno::Domain),
    }
}

/// `_Py_c_pow`: `|a|**b.re * e**(-arg(a)*b.im)` at angle
/// `arg(a)*b.re + b.im*log|a|`.
fn pow_polar(a: Complex, b: Complex) -> (Complex, Errno) {
    if b.is_zero() {
        return (Complex::ONE, Errno::Ok);
    }
    if a.is_zero() {
        let errno = if b.im != 0.0 || b.re < 0.0 { Errno::Domain } else { Errno::Ok };
        return (Complex::new(0.0, 0.0), errno);
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    let errno = if phase.is_infinite() { Errno::Domain } else { Errno::Ok };
    (Complex::new(len * phase.cos(), len * phase.sin()), errno)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(re: f64, im: f64) -> Complex {
        Complex::new(re, im)
    }

    #[test]
    fn division_matches_cpython() {
        // Printed by python3 3.11.
        assert_eq!(c(1.0, 2.0).div(c(3.0, 4.0)).unwrap(), c(0.44, 0.08));
        assert_eq!(c(1.0, 0.0).div(c(0.0, 2.0)).unwrap(), c(0.0, -0.5));
        assert_eq!(c(1.0, 1.0).div(c(0.0, 0.0)).unwrap_err().msg, "complex division by zero");
        let n = c(1.0, 1.0).div(c(f64::NAN, 1.0)).unwrap();
        assert!(n.re.is_nan() && n.im.is_nan());
    }

    #[test]
    fn powers_match_cpython() {
        assert_eq!(c(0.0, 2.0).pow(c(2.0, 0.0)).unwrap(), c(-4.0, 0.0));
        assert_eq!(c(1.0, 1.0).pow(c(-2.0, 0.0)).unwrap(), c(0.0, -0.5));
        assert_eq!(c(0.0, 0.0).pow(c(0.0, 0.0)).unwrap(), Complex::ONE);
        assert_eq!(c(1.0, 1.0).pow(c(0.5, 0.0)).unwrap(), c(1.0986841134678098, 0.45508986056222733));
        assert_eq!(c(-8.0, 0.0).pow(c(1.0 / 3.0, 0.0)).unwrap(), c(1.0000000000000002, 1.7320508075688772));
        assert_eq!(c(0.0, 0.0).pow(c(-1.0, 0.0)).unwrap_err().msg, "0.0 to a negative or complex power");
        assert_eq!(c(0.0, 0.0).pow(c(1.0, 1.0)).unwrap_err().msg, "0.0 to a negative or complex power");
        assert_eq!(c(1e200, 0.0).pow(c(2.0, 0.0)).unwrap_err().msg, "complex exponentiation");
        let n = c(1e200, 1e200).pow(c(2.0, 0.0)).unwrap();
        assert!(n.re.is_nan() && n.im.is_nan());
        let inf = f64::INFINITY;
        assert_eq!(c(1.0, 1.0).pow(c(inf, 0.0)).unwrap_err().msg, "0.0 to a negative or complex power");
        assert_eq!(c(1.0, 1.0).pow(c(1e300, 0.0)).unwrap_err().msg, "complex exponentiation");
    }

    #[test]
    fn hash_and_abs() {
        let id = || 12345;
        assert_eq!(c(0.0, 1.0).hash(id), 1000003);
        assert_eq!(c(1.0, 2.0).hash(id), 2000007);
        assert_eq!(c(-1.0, 0.0).hash(id), -2);
        assert_eq!(c(0.5, -0.5).hash(id), -2305843009213693952);
        assert_eq!(c(3.0, 4.0).abs().unwrap(), 5.0);
        assert_eq!(c(f64::NAN, f64::INFINITY).abs().unwrap(), f64::INFINITY);
        assert_eq!(c(1e308, 1e308).abs().unwrap(), 1.4142135623730951e308);
        assert_eq!(c(1.5e308, 1.5e308).abs().unwrap_err().msg, "absolute value too large");
    }
}
