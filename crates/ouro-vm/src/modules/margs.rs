//! Argument helpers shared by the native standard-library modules: arity
//! checks with CPython's wording and conversions to `float`/`int`.

use crate::call::Args;
use crate::errors::PyResult;
use crate::num::PyInt;
use crate::object::{Obj, ObjRef};
use crate::ops::arith::Num;
use crate::vm::Vm;

/// A one-argument function (`METH_O`): `math.sqrt() takes exactly one argument (0 given)`.
pub fn one(vm: &mut Vm, args: &Args, qualname: &str) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    match args.pos {
        [x] => Ok(*x),
        _ => Err(vm.type_error(format!("{qualname}() takes exactly one argument ({} given)", args.pos.len()))),
    }
}

/// Exactly `n` positional arguments (`pow expected 2 arguments, got 1`).
pub fn exactly<'a>(vm: &mut Vm, args: &'a Args, name: &str, n: usize) -> PyResult<&'a [ObjRef]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name} expected {n} argument{s}, got {}", args.pos.len())));
    }
    Ok(args.pos)
}

/// Between `min` and `max` positional arguments, CPython's wording.
pub fn between<'a>(vm: &mut Vm, args: &'a Args, name: &str, min: usize, max: usize) -> PyResult<&'a [ObjRef]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!("{name} expected at least {min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        return Err(vm.type_error(format!("{name} expected at most {max} argument{}, got {n}", plural(max))));
    }
    Ok(args.pos)
}

/// A float from an int, bool, float or an object with `__float__`/`__index__`
/// (`TypeError: must be real number, not str`).
pub fn real(vm: &mut Vm, h: ObjRef) -> PyResult<f64> {
    match vm.as_num(h) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Int(i)) => return vm.int_to_float(&i),
        None => {}
    }
    for name in ["__float__", "__index__"] {
        if let Some(r) = vm.call_dunder(h, name, &[])? {
            let v = vm.as_num(r);
            vm.decref(r);
            match v {
                Some(Num::Float(f)) => return Ok(f),
                Some(Num::Int(i)) => return vm.int_to_float(&i),
                None => {}
            }
        }
    }
    let t = vm.type_name(h);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

/// An int from an int, bool or an object with `__index__`
/// (`TypeError: 'float' object cannot be interpreted as an integer`).
pub fn index(vm: &mut Vm, h: ObjRef) -> PyResult<PyInt> {
    if let Some(i) = vm.as_index(h) {
        return Ok(i);
    }
    if let Some(r) = vm.call_dunder(h, "__index__", &[])? {
        let v = vm.as_index(r);
        vm.decref(r);
        if let Some(i) = v {
            return Ok(i);
        }
    }
    let t = vm.type_name(h);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

/// An index that must fit an `i64` (`OverflowError` otherwise).
pub fn small_index(vm: &mut Vm, h: ObjRef) -> PyResult<i64> {
    match index(vm, h)? {
        PyInt::Small(v) => Ok(v),
        PyInt::Big(_) => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

/// The text of a str argument, or `TypeError` naming `what`.
pub fn text(vm: &mut Vm, h: ObjRef, what: &str) -> PyResult<String> {
    match vm.get(h) {
        Obj::Str(s) => Ok(s.text.to_string()),
        _ => {
            let t = vm.type_name(h);
            Err(vm.type_error(format!("{what} must be str, not {t}")))
        }
    }
}

/// A tuple of floats (owned).
pub fn float_tuple(vm: &mut Vm, items: &[f64]) -> ObjRef {
    let objs: Vec<ObjRef> = items.iter().map(|&f| vm.new_float(f)).collect();
    vm.new_tuple(objs)
}
