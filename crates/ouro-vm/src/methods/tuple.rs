//! `tuple` methods: `count` and `index`.

use crate::builtins::args::{check_count, one, slice_bound};
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.tuple;
    vm.add_methods(t, "tuple", &[("count", count), ("index", index)]);
}

fn items(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<ObjRef>> {
    match args.pos.first().map(|&h| vm.get(h)) {
        Some(Obj::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'tuple' objects doesn't apply to this object"))),
    }
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let items = items(vm, args, "count")?;
    let x = one(vm, args, "tuple.count")?;
    let owner = args.pos[0];
    vm.incref(owner);
    let mut n = 0;
    let mut r = Ok(());
    for item in items {
        match vm.eq(item, x) {
            Ok(true) => n += 1,
            Ok(false) => {}
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    vm.decref(owner);
    r?;
    Ok(vm.new_int(n))
}

/// `seq.index(x, start, end)` over `items` (shared with `list.index`):
/// the position, or None when absent.
pub fn index_in(vm: &mut Vm, items: &[ObjRef], args: &[ObjRef]) -> PyResult<Option<usize>> {
    let len = items.len() as i64;
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => (v + len).max(0),
        Some(v) => v.min(len),
    };
    let start = clamp(slice_index(vm, args.get(1).copied())?, 0);
    let stop = clamp(slice_index(vm, args.get(2).copied())?, len);
    for i in start..stop {
        let Some(&item) = items.get(i as usize) else { break };
        if vm.eq(item, args[0])? {
            return Ok(Some(i as usize));
        }
    }
    Ok(None)
}

/// `_PyEval_SliceIndexNotNone`: ints only (None is not allowed here).
fn slice_index(vm: &mut Vm, h: Option<ObjRef>) -> PyResult<Option<i64>> {
    match h {
        Some(h) if vm.is_none(h) || vm.as_index(h).is_none() => {
            Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
        other => slice_bound(vm, other),
    }
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let items = items(vm, args, "index")?;
    if args.has_kwargs() {
        return Err(vm.type_error("index() takes no keyword arguments"));
    }
    check_count(vm, args.pos.len() - 1, "index", 1, 3)?;
    let owner = args.pos[0];
    vm.incref(owner);
    let r = index_in(vm, &items, &args.pos[1..]);
    vm.decref(owner);
    match r? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}
