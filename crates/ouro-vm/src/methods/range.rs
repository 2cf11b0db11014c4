//! `range` methods: `count` and `index` (constant time for ints).

use crate::builtins::args::one;
use crate::call::Args;
use crate::errors::PyResult;
use crate::num::PyInt;
use crate::object::{Obj, ObjRef};
use crate::ops::iter::{range_contains, range_len};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.range;
    vm.add_methods(t, "range", &[("count", count), ("index", index)]);
}

fn bounds(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, i64, i64)> {
    match args.pos.first().map(|&h| vm.get(h)) {
        Some(Obj::Range { start, stop, step }) => Ok((*start, *stop, *step)),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'range' objects doesn't apply to this object"))),
    }
}

/// The position of `x` in the range, if present (ints exactly; other
/// objects by equality with each item).
fn position(vm: &mut Vm, (start, stop, step): (i64, i64, i64), x: ObjRef) -> PyResult<Option<usize>> {
    let small = match vm.get(x) {
        Obj::Int(PyInt::Small(v)) => Some(*v),
        Obj::Bool(b) => Some(*b as i64),
        Obj::Int(_) => return Ok(None),
        _ => None,
    };
    if let Some(v) = small {
        let at = ((v as i128 - start as i128) / step as i128) as usize;
        return Ok(range_contains(start, stop, step, v).then_some(at));
    }
    for i in 0..range_len(start, stop, step) {
        let item = vm.new_int(start + step * i as i64);
        let same = vm.eq(item, x);
        vm.decref(item);
        if same? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = bounds(vm, args, "count")?;
    let x = one(vm, args, "range.count")?;
    let found = position(vm, r, x)?.is_some();
    Ok(vm.new_int(found as i64))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = bounds(vm, args, "index")?;
    let x = one(vm, args, "range.index")?;
    match position(vm, r, x)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None if matches!(vm.get(x), Obj::Int(_) | Obj::Bool(_)) => {
            let s = vm.repr_string(x)?;
            Err(vm.value_error(format!("{s} is not in range")))
        }
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}
