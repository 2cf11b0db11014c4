//! Compile-time arithmetic on constants, with CPython's folding limits.
//!
//! Every function returns `None` when CPython's AST optimizer would leave
//! the expression alone: the operation raises, is not defined for the
//! operand types, or would build a too-large result (`MAX_INT_SIZE` bits,
//! `MAX_COLLECTION_SIZE` items, `MAX_STR_SIZE` characters).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ouro_syntax::ast::{Operator, UnaryOperator};

use crate::bytecode::ConstValue;
use crate::constops_complex;

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

/// A numeric operand, with bools already widened to ints.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(v: &ConstValue) -> Option<Num> {
    match v {
        ConstValue::Bool(b) => Some(Num::Int(BigInt::from(*b as u8))),
        ConstValue::Int(i) => Some(Num::Int(i.clone())),
        ConstValue::Float(f) => Some(Num::Float(*f)),
        ConstValue::Complex { re, im } => Some(Num::Complex(*re, *im)),
        _ => None,
    }
}

fn as_int(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Bool(b) => Some(BigInt::from(*b as u8)),
        ConstValue::Int(i) => Some(i.clone()),
        _ => None,
    }
}

/// Exact int-to-float conversion; None when it would round or overflow
/// (we only fold what we can compute exactly like CPython).
fn int_to_f64(i: &BigInt) -> Option<f64> {
    if i.bits() > 53 {
        return None;
    }
    i.to_f64()
}

fn to_float(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_f64(i),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(re, im) => Some((*re, *im)),
        other => Some((to_float(other)?, 0.0)),
    }
}

fn float(f: f64) -> Option<ConstValue> {
    Some(ConstValue::Float(f))
}

fn complex(re: f64, im: f64) -> Option<ConstValue> {
    Some(ConstValue::Complex { re, im })
}

/// Python truthiness of a constant.
pub fn truthy(v: &ConstValue) -> bool {
    match v {
        ConstValue::None => false,
        ConstValue::Bool(b) => *b,
        ConstValue::Int(i) => !i.is_zero(),
        ConstValue::Float(f) => *f != 0.0,
        ConstValue::Complex { re, im } => *re != 0.0 || *im != 0.0,
        ConstValue::Str(s) => !s.is_empty(),
        ConstValue::Bytes(b) => !b.is_empty(),
        ConstValue::Tuple(t) | ConstValue::FrozenSet(t) => !t.is_empty(),
        ConstValue::Ellipsis | ConstValue::Code(_) => true,
    }
}

pub fn unary(op: UnaryOperator, v: &ConstValue) -> Option<ConstValue> {
    if op == UnaryOperator::Not {
        return Some(ConstValue::Bool(!truthy(v)));
    }
    match (op, num(v)?) {
        (UnaryOperator::USub, Num::Int(i)) => Some(ConstValue::Int(-i)),
        (UnaryOperator::USub, Num::Float(f)) => Some(ConstValue::Float(-f)),
        (UnaryOperator::USub, Num::Complex(re, im)) => {
            Some(ConstValue::Complex { re: -re, im: -im })
        }
        (UnaryOperator::UAdd, Num::Int(i)) => Some(ConstValue::Int(i)),
        (UnaryOperator::UAdd, Num::Float(f)) => Some(ConstValue::Float(f)),
        (UnaryOperator::UAdd, Num::Complex(re, im)) => Some(ConstValue::Complex { re, im }),
        (UnaryOperator::Invert, Num::Int(i)) => Some(ConstValue::Int(-(i + BigInt::from(1)))),
        _ => None,
    }
}

pub fn binary(op: Operator, l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    match op {
        Operator::Add => add(l, r),
        Operator::Sub => arith(
            l,
            r,
            |a, b| a - b,
            |a, b| a - b,
            |a, b| Some((a.0 - b.0, a.1 - b.1)),
        ),
        Operator::Mult => multiply(l, r),
        Operator::Div => true_divide(l, r),
        Operator::FloorDiv => floor_div(l, r),
        Operator::Mod => modulo(l, r),
        Operator::Pow => power(l, r),
        Operator::LShift => lshift(l, r),
        Operator::RShift => rshift(l, r),
        Operator::BitAnd => bitwise(l, r, |a, b| a & b, |a, b| a & b),
        Operator::BitOr => bitwise(l, r, |a, b| a | b, |a, b| a | b),
        Operator::BitXor => bitwise(l, r, |a, b| a ^ b, |a, b| a ^ b),
        Operator::MatMult => None,
    }
}

