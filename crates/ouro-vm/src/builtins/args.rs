//! Argument checking for builtin methods and functions, with the wording of
//! each CPython calling convention (`METH_NOARGS`, `METH_O`, positional
//! tuples and Argument Clinic keyword parsing), and the common conversions
//! (`__index__` integers, slice bounds, str arguments).
//!
//! Method helpers look at the arguments *after* the receiver (`args.pos[0]`).

use crate::call::Args;
use crate::errors::PyResult;
use crate::num::PyInt;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn no_kwargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        let bare = name.rsplit('.').next().unwrap_or(name);
        return Err(vm.type_error(format!("{bare}() takes no keyword arguments")));
    }
    Ok(())
}

/// `METH_NOARGS` method: `qual` is `str.upper`-style.
pub fn noargs(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    no_kwargs(vm, args, qual)?;
    let n = args.pos.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// `METH_O` method: its single argument (borrowed).
pub fn one(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<ObjRef> {
    no_kwargs(vm, args, qual)?;
    match args.pos.len() {
        2 => Ok(args.pos[1]),
        n => Err(vm.type_error(format!("{qual}() takes exactly one argument ({} given)", n.saturating_sub(1)))),
    }
}

/// Positional-only arguments after the receiver, `min..=max` of them
/// (`_PyArg_CheckPositional` wording).
pub fn positional<'a>(vm: &mut Vm, args: &'a Args, name: &str, min: usize, max: usize) -> PyResult<&'a [ObjRef]> {
    no_kwargs(vm, args, name)?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    check_count(vm, rest.len(), name, min, max)?;
    Ok(rest)
}

/// `_PyArg_CheckPositional`'s messages for `n` arguments.
pub fn check_count(vm: &mut Vm, n: usize, name: &str, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let what = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {what}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let what = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {what}{max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

/// Old-style `PyArg_ParseTuple` arity check: `find() takes at least 1
/// argument (0 given)`.
pub fn parse_tuple<'a>(vm: &mut Vm, args: &'a Args, name: &str, min: usize, max: usize) -> PyResult<&'a [ObjRef]> {
    no_kwargs(vm, args, name)?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    let n = rest.len();
    if n < min {
        return Err(vm.type_error(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))));
    }
    if n > max {
        return Err(vm.type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))));
    }
    Ok(rest)
}

/// Argument Clinic parsing of positional-or-keyword parameters `names`
/// (the first `required` mandatory) from `pos` and the keywords of `args`.
pub fn clinic(vm: &mut Vm, args: &Args, pos: &[ObjRef], name: &str, names: &[&str], required: usize) -> PyResult<Vec<Option<ObjRef>>> {
    let max = names.len();
    if pos.len() > max {
        return Err(vm.type_error(format!("{name}() takes at most {max} argument{} ({} given)", plural(max), pos.len())));
    }
    if args.kwnames.len() > max {
        let n = args.kwnames.len();
        return Err(vm.type_error(format!("{name}() takes at most {max} keyword argument{} ({n} given)", plural(max))));
    }
    let mut out: Vec<Option<ObjRef>> = names.iter().enumerate().map(|(i, _)| pos.get(i).copied()).collect();
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        let key = vm.str_text(k).to_owned();
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!("argument for {name}() given by name ('{key}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(v),
            None => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(vm.type_error(format!("{name}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok(out)
}

/// `obj.__index__()` as an i64 (`Py_ssize_t`), with CPython's errors.
pub fn index_i64(vm: &mut Vm, h: ObjRef) -> PyResult<i64> {
    match vm.as_index(h) {
        Some(PyInt::Small(v)) => Ok(v),
        Some(PyInt::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => {
            let t = vm.type_name(h);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// A start/end bound of `find`-like methods: None (absent or None) or an
/// index, clamped when huge (`_PyEval_SliceIndex`).
pub fn slice_bound(vm: &mut Vm, h: Option<ObjRef>) -> PyResult<Option<i64>> {
    match h {
        None => Ok(None),
        Some(h) if vm.is_none(h) => Ok(None),
        Some(h) => match vm.as_index(h) {
            Some(PyInt::Small(v)) => Ok(Some(v)),
            Some(PyInt::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(&b) { i64::MIN } else { i64::MAX })),
            None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// The text of a str argument, or `err` formatted with the type name.
pub fn str_or(vm: &mut Vm, h: ObjRef, err: impl FnOnce(&str) -> String) -> PyResult<String> {
    match vm.get(h) {
        Obj::Str(s) => Ok(s.text.to_string()),
        _ => {
            let t = vm.type_name(h);
            Err(vm.type_error(err(&t)))
        }
    }
}

/// Raise a `num::error::PyErr` from a pure algorithm.
pub fn lift<T>(vm: &mut Vm, r: crate::num::error::PyResult<T>) -> PyResult<T> {
    r.map_err(|e| vm.num_err(e))
}
