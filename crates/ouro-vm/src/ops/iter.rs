//! The iteration protocol for builtin types, and helpers built on it.

use crate::errors::PyResult;
use crate::object::{DictIterKind, Obj, ObjRef};
use crate::vm::Vm;

/// Number of items in `range(start, stop, step)` (step != 0).
pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    let (lo, hi, st) = if step > 0 { (start as i128, stop as i128, step as i128) } else { (stop as i128, start as i128, -(step as i128)) };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1) as usize
    }
}

pub fn range_contains(start: i64, stop: i64, step: i64, v: i64) -> bool {
    let in_bounds = if step > 0 { start <= v && v < stop } else { stop < v && v <= start };
    in_bounds && (v as i128 - start as i128) % step as i128 == 0
}

impl Vm {
    /// `iter(h)`: an owned iterator.
    pub fn get_iter(&mut self, h: ObjRef) -> PyResult<ObjRef> {
        if self.is_user_object(h) {
            if let Some(it) = self.call_dunder(h, "__iter__", &[])? {
                return Ok(it);
            }
        }
        self.get_iter_builtin(h)
    }

    /// `iter(h)` by the builtin type's own rules.
    pub fn get_iter_builtin(&mut self, h: ObjRef) -> PyResult<ObjRef> {
        let it = match self.get(h) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                self.incref(h);
                Obj::SeqIter { seq: h, index: 0 }
            }
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let len_at_start = s.table.len();
                self.incref(h);
                Obj::SetIter { set: h, pos: 0, len_at_start }
            }
            Obj::Range { start, stop, step } => Obj::RangeIter { next: *start, stop: *stop, step: *step },
            Obj::Dict(d) => {
                let len_at_start = d.table.len();
                self.incref(h);
                Obj::DictIter { dict: h, pos: 0, len_at_start, kind: DictIterKind::Keys }
            }
            Obj::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                let len_at_start = self.dict_len(dict);
                self.incref(dict);
                Obj::DictIter { dict, pos: 0, len_at_start, kind }
            }
            Obj::SeqIter { .. } | Obj::RangeIter { .. } | Obj::DictIter { .. } | Obj::SetIter { .. } | Obj::Generator(_) | Obj::NativeIter(_) | Obj::File(_) => {
                return Ok(self.incref(h))
            }
            Obj::WeakRef(w) if w.is_proxy => {
                let t = self.proxy_target(h)?;
                return self.get_iter(t);
            }
            _ => {
                let t = self.type_name(h);
                return Err(self.type_error(format!("'{t}' object is not iterable")));
            }
        };
        Ok(self.alloc_tracked(it))
    }

    /// `next(it)`: Some(owned item), or None when exhausted.
    pub fn next(&mut self, it: ObjRef) -> PyResult<Option<ObjRef>> {
        if self.is_user_object(it) {
            let r = match self.call_dunder(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => {
                    let t = self.type_name(it);
                    return Err(self.type_error(format!("'{t}' object is not an iterator")));
                }
                Err(e) => Err(e),
            };
            return self.stop_iteration_to_none(r);
        }
        if let Obj::Generator(_) = self.get(it) {
            return self.generator_next(it);
        }
        if let Obj::File(_) = self.get(it) {
            return crate::file::next_line_obj(self, it);
        }
        if let Obj::NativeIter(_) = self.get(it) {
            return crate::builtins::iterators::next(self, it);
        }
        match self.get_mut(it) {
            Obj::RangeIter { next, stop, step } => {
                let v = *next;
                if (*step > 0 && v >= *stop) || (*step < 0 && v <= *stop) {
                    return Ok(None);
                }
                *next = v.saturating_add(*step);
                Ok(Some(self.new_int(v)))
            }
            Obj::SeqIter { seq, index } => {
                let (seq, i) = (*seq, *index);
                let item = self.seq_iter_item(seq, i);
                if let Obj::SeqIter { index, .. } = self.get_mut(it) {
                    *index = match &item {
                        Some((_, next_index)) => *next_index,
                        None => usize::MAX,
                    };
                }
                Ok(item.map(|(v, _)| v))
            }
            Obj::SetIter { set, pos, len_at_start } => {
                let (set, p, len0) = (*set, *pos, *len_at_start);
                let table = self.set_table(set);
                if table.map_or(0, |t| t.len()) != len0 {
                    return Err(self.error("RuntimeError", "Set changed size during iteration"));
                }
                let size = table.map_or(0, |t| t.mask() + 1);
                let found = (p..size).find_map(|i| table.and_then(|t| t.slot(i)).map(|(_, k)| (i, k)));
                match found {
                    Some((i, k)) => {
                        if let Obj::SetIter { pos, .. } = self.get_mut(it) {
                            *pos = i + 1;
                        }
                        Ok(Some(self.incref(k)))
                    }
                    None => Ok(None),
                }
            }
            Obj::DictIter { dict, pos, len_at_start, kind } => {
                let (dict, p, len0, kind) = (*dict, *pos, *len_at_start, *kind);
                if self.dict_len(dict) != len0 {
                    return Err(self.error("RuntimeError", "dictionary changed size during iteration"));
                }
                match self.dict_next_entry(dict, p) {
                    Some((ix, k, v)) => {
                        if let Obj::DictIter { pos, .. } = self.get_mut(it) {
                            *pos = ix + 1;
                        }
                        Ok(Some(match kind {
                            DictIterKind::Keys => self.incref(k),
                            DictIterKind::Values => self.incref(v),
                            DictIterKind::Items => {
                                self.incref(k);
                                self.incref(v);
                                self.new_tuple(vec![k, v])
                            }
                        }))
                    }
                    None => Ok(None),
                }
            }
            _ => {
                let t = self.type_name(it);
                Err(self.type_error(format!("'{t}' object is not an iterator")))
            }
        }
    }

    /// Item `i` of a list/tuple/str being iterated (owned), and the index
    /// of the next item. For a str, `i` is a byte offset.
    fn seq_iter_item(&mut self, seq: ObjRef, i: usize) -> Option<(ObjRef, usize)> {
        match self.get(seq) {
            Obj::List(l) => l.items.get(i).copied().map(|v| (self.incref(v), i + 1)),
            Obj::Tuple(t) => t.get(i).copied().map(|v| (self.incref(v), i + 1)),
            Obj::Bytes(_) | Obj::ByteArray(_) => {
                let b = *crate::builtins::bytes_ops::bytes_of(self, seq)?.get(i)?;
                Some((self.new_int(b as i64), i + 1))
            }
            Obj::Str(s) => {
                let c = s.text.get(i..)?.chars().next()?;
                let mut buf = [0u8; 4];
                let text: &str = c.encode_utf8(&mut buf);
                let owned = text.to_owned();
                Some((self.new_str(owned), i + c.len_utf8()))
            }
            _ => None,
        }
    }

    /// Can `iter(h)` succeed? (Probes and releases what it made.)
    pub fn is_iterable(&mut self, h: ObjRef) -> bool {
        match self.get_iter(h) {
            Ok(it) => {
                self.decref(it);
                true
            }
            Err(e) => {
                self.decref(e.0);
                false
            }
        }
    }

    /// Every item of an iterable, owned.
    pub fn collect_iter(&mut self, h: ObjRef) -> PyResult<Vec<ObjRef>> {
        if let Obj::List(l) = self.get(h) {
            let items = l.items.clone();
            for &i in &items {
                self.incref(i);
            }
            return Ok(items);
        }
        if let Obj::Tuple(t) = self.get(h) {
            let items = t.to_vec();
            for &i in &items {
                self.incref(i);
            }
            return Ok(items);
        }
        let it = self.get_iter(h)?;
        let mut out = Vec::new();
        loop {
            match self.next(it) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => break,
                Err(e) => {
                    self.decref(it);
                    self.decref_all(out);
                    return Err(e);
                }
            }
        }
        self.decref(it);
        Ok(out)
    }

    /// `a, b, c = seq`: exactly `n` owned items, with CPython's messages.
    pub fn unpack(&mut self, seq: ObjRef, n: usize) -> PyResult<Vec<ObjRef>> {
        let items = match self.collect_iter(seq) {
            Ok(items) => items,
            Err(e) => {
                if self.err_is(&e, "TypeError") && !self.is_iterable(seq) {
                    self.decref(e.0);
                    let t = self.type_name(seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
                }
                return Err(e);
            }
        };
        if items.len() == n {
            return Ok(items);
        }
        let got = items.len();
        self.decref_all(items);
        if got > n {
            Err(self.value_error(format!("too many values to unpack (expected {n})")))
        } else {
            Err(self.value_error(format!("not enough values to unpack (expected {n}, got {got})")))
        }
    }
}
