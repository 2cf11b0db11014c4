//! `list` methods. `args.pos[0]` is always the list itself.

use crate::builtins::{check_args, kwarg};
use crate::call::Args;
use crate::errors::{PyErr, PyResult};
use crate::object::{Obj, ObjRef};
use crate::table::list_growth::list_resize;
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.list;
    vm.add_methods(
        t,
        "list",
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("clear", clear),
            ("copy", copy),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("sort", sort),
        ],
    );
}

fn self_list(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&l) if matches!(vm.get(l), Obj::List(_)) => Ok(l),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to this object"))),
    }
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "append")?;
    crate::builtins::args::one(vm, args, "list.append")?;
    let v = vm.incref(args.pos[1]);
    vm.list_append_owned(l, v);
    Ok(vm.none())
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "extend")?;
    crate::builtins::args::one(vm, args, "list.extend")?;
    vm.list_extend(l, args.pos[1])?;
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "pop")?;
    crate::builtins::args::positional(vm, args, "pop", 0, 1)?;
    let i = match args.pos.get(1) {
        Some(&i) => crate::builtins::args::index_i64(vm, i)?,
        None => -1,
    };
    let len = vm.list_items(l).len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(remove_at(vm, l, j as usize))
}

/// Remove and return (owned) item `i`, shrinking by CPython's rule.
fn remove_at(vm: &mut Vm, l: ObjRef, i: usize) -> ObjRef {
    match vm.get_mut(l) {
        Obj::List(list) => {
            let v = list.items.remove(i);
            let n = list.items.len();
            list.allocated = list_resize(list.allocated, n + 1, n);
            v
        }
        _ => vm.none(),
    }
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "insert")?;
    crate::builtins::args::positional(vm, args, "insert", 2, 2)?;
    let i = crate::builtins::args::index_i64(vm, args.pos[1])?;
    let v = vm.incref(args.pos[2]);
    if let Obj::List(list) = vm.get_mut(l) {
        let n = list.items.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        list.allocated = list_resize(list.allocated, n as usize, n as usize + 1);
        list.items.insert(at, v);
    }
    Ok(vm.none())
}

fn find(vm: &mut Vm, l: ObjRef, v: ObjRef) -> PyResult<Option<usize>> {
    for (i, item) in vm.list_items(l).into_iter().enumerate() {
        if vm.eq(item, v)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "remove")?;
    crate::builtins::args::one(vm, args, "list.remove")?;
    match find(vm, l, args.pos[1])? {
        Some(i) => {
            let v = remove_at(vm, l, i);
            vm.decref(v);
            Ok(vm.none())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "clear")?;
    let items = match vm.get_mut(l) {
        Obj::List(list) => {
            list.allocated = 0;
            std::mem::take(&mut list.items)
        }
        _ => Vec::new(),
    };
    // CPython releases the items last to first.
    vm.decref_all(items.into_iter().rev());
    Ok(vm.none())
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "copy")?;
    let items = vm.list_items(l);
    for &i in &items {
        vm.incref(i);
    }
    Ok(vm.new_list(items))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "index")?;
    check_args(vm, &Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvalues: args.kwvalues }, "index", 1, 3)?;
    // Own the items: comparisons run Python code that may mutate the list.
    let items: Vec<ObjRef> = vm.list_items(l).into_iter().map(|i| vm.incref(i)).collect();
    let found = crate::methods::tuple::index_in(vm, &items, &args.pos[1..]);
    vm.decref_all(items);
    match found? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => {
            let r = vm.repr_string(args.pos[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "count")?;
    crate::builtins::args::one(vm, args, "list.count")?;
    let mut n = 0;
    for item in vm.list_items(l) {
        if vm.eq(item, args.pos[1])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "reverse")?;
    crate::builtins::args::noargs(vm, args, "list.reverse")?;
    if let Obj::List(list) = vm.get_mut(l) {
        list.items.reverse();
    }
    Ok(vm.none())
}

fn sort(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = self_list(vm, args, "sort")?;
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    for &k in args.kwnames {
        let name = vm.str_text(k);
        if name != "key" && name != "reverse" {
            let name = name.to_owned();
            return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for sort()")));
        }
    }
    let key = kwarg(vm, args, "key");
    let reverse = kwarg(vm, args, "reverse");
    sort_list(vm, l, key, reverse)?;
    Ok(vm.none())
}

/// Stable sort of list `l` in place by `key` (None or a callable), in
/// reverse when `reverse` is true. The list is empty while sorting, as in
/// CPython ("list modified during sort").
pub fn sort_list(vm: &mut Vm, l: ObjRef, key: Option<ObjRef>, reverse: Option<ObjRef>) -> PyResult<()> {
    let reverse = match reverse {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    let key = key.filter(|k| !vm.is_none(*k));
    let items = vm.list_items(l);
    let mut keyed = Vec::with_capacity(items.len());
    for &item in &items {
        let k = match key {
            Some(f) => match vm.call(f, &[item]) {
                Ok(k) => k,
                Err(e) => {
                    vm.decref_all(keyed.iter().map(|(k, _)| *k).collect::<Vec<_>>());
                    return Err(e);
                }
            },
            None => vm.incref(item),
        };
        keyed.push((k, item));
    }
    if reverse {
        keyed.reverse();
    }
    let result = merge_sort(vm, &mut keyed);
    if reverse {
        keyed.reverse();
    }
    let keys: Vec<ObjRef> = keyed.iter().map(|(k, _)| *k).collect();
    vm.decref_all(keys);
    result?;
    if let Obj::List(list) = vm.get_mut(l) {
        for (slot, (_, item)) in list.items.iter_mut().zip(keyed) {
            *slot = item;
        }
    }
    Ok(())
}

/// A stable merge sort whose comparison may fail (it runs Python code).
fn merge_sort(vm: &mut Vm, v: &mut Vec<(ObjRef, ObjRef)>) -> Result<(), PyErr> {
    let n = v.len();
    let mut width = 1;
    let mut buf = v.clone();
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < hi {
                // Take from the right only if strictly less (stability).
                if vm.compare_bool(ouro_compiler::bytecode::CompareArg::Lt, v[b].0, v[a].0)? {
                    buf[k] = v[b];
                    b += 1;
                } else {
                    buf[k] = v[a];
                    a += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - a)].copy_from_slice(&v[a..mid]);
            k += mid - a;
            buf[k..k + (hi - b)].copy_from_slice(&v[b..hi]);
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}
