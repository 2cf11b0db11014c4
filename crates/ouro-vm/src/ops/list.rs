//! List mutation with CPython's capacity rules (`table::list_growth`), which
//! `sys.getsizeof` reports.

use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::table::list_growth::{list_presize, list_resize};
use crate::vm::Vm;

impl Vm {
    /// Append an owned value to list `l` (CPython's `app1`).
    pub fn list_append_owned(&mut self, l: ObjRef, v: ObjRef) {
        if let Obj::List(list) = self.get_mut(l) {
            let n = list.items.len();
            list.allocated = list_resize(list.allocated, n, n + 1);
            list.items.push(v);
        }
    }

    /// `l.extend(iterable)` (`l += iterable`), with CPython's capacity
    /// effects: an exact list or tuple is added in one step (pre-sized
    /// exactly when `l` has no item array yet); anything else makes room
    /// for its length hint, appends, then trims to the final length.
    pub fn list_extend(&mut self, l: ObjRef, iterable: ObjRef) -> PyResult<()> {
        let exact_sequence = matches!(self.get(iterable), Obj::List(_) | Obj::Tuple(_));
        let hint = self.length_hint(iterable);
        let items = self.collect_iter(iterable)?;
        if let Obj::List(list) = self.get_mut(l) {
            let m = list.items.len();
            let n = items.len();
            if exact_sequence {
                list.allocated = if list.allocated == 0 { list_presize(n) } else { list_resize(list.allocated, m, m + n) };
                list.items.extend(items);
            } else {
                list.allocated = list_resize(list.allocated, m, m + hint);
                for item in items {
                    let len = list.items.len();
                    if len == list.allocated {
                        list.allocated = list_resize(list.allocated, len, len + 1);
                    }
                    list.items.push(item);
                }
                let len = list.items.len();
                if len < list.allocated {
                    list.allocated = list_resize(list.allocated, len, len);
                }
            }
        } else {
            self.decref_all(items);
        }
        Ok(())
    }

    /// `l *= n` (CPython's `list_inplace_repeat`): in place, clearing the
    /// item array for `n < 1`, else resized once to the final length.
    pub fn list_inplace_repeat(&mut self, l: ObjRef, n: i64) {
        let Obj::List(list) = self.get_mut(l) else { return };
        let m = list.items.len();
        if m == 0 || n == 1 {
            return;
        }
        if n < 1 {
            let old = std::mem::take(&mut list.items);
            list.allocated = 0;
            self.decref_all(old);
            return;
        }
        let n = n as usize;
        list.allocated = list_resize(list.allocated, m, m * n);
        let copies: Vec<ObjRef> = list.items.iter().copied().cycle().take(m * (n - 1)).collect();
        list.items.extend_from_slice(&copies);
        for c in copies {
            self.incref(c);
        }
    }

    /// `operator.length_hint(h, 8)` for builtin types.
    pub fn length_hint(&self, h: ObjRef) -> usize {
        match self.get(h) {
            Obj::List(l) => l.items.len(),
            Obj::Tuple(t) => t.len(),
            Obj::Str(s) => s.char_len,
            Obj::Dict(d) => d.table.len(),
            Obj::Range { start, stop, step } => crate::ops::iter::range_len(*start, *stop, *step),
            Obj::RangeIter { next, stop, step } => crate::ops::iter::range_len(*next, *stop, *step),
            Obj::SeqIter { seq, index } => self.length_hint(*seq).saturating_sub(*index),
            _ => 8,
        }
    }

    /// The items of a list (borrowed copy of the handles).
    pub fn list_items(&self, l: ObjRef) -> Vec<ObjRef> {
        match self.get(l) {
            Obj::List(list) => list.items.clone(),
            _ => Vec::new(),
        }
    }
}
