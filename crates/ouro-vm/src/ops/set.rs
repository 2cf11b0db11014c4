//! `set` and `frozenset` on top of `table::set_table::SetTable`, which
//! keeps CPython's table layout (so iteration order and `getsizeof` match).
//!
//! Invariant: the table holds one owned reference per element.

use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef, SetObj};
use crate::table::set_table::SetTable;
use crate::vm::Vm;

impl Vm {
    pub fn set_table(&self, s: ObjRef) -> Option<&SetTable<ObjRef>> {
        match self.get(s) {
            Obj::Set(set) | Obj::FrozenSet(set) => Some(&set.table),
            _ => None,
        }
    }

    fn set_table_mut(&mut self, s: ObjRef) -> Option<&mut SetTable<ObjRef>> {
        match self.get_mut(s) {
            Obj::Set(set) | Obj::FrozenSet(set) => Some(&mut set.table),
            _ => None,
        }
    }

    pub fn is_anyset(&self, h: ObjRef) -> bool {
        matches!(self.get(h), Obj::Set(_) | Obj::FrozenSet(_))
    }

    /// A new empty set (or frozenset), owned. Sets are tracked from creation.
    pub fn new_set(&mut self, frozen: bool) -> ObjRef {
        let s = Box::new(SetObj { table: SetTable::new(), ext: None });
        self.alloc_tracked(if frozen { Obj::FrozenSet(s) } else { Obj::Set(s) })
    }

    /// The element of `s` equal to `key`, if any (borrowed).
    fn set_find(&mut self, s: ObjRef, key: ObjRef, hash: i64) -> PyResult<Option<ObjRef>> {
        let mut candidates = Vec::new();
        if let Some(t) = self.set_table(s) {
            let _ = t.find::<()>(hash, |k| {
                candidates.push(k);
                Ok(false)
            });
        }
        for k in candidates {
            if k == key || self.eq(k, key)? {
                return Ok(Some(k));
            }
        }
        Ok(None)
    }

    pub fn set_contains(&mut self, s: ObjRef, key: ObjRef) -> PyResult<bool> {
        let hash = self.hash(key)?;
        Ok(self.set_find(s, key, hash)?.is_some())
    }

    /// `s.add(key)` (key borrowed).
    pub fn set_add(&mut self, s: ObjRef, key: ObjRef) -> PyResult<()> {
        let hash = self.hash(key)?;
        if self.set_find(s, key, hash)?.is_some() {
            return Ok(());
        }
        self.incref(key);
        if let Some(t) = self.set_table_mut(s) {
            t.add_absent(hash, key);
        }
        Ok(())
    }

    /// Remove `key`; the removed element (owned) or None.
    pub fn set_discard(&mut self, s: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = self.hash(key)?;
        let Some(found) = self.set_find(s, key, hash)? else {
            return Ok(None);
        };
        let removed = self.set_table_mut(s).and_then(|t| t.discard::<()>(hash, |k| Ok(k == found)).ok().flatten());
        Ok(removed)
    }

    /// The elements in table order (borrowed).
    pub fn set_items(&self, s: ObjRef) -> Vec<ObjRef> {
        self.set_table(s).map(|t| t.iter().map(|(_, _, k)| k).collect()).unwrap_or_default()
    }

    /// `s |= other` / `s.update(other)`: CPython's `set_update_internal`.
    pub fn set_update(&mut self, s: ObjRef, other: ObjRef) -> PyResult<()> {
        if self.is_anyset(other) {
            let copy = self.set_table(other).map(|t| t.copy());
            let merged = match (copy, self.set_table_mut(s)) {
                (Some(src), Some(t)) => t.merge_set(&src),
                _ => false,
            };
            if merged {
                for k in self.set_items(other) {
                    self.incref(k);
                }
                return Ok(());
            }
            for k in self.set_items(other) {
                self.set_add(s, k)?;
            }
            return Ok(());
        }
        if let Obj::Dict(_) = self.get(other) {
            let n = self.dict_len(other);
            if let Some(t) = self.set_table_mut(s) {
                t.reserve_for_merge(n);
            }
        }
        for item in self.collect_iter(other)? {
            let r = self.set_add(s, item);
            self.decref(item);
            r?;
        }
        Ok(())
    }

