//! The `math` module: constants and the float functions, with CPython's
//! special-value rules (`ValueError: math domain error` where the result is
//! undefined, `OverflowError: math range error` where it is too large).
//! Integer functions are in `math_int.rs`, sums and norms in `math_sum.rs`.

use crate::call::Args;
use crate::errors::{PyErr, PyResult};
use crate::modules::margs::{self, real};
use crate::modules::{math_int, math_sum};
use crate::num::PyInt;
use crate::object::{NativeFn, ObjRef};
use crate::ops::arith::Num;
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("math");
    let d = vm.module_dict(m);
    vm.add_functions(d, "math", FLOAT_FNS);
    vm.add_functions(d, "math", math_int::FUNCTIONS);
    vm.add_functions(d, "math", math_sum::FUNCTIONS);
    let pi = std::f64::consts::PI;
    for (name, v) in [("pi", pi), ("e", std::f64::consts::E), ("tau", 2.0 * pi), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        let f = vm.new_float(v);
        let _ = vm.dict_set_str(d, name, f);
    }
    m
}

const FLOAT_FNS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("fabs", fabs),
    ("degrees", degrees),
    ("radians", radians),
    ("atan2", atan2),
    ("pow", pow),
    ("fmod", fmod),
    ("copysign", copysign),
    ("remainder", remainder),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("nextafter", nextafter),
    ("ulp", ulp),
];

pub fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// CPython's `math_1`: apply `f`, turning a NaN from a non-NaN argument into
/// a domain error and an infinity from a finite one into a range error (if
/// `can_overflow`) or a domain error.
fn math_1(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, &format!("math.{name}"))?;
    let x = real(vm, x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(vm.new_float(r))
}

/// CPython's `math_2` for two-argument functions.
fn math_2(vm: &mut Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, name, 2)?;
    let (x, y) = (real(vm, a[0])?, real(vm, a[1])?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(domain_error(vm));
    }
    Ok(vm.new_float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            math_1(vm, args, stringify!($name), $f, $overflow)
        })*
    };
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => crate::modules::math_libm::asinh, false;
    acosh => crate::modules::math_libm::acosh, false;
    atanh => crate::modules::math_libm::atanh, false;
    cbrt => crate::modules::math_libm::cbrt, false;
    fabs => f64::abs, false;
    degrees => |x| (180.0 / std::f64::consts::PI) * x, true;
    radians => |x| x * (std::f64::consts::PI / 180.0), false;
}

fn atan2(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    math_2(vm, args, "atan2", f64::atan2)
}

fn fmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    math_2(vm, args, "fmod", |x, y| if y.is_infinite() && x.is_finite() { x } else { x % y })
}

fn copysign(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    math_2(vm, args, "copysign", f64::copysign)
}

fn remainder(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    math_2(vm, args, "remainder", ieee_remainder)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    1.0f64.copysign(x) * r
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "pow", 2)?;
    let (x, y) = (real(vm, a[0])?, real(vm, a[1])?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
        }
    }
    Ok(vm.new_float(r))
}

/// `log(x)` of an int or float, exact in range for huge ints (CPython's
/// `loghelper`): `f` is the natural, base-2 or base-10 logarithm.
fn log_of(vm: &mut Vm, h: ObjRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Num::Int(i)) = vm.as_num(h) {
        if i.is_negative() || i.is_zero() {
            return Err(domain_error(vm));
        }
        if let Ok(x) = i.to_f64() {
            return Ok(f(x));
        }
        let (m, e) = int_frexp(&i);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = real(vm, h)?;
    let r = f(x);
    if x.is_nan() || (x > 0.0 && r.is_finite()) || x == f64::INFINITY {
        return Ok(r);
    }
    Err(domain_error(vm))
}

/// A positive int as `m * 2**e` with `m` in [0.5, 1), correctly rounded.
fn int_frexp(i: &PyInt) -> (f64, u64) {
    let b = i.to_big();
    let bits = b.bits();
    let shift = bits.saturating_sub(55);
    let top = &b >> shift;
    let mut v = num_traits::ToPrimitive::to_u64(&top).unwrap_or(0);
    if shift > 0 && (&top << shift) != b {
        v |= 1;
    }
    ((v as f64) / 2f64.powi((bits - shift) as i32), bits)
}

