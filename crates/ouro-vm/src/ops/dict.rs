//! Dict operations on top of `table::DictTable`: hashing keys, comparing
//! them (which may run Python code), global-name lookup.
//!
//! Invariant: the table stores one owned reference per key and per value.

use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    fn dict_table(&self, d: ObjRef) -> Option<&crate::table::DictTable<ObjRef, ObjRef>> {
        match self.get(d) {
            Obj::Dict(dict) => Some(&dict.table),
            _ => None,
        }
    }

    fn dict_table_mut(&mut self, d: ObjRef) -> Option<&mut crate::table::DictTable<ObjRef, ObjRef>> {
        match self.get_mut(d) {
            Obj::Dict(dict) => Some(&mut dict.table),
            _ => None,
        }
    }

    /// The entry index of `key` in dict `d`, if present.
    fn dict_find(&mut self, d: ObjRef, key: ObjRef, hash: i64) -> PyResult<Option<usize>> {
        // Fast path: identity or exact str/int equality decided without
        // running Python code.
        let mut needs_slow = false;
        let fast = {
            let heap = &self.heap;
            let table = match heap.get(d) {
                Obj::Dict(dict) => &dict.table,
                _ => return Ok(None),
            };
            table.find::<()>(hash, |k| {
                if k == key {
                    return Ok(true);
                }
                match simple_eq(heap.get(k), heap.get(key)) {
                    Some(eq) => Ok(eq),
                    None => {
                        needs_slow = true;
                        Ok(false)
                    }
                }
            })
        };
        if let Ok(Some(ix)) = fast {
            return Ok(Some(ix));
        }
        if !needs_slow {
            return Ok(None);
        }
        let candidates: Vec<(usize, ObjRef)> = {
            let table = self.dict_table(d).into_iter();
            let mut out = Vec::new();
            for t in table {
                let _ = t.find::<()>(hash, |k| {
                    out.push(k);
                    Ok(false)
                });
            }
            out.into_iter().enumerate().collect()
        };
        for (_, k) in candidates {
            if self.eq(k, key)? {
                return Ok(self.dict_table(d).and_then(|t| t.find::<()>(hash, |c| Ok(c == k)).ok().flatten()));
            }
        }
        Ok(None)
    }

    /// The dict's version (changes on every mutation; unique across dicts).
    #[inline]
    pub fn dict_version(&self, d: ObjRef) -> u64 {
        match self.get(d) {
            Obj::Dict(dict) => dict.table.version(),
            _ => 0,
        }
    }

    /// `d[key]` if present: an owned reference.
    pub fn dict_get_item(&mut self, d: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Some(ix) => {
                let v = self.dict_table(d).and_then(|t| t.value_at(ix));
                Ok(v.map(|v| self.incref(v)))
            }
            None => Ok(None),
        }
    }

    /// `d[key] = value` with both borrowed.
    pub fn dict_set(&mut self, d: ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        self.incref(key);
        self.incref(value);
        let r = self.dict_insert(d, key, value);
        self.decref(key);
        r
    }

    /// `d[key] = value` with `key` borrowed and `value` owned (moved in).
    pub fn dict_set_owned(&mut self, d: ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        self.incref(key);
        let r = self.dict_insert(d, key, value);
        self.decref(key);
        r
    }

    /// Insert with `key` and `value` owned by the callee on success; on
    /// error `value` is released. The caller keeps its `key` reference.
    fn dict_insert(&mut self, d: ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        let hash = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                self.decref(value);
                return Err(e);
            }
        };
        let found = match self.dict_find(d, key, hash) {
            Ok(f) => f,
            Err(e) => {
                self.decref(value);
                return Err(e);
            }
        };
        self.track_dict_for(d, key, value);
        match found {
            Some(ix) => {
                let old = self.dict_table_mut(d).and_then(|t| t.set_value_at(ix, value));
                self.decref_all(old);
            }
            None => {
                self.unsplit_if_new_key(d, key);
                let key_is_str = matches!(self.get(key), Obj::Str(_));
                self.incref(key);
                if let Some(t) = self.dict_table_mut(d) {
                    t.insert_new(hash, key, value, key_is_str);
                }
            }
        }
        Ok(())
    }

    /// Adding a key the class's shared keys do not have turns a split dict
    /// into an ordinary combined one (as CPython's insertdict does).
    fn unsplit_if_new_key(&mut self, d: ObjRef, key: ObjRef) {
        let Obj::Dict(dict) = self.get(d) else { return };
        let Some(cls) = dict.split_of else { return };
        let known = self.heap.is_live(cls)
            && self.is_type(cls)
            && self.type_obj(cls).shared_keys.iter().any(|&k| k == key || self.str_text(k) == self.str_text(key));
        if !known {
            if let Obj::Dict(dict) = self.get_mut(d) {
                dict.split_of = None;
            }
        }
    }

    /// CPython starts tracking a dict when it gets a key or value that may
    /// be tracked (spec 3.7).
    fn track_dict_for(&mut self, d: ObjRef, key: ObjRef, value: ObjRef) {
        if self.heap.is_tracked(d) {
            return;
        }
        let may = |vm: &Vm, h: ObjRef| ouro_heap::Trace::may_be_tracked(vm.raw(h), vm.heap.is_tracked(h));
        if may(self, key) || may(self, value) {
            self.heap.track(d);
        }
    }

    /// Remove `key`; false if it was absent.
    pub fn dict_del_str(&mut self, d: ObjRef, key: ObjRef) -> PyResult<bool> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Some(ix) => {
                let removed = self.dict_table_mut(d).and_then(|t| t.remove_entry(ix));
                if let Some((k, v)) = removed {
                    self.decref(k);
                    self.decref(v);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Remove `key` and return its value (owned), if present.
    pub fn dict_pop(&mut self, d: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Some(ix) => {
                let removed = self.dict_table_mut(d).and_then(|t| t.remove_entry(ix));
                Ok(removed.map(|(k, v)| {
                    self.decref(k);
                    v
                }))
            }
            None => Ok(None),
        }
    }

    /// The (key, value) pairs, borrowed, in insertion order.
    pub fn dict_items(&self, d: ObjRef) -> Vec<(ObjRef, ObjRef)> {
        let mut out = Vec::new();
        if let Some(t) = self.dict_table(d) {
            t.for_each_kv(|k, v| out.push((k, v)));
        }
        out
    }

    pub fn dict_len(&self, d: ObjRef) -> usize {
        self.dict_table(d).map_or(0, |t| t.len())
    }

    /// The entry at or after position `pos` (for iteration), borrowed.
    pub fn dict_next_entry(&self, d: ObjRef, pos: usize) -> Option<(usize, ObjRef, ObjRef)> {
        self.dict_table(d).and_then(|t| t.next_entry(pos))
    }

    /// `d.update(src)` for a dict `src`: CPython's `dict_merge`, which
    /// clones a clean, dense source table into an empty target (same size)
    /// and otherwise pre-sizes the target before inserting item by item.
    pub fn dict_update(&mut self, d: ObjRef, src: ObjRef) -> PyResult<()> {
        if !matches!(self.get(src), Obj::Dict(_)) {
            let t = self.type_name(src);
            return Err(self.type_error(format!("'{t}' object is not a mapping")));
        }
        if d != src {
            let source = self.dict_table(src).cloned();
            let step = match (source, self.dict_table_mut(d)) {
                (Some(s), Some(t)) => t.merge_prepare(&s),
                _ => crate::table::dict_table::MergeStep::InsertEach,
            };
            match step {
                crate::table::dict_table::MergeStep::Nothing => return Ok(()),
                crate::table::dict_table::MergeStep::Cloned => {
                    // The target now holds the source's keys and values.
                    for (k, v) in self.dict_items(d) {
                        self.incref(k);
                        self.incref(v);
                    }
                    if self.heap.is_tracked(src) && !self.heap.is_tracked(d) {
                        self.heap.track(d);
                    }
                    return Ok(());
                }
                crate::table::dict_table::MergeStep::InsertEach => {}
            }
        }
        for (k, v) in self.dict_items(src) {
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// `d.copy()`: CPython's `PyDict_Copy` (clone the table at the same
    /// size when it is dense enough, else merge into a new dict); the copy
    /// keeps the source's tracking state.
    pub fn dict_copy(&mut self, src: ObjRef) -> PyResult<ObjRef> {
        let table = match self.dict_table(src) {
            Some(t) => t.copy(),
            None => return Err(self.type_error("expected a dict")),
        };
        let d = self.new_dict();
        for (k, v) in table.entries().map(|(_, k, v)| (k, v)).collect::<Vec<_>>() {
            self.incref(k);
            self.incref(v);
        }
        if let Some(t) = self.dict_table_mut(d) {
            *t = table;
        }
        if self.heap.is_tracked(src) {
            self.heap.track(d);
        }
        Ok(d)
    }

    /// Look a name up in `globals`, then in builtins. Owned result.
    pub fn load_global(&mut self, globals: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        if let Some(v) = self.dict_get_item(globals, name)? {
            return Ok(v);
        }
        let builtins = self.builtins;
        if let Some(v) = self.dict_get_item(builtins, name)? {
            return Ok(v);
        }
        let n = self.str_text(name).to_owned();
        Err(self.name_error(&n))
    }

    /// Look a str key up by its text (for module attributes); owned result.
    pub fn dict_get_str(&mut self, d: ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let key = self.intern(name);
        let r = self.dict_get_item(d, key);
        self.decref(key);
        r
    }

    pub fn dict_set_str(&mut self, d: ObjRef, name: &str, value: ObjRef) -> PyResult<()> {
        let key = self.intern(name);
        let r = self.dict_set_owned(d, key, value);
        self.decref(key);
        r
    }
}

/// Equality of two objects when it can be decided without Python code:
/// identical texts of strs, equal ints. None when a full comparison is
/// needed.
fn simple_eq(a: &Obj, b: &Obj) -> Option<bool> {
    match (a, b) {
        (Obj::Str(x), Obj::Str(y)) => Some(x.text == y.text),
        (Obj::Int(x), Obj::Int(y)) => Some(x == y),
        (Obj::Str(_), Obj::Int(_)) | (Obj::Int(_), Obj::Str(_)) => Some(false),
        (Obj::None, Obj::None) => Some(true),
        _ => None,
    }
}
