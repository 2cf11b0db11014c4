//! The `gc` module: the Python face of the heap's collector.

use crate::builtins::check_args;
use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::gc_referents::{for_each_referent, refers_to_any};
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("gc");
    let d = vm.module_dict(m);
    vm.add_functions(
        d,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_stats", get_stats),
            ("set_debug", set_debug),
            ("get_debug", get_debug),
            ("is_tracked", is_tracked),
            ("get_objects", get_objects),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
            ("is_finalized", is_finalized),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
        ],
    );
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        let i = vm.new_int(v as i64);
        let _ = vm.dict_set_str(d, name, i);
    }
    let garbage = vm.gc.garbage;
    let callbacks = vm.gc.callbacks;
    vm.incref(garbage);
    vm.incref(callbacks);
    let _ = vm.dict_set_str(d, "garbage", garbage);
    let _ = vm.dict_set_str(d, "callbacks", callbacks);
    m
}

fn int_arg(vm: &mut Vm, h: ObjRef) -> PyResult<i64> {
    match vm.as_index(h).and_then(|i| i.as_i64()) {
        Some(v) => Ok(v),
        None => {
            let t = vm.type_name(h);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn collect(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = match args.pos.first().copied().or_else(|| crate::builtins::kwarg(vm, args, "generation")) {
        Some(h) => int_arg(vm, h)?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = crate::gc_driver::collect_explicit(vm, g as usize);
    Ok(vm.new_int(n as i64))
}

fn enable(vm: &mut Vm, _: &Args) -> PyResult<ObjRef> {
    vm.heap.set_enabled(true);
    Ok(vm.none())
}

fn disable(vm: &mut Vm, _: &Args) -> PyResult<ObjRef> {
    vm.heap.set_enabled(false);
    Ok(vm.none())
}

fn isenabled(vm: &mut Vm, _: &Args) -> PyResult<ObjRef> {
    let e = vm.heap.enabled();
    Ok(vm.new_bool(e))
}

fn int_tuple(vm: &mut Vm, values: [usize; 3]) -> ObjRef {
    let items: Vec<ObjRef> = values.iter().map(|&v| vm.new_int(v as i64)).collect();
    vm.new_tuple(items)
}

fn get_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "get_count", 0, 0)?;
    let c = vm.heap.counts();
    Ok(int_tuple(vm, c))
}

fn get_threshold(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "get_threshold", 0, 0)?;
    let t = vm.heap.thresholds();
    Ok(int_tuple(vm, t))
}

fn set_threshold(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if args.pos.len() > 3 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("set_threshold() takes at most 3 arguments ({n} given)")));
    }
    let mut t = vm.heap.thresholds();
    for (i, &a) in args.pos.iter().enumerate() {
        t[i] = int_arg(vm, a)?.max(0) as usize;
    }
    vm.heap.set_thresholds(t);
    Ok(vm.none())
}

fn get_stats(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "get_stats", 0, 0)?;
    let stats = vm.heap.stats();
    let mut dicts = Vec::new();
    for s in stats {
        let d = vm.new_dict();
        for (k, v) in [("collections", s.collections), ("collected", s.collected), ("uncollectable", s.uncollectable)] {
            let i = vm.new_int(v as i64);
            vm.dict_set_str(d, k, i)?;
        }
        dicts.push(d);
    }
    Ok(vm.new_list(dicts))
}

fn set_debug(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("gc.set_debug() takes exactly one argument ({n} given)")));
    }
    vm.gc.debug = int_arg(vm, args.pos[0])? as u32;
    Ok(vm.none())
}

fn get_debug(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "get_debug", 0, 0)?;
    let d = vm.gc.debug as i64;
    Ok(vm.new_int(d))
}

fn is_tracked(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "is_tracked", 1, 1)?;
    let t = vm.heap.is_tracked(args.pos[0]);
    Ok(vm.new_bool(t))
}

fn is_finalized(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "is_finalized", 1, 1)?;
    let t = vm.heap.is_finalized(args.pos[0]);
    Ok(vm.new_bool(t))
}

fn get_objects(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let generation = match args.pos.first().copied().or_else(|| crate::builtins::kwarg(vm, args, "generation")) {
        Some(h) if !vm.is_none(h) => int_arg(vm, h)?,
        _ => -1,
    };
    if generation >= 3 {
        return Err(vm.value_error("generation parameter must be less than the number of available generations (3)"));
    }
    if generation < -1 {
        return Err(vm.value_error("generation parameter cannot be negative"));
    }
    let gens: Vec<usize> = if generation == -1 { vec![0, 1, 2] } else { vec![generation as usize] };
    let mut items = Vec::new();
    for g in gens {
        items.extend(vm.heap.generation_objects(g));
    }
    for &i in &items {
        vm.incref(i);
    }
    Ok(vm.new_list(items))
}

fn freeze(vm: &mut Vm, _: &Args) -> PyResult<ObjRef> {
    vm.heap.freeze();
    Ok(vm.none())
}

fn unfreeze(vm: &mut Vm, _: &Args) -> PyResult<ObjRef> {
    vm.heap.unfreeze();
    Ok(vm.none())
}

fn get_freeze_count(vm: &mut Vm, _: &Args) -> PyResult<ObjRef> {
    let n = vm.heap.permanent_len() as i64;
    Ok(vm.new_int(n))
}

/// `gc.get_referents(*objs)`: what each GC object's traverse visits, in
/// CPython's traverse order (non-GC arguments contribute nothing; see
/// `gc_referents` for where that differs from the collector's own trace).
fn get_referents(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for &o in args.pos {
        for_each_referent(vm, o, &mut |h| out.push(h));
    }
    for &h in &out {
        vm.incref(h);
    }
    Ok(vm.new_list(out))
}

/// `gc.get_referrers(*objs)`: tracked objects (generations 0-2) whose
/// traverse visits any of `objs`.
fn get_referrers(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for g in 0..3 {
        for h in vm.heap.generation_objects(g) {
            if refers_to_any(vm, h, args.pos) {
                out.push(h);
            }
        }
    }
    for &h in &out {
        vm.incref(h);
    }
    Ok(vm.new_list(out))
}

/// Is `h` the collector's own `gc.garbage` list (for `Obj` matching)?
pub fn is_garbage_list(vm: &Vm, h: ObjRef) -> bool {
    h == vm.gc.garbage && matches!(vm.get(h), Obj::List(_))
}
