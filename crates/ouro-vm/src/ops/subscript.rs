//! `x[i]`, `x[i] = v`, `del x[i]` and slicing for builtin types.

use crate::errors::PyResult;
use crate::num::PyInt;
use crate::object::{Obj, ObjRef};
use crate::table::list_growth::list_resize;
use crate::vm::Vm;

/// A slice resolved against a sequence length (CPython's
/// `PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// The selected positions, in order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

enum Index {
    At(usize),
    Slice(SliceIndices),
}

impl Vm {
    /// An int usable as an index (`__index__`), or None.
    pub fn as_index(&self, h: ObjRef) -> Option<PyInt> {
        match self.get(h) {
            Obj::Int(i) => Some(i.clone()),
            Obj::Bool(b) => Some(PyInt::Small(*b as i64)),
            _ => None,
        }
    }

    /// Resolve `slice` (a slice object) against a sequence of `len` items.
    pub fn slice_indices(&mut self, slice: ObjRef, len: usize) -> PyResult<SliceIndices> {
        let (start, stop, step) = match self.get(slice) {
            Obj::Slice { start, stop, step } => (*start, *stop, *step),
            _ => return Err(self.type_error("expected a slice")),
        };
        let step = match self.slice_part(step)? {
            None => 1,
            Some(0) => return Err(self.value_error("slice step cannot be zero")),
            Some(s) => s,
        };
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(v) if v < 0 => (v + len).max(lower),
                Some(v) => v.min(upper),
            }
        };
        let start = clamp(self.slice_part(start)?, if step < 0 { upper } else { lower });
        let stop = clamp(self.slice_part(stop)?, if step < 0 { lower } else { upper });
        let count = if step < 0 {
            if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices { start, stop, step, len: count as usize })
    }

    fn slice_part(&mut self, h: ObjRef) -> PyResult<Option<i64>> {
        if self.is_none(h) {
            return Ok(None);
        }
        match self.as_index(h) {
            Some(PyInt::Small(v)) => Ok(Some(v)),
            Some(PyInt::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(&b) { i64::MIN / 2 } else { i64::MAX / 2 })),
            None => Err(self.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Interpret `key` for a sequence of `len` items named `what`.
    fn seq_index(&mut self, key: ObjRef, len: usize, what: &str) -> PyResult<Index> {
        if matches!(self.get(key), Obj::Slice { .. }) {
            return Ok(Index::Slice(self.slice_indices(key, len)?));
        }
        let i = match self.as_index(key) {
            Some(PyInt::Small(i)) => i,
            Some(PyInt::Big(_)) => {
                let t = self.type_name(key);
                return Err(self.error("IndexError", format!("cannot fit '{t}' into an index-sized integer")));
            }
            None => {
                let t = self.type_name(key);
                let msg = if what == "string" {
                    format!("string indices must be integers, not '{t}'")
                } else {
                    format!("{what} indices must be integers or slices, not {t}")
                };
                return Err(self.type_error(msg));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(Index::At(j as usize))
    }

    /// `seq[i]` for an exact list or tuple and a machine-sized int index in
    /// range: the item (borrowed), or None for the general path.
    #[inline]
    pub fn index_fast(&self, container: ObjRef, key: ObjRef) -> Option<ObjRef> {
        let Obj::Int(PyInt::Small(i)) = self.raw(key) else { return None };
        let items: &[ObjRef] = match self.raw(container) {
            Obj::List(l) if l.ext.is_none() => &l.items,
            Obj::Tuple(t) => t,
            _ => return None,
        };
        let j = if *i < 0 { *i + items.len() as i64 } else { *i };
        usize::try_from(j).ok().and_then(|j| items.get(j)).copied()
    }

    /// `lst[i] = value` for an exact list and an in-range small int index:
    /// stores `value` (taking the caller's reference) and returns the
    /// replaced item (owned), or None for the general path.
    #[inline]
    pub fn store_index_fast(&mut self, container: ObjRef, key: ObjRef, value: ObjRef) -> Option<ObjRef> {
        let Obj::Int(PyInt::Small(i)) = self.raw(key) else { return None };
        let i = *i;
        match self.get_mut(container) {
            Obj::List(l) if l.ext.is_none() => {
                let j = if i < 0 { i + l.items.len() as i64 } else { i };
                let slot = usize::try_from(j).ok().and_then(|j| l.items.get_mut(j))?;
                Some(std::mem::replace(slot, value))
            }
            _ => None,
        }
    }

    /// `mapping[key]`, with a `KeyError` turned into None (LoadName on a
    /// `__prepare__` namespace).
    pub fn mapping_get(&mut self, mapping: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
        match self.getitem(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "KeyError") => {
                self.decref(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `cls[key]` without a metaclass `__getitem__`: `cls.__class_getitem__(key)`.
    fn class_getitem(&mut self, cls: ObjRef, key: ObjRef) -> PyResult<ObjRef> {
        // `type[int]` is special-cased (CPython's PyObject_GetItem), so that
        // other classes do not inherit it from their metaclass.
        if cls == self.t.type_ {
            return crate::metaclass::generic_alias(self, &crate::call::Args::positional(&[cls, key]));
        }
        let name = self.intern("__class_getitem__");
        let r = self.get_attr(cls, name);
        self.decref(name);
        let f = match r {
            Ok(f) => f,
            Err(e) if self.err_is(&e, "AttributeError") => {
                self.decref(e.0);
                let n = self.type_obj(cls).name.clone();
                return Err(self.type_error(format!("type '{n}' is not subscriptable")));
            }
            Err(e) => return Err(e),
        };
        let r = self.call(f, &[key]);
        self.decref(f);
        r
    }

    /// `container[key]` (borrowed operands, owned result).
    pub fn getitem(&mut self, container: ObjRef, key: ObjRef) -> PyResult<ObjRef> {
        if let Some(v) = self.call_dunder(container, "__getitem__", &[key])? {
            return Ok(v);
        }
        self.getitem_builtin(container, key)
    }

    /// `container[key]` by the builtin type's own rules (no user
    /// `__getitem__`: what `list.__getitem__(self, key)` does).
    pub fn getitem_builtin(&mut self, container: ObjRef, key: ObjRef) -> PyResult<ObjRef> {
        match self.get(container) {
            Obj::List(l) => {
                let len = l.items.len();
                match self.seq_index(key, len, "list")? {
                    Index::At(i) => Ok(self.incref(self.list_items_at(container, i))),
                    Index::Slice(s) => {
                        let items: Vec<ObjRef> = s.positions().map(|p| self.list_items_at(container, p)).collect();
                        for &i in &items {
                            self.incref(i);
                        }
                        Ok(self.new_list(items))
                    }
                }
            }
            Obj::Tuple(t) => {
                let len = t.len();
                match self.seq_index(key, len, "tuple")? {
                    Index::At(i) => Ok(self.incref(self.tuple_item(container, i))),
                    Index::Slice(s) => {
                        if s.step == 1 && s.len == len {
                            return Ok(self.incref(container));
                        }
                        let items: Vec<ObjRef> = s.positions().map(|p| self.tuple_item(container, p)).collect();
                        for &i in &items {
                            self.incref(i);
                        }
                        Ok(self.new_tuple(items))
                    }
                }
            }
            Obj::Str(s) => {
                let len = s.char_len;
                match self.seq_index(key, len, "string")? {
                    Index::At(i) => {
                        let c = self.str_char_at(container, i);
                        Ok(self.new_str(c.to_string()))
                    }
                    Index::Slice(sl) if sl.step == 1 && sl.len == len => Ok(self.incref(container)),
                    Index::Slice(sl) => {
                        let text: String = match self.get(container) {
                            _ if sl.len == 0 => String::new(),
                            // A contiguous slice is copied without decoding every character.
                            Obj::Str(s) if sl.step == 1 && s.is_ascii() => s.text[sl.start as usize..sl.start as usize + sl.len].to_string(),
                            Obj::Str(s) if sl.step == 1 => s.text.chars().skip(sl.start as usize).take(sl.len).collect(),
                            Obj::Str(s) => {
                                let chars: Vec<char> = s.text.chars().collect();
                                sl.positions().map(|p| chars[p]).collect()
                            }
                            _ => String::new(),
                        };
                        Ok(self.new_str(text))
                    }
                }
            }
            Obj::Bytes(_) | Obj::ByteArray(_) => crate::builtins::bytes_ops::getitem(self, container, key),
            Obj::Dict(_) => match self.dict_get_item(container, key)? {
                Some(v) => Ok(v),
                None => match self.call_dunder(container, "__missing__", &[key])? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key)),
                },
            },
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::ops::iter::range_len(start, stop, step);
                match self.seq_index(key, len, "range object")? {
                    Index::At(i) => Ok(self.new_int(start + step * i as i64)),
                    Index::Slice(s) => {
                        let first = start + step * s.start;
                        let new_step = step * s.step;
                        let end = first + new_step * s.len as i64;
                        Ok(self.alloc(Obj::Range { start: first, stop: end, step: new_step }))
                    }
                }
            }
            Obj::Type(_) => self.class_getitem(container, key),
            Obj::WeakRef(w) if w.is_proxy => {
                let t = self.proxy_target(container)?;
                self.getitem(t, key)
            }
            _ => {
                let t = self.type_name(container);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    fn list_items_at(&self, l: ObjRef, i: usize) -> ObjRef {
        match self.get(l) {
            Obj::List(l) => l.items[i],
            _ => self.s.none,
        }
    }

    fn tuple_item(&self, t: ObjRef, i: usize) -> ObjRef {
        match self.get(t) {
            Obj::Tuple(t) => t[i],
            _ => self.s.none,
        }
    }

    fn str_char_at(&self, s: ObjRef, i: usize) -> char {
        match self.get(s) {
            Obj::Str(s) if s.is_ascii() => s.text.as_bytes()[i] as char,
            Obj::Str(s) => s.text.chars().nth(i).unwrap_or('\0'),
            _ => '\0',
        }
    }

    /// `container[key] = value` (all borrowed).
    pub fn setitem(&mut self, container: ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        if let Some(v) = self.call_dunder(container, "__setitem__", &[key, value])? {
            self.decref(v);
            return Ok(());
        }
        self.setitem_builtin(container, key, value)
    }

    /// `container[key] = value` by the builtin type's own rules.
    pub fn setitem_builtin(&mut self, container: ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        match self.get(container) {
            Obj::List(l) => {
                let len = l.items.len();
                match self.seq_index(key, len, "list assignment")? {
                    Index::At(i) => {
                        self.incref(value);
                        let old = match self.get_mut(container) {
                            Obj::List(l) => std::mem::replace(&mut l.items[i], value),
                            _ => value,
                        };
                        self.decref(old);
                        Ok(())
                    }
                    Index::Slice(s) => self.list_assign_slice(container, s, value),
                }
            }
            Obj::Dict(_) => self.dict_set(container, key, value),
            Obj::ByteArray(_) => crate::builtins::bytes_ops::setitem(self, container, key, value),
            Obj::WeakRef(w) if w.is_proxy => {
                let t = self.proxy_target(container)?;
                self.setitem(t, key, value)
            }
            _ => {
                let t = self.type_name(container);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
        }
    }

    fn list_assign_slice(&mut self, l: ObjRef, s: SliceIndices, value: ObjRef) -> PyResult<()> {
        let new_items = if value == l { self.list_items(l).iter().map(|&i| self.incref(i)).collect() } else {
            match self.collect_iter(value) {
                Ok(v) => v,
                Err(e) => {
                    self.decref(e.0);
                    return Err(self.type_error("can only assign an iterable"));
                }
            }
        };
        if s.step != 1 {
            if new_items.len() != s.len {
                let n = new_items.len();
                self.decref_all(new_items);
                return Err(self.value_error(format!("attempt to assign sequence of size {n} to extended slice of size {}", s.len)));
            }
            let mut old = Vec::new();
            if let Obj::List(list) = self.get_mut(l) {
                for (p, v) in s.positions().zip(new_items) {
                    old.push(std::mem::replace(&mut list.items[p], v));
                }
            }
            self.decref_all(old);
            return Ok(());
        }
        let lo = s.start.max(0) as usize;
        let old = match self.get_mut(l) {
            Obj::List(list) => {
                let hi = (lo + s.len).min(list.items.len());
                let len = list.items.len();
                let new_len = len - (hi - lo) + new_items.len();
                if new_len != len {
                    list.allocated = list_resize(list.allocated, len, new_len);
                }
                list.items.splice(lo..hi, new_items).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        };
        self.decref_all(old.into_iter().rev());
        Ok(())
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: ObjRef, key: ObjRef) -> PyResult<()> {
        if let Some(v) = self.call_dunder(container, "__delitem__", &[key])? {
            self.decref(v);
            return Ok(());
        }
        self.delitem_builtin(container, key)
    }

    /// `del container[key]` by the builtin type's own rules.
    pub fn delitem_builtin(&mut self, container: ObjRef, key: ObjRef) -> PyResult<()> {
        match self.get(container) {
            Obj::List(l) => {
                let len = l.items.len();
                let positions: Vec<usize> = match self.seq_index(key, len, "list assignment")? {
                    Index::At(i) => vec![i],
                    Index::Slice(s) => {
                        let mut p: Vec<usize> = s.positions().collect();
                        p.sort_unstable();
                        p
                    }
                };
                let mut removed = Vec::new();
                if let Obj::List(list) = self.get_mut(container) {
                    for &p in positions.iter().rev() {
                        removed.push(list.items.remove(p));
                    }
                    let new_len = list.items.len();
                    if new_len != len {
                        list.allocated = list_resize(list.allocated, new_len, new_len);
                    }
                }
                self.decref_all(removed);
                Ok(())
            }
            Obj::ByteArray(_) => crate::builtins::bytes_ops::delitem(self, container, key),
            Obj::Dict(_) => {
                if self.dict_del_str(container, key)? {
                    Ok(())
                } else {
                    Err(self.key_error(key))
                }
            }
            _ => {
                let t = self.type_name(container);
                Err(self.type_error(format!("'{t}' object does not support item deletion")))
            }
        }
    }
}