fn log(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return Err(vm.type_error("math.log() takes no keyword arguments"));
    }
    let (x, base) = match args.pos {
        [x] => (*x, None),
        [x, b] => (*x, Some(*b)),
        _ => return Err(vm.type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_of(vm, x, f64::ln)?;
    let r = match base {
        None => num,
        Some(b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            num / den
        }
    };
    Ok(vm.new_float(r))
}

fn log2(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.log2")?;
    let r = log_of(vm, x, f64::log2)?;
    Ok(vm.new_float(r))
}

fn log10(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.log10")?;
    let r = log_of(vm, x, f64::log10)?;
    Ok(vm.new_float(r))
}

/// `floor`/`ceil`/`trunc`: ints unchanged, a user class's dunder if it has
/// one, otherwise the rounded float as an int.
fn to_integral(vm: &mut Vm, x: ObjRef, dunder: &str, f: fn(f64) -> f64) -> PyResult<ObjRef> {
    if let Some(Num::Int(i)) = vm.as_num(x) {
        return Ok(vm.new_pyint(i));
    }
    if let Some(r) = vm.call_dunder(x, dunder, &[])? {
        return Ok(r);
    }
    if dunder == "__trunc__" && vm.as_num(x).is_none() {
        let t = vm.type_name(x);
        return Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")));
    }
    let v = f(real(vm, x)?);
    let i = PyInt::from_f64(v).map_err(|e| vm.num_err(e))?;
    Ok(vm.new_pyint(i))
}

fn floor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.floor")?;
    to_integral(vm, x, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.ceil")?;
    to_integral(vm, x, "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.trunc")?;
    to_integral(vm, x, "__trunc__", f64::trunc)
}

fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> bool) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, name)?;
    let x = real(vm, x)?;
    Ok(vm.new_bool(f(x)))
}

fn isfinite(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    predicate(vm, args, "math.isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    predicate(vm, args, "math.isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    predicate(vm, args, "math.isnan", f64::is_nan)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut vals: [Option<ObjRef>; 4] = [None; 4];
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.pos.len())));
    }
    for (i, &p) in args.pos.iter().enumerate() {
        vals[i] = Some(p);
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        let name = vm.str_text(k).to_owned();
        match NAMES.iter().position(|n| *n == name) {
            Some(i) if vals[i].is_none() => vals[i] = Some(v),
            Some(i) => return Err(vm.type_error(format!("argument for isclose() given by name ('{name}') and position ({})", i + 1))),
            None => return Err(vm.type_error(format!("isclose() got an unexpected keyword argument '{name}'"))),
        }
    }
    let [a, b, rel, abs] = vals;
    let (Some(a), Some(b)) = (a, b) else {
        let (name, pos) = if a.is_none() { ("a", 1) } else { ("b", 2) };
        return Err(vm.type_error(format!("isclose() missing required argument '{name}' (pos {pos})")));
    };
    let (a, b) = (real(vm, a)?, real(vm, b)?);
    let rel = match rel {
        Some(h) => real(vm, h)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(h) => real(vm, h)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok(vm.new_bool(close(a, b, rel, abs)))
}

fn close(a: f64, b: f64, rel: f64, abs: f64) -> bool {
    if a == b {
        return true;
    }
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    let diff = (b - a).abs();
    diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs
}

fn modf(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.modf")?;
    let x = real(vm, x)?;
    let (frac, int) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { ((x - x.trunc()).copysign(x), x.trunc()) };
    Ok(margs::float_tuple(vm, &[frac, int]))
}

/// `x` as `m * 2**e` with `0.5 <= |m| < 1` (C's `frexp`).
pub fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(64), -64) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adjust)
}

/// `x * 2**e`, correctly rounded (C's `ldexp`); infinite on overflow.
pub fn ldexp_f64(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, me) = frexp_f64(x);
    let exp = me as i64 + e.clamp(-5000, 5000);
    if exp > 1024 {
        return f64::INFINITY.copysign(x);
    }
    let mant = (m.abs() * 2f64.powi(53)) as u64;
    let e2 = exp - 53;
    if exp >= -1021 {
        return (mant as f64 * pow2(e2)).copysign(x);
    }
    let shift = (-1074 - e2) as u32;
    if shift > 54 {
        return 0.0f64.copysign(x);
    }
    let (q, rem) = (mant >> shift, mant & ((1u64 << shift) - 1));
    let half = 1u64 << (shift - 1);
    let q = if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q };
    (q as f64 * pow2(-1074)).copysign(x)
}

/// `2**e` for `-1074 <= e <= 1023`, exactly.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

fn frexp(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.frexp")?;
    let x = real(vm, x)?;
    let (m, e) = frexp_f64(x);
    let (m, e) = (vm.new_float(m), vm.new_int(e as i64));
    Ok(vm.new_tuple(vec![m, e]))
}

fn ldexp(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "ldexp", 2)?;
    let x = real(vm, a[0])?;
    let Some(i) = vm.as_index(a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let e = match i {
        PyInt::Small(v) => v,
        PyInt::Big(_) if i.is_negative() => i64::MIN,
        PyInt::Big(_) => i64::MAX,
    };
    let r = ldexp_f64(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(vm.new_float(r))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "nextafter", 2)?;
    let (x, y) = (real(vm, a[0])?, real(vm, a[1])?);
    Ok(vm.new_float(next_toward(x, y)))
}

fn ulp(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.ulp")?;
    let x = real(vm, x)?.abs();
    let r = if x.is_nan() || x.is_infinite() {
        x
    } else {
        let next = next_toward(x, f64::INFINITY);
        if next.is_infinite() { x - next_toward(x, 0.0) } else { next - x }
    };
    Ok(vm.new_float(r))
}
