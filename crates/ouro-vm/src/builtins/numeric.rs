//! Numeric builtins: `bin`, `oct`, `hex`, `divmod`, `pow`, `round`, `abs`,
//! with CPython's results and error messages.

use num_bigint::BigInt;
use num_integer::Integer;

use crate::builtins::args::{clinic, lift};
use crate::call::Args;
use crate::errors::PyResult;
use crate::num::float_ops;
use crate::num::PyInt;
use crate::object::{Obj, ObjRef};
use crate::ops::arith::{binop, Num};
use crate::vm::Vm;

fn index_of(vm: &mut Vm, h: ObjRef) -> PyResult<PyInt> {
    if vm.is_user_object(h) {
        if let Some(r) = vm.call_dunder(h, "__index__", &[])? {
            let v = vm.as_index(r);
            vm.decref(r);
            if let Some(v) = v {
                return Ok(v);
            }
            return Err(vm.type_error("__index__ returned non-int"));
        }
    }
    match vm.as_index(h) {
        Some(i) => Ok(i),
        None => {
            let t = vm.type_name(h);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn radix(vm: &mut Vm, args: &Args, name: &str, f: fn(&PyInt) -> String) -> PyResult<ObjRef> {
    super::check_args(vm, args, name, 1, 1)?;
    let i = index_of(vm, args.pos[0])?;
    Ok(vm.new_str(f(&i)))
}

pub fn bin(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "bin", PyInt::bin)
}

pub fn oct(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "oct", PyInt::oct)
}

pub fn hex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "hex", PyInt::hex)
}

pub fn abs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    super::check_args(vm, args, "abs", 1, 1)?;
    let v = args.pos[0];
    if let Some(r) = vm.call_dunder(v, "__abs__", &[])? {
        return Ok(r);
    }
    match vm.as_num(v) {
        Some(Num::Int(i)) => Ok(vm.new_pyint(i.abs())),
        Some(Num::Float(f)) => Ok(vm.new_float(f.abs())),
        None => {
            if let Obj::Complex(z) = vm.get(v) {
                let r = lift(vm, z.abs())?;
                return Ok(vm.new_float(r));
            }
            let t = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
        }
    }
}

pub fn divmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    super::check_args(vm, args, "divmod", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if vm.is_user_object(a) || vm.is_user_object(b) {
        if let Some(r) = dunder_divmod(vm, a, b)? {
            return Ok(r);
        }
    }
    let (x, y) = match (vm.as_num(a), vm.as_num(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => {
            let (ta, tb) = (vm.type_name(a), vm.type_name(b));
            return Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'")));
        }
    };
    let (q, r) = match (x, y) {
        (Num::Int(x), Num::Int(y)) => {
            let (q, r) = lift(vm, x.divmod(&y))?;
            (vm.new_pyint(q), vm.new_pyint(r))
        }
        (x, y) => {
            let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
            let (q, r) = lift(vm, float_ops::divmod(x, y))?;
            (vm.new_float(q), vm.new_float(r))
        }
    };
    Ok(vm.new_tuple(vec![q, r]))
}

fn dunder_divmod(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<Option<ObjRef>> {
    for (obj, name, other) in [(a, "__divmod__", b), (b, "__rdivmod__", a)] {
        if let Some(r) = vm.call_dunder(obj, name, &[other])? {
            if r != vm.s.not_implemented {
                return Ok(Some(r));
            }
            vm.decref(r);
        }
    }
    Ok(None)
}

fn to_f64(vm: &mut Vm, n: Num) -> PyResult<f64> {
    match n {
        Num::Float(f) => Ok(f),
        Num::Int(i) => vm.int_to_float(&i),
    }
}

pub fn pow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = clinic(vm, args, args.pos, "pow", &["base", "exp", "mod"], 2)?;
    let (base, exp) = (a[0].unwrap_or(vm.s.none), a[1].unwrap_or(vm.s.none));
    let modulus = a[2].filter(|&m| !vm.is_none(m));
    let Some(m) = modulus else {
        return vm.binary_op(binop::POW, base, exp);
    };
    match (vm.as_index(base), vm.as_index(exp), vm.as_index(m)) {
        (Some(b), Some(e), Some(m)) if [base, exp].iter().all(|&h| vm.as_num(h).is_some_and(|n| matches!(n, Num::Int(_)))) => {
            let r = lift(vm, b.pow_mod(&e, &m))?;
            Ok(vm.new_pyint(r))
        }
        _ => {
            if let Some(e) = modulus_refused(vm, [base, exp, m]) {
                return Err(e);
            }
            let (ta, tb, tc) = (vm.type_name(base), vm.type_name(exp), vm.type_name(m));
            Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{ta}', '{tb}', '{tc}'")))
        }
    }
}

/// Three-argument `pow` that is not all ints: CPython tries each operand
/// type's `nb_power` in argument order; int's declines, and the first float
/// or complex raises its own error.
fn modulus_refused(vm: &mut Vm, operands: [ObjRef; 3]) -> Option<crate::errors::PyErr> {
    for h in operands {
        match vm.get(h) {
            Obj::Float(_) => return Some(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
            Obj::Complex(_) => return Some(vm.value_error("complex modulo")),
            _ => {}
        }
    }
    None
}

pub fn round(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = clinic(vm, args, args.pos, "round", &["number", "ndigits"], 1)?;
    let number = a[0].unwrap_or(vm.s.none);
    let ndigits = a[1].filter(|&n| !vm.is_none(n));
    if vm.is_user_object(number) {
        let extra: Vec<ObjRef> = ndigits.into_iter().collect();
        if let Some(r) = vm.call_dunder(number, "__round__", &extra)? {
            return Ok(r);
        }
    }
    let nd = match ndigits {
        Some(n) => Some(index_of(vm, n)?),
        None => None,
    };
    match (vm.as_num(number), nd) {
        (Some(Num::Float(f)), None) => {
            let i = lift(vm, crate::num::float_round::round_to_int(f))?;
            Ok(vm.new_pyint(i))
        }
        (Some(Num::Float(f)), Some(n)) => {
            let n = n.as_i64().unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
            let r = lift(vm, crate::num::float_round::round_digits(f, n))?;
            Ok(vm.new_float(r))
        }
        (Some(Num::Int(i)), None) => Ok(vm.new_pyint(i)),
        (Some(Num::Int(i)), Some(n)) => Ok(vm.new_pyint(round_int(&i, &n))),
        (None, _) => {
            let t = vm.type_name(number);
            Err(vm.type_error(format!("type {t} doesn't define __round__ method")))
        }
    }
}

/// `round(i, n)` for an int: unchanged for `n >= 0`, else to a multiple of
/// `10**-n` with ties to even.
fn round_int(i: &PyInt, n: &PyInt) -> PyInt {
    if !n.is_negative() {
        return i.clone();
    }
    let digits = n.to_big().magnitude().clone();
    let Ok(k) = u32::try_from(&digits) else {
        return PyInt::Small(0);
    };
    if k > 100_000 {
        return PyInt::Small(0);
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (mut q, r) = i.to_big().div_mod_floor(&p);
    let twice = &r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    PyInt::from_big(q * p)
}