type ComplexPair = (f64, f64);

/// Numeric binary op with Python's int -> float -> complex widening.
fn arith(
    l: &ConstValue,
    r: &ConstValue,
    int_op: impl Fn(&BigInt, &BigInt) -> BigInt,
    float_op: impl Fn(f64, f64) -> f64,
    complex_op: impl Fn(ComplexPair, ComplexPair) -> Option<ComplexPair>,
) -> Option<ConstValue> {
    let (a, b) = (num(l)?, num(r)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => Some(ConstValue::Int(int_op(x, y))),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (re, im) = complex_op(to_complex(&a)?, to_complex(&b)?)?;
            complex(re, im)
        }
        _ => float(float_op(to_float(&a)?, to_float(&b)?)),
    }
}

fn add(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    match (l, r) {
        (ConstValue::Str(a), ConstValue::Str(b)) => Some(ConstValue::Str(format!("{a}{b}").into())),
        (ConstValue::Bytes(a), ConstValue::Bytes(b)) => {
            Some(ConstValue::Bytes([&a[..], &b[..]].concat().into()))
        }
        (ConstValue::Tuple(a), ConstValue::Tuple(b)) => {
            Some(ConstValue::Tuple([&a[..], &b[..]].concat().into()))
        }
        _ => arith(
            l,
            r,
            |a, b| a + b,
            |a, b| a + b,
            |a, b| Some((a.0 + b.0, a.1 + b.1)),
        ),
    }
}

/// Items (recursively, through nested tuples/frozensets) left from `limit`.
fn check_complexity(v: &ConstValue, mut limit: i64) -> i64 {
    if let ConstValue::Tuple(items) | ConstValue::FrozenSet(items) = v {
        limit -= items.len() as i64;
        for item in items.iter() {
            if limit < 0 {
                break;
            }
            limit = check_complexity(item, limit);
        }
    }
    limit
}

fn repeat_count(n: &BigInt) -> Option<i64> {
    n.to_i64()
}

fn multiply(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_SIZE {
            return None;
        }
        return Some(ConstValue::Int(a * b));
    }
    let (n, seq) = match (as_int(l), as_int(r)) {
        (Some(n), None) => (n, r),
        (None, Some(n)) => (n, l),
        _ => {
            return arith(
                l,
                r,
                |a, b| a * b,
                |a, b| a * b,
                |a, b| Some((a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)),
            )
        }
    };
    let count = repeat_count(&n)?;
    match seq {
        ConstValue::Tuple(items) => {
            if !items.is_empty() {
                if count < 0 || count > MAX_COLLECTION_SIZE / items.len() as i64 {
                    return None;
                }
                if count > 0 && check_complexity(seq, MAX_TOTAL_ITEMS / count) < 0 {
                    return None;
                }
            }
            let times = count.max(0) as usize;
            Some(ConstValue::Tuple(
                items
                    .iter()
                    .cloned()
                    .cycle()
                    .take(items.len() * times)
                    .collect::<Vec<_>>()
                    .into(),
            ))
        }
        ConstValue::Str(s) => {
            let len = s.chars().count() as i64;
            if len > 0 && (count < 0 || count > MAX_STR_SIZE / len) {
                return None;
            }
            Some(ConstValue::Str(s.repeat(count.max(0) as usize).into()))
        }
        ConstValue::Bytes(b) => {
            if !b.is_empty() && (count < 0 || count > MAX_STR_SIZE / b.len() as i64) {
                return None;
            }
            Some(ConstValue::Bytes(b.repeat(count.max(0) as usize).into()))
        }
        _ => arith(
            l,
            r,
            |a, b| a * b,
            |a, b| a * b,
            |a, b| Some((a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)),
        ),
    }
}

fn true_divide(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    let (a, b) = (num(l)?, num(r)?);
    if matches!(a, Num::Complex(..)) || matches!(b, Num::Complex(..)) {
        let (re, im) = constops_complex::quot(to_complex(&a)?, to_complex(&b)?)?;
        return complex(re, im);
    }
    let (x, y) = (to_float(&a)?, to_float(&b)?);
    if y == 0.0 {
        return None;
    }
    float(x / y)
}

/// Python's float `divmod`.
fn float_divmod(x: f64, y: f64) -> Option<(f64, f64)> {
    if y == 0.0 {
        return None;
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(x / y)
    };
    Some((floordiv, m))
}

