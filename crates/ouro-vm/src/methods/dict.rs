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
            ("popitem", popitem),
            ("__getitem__", dunder_getitem),
            ("__setitem__", dunder_setitem),
            ("__delitem__", dunder_delitem),
            ("__contains__", dunder_contains),
        ],
    );
    crate::methods::int::add_class_method(vm, t, "fromkeys", fromkeys);
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
    if args.pos.len() > 2 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!("update expected at most 1 argument, got {n}")));
    }
    if let Some(&src) = args.pos.get(1) {
        update_from(vm, d, src)?;
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        vm.dict_set(d, k, v)?;
    }
    Ok(vm.none())
}

/// `d.update(src)` for a dict, a mapping with `keys()`, or an iterable of
/// pairs (CPython's `dict_merge` / `PyDict_MergeFromSeq2`).
pub fn update_from(vm: &mut Vm, d: ObjRef, src: ObjRef) -> PyResult<()> {
    if matches!(vm.get(src), Obj::Dict(_)) {
        return vm.dict_update(d, src);
    }
    let keys_name = vm.intern("keys");
    let keys = vm.get_attr(src, keys_name);
    vm.decref(keys_name);
    match keys {
        Ok(keys) => {
            let r = update_from_mapping(vm, d, src, keys);
            vm.decref(keys);
            r
        }
        Err(e) if vm.err_is(&e, "AttributeError") => {
            vm.decref(e.0);
            update_from_pairs(vm, d, src)
        }
        Err(e) => Err(e),
    }
}

fn update_from_mapping(vm: &mut Vm, d: ObjRef, src: ObjRef, keys: ObjRef) -> PyResult<()> {
    let ks = vm.call(keys, &[])?;
    let ks_items = vm.collect_iter(ks);
    vm.decref(ks);
    let ks_items = ks_items?;
    let mut r = Ok(());
    for &k in &ks_items {
        r = vm.getitem(src, k).and_then(|v| {
            let set = vm.dict_set(d, k, v);
            vm.decref(v);
            set
        });
        if r.is_err() {
            break;
        }
    }
    vm.decref_all(ks_items);
    r
}

fn update_from_pairs(vm: &mut Vm, d: ObjRef, src: ObjRef) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    let mut i = 0;
    let r = loop {
        let pair = match vm.next(it) {
            Ok(Some(p)) => p,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        let kv = vm.collect_iter(pair);
        vm.decref(pair);
        let kv = match kv {
            Ok(kv) => kv,
            Err(e) if vm.err_is(&e, "TypeError") => {
                vm.decref(e.0);
                break Err(vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")));
            }
            Err(e) => break Err(e),
        };
        if kv.len() != 2 {
            let n = kv.len();
            vm.decref_all(kv);
            break Err(vm.value_error(format!("dictionary update sequence element #{i} has length {n}; 2 is required")));
        }
        let r = vm.dict_set(d, kv[0], kv[1]);
        vm.decref_all(kv);
        if let Err(e) = r {
            break Err(e);
        }
        i += 1;
    };
    vm.decref(it);
    r
}

fn popitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "popitem")?;
    crate::builtins::args::noargs(vm, args, "dict.popitem")?;
    let Some((k, _)) = vm.dict_items(d).last().copied() else {
        let msg = vm.new_str("popitem(): dictionary is empty");
        let e = vm.key_error(msg);
        vm.decref(msg);
        return Err(e);
    };
    vm.incref(k);
    let v = vm.dict_pop(d, k);
    match v {
        Ok(Some(v)) => Ok(vm.new_tuple(vec![k, v])),
        Ok(None) => {
            vm.decref(k);
            Ok(vm.none())
        }
        Err(e) => {
            vm.decref(k);
            Err(e)
        }
    }
}

/// `dict.fromkeys(iterable, value=None)`.
fn fromkeys(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let rest = crate::builtins::args::positional(vm, args, "fromkeys", 1, 2)?;
    let value = rest.get(1).copied().unwrap_or(vm.s.none);
    let keys = vm.collect_iter(rest[0])?;
    let d = vm.new_dict();
    let mut r = Ok(());
    for &k in &keys {
        r = vm.dict_set(d, k, value);
        if r.is_err() {
            break;
        }
    }
    vm.decref_all(keys);
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

/// `a | b` for dicts (a new dict), `a |= b` (update `a` in place from any
/// mapping or iterable of pairs). None when the operands do not apply.
pub fn dict_or(vm: &mut Vm, inplace: bool, lhs: ObjRef, rhs: ObjRef) -> PyResult<Option<ObjRef>> {
    if !matches!(vm.get(lhs), Obj::Dict(_)) {
        return Ok(None);
    }
    if inplace {
        update_from(vm, lhs, rhs)?;
        return Ok(Some(vm.incref(lhs)));
    }
    if !matches!(vm.get(rhs), Obj::Dict(_)) {
        return Ok(None);
    }
    let new = vm.new_dict();
    let r = vm.dict_update(new, lhs).and_then(|_| vm.dict_update(new, rhs));
    match r {
        Ok(()) => Ok(Some(new)),
        Err(e) => {
            vm.decref(new);
            Err(e)
        }
    }
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "copy")?;
    vm.dict_copy(d)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "clear")?;
    clear_dict(vm, d);
    Ok(vm.none())
}

/// `PyDict_Clear`: drop every key and value, in order.
pub fn clear_dict(vm: &mut Vm, d: ObjRef) {
    let mut refs = Vec::new();
    if let Obj::Dict(dict) = vm.get_mut(d) {
        dict.table.for_each_kv(|k, v| {
            refs.push(k);
            refs.push(v);
        });
        dict.table = Default::default();
    }
    vm.decref_all(refs);
}

/// `dict.__getitem__(d, key)`: the builtin lookup (with a subclass's
/// `__missing__`), for `super().__getitem__(key)` in subclasses.
fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "__getitem__")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "__getitem__", 1, 1)?;
    let key = args.pos[1];
    if let Some(v) = vm.dict_get_item(d, key)? {
        return Ok(v);
    }
    if vm.is_user_object(d) {
        if let Some(v) = vm.call_dunder(d, "__missing__", &[key])? {
            return Ok(v);
        }
    }
    Err(vm.key_error(key))
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "__setitem__")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "__setitem__", 2, 2)?;
    vm.dict_set(d, args.pos[1], args.pos[2])?;
    Ok(vm.none())
}

fn dunder_delitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "__delitem__")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "__delitem__", 1, 1)?;
    if vm.dict_del_str(d, args.pos[1])? {
        return Ok(vm.none());
    }
    Err(vm.key_error(args.pos[1]))
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = self_dict(vm, args, "__contains__")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "__contains__", 1, 1)?;
    let found = vm.dict_get_item(d, args.pos[1])?.map(|v| vm.decref(v)).is_some();
    Ok(vm.new_bool(found))
}
