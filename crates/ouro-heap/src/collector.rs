//! One collection, in the phases the VM drives (spec 3.4):
//!
//! 1. [`Heap::collect_start`]: steps 2-6 (counts, merge, find unreachable,
//!    untrack, promote survivors). The garbage is left on the unreachable
//!    list, alive and untouched.
//! 2. The VM's window: print (`unreachable()`), weakref callbacks and
//!    finalizers (steps 7-10, later), which may incref/decref/free anything.
//! 3. [`Heap::collect_resurrect`]: step 11.
//! 4. [`Heap::collect_finish`]: steps 12, 13 and 17 (clear or save, stats).

use crate::gen_list::{ListId, FLAG_COLLECTING, NOT_TRACKED, SCRATCH, UNREACHABLE};
use crate::state::NUM_GENERATIONS;
use crate::{Handle, Heap, Trace};

/// Result of `collect_finish`.
#[derive(Debug, Default)]
pub struct CollectOutcome {
    /// `m`: unreachable objects freed (or saved).
    pub collected: usize,
    /// `n`: uncollectable objects.
    pub uncollectable: usize,
    /// With `save_all`, the unreachable objects in list order, each with a
    /// reference owned by the caller (to append to `gc.garbage`).
    pub saved: Vec<Handle>,
}

/// The list survivors of collecting `g` go to ("old").
fn old_of(g: usize) -> ListId {
    (g + 1).min(NUM_GENERATIONS - 1) as ListId
}

impl<T: Trace> Heap<T> {
    /// Steps 2-6 of a collection of generation `g`; returns how many objects
    /// were found unreachable.
    ///
    /// Panics if `g > 2` or a collection is already running (CPython's
    /// `gc.collect()` returns 0 then: check `is_collecting` first).
    pub fn collect_start(&mut self, g: usize) -> usize {
        assert!(g < NUM_GENERATIONS, "ouro-heap: invalid generation {g}");
        assert!(
            !self.is_collecting(),
            "ouro-heap: a collection is already running"
        );
        self.state.collecting = Some(g);
        // Step 2.
        self.state.update_counts(g);
        // Step 3. Post: generation g ("young") = g's list, then 0..g's lists.
        for younger in 0..g {
            self.lists.merge(younger as ListId, g as ListId);
        }
        // Step 4. Post: young = reachable from outside; UNREACHABLE = rest.
        self.explain.examined.clear();
        self.explain.recording = self.explain.enabled;
        self.deduce_unreachable(g as ListId, UNREACHABLE);
        self.explain.recording = false;
        // Step 5 (+ the dict untracking of step 6 when g == 2).
        self.untrack_survivors(g as ListId, g == NUM_GENERATIONS - 1);
        // Step 6. Post: young is empty (g < 2) or is the new generation 2.
        self.promote_survivors(g);
        self.lists.len(UNREACHABLE)
    }

    /// Steps 5-6: ask each survivor, in list order, whether it may be
    /// untracked (tuples every time, dicts when `full`).
    ///
    /// CPython does two passes in a full collection (all tuples, then all
    /// dicts); this is one pass with `full` set. The results differ only when
    /// a dict precedes, in list order, a tuple that this same collection
    /// untracks and that is the dict's only possibly-tracked item: CPython
    /// untracks that dict now, this pass at the next full collection.
    fn untrack_survivors(&mut self, young: ListId, full: bool) {
        let mut cur = self.lists.first(young);
        while let Some(i) = cur {
            cur = self.lists.next(i);
            let may_be_tracked = |h: Handle| {
                self.slab
                    .try_get(h.0)
                    .is_some_and(|v| v.may_be_tracked(self.is_tracked(h)))
            };
            if self.slab.get(i).untrack_on_collect(full, &may_be_tracked) {
                self.lists.unlink(i);
            }
        }
    }

    /// Step 6: survivors move to the next generation; the long-lived
    /// counters follow spec 3.3.
    fn promote_survivors(&mut self, g: usize) {
        let young = g as ListId;
        let survivors = self.lists.len(young);
        if g == NUM_GENERATIONS - 1 {
            self.state.long_lived_pending = 0;
            self.state.long_lived_total = survivors;
            return;
        }
        if g == NUM_GENERATIONS - 2 {
            self.state.long_lived_pending += survivors;
        }
        self.lists.merge(young, old_of(g));
    }

