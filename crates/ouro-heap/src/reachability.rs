//! Spec 3.4 step 4: split a list into what is reachable from outside it and
//! what is not (CPython's `deduce_unreachable`). Used by `collect_start` on
//! the young generation and by `collect_resurrect` on the unreachable list.

use crate::explain::Examined;
use crate::Handle;
use crate::gen_list::{ListId, Lists, FLAG_COLLECTING};
use crate::{Heap, Trace};

impl<T: Trace> Heap<T> {
    /// Pre: `out` is empty; no tracked object outside `base` has
    /// `FLAG_COLLECTING`.
    /// Post: `base` holds exactly the objects reachable from outside `base`
    /// (flag cleared), in CPython's scan order; `out` holds the rest (flag
    /// set), in the order they were moved there. Refcounts are untouched.
    pub(crate) fn deduce_unreachable(&mut self, base: ListId, out: ListId) {
        debug_assert_eq!(self.lists.len(out), 0);
        self.update_refs(base);
        self.subtract_refs(base);
        if self.explain.recording {
            // Record, for an explanation, each object's count and how many
            // of its references come from outside the examined set.
            let examined: Vec<Examined> = self
                .lists
                .iter(base)
                .map(|i| Examined { handle: Handle(i), refcount: self.slab.refcount(i), external: self.scratch.gc_refs[i as usize] })
                .collect();
            self.explain.examined = examined;
        }
        self.move_unreachable(base, out);
    }

    /// Step 4.1: `gc_refs = refcount` and set the collecting flag.
    fn update_refs(&mut self, base: ListId) {
        self.scratch.gc_refs.resize(self.slab.slot_count(), 0);
        let mut cur = self.lists.first(base);
        while let Some(i) = cur {
            self.scratch.gc_refs[i as usize] = self.slab.refcount(i);
            self.lists.set_flag(i, FLAG_COLLECTING);
            cur = self.lists.next(i);
        }
    }

    /// Step 4.2: subtract references coming from inside `base`.
    /// Post: `gc_refs` = number of references from outside `base`.
    fn subtract_refs(&mut self, base: ListId) {
        let (lists, gc_refs) = (&self.lists, &mut self.scratch.gc_refs);
        for i in lists.iter(base) {
            self.slab.get(i).trace(&mut |r| {
                if lists.has_flag(r.0, FLAG_COLLECTING) {
                    let refs = &mut gc_refs[r.index()];
                    assert!(
                        *refs > 0,
                        "ouro-heap: refcount of {} is smaller than its references",
                        r.0
                    );
                    *refs -= 1;
                }
            });
        }
    }

    /// Step 4.3 (`move_unreachable`): scan `base` in order. An object with
    /// `gc_refs > 0` is reachable: its referents get `gc_refs = 1` if not
    /// scanned yet, or move back from `out` to the end of `base`. An object
    /// met with `gc_refs == 0` moves (tentatively) to the end of `out`.
    fn move_unreachable(&mut self, base: ListId, out: ListId) {
        let mut cur = self.lists.first(base);
        while let Some(i) = cur {
            if self.scratch.gc_refs[i as usize] == 0 {
                cur = self.lists.next(i);
                self.lists.move_to(i, out);
                continue;
            }
            let (lists, gc_refs) = (&mut self.lists, &mut self.scratch.gc_refs);
            self.slab
                .get(i)
                .trace(&mut |r| visit_reachable(lists, gc_refs, r.0, base, out));
            self.lists.clear_flag(i, FLAG_COLLECTING);
            // Read after the visit: it may have appended objects after `i`.
            cur = self.lists.next(i);
        }
    }
}

/// A referent `r` of a reachable object (CPython's `visit_reachable`).
/// Objects without the collecting flag (other lists, untracked, or already
/// scanned) are ignored.
fn visit_reachable(lists: &mut Lists, gc_refs: &mut [usize], r: u32, base: ListId, out: ListId) {
    if !lists.has_flag(r, FLAG_COLLECTING) {
        return;
    }
    let refs = &mut gc_refs[r as usize];
    if lists.list_of(r) == out {
        // Tentatively unreachable, but reachable after all: scan it again.
        lists.move_to(r, base);
        *refs = 1;
    } else if *refs == 0 {
        // Not scanned yet: tell the scan it is reachable.
        *refs = 1;
    }
}
