//! `float` methods: `is_integer`, `as_integer_ratio`, `hex`,
//! `float.fromhex` and `conjugate`, with CPython's `float.hex` layout
//! (13 hex digits, never trimmed) and correctly rounded `fromhex`.

use num_bigint::BigInt;

use crate::builtins::args::{lift, noargs, one, str_or};
use crate::call::Args;
use crate::errors::PyResult;
use crate::num::float_ops;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.float;
    vm.add_methods(
        t,
        "float",
        &[("is_integer", is_integer), ("as_integer_ratio", as_integer_ratio), ("hex", hex), ("conjugate", conjugate)],
    );
    crate::methods::int::add_class_method(vm, t, "fromhex", fromhex);
}

fn value(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    match args.pos.first().map(|&h| vm.get(h)) {
        Some(Obj::Float(f)) => {
            let f = *f;
            noargs(vm, args, &format!("float.{name}"))?;
            Ok(f)
        }
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'float' objects doesn't apply to this object"))),
    }
}

fn is_integer(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = value(vm, args, "is_integer")?;
    Ok(vm.new_bool(float_ops::is_integer(f)))
}

fn as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = value(vm, args, "as_integer_ratio")?;
    let (n, d) = lift(vm, float_ops::as_integer_ratio(f))?;
    let (n, d) = (vm.new_pyint(n), vm.new_pyint(d));
    Ok(vm.new_tuple(vec![n, d]))
}

fn conjugate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = value(vm, args, "conjugate")?;
    Ok(vm.new_float(f))
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = value(vm, args, "hex")?;
    Ok(vm.new_str(float_hex(f)))
}

/// `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1` (x finite, nonzero).
fn frexp(x: f64) -> (f64, i32) {
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adjust)
}

/// CPython's `float.hex`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() || x.is_infinite() {
        return crate::num::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0x0.0p+0".into() } else { "0x0.0p+0".into() };
    }
    let (mut m, mut e) = frexp(x.abs());
    let shift = 1 - (-1021 - e).max(0);
    m *= 2f64.powi(shift);
    e -= shift;
    let mut digits = String::new();
    let hexdigit = |v: f64| char::from_digit(v as u32, 16).unwrap_or('0');
    digits.push(hexdigit(m));
    m -= m.trunc();
    digits.push('.');
    for _ in 0..13 {
        m *= 16.0;
        digits.push(hexdigit(m));
        m -= m.trunc();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{digits}p{esign}{}", e.abs())
}

fn fromhex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = one(vm, args, "float.fromhex")?;
    let text = str_or(vm, s, |_| "bad argument type for built-in operation".to_string())?;
    match parse_hex_float(&text) {
        Ok(f) => Ok(vm.new_float(f)),
        Err(HexError::Invalid) => Err(vm.value_error("invalid hexadecimal floating-point string")),
        Err(HexError::Overflow) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
    }
}

#[derive(Debug, PartialEq)]
pub enum HexError {
    Invalid,
    Overflow,
}

/// CPython's `float.fromhex` grammar: optional sign, `inf`/`nan`, or
/// `[0x]digits[.digits][p[+-]exp]`, surrounded by optional whitespace.
pub fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    let mag = match special {
        Some(v) => v,
        None => parse_hex_magnitude(&lower)?,
    };
    Ok(if neg { -mag } else { mag })
}

fn parse_hex_magnitude(s: &str) -> Result<f64, HexError> {
    let s = s.strip_prefix("0x").unwrap_or(s);
    let (mantissa, exp) = match s.split_once('p') {
        Some((m, e)) => (m, parse_exponent(e)?),
        None => (s, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    let digits: String = int_part.chars().chain(frac_part.chars()).collect();
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(HexError::Invalid);
    }
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if m == BigInt::from(0) {
        return Ok(0.0);
    }
    let e = exp - 4 * frac_part.len() as i64;
    let top = m.bits() as i64 + e;
    if top > 1025 {
        return Err(HexError::Overflow);
    }
    if top < -1080 {
        return Ok(0.0);
    }
    let one = BigInt::from(1);
    let (n, d) = if e >= 0 { (m << e as usize, one) } else { (m, one << (-e) as usize) };
    crate::num::ratio::ratio_to_f64(&n, &d).ok_or(HexError::Overflow)
}

fn parse_exponent(e: &str) -> Result<i64, HexError> {
    let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HexError::Invalid);
    }
    let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
    Ok(if e.starts_with('-') { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_python() {
        // Printed by python3: (x).hex()
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(1.7976931348623157e308), "0x1.fffffffffffffp+1023");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
    }

    #[test]
    fn fromhex_matches_python() {
        assert_eq!(parse_hex_float("0x1.8p1"), Ok(3.0));
        assert_eq!(parse_hex_float(" -0X1P-2 "), Ok(-0.25));
        assert_eq!(parse_hex_float("1.fffffffffffffp+1023"), Ok(f64::MAX));
        assert_eq!(parse_hex_float("0x1p1024"), Err(HexError::Overflow));
        assert_eq!(parse_hex_float("0x.8"), Ok(0.5));
        assert_eq!(parse_hex_float("zz"), Err(HexError::Invalid));
        assert_eq!(parse_hex_float("0x1p"), Err(HexError::Invalid));
        assert_eq!(parse_hex_float("0x0.0000000000001p-1022"), Ok(5e-324));
    }
}