    /// The unreachable objects of the running collection, in list order.
    pub fn unreachable(&self) -> Vec<Handle> {
        self.lists.iter(UNREACHABLE).map(Handle).collect()
    }

    /// Is `h` (a live object) in the running collection's unreachable set?
    /// Lets the owner skip objects that were freed, resurrected or whose
    /// slot was reused while it ran Python code between the phases.
    pub fn in_unreachable(&self, h: Handle) -> bool {
        self.slab.is_live(h.0) && self.lists.list_of(h.0) == UNREACHABLE
    }

    /// How many objects the unreachable list holds now.
    pub fn unreachable_len(&self) -> usize {
        self.lists.len(UNREACHABLE)
    }

    /// Step 11, the resurrection check: redo the reachability analysis on
    /// the unreachable list; whatever is now referenced from outside it (a
    /// finalizer stored `self` somewhere), and all it references, moves to
    /// the end of the old generation. Returns how many objects moved.
    ///
    /// Objects freed or untracked since `collect_start` have already left
    /// the list. Panics if no collection is running.
    pub fn collect_resurrect(&mut self) -> usize {
        let g = self
            .state
            .collecting
            .expect("ouro-heap: no collection is running");
        // Pre: UNREACHABLE has the flag set on all its objects (step 4).
        let mut cur = self.lists.first(UNREACHABLE);
        while let Some(i) = cur {
            self.lists.clear_flag(i, FLAG_COLLECTING);
            cur = self.lists.next(i);
        }
        self.lists.merge(UNREACHABLE, SCRATCH);
        // Post: SCRATCH = resurrected (flag clear), UNREACHABLE = final
        // unreachable (flag set).
        self.deduce_unreachable(SCRATCH, UNREACHABLE);
        let resurrected = self.lists.len(SCRATCH);
        self.lists.merge(SCRATCH, old_of(g));
        resurrected
    }

    /// Clear (or save) the unreachable objects and finish the collection.
    ///
    /// Steps 12, 13 and 17: `m` = the objects on the unreachable list now.
    /// With `save_all`, each gets one reference for the caller and moves to
    /// the old generation. Otherwise each in turn is cleared (`Trace::clear`,
    /// then its handles are decref'd) while a temporary reference keeps it
    /// alive; if it survives that, it moves to the old generation.
    pub fn collect_finish(&mut self, save_all: bool) -> CollectOutcome {
        let g = self
            .state
            .collecting
            .expect("ouro-heap: no collection is running");
        let old = old_of(g);
        let collected = self.lists.len(UNREACHABLE);
        let mut saved = Vec::new();
        if save_all {
            saved.reserve(collected);
            while let Some(i) = self.lists.first(UNREACHABLE) {
                self.incref(Handle(i));
                self.move_to_old(i, old);
                saved.push(Handle(i));
            }
        } else {
            self.delete_garbage(old);
        }
        // Post: the unreachable list is empty.
        let stats = &mut self.state.stats[g];
        stats.collections += 1;
        stats.collected += collected;
        self.state.collecting = None;
        CollectOutcome {
            collected,
            uncollectable: 0,
            saved,
        }
    }

    /// Step 12 without `DEBUG_SAVEALL` (CPython's `delete_garbage`).
    /// Invariant: every object on the unreachable list is alive (freeing
    /// unlinks), so the first one can always be cleared.
    fn delete_garbage(&mut self, old: ListId) {
        let mut out = std::mem::take(&mut self.scratch.handles);
        while let Some(i) = self.lists.first(UNREACHABLE) {
            let h = Handle(i);
            self.incref(h);
            self.slab.get_mut(i).clear(&mut out);
            for c in out.drain(..) {
                self.decref(c);
            }
            self.decref(h);
            if self.lists.first(UNREACHABLE) == Some(i) {
                // Still alive: something outside keeps it; it may die later.
                self.move_to_old(i, old);
            }
        }
        self.scratch.handles = out;
    }

    fn move_to_old(&mut self, i: u32, old: ListId) {
        debug_assert_ne!(self.lists.list_of(i), NOT_TRACKED);
        self.lists.clear_flag(i, FLAG_COLLECTING);
        self.lists.move_to(i, old);
    }

    /// Convenience: a whole collection of `g` with nothing in the VM's
    /// window (no finalizers, no save-all). Returns `m`.
    pub fn collect(&mut self, g: usize) -> usize {
        self.collect_start(g);
        self.collect_finish(false).collected
    }
}
