//! Finalization: `__del__` methods and weak references, in CPython 3.11's
//! order.
//!
//! On refcount death (the heap hands back watched objects, `Heap::
//! set_watched`): `__del__` runs first (at most once per object, PEP 442;
//! if it resurrects the object nothing else happens), then the object's
//! weak references are cleared and their callbacks called, then it is
//! freed. In a cyclic-garbage collection the order is the other way round
//! (weakrefs first, then `__del__`): see `gc_driver.rs`.
//!
//! Invariant: an object is watched while its class defines `__del__` or
//! while some weakref points to it.

use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// Does `h`'s class define `__del__`?
    pub fn has_del(&mut self, h: ObjRef) -> bool {
        self.is_user_object(h) && self.type_obj(self.type_of(h)).has_del
    }

    /// Watch a new instance whose class has a finalizer.
    pub fn watch_if_finalizable(&mut self, h: ObjRef) {
        if self.has_del(h) {
            self.heap.set_watched(h, true);
        }
    }

    /// Finish every object the heap handed back (called between
    /// instructions, so `__del__` output appears where CPython's does).
    ///
    /// Not re-entrant: while one object's `__del__` runs, objects dying
    /// meanwhile wait their turn, so finalizers run in death order.
    pub fn finish_dying(&mut self) {
        if self.finalizing {
            return;
        }
        self.finalizing = true;
        while let Some(h) = self.heap.pop_dying() {
            self.finish_one(h);
        }
        self.finalizing = false;
    }

    /// `h` (one reference owned, from the dying queue) reached zero.
    fn finish_one(&mut self, h: ObjRef) {
        if matches!(self.get(h), Obj::File(_)) {
            // A file dropped without close() still writes what it buffered.
            crate::file::close_file(self, h);
            self.heap.set_watched(h, false);
            self.decref(h);
            return;
        }
        if matches!(self.get(h), Obj::WeakRef(_)) {
            self.weakref_died(h);
            self.heap.set_watched(h, false);
            self.decref(h);
            return;
        }
        if !self.heap.is_finalized(h) && self.has_del(h) {
            self.heap.set_finalized(h);
            self.call_del(h);
            if self.heap.refcount(h) > 1 {
                // Resurrected by its finalizer: it lives on (still watched
                // if weakrefs point to it, and never finalized again).
                if !self.weakrefs.contains_key(&h) {
                    self.heap.set_watched(h, false);
                }
                self.decref(h);
                return;
            }
        }
        let callbacks = self.clear_weakrefs(h);
        self.call_weakref_callbacks(callbacks);
        self.heap.set_watched(h, false);
        self.decref(h);
    }

    /// Call `obj.__del__()`; an exception is reported, never raised.
    pub fn call_del(&mut self, obj: ObjRef) {
        let Some(m) = self.lookup_dunder(obj, "__del__") else {
            return;
        };
        self.incref(m);
        // The exception being handled is saved around the finalizer.
        let r = self.call(m, &[obj]);
        if let Err(e) = r.map(|v| self.decref(v)) {
            let shown = self.unbound_del_repr(obj, m);
            crate::traceback::report_unraisable_text(self, e, &shown);
        }
        self.decref(m);
    }

    /// `<function C.__del__ at 0x...>`, as "Exception ignored in" names it.
    fn unbound_del_repr(&mut self, _obj: ObjRef, m: ObjRef) -> String {
        self.repr_string(m).unwrap_or_else(|e| {
            self.decref(e.0);
            "<__del__>".to_string()
        })
    }

    /// Mark every weakref to `h` dead; return those whose callbacks must
    /// run (each with a reference owned by the list), oldest first.
    pub fn clear_weakrefs(&mut self, h: ObjRef) -> Vec<ObjRef> {
        let Some(refs) = self.weakrefs.remove(&h) else {
            return Vec::new();
        };
        let mut callbacks = Vec::new();
        for w in refs {
            let has_cb = match self.get_mut(w) {
                Obj::WeakRef(r) => {
                    r.referent = None;
                    r.callback.is_some()
                }
                _ => false,
            };
            if has_cb {
                callbacks.push(self.incref(w));
            }
        }
        // CPython calls the callbacks newest first.
        callbacks.reverse();
        callbacks
    }

    /// Call each weakref's callback with the (dead) weakref.
    pub fn call_weakref_callbacks(&mut self, refs: Vec<ObjRef>) {
        for w in refs {
            let cb = match self.get(w) {
                Obj::WeakRef(r) => r.callback,
                _ => None,
            };
            if let Some(cb) = cb {
                self.incref(cb);
                if let Err(e) = self.call(cb, &[w]).map(|v| self.decref(v)) {
                    crate::traceback::report_unraisable(self, e, cb);
                }
                self.decref(cb);
            }
            self.decref(w);
        }
    }

    /// Drop the weakref `w` from its referent's list (when `w` dies).
    pub fn forget_weakref(&mut self, w: ObjRef, referent: ObjRef) {
        if let Some(list) = self.weakrefs.get_mut(&referent) {
            list.retain(|&x| x != w);
            if list.is_empty() {
                self.weakrefs.remove(&referent);
                if !self.has_del(referent) {
                    self.heap.set_watched(referent, false);
                }
            }
        }
    }

    /// Report `result` of a finalizer-like call: errors are unraisable.
    pub fn ignore_error(&mut self, result: PyResult<ObjRef>, context: ObjRef) {
        match result {
            Ok(v) => self.decref(v),
            Err(e) => crate::traceback::report_unraisable(self, e, context),
        }
    }
}