    /// A set (or frozenset) with the elements of an iterable, owned.
    pub fn set_from(&mut self, iterable: Option<ObjRef>, frozen: bool) -> PyResult<ObjRef> {
        let s = self.new_set(frozen);
        if let Some(it) = iterable {
            if let Err(e) = self.set_update(s, it) {
                self.decref(s);
                return Err(e);
            }
        }
        Ok(s)
    }

    /// `{a, b}` repr, `set()` when empty, `frozenset({...})`.
    pub fn set_repr(&mut self, s: ObjRef) -> PyResult<String> {
        let frozen = matches!(self.get(s), Obj::FrozenSet(_));
        let items = self.set_items(s);
        if items.is_empty() {
            return Ok(if frozen { "frozenset()" } else { "set()" }.to_string());
        }
        if self.repr_guard.contains(&s) {
            return Ok(format!("{}(...)", if frozen { "frozenset" } else { "set" }));
        }
        self.repr_guard.push(s);
        let mut parts = Vec::with_capacity(items.len());
        let mut result = Ok(());
        for item in items {
            self.incref(item);
            let r = self.repr_string(item);
            self.decref(item);
            match r {
                Ok(p) => parts.push(p),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_guard.pop();
        result?;
        let inner = format!("{{{}}}", parts.join(", "));
        Ok(if frozen { format!("frozenset({inner})") } else { inner })
    }

    /// Set algebra: `|`, `&`, `-`, `^` on two sets (owned result, of the
    /// left operand's kind).
    pub fn set_binop(&mut self, op: char, a: ObjRef, b: ObjRef) -> PyResult<ObjRef> {
        let frozen = matches!(self.get(a), Obj::FrozenSet(_));
        let result = self.new_set(frozen);
        let r = self.fill_set_binop(op, result, a, b);
        match r {
            Ok(()) => Ok(result),
            Err(e) => {
                self.decref(result);
                Err(e)
            }
        }
    }

    fn fill_set_binop(&mut self, op: char, result: ObjRef, a: ObjRef, b: ObjRef) -> PyResult<()> {
        match op {
            '|' => {
                self.set_update(result, a)?;
                self.set_update(result, b)
            }
            '&' => {
                // CPython iterates the smaller set (the right one on ties).
                let (iterated, probed) = if self.set_items(b).len() > self.set_items(a).len() { (a, b) } else { (b, a) };
                for k in self.set_items(iterated) {
                    if self.set_contains(probed, k)? {
                        self.set_add(result, k)?;
                    }
                }
                Ok(())
            }
            '-' if self.set_items(a).len() >> 2 > self.set_items(b).len() => {
                // Much smaller right side: copy, then remove its elements.
                self.set_update(result, a)?;
                for k in self.set_items(b) {
                    if let Some(r) = self.set_discard(result, k)? {
                        self.decref(r);
                    }
                }
                Ok(())
            }
            '-' => {
                for k in self.set_items(a) {
                    if !self.set_contains(b, k)? {
                        self.set_add(result, k)?;
                    }
                }
                Ok(())
            }
            _ => {
                // A copy of the right side, then toggle the left's elements.
                self.set_update(result, b)?;
                for k in self.set_items(a) {
                    match self.set_discard(result, k)? {
                        Some(r) => self.decref(r),
                        None => self.set_add(result, k)?,
                    }
                }
                Ok(())
            }
        }
    }

    /// Is every element of `a` in `b`?
    pub fn set_is_subset(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        for k in self.set_items(a) {
            if !self.set_contains(b, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn set_clear(&mut self, s: ObjRef) {
        let items = self.set_items(s);
        if let Some(t) = self.set_table_mut(s) {
            t.clear();
        }
        self.decref_all(items);
    }
}

fn receiver(vm: &mut Vm, args: &Args, name: &str, mutable: bool) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&s) if matches!(vm.get(s), Obj::Set(_)) || (!mutable && matches!(vm.get(s), Obj::FrozenSet(_))) => Ok(s),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'set' objects doesn't apply to this object"))),
    }
}

/// An argument as a set (converting other iterables), owned.
fn as_set(vm: &mut Vm, h: ObjRef) -> PyResult<ObjRef> {
    if vm.is_anyset(h) {
        return Ok(vm.incref(h));
    }
    vm.set_from(Some(h), false)
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "add", true)?;
    crate::builtins::check_args(vm, &Args::positional(&args.pos[1..]), "set.add", 1, 1)?;
    vm.set_add(s, args.pos[1])?;
    Ok(vm.none())
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "remove", true)?;
    crate::builtins::check_args(vm, &Args::positional(&args.pos[1..]), "set.remove", 1, 1)?;
    match vm.set_discard(s, args.pos[1])? {
        Some(k) => {
            vm.decref(k);
            Ok(vm.none())
        }
        None => Err(vm.key_error(args.pos[1])),
    }
}