fn int_or_float_divmod(l: &ConstValue, r: &ConstValue) -> Option<(ConstValue, ConstValue)> {
    let (a, b) = (num(l)?, num(r)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            if y.is_zero() {
                return None;
            }
            let (d, m) = div_mod_floor(x, y);
            Some((ConstValue::Int(d), ConstValue::Int(m)))
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => None,
        _ => {
            let (d, m) = float_divmod(to_float(&a)?, to_float(&b)?)?;
            Some((float(d)?, float(m)?))
        }
    }
}

/// Python's floor division and modulo on ints (`y` non-zero).
fn div_mod_floor(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    let (mut q, mut r) = (x / y, x % y);
    if !r.is_zero() && (r.is_negative() != y.is_negative()) {
        q -= 1;
        r += y;
    }
    (q, r)
}

fn floor_div(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    int_or_float_divmod(l, r).map(|(d, _)| d)
}

fn modulo(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    if matches!(l, ConstValue::Str(_) | ConstValue::Bytes(_)) {
        return None;
    }
    int_or_float_divmod(l, r).map(|(_, m)| m)
}

fn power(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    let (a, b) = (num(l)?, num(r)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            if y.is_negative() {
                let (fx, fy) = (int_to_f64(x)?, int_to_f64(y)?);
                if fx == 0.0 {
                    return None;
                }
                return Some(fx.powf(fy))
                    .filter(|f| f.is_finite())
                    .map(ConstValue::Float);
            }
            if !x.is_zero() && y.is_positive() {
                let wbits = y.to_u64()?;
                if x.bits() > MAX_INT_SIZE / wbits {
                    return None;
                }
            }
            Some(ConstValue::Int(x.pow(y.to_u32()?)))
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (re, im) = constops_complex::pow(to_complex(&a)?, to_complex(&b)?)?;
            complex(re, im)
        }
        _ => {
            let (x, y) = (to_float(&a)?, to_float(&b)?);
            if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
                // A negative base to a fractional power is complex.
                let (re, im) = constops_complex::pow((x, 0.0), (y, 0.0))?;
                return complex(re, im);
            }
            if x < 0.0 && y.fract() != 0.0 || x == 0.0 && y < 0.0 {
                return None;
            }
            let result = x.powf(y);
            // A finite base and exponent overflowing is an OverflowError.
            if !result.is_finite() && x.is_finite() && y.is_finite() {
                return None;
            }
            float(result)
        }
    }
}

fn lshift(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    let (a, b) = (as_int(l)?, as_int(r)?);
    if b.is_negative() {
        return None;
    }
    if !a.is_zero() && !b.is_zero() {
        let wbits = b.to_u64()?;
        if wbits > MAX_INT_SIZE || a.bits() > MAX_INT_SIZE - wbits {
            return None;
        }
    }
    Some(ConstValue::Int(a << b.to_usize()?))
}

fn rshift(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    let (a, b) = (as_int(l)?, as_int(r)?);
    if b.is_negative() {
        return None;
    }
    let shift = b.to_u64().unwrap_or(u64::MAX);
    if shift >= a.bits() {
        return Some(ConstValue::Int(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }));
    }
    // Arithmetic shift rounds towards negative infinity, like Python.
    let divisor = BigInt::from(1) << shift as usize;
    Some(ConstValue::Int(div_mod_floor(&a, &divisor).0))
}

fn bitwise(
    l: &ConstValue,
    r: &ConstValue,
    int_op: impl Fn(BigInt, BigInt) -> BigInt,
    bool_op: impl Fn(bool, bool) -> bool,
) -> Option<ConstValue> {
    if let (ConstValue::Bool(a), ConstValue::Bool(b)) = (l, r) {
        return Some(ConstValue::Bool(bool_op(*a, *b)));
    }
    Some(ConstValue::Int(int_op(as_int(l)?, as_int(r)?)))
}

