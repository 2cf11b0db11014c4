//! The integer functions of `math`: `factorial`, `gcd`, `lcm`, `isqrt`,
//! `comb` and `perm`, exact for ints of any size.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs::{self, index};
use crate::num::PyInt;
use crate::object::{NativeFn, ObjRef};
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("factorial", factorial),
    ("gcd", gcd),
    ("lcm", lcm),
    ("isqrt", isqrt),
    ("comb", comb),
    ("perm", perm),
];

/// The product `lo * (lo+1) * ... * hi` (1 when empty), by halving so big
/// products stay balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u128 = 1;
        for v in lo..=hi {
            match small.checked_mul(v as u128) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = v as u128;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// A non-negative count that must fit a `u64`.
fn count(vm: &mut Vm, v: &PyInt, what: &str) -> PyResult<u64> {
    match v {
        PyInt::Small(x) if *x >= 0 => Ok(*x as u64),
        _ if v.is_negative() => Err(vm.value_error(what.to_string())),
        _ => Err(vm.overflow_error(format!("{} must not exceed {}", what.split(' ').next().unwrap_or("n"), i64::MAX))),
    }
}

fn factorial(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.factorial")?;
    let n = index(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = count(vm, &n, "factorial() argument should not exceed 9223372036854775807")?;
    Ok(vm.new_pyint(PyInt::from_big(range_product(1, n))))
}

fn fold_ints(vm: &mut Vm, args: &Args, name: &str, f: fn(BigInt, BigInt) -> BigInt, empty: i64) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let mut acc: Option<BigInt> = None;
    for &h in args.pos {
        let v = index(vm, h)?.to_big();
        acc = Some(match acc {
            None => v.magnitude().clone().into(),
            Some(a) => f(a, v),
        });
    }
    let r = acc.unwrap_or_else(|| BigInt::from(empty));
    Ok(vm.new_pyint(PyInt::from_big(r)))
}

fn gcd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    fold_ints(vm, args, "gcd", |a, b| a.gcd(&b), 0)
}

fn lcm(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    fold_ints(vm, args, "lcm", |a, b| if a.is_zero() || b.is_zero() { BigInt::zero() } else { a.lcm(&b) }, 1)
}

fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.isqrt")?;
    let n = index(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_pyint(PyInt::from_big(n.to_big().sqrt())))
}

/// The two non-negative arguments of `comb`/`perm`, or None when `k > n`.
fn n_and_k(vm: &mut Vm, n: ObjRef, k: ObjRef) -> PyResult<Option<(BigInt, u64)>> {
    let (n, k) = (index(vm, n)?, index(vm, k)?);
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    let (n, k) = (n.to_big(), k.to_big());
    if k > n {
        return Ok(None);
    }
    let k = count(vm, &PyInt::from_big(k), "k must be a non-negative integer")?;
    Ok(Some((n, k)))
}

fn comb(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "comb", 2)?;
    let Some((n, k)) = n_and_k(vm, a[0], a[1])? else {
        return Ok(vm.new_int(0));
    };
    let k = k.min(num_traits::ToPrimitive::to_u64(&(&n - BigInt::from(k))).unwrap_or(k));
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - BigInt::from(i)) / BigInt::from(i + 1);
    }
    Ok(vm.new_pyint(PyInt::from_big(r)))
}

fn perm(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::between(vm, args, "perm", 1, 2)?;
    if a.len() == 1 || vm.is_none(a[1]) {
        return factorial(vm, &Args::positional(&a[..1]));
    }
    let Some((n, k)) = n_and_k(vm, a[0], a[1])? else {
        return Ok(vm.new_int(0));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - BigInt::from(i);
    }
    Ok(vm.new_pyint(PyInt::from_big(r)))
}