fn discard(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "discard", true)?;
    crate::builtins::check_args(vm, &Args::positional(&args.pos[1..]), "set.discard", 1, 1)?;
    if let Some(k) = vm.set_discard(s, args.pos[1])? {
        vm.decref(k);
    }
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "pop", true)?;
    match vm.set_table_mut(s).and_then(|t| t.pop()) {
        Some(k) => Ok(k),
        None => Err(vm.error("KeyError", "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "clear", true)?;
    vm.set_clear(s);
    Ok(vm.none())
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "copy", false)?;
    if matches!(vm.get(s), Obj::FrozenSet(_)) {
        return Ok(vm.incref(s));
    }
    vm.set_from(Some(s), false)
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "update", true)?;
    for &o in &args.pos[1..] {
        vm.set_update(s, o)?;
    }
    Ok(vm.none())
}

fn algebra(vm: &mut Vm, args: &Args, name: &str, op: char) -> PyResult<ObjRef> {
    let s = receiver(vm, args, name, false)?;
    let mut acc = vm.incref(s);
    if args.pos.len() == 1 {
        let r = vm.set_binop('|', acc, vm.s.empty_tuple);
        vm.decref(acc);
        return r;
    }
    for &o in &args.pos[1..] {
        let other = as_set(vm, o)?;
        let r = vm.set_binop(op, acc, other);
        vm.decref_all([acc, other]);
        acc = r?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    algebra(vm, args, "union", '|')
}

fn intersection(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    algebra(vm, args, "intersection", '&')
}

fn difference(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    algebra(vm, args, "difference", '-')
}

fn symmetric_difference(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    algebra(vm, args, "symmetric_difference", '^')
}

fn relation(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let s = receiver(vm, args, name, false)?;
    crate::builtins::check_args(vm, &Args::positional(&args.pos[1..]), name, 1, 1)?;
    let other = as_set(vm, args.pos[1])?;
    let r = match name {
        "issubset" => vm.set_is_subset(s, other),
        "issuperset" => vm.set_is_subset(other, s),
        _ => {
            let both = vm.set_binop('&', s, other);
            both.map(|b| {
                let empty = vm.set_items(b).is_empty();
                vm.decref(b);
                empty
            })
        }
    };
    vm.decref(other);
    let b = r?;
    Ok(vm.new_bool(b))
}

pub fn register(vm: &mut Vm) {
    let (set, frozen) = (vm.t.set, vm.t.frozenset);
    vm.add_methods(
        set,
        "set",
        &[
            ("add", add),
            ("remove", remove),
            ("discard", discard),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
        ],
    );
    for t in [set, frozen] {
        vm.add_methods(
            t,
            "set",
            &[
                ("copy", copy),
                ("union", union),
                ("intersection", intersection),
                ("difference", difference),
                ("symmetric_difference", symmetric_difference),
                ("issubset", |vm, a| relation(vm, a, "issubset")),
                ("issuperset", |vm, a| relation(vm, a, "issuperset")),
                ("isdisjoint", |vm, a| relation(vm, a, "isdisjoint")),
            ],
        );
    }
}
