//! Freeing by reference counting: the release cascade.
//!
//! CPython frees recursively: `tp_dealloc` of an object untracks it, drops
//! its references one by one (each `Py_DECREF` that reaches zero runs the
//! referent's whole `tp_dealloc` before the next reference is dropped), and
//! finally releases the object's memory. We reproduce that order with an
//! explicit work list instead of the Rust stack, so a chain of any length
//! is freed in constant stack space:
//!
//! * the value is taken out of its slot and dropped *before* its referents
//!   are released (pre-order, as `tp_dealloc` starts before its children's);
//! * references are dropped in `Trace::trace` order, depth first;
//! * the slot goes on the free list *after* all its referents' slots
//!   (post-order, as the memory is released at the end of `tp_dealloc`), so
//!   the next allocation reuses the outermost freed object's slot.
//!
//! (CPython's "trashcan" defers deallocations nested deeper than 50 levels;
//! that only changes the order for very deep structures and is not modelled.)

use crate::gen_list::{FLAG_GC, FLAG_WATCHED};
use crate::{Handle, Heap, Trace};

/// One pending step of the cascade.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Work {
    /// Drop one reference to this slot.
    Decref(u32),
    /// All referents of this dying slot are released: free the slot.
    Release(u32),
}

impl<T: Trace> Heap<T> {
    /// `decref` found a count of 1 (or 0: a bug).
    #[inline(never)]
    pub(crate) fn decref_last(&mut self, h: Handle) {
        let rc = self.slab.refcount_mut(h.0);
        assert!(*rc == 1, "ouro-heap: decref of dead handle {}", h.0);
        if self.lists.has_flag(h.0, FLAG_WATCHED) {
            // Handed back, still holding the reference just dropped.
            self.dying.queue.push_back(h);
            return;
        }
        *rc = 0;
        self.free_cascade(h.0);
    }

    /// Free `root` (refcount just reached 0) and everything that dies with it.
    fn free_cascade(&mut self, root: u32) {
        let mut work = std::mem::take(&mut self.scratch.work);
        // Invariant: `work` is a stack; the top item is the next step in
        // CPython's recursive order.
        self.dealloc(root, &mut work);
        while let Some(step) = work.pop() {
            match step {
                Work::Decref(i) => {
                    let rc = self.slab.refcount_mut(i);
                    assert!(*rc > 0, "ouro-heap: freed value referenced dead handle {i}");
                    if *rc == 1 && self.lists.has_flag(i, FLAG_WATCHED) {
                        // A watched object is handed back, not freed; the
                        // queue keeps this last reference.
                        self.dying.queue.push_back(Handle(i));
                        continue;
                    }
                    *rc -= 1;
                    if *rc == 0 {
                        self.dealloc(i, &mut work);
                    }
                }
                Work::Release(i) => self.release_slot(i),
            }
        }
        self.scratch.work = work;
    }

    /// Start deallocating slot `i`.
    /// Pre: refcount(i) == 0 and the value is present.
    /// Post: `i` is untracked, its value dropped, and `work` holds (top first)
    /// one `Decref` per reference in trace order, then `Release(i)`.
    fn dealloc(&mut self, i: u32, work: &mut Vec<Work>) {
        self.lists.unlink(i);
        let value = self.slab.take(i);
        work.push(Work::Release(i));
        let start = work.len();
        value.trace(&mut |c| work.push(Work::Decref(c.0)));
        work[start..].reverse();
        drop(value);
    }

    /// Put dying slot `i` on the free list; a GC object decrements count[0].
    fn release_slot(&mut self, i: u32) {
        if self.lists.has_flag(i, FLAG_GC) {
            self.state.on_gc_free();
        }
        self.lists.reset(i, 0);
        self.unaccount(i);
        self.slab.release(i);
    }
}
