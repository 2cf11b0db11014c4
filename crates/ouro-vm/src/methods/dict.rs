//! `dict` methods. `args.pos[0]` is always the dict itself.

use crate::builtins::check_args;
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{DictIterKind, Obj, ObjRef};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.dict;
    vm.add_methods(
        t,
        "dict",
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("pop", pop),
            ("setdefault", setdefault),
            ("update", update),
            ("copy", copy),
            ("clear", clear),
        ],
    );
}

fn self_dict(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&d) if matches!(vm.get(d), Obj::Dict(_)) => Ok(d),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'dict' objects doesn't apply to this object"))),
    }
}

fn get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "get")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "get", 1, 2)?;
    match vm.dict_get_item(d, args.pos[1])? {
        Some(v) => Ok(v),
        None => Ok(match args.pos.get(2) {
            Some(&dflt) => vm.incref(dflt),
            None => vm.none(),
        }),
    }
}

fn view(vm: &mut Vm, args: &Args, kind: DictIterKind) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "keys")?;
    vm.incref(d);
    Ok(vm.alloc_tracked(Obj::DictView { dict: d, kind }))
}

fn keys(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    view(vm, args, DictIterKind::Keys)
}

fn values(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    view(vm, args, DictIterKind::Values)
}

fn items(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    view(vm, args, DictIterKind::Items)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "pop")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "pop", 1, 2)?;
    match vm.dict_pop(d, args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(&dflt) => Ok(vm.incref(dflt)),
            None => Err(vm.key_error(args.pos[1])),
        },
    }
}

fn setdefault(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "setdefault")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "setdefault", 1, 2)?;
    if let Some(v) = vm.dict_get_item(d, args.pos[1])? {
        return Ok(v);
    }
    let dflt = args.pos.get(2).copied().unwrap_or(vm.s.none);
    vm.dict_set(d, args.pos[1], dflt)?;
    Ok(vm.incref(dflt))
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "update")?;
    if let Some(&src) = args.pos.get(1) {
        if matches!(vm.get(src), Obj::Dict(_)) {
            vm.dict_update(d, src)?;
        } else {
            for pair in vm.collect_iter(src)? {
                let kv = vm.collect_iter(pair);
                vm.decref(pair);
                let kv = kv?;
                let r = if kv.len() == 2 { vm.dict_set(d, kv[0], kv[1]) } else { Err(vm.value_error("dictionary update sequence element #0 has length 1; 2 is required")) };
                vm.decref_all(kv);
                r?;
            }
        }
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        vm.dict_set(d, k, v)?;
    }
    Ok(vm.none())
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "copy")?;
    let new = vm.new_dict();
    vm.dict_update(new, d)?;
    Ok(new)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "clear")?;
    let mut refs = Vec::new();
    if let Obj::Dict(dict) = vm.get_mut(d) {
        dict.table.for_each_kv(|k, v| {
            refs.push(k);
            refs.push(v);
        });
        dict.table = Default::default();
    }
    vm.decref_all(refs);
    Ok(vm.none())
}
