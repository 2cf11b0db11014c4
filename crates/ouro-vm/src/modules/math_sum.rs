//! `math.fsum` (Shewchuk's exact summation, as CPython's `msum`),
//! `hypot`/`dist` (CPython 3.11's compensated `vector_norm`) and `prod`.

use crate::builtins::kwarg;
use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs::{self, real};
use crate::object::{NativeFn, ObjRef};
use crate::ops::arith::binop;
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("fsum", fsum), ("hypot", hypot), ("dist", dist), ("prod", prod)];

enum FsumError {
    Overflow,
    InfMinusInf,
}

/// The correctly rounded sum of `values`.
fn exact_sum(values: &[f64]) -> Result<f64, FsumError> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for &xsave in values {
        let mut x = xsave;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        return if inf_sum.is_nan() { Err(FsumError::InfMinusInf) } else { Ok(special) };
    }
    Ok(round_partials(&mut partials))
}

/// Sum the non-overlapping partials from the top, with CPython's half-way
/// correction.
fn round_partials(p: &mut Vec<f64>) -> f64 {
    let Some(mut hi) = p.pop() else {
        return 0.0;
    };
    let mut lo = 0.0;
    while let Some(y) = p.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if let Some(&last) = p.last() {
        if (lo < 0.0 && last < 0.0) || (lo > 0.0 && last > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    hi
}

fn fsum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "math.fsum")?;
    let items = vm.collect_iter(x)?;
    let mut values = Vec::with_capacity(items.len());
    let mut failed = None;
    for &h in &items {
        match real(vm, h) {
            Ok(v) => values.push(v),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    vm.decref_all(items);
    if let Some(e) = failed {
        return Err(e);
    }
    match exact_sum(&values) {
        Ok(v) => Ok(vm.new_float(v)),
        Err(FsumError::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(FsumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

/// Veltkamp-Dekker split of `x` into two halves.
fn split(x: f64) -> (f64, f64) {
    const T27: f64 = 134217729.0;
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// Neumaier step: add `x` to `csum`, the lost part to `frac`.
fn add(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// The Euclidean norm of the absolute values `vec` whose largest is `max`.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::modules::math::frexp_f64(max);
    if max_e < -1023 {
        let (mut csum, mut frac) = (1.0, 0.0);
        for &x in vec {
            let x = x / max;
            add(&mut csum, &mut frac, x * x);
        }
        return max * (csum - 1.0 + frac).sqrt();
    }
    let scale = crate::modules::math::ldexp_f64(1.0, -(max_e as i64));
    let (mut csum, mut f1, mut f2, mut f3) = (1.0, 0.0, 0.0, 0.0);
    for &x in vec {
        let (hi, lo) = split(x * scale);
        add(&mut csum, &mut f1, hi * hi);
        add(&mut csum, &mut f2, 2.0 * hi * lo);
        f3 += lo * lo;
    }
    let h = (csum - 1.0 + (f1 + f2 + f3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut f1, -hi * hi);
    add(&mut csum, &mut f2, -2.0 * hi * lo);
    add(&mut csum, &mut f3, -lo * lo);
    let x = csum - 1.0 + (f1 + f2 + f3);
    (h + x / (2.0 * h)) / scale
}

fn norm_of(values: &[f64]) -> f64 {
    let max = values.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    vector_norm(values, max, values.iter().any(|x| x.is_nan()))
}

fn hypot(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut values = Vec::with_capacity(args.pos.len());
    for &h in args.pos {
        values.push(real(vm, h)?.abs());
    }
    Ok(vm.new_float(norm_of(&values)))
}

fn floats_of(vm: &mut Vm, h: ObjRef) -> PyResult<Vec<ObjRef>> {
    vm.collect_iter(h)
}

fn dist(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "dist", 2)?;
    let p = floats_of(vm, a[0])?;
    let q = match floats_of(vm, a[1]) {
        Ok(q) => q,
        Err(e) => {
            vm.decref_all(p);
            return Err(e);
        }
    };
    let r = diffs(vm, &p, &q);
    vm.decref_all(p);
    vm.decref_all(q);
    let values = r?;
    Ok(vm.new_float(norm_of(&values)))
}

fn diffs(vm: &mut Vm, p: &[ObjRef], q: &[ObjRef]) -> PyResult<Vec<f64>> {
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut out = Vec::with_capacity(p.len());
    for (&a, &b) in p.iter().zip(q) {
        out.push((real(vm, a)? - real(vm, b)?).abs());
    }
    Ok(out)
}

/// `prod(iterable, /, *, start=1)`.
fn prod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!("prod() takes exactly 1 positional argument ({} given)", args.pos.len())));
    }
    if let Some(&k) = args.kwnames.iter().find(|&&k| vm.str_text(k) != "start") {
        let name = vm.str_text(k).to_owned();
        return Err(vm.type_error(format!("prod() got an unexpected keyword argument '{name}'")));
    }
    let mut acc = match kwarg(vm, args, "start") {
        Some(s) => vm.incref(s),
        None => vm.new_int(1),
    };
    let items = match vm.collect_iter(args.pos[0]) {
        Ok(items) => items,
        Err(e) => {
            vm.decref(acc);
            return Err(e);
        }
    };
    let mut result = Ok(());
    for &h in &items {
        match vm.binary_op(binop::MUL, acc, h) {
            Ok(v) => {
                vm.decref(acc);
                acc = v;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.decref_all(items);
    match result {
        Ok(()) => Ok(acc),
        Err(e) => {
            vm.decref(acc);
            Err(e)
        }
    }
}
