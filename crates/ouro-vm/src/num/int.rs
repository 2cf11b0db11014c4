//! Python ints (TEMPORARY minimal version).
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero, Signed};
use num_integer::Integer;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyInt {
    Small(i64),
    Big(BigInt),
}

impl PyInt {
    pub fn from_big(b: BigInt) -> PyInt {
        match b.to_i64() { Some(v) => PyInt::Small(v), None => PyInt::Big(b) }
    }
    pub fn to_big(&self) -> BigInt {
        match self { PyInt::Small(v) => BigInt::from(*v), PyInt::Big(b) => b.clone() }
    }
    pub fn as_i64(&self) -> Option<i64> {
        match self { PyInt::Small(v) => Some(*v), PyInt::Big(_) => None }
    }
    pub fn is_zero(&self) -> bool { matches!(self, PyInt::Small(0)) }
    pub fn add(&self, o: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) { if let Some(r) = a.checked_add(*b) { return PyInt::Small(r) } }
        PyInt::from_big(self.to_big() + o.to_big())
    }
    pub fn sub(&self, o: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) { if let Some(r) = a.checked_sub(*b) { return PyInt::Small(r) } }
        PyInt::from_big(self.to_big() - o.to_big())
    }
    pub fn mul(&self, o: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) { if let Some(r) = a.checked_mul(*b) { return PyInt::Small(r) } }
        PyInt::from_big(self.to_big() * o.to_big())
    }
    /// Floor division; None on division by zero.
    pub fn floordiv(&self, o: &PyInt) -> Option<PyInt> {
        if o.is_zero() { return None }
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) { if let Some(r) = a.checked_div_euclid(*b) { let _ = r; return Some(PyInt::Small(a.div_floor(b))) } }
        Some(PyInt::from_big(self.to_big().div_floor(&o.to_big())))
    }
    pub fn modulo(&self, o: &PyInt) -> Option<PyInt> {
        if o.is_zero() { return None }
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) { if *b != -1 { return Some(PyInt::Small(a.mod_floor(b))) } else { return Some(PyInt::Small(0)) } }
        Some(PyInt::from_big(self.to_big().mod_floor(&o.to_big())))
    }
    pub fn neg(&self) -> PyInt { PyInt::from_big(-self.to_big()) }
    pub fn pow_u32(&self, e: u32) -> PyInt {
        if let PyInt::Small(a) = self { if let Some(r) = a.checked_pow(e) { return PyInt::Small(r) } }
        PyInt::from_big(num_traits::pow(self.to_big(), e as usize))
    }
    pub fn to_f64(&self) -> Option<f64> {
        match self { PyInt::Small(v) => Some(*v as f64), PyInt::Big(b) => b.to_f64().filter(|f| f.is_finite()) }
    }
    pub fn bit_length(&self) -> u64 {
        match self { PyInt::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64, PyInt::Big(b) => b.bits() }
    }
    pub fn sizeof(&self) -> usize { 24 + 4 * std::cmp::max(1, self.bit_length().div_ceil(30) as usize) }
    pub fn hash(&self) -> i64 {
        const P: i128 = (1 << 61) - 1;
        let h = match self {
            PyInt::Small(v) => { let m = (v.unsigned_abs() as i128) % P; if *v < 0 { -m } else { m } }
            PyInt::Big(b) => { let m = (b.abs() % BigInt::from(P)).to_i128().unwrap_or(0); if b.is_negative() { -m } else { m } }
        } as i64;
        if h == -1 { -2 } else { h }
    }
    pub fn cmp_int(&self, o: &PyInt) -> std::cmp::Ordering {
        match (self, o) { (PyInt::Small(a), PyInt::Small(b)) => a.cmp(b), _ => self.to_big().cmp(&o.to_big()) }
    }
    pub fn is_negative(&self) -> bool { match self { PyInt::Small(v) => *v < 0, PyInt::Big(b) => b.is_negative() } }
    pub fn parse_decimal(s: &str) -> Option<PyInt> {
        s.parse::<i64>().ok().map(PyInt::Small).or_else(|| s.parse::<BigInt>().ok().map(PyInt::from_big))
    }
}

impl std::fmt::Display for PyInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self { PyInt::Small(v) => write!(f, "{v}"), PyInt::Big(b) => write!(f, "{b}") }
    }
}
#[allow(dead_code)]
fn _unused() -> bool { BigInt::zero().is_zero() }