/// `container[index]` for constant containers and int indices.
pub fn subscript(container: &ConstValue, index: &ConstValue) -> Option<ConstValue> {
    let i = as_int(index)?.to_i64()?;
    let at = |len: usize| -> Option<usize> {
        let idx = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&idx).then_some(idx as usize)
    };
    match container {
        ConstValue::Tuple(items) => items.get(at(items.len())?).cloned(),
        ConstValue::Str(s) => {
            let n = s.chars().count();
            let c = s.chars().nth(at(n)?)?;
            Some(ConstValue::Str(Rc::from(c.to_string())))
        }
        ConstValue::Bytes(b) => Some(ConstValue::Int(BigInt::from(b[at(b.len())?]))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(i))
    }

    #[test]
    fn int_limits_match_cpython() {
        assert_eq!(
            binary(Operator::Pow, &int(2), &int(64)),
            Some(ConstValue::Int(BigInt::from(1u128 << 64)))
        );
        assert_eq!(binary(Operator::Pow, &int(2), &int(65)), None);
        assert_eq!(
            binary(Operator::Pow, &int(10), &int(6)),
            Some(int(1_000_000))
        );
        assert!(binary(Operator::LShift, &int(1), &int(127)).is_some());
        assert_eq!(binary(Operator::LShift, &int(1), &int(128)), None);
        assert_eq!(
            binary(Operator::Pow, &int(2), &int(-1)),
            Some(ConstValue::Float(0.5))
        );
    }

    #[test]
    fn floor_semantics() {
        assert_eq!(binary(Operator::FloorDiv, &int(-7), &int(2)), Some(int(-4)));
        assert_eq!(binary(Operator::Mod, &int(-7), &int(2)), Some(int(1)));
        assert_eq!(
            binary(Operator::Mod, &ConstValue::Float(-7.0), &int(2)),
            Some(ConstValue::Float(1.0))
        );
        assert_eq!(binary(Operator::RShift, &int(-7), &int(1)), Some(int(-4)));
        assert_eq!(binary(Operator::FloorDiv, &int(1), &int(0)), None);
    }

    #[test]
    fn sequence_limits() {
        let s = ConstValue::Str("ab".into());
        assert_eq!(
            binary(Operator::Mult, &s, &int(3)),
            Some(ConstValue::Str("ababab".into()))
        );
        assert_eq!(binary(Operator::Mult, &s, &int(2049)), None);
        assert_eq!(binary(Operator::Mult, &s, &int(-1)), None);
        let t = ConstValue::Tuple(vec![int(1), int(2)].into());
        assert!(binary(Operator::Mult, &t, &int(128)).is_some());
        assert_eq!(binary(Operator::Mult, &t, &int(129)), None);
        assert_eq!(binary(Operator::Mod, &s, &int(1)), None);
    }

    #[test]
    fn complex_folds_like_cpython() {
        let c = |re, im| ConstValue::Complex { re, im };
        let f = ConstValue::Float;
        // Values printed by python3 3.11; None where CPython raises.
        assert_eq!(binary(Operator::Add, &int(3), &c(0.0, 4.0)), Some(c(3.0, 4.0)));
        assert_eq!(binary(Operator::Div, &c(1.0, 2.0), &c(3.0, 4.0)), Some(c(0.44, 0.08)));
        assert_eq!(binary(Operator::Div, &int(1), &c(0.0, 2.0)), Some(c(0.0, -0.5)));
        assert_eq!(binary(Operator::Div, &c(0.0, 1.0), &int(0)), None);
        assert_eq!(binary(Operator::Pow, &c(0.0, 2.0), &int(2)), Some(c(-4.0, 0.0)));
        assert_eq!(binary(Operator::Pow, &c(0.0, 0.0), &int(-1)), None);
        assert_eq!(binary(Operator::Pow, &c(1e200, 0.0), &int(2)), None);
        assert_eq!(
            binary(Operator::Pow, &int(-8), &f(1.0 / 3.0)),
            Some(c(1.0000000000000002, 1.7320508075688772))
        );
        assert_eq!(binary(Operator::FloorDiv, &c(0.0, 1.0), &int(2)), None);
    }

    #[test]
    fn bools_and_unary() {
        let t = ConstValue::Bool(true);
        assert_eq!(
            binary(Operator::BitAnd, &t, &ConstValue::Bool(false)),
            Some(ConstValue::Bool(false))
        );
        assert_eq!(binary(Operator::Add, &t, &t), Some(int(2)));
        assert_eq!(unary(UnaryOperator::Invert, &t), Some(int(-2)));
        assert_eq!(unary(UnaryOperator::Not, &int(0)), Some(t));
        assert_eq!(
            unary(
                UnaryOperator::USub,
                &ConstValue::Complex { re: 0.0, im: 2.0 }
            )
            .map(|c| format!("{c:?}")),
            Some("Complex { re: -0.0, im: -2.0 }".to_string())
        );
    }
}
