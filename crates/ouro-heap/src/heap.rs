//! The [`Heap`]: storage, reference counting, tracking and GC settings.
//! Freeing lives in `free.rs`, the collection in `collector.rs`.

use crate::free::Work;
use crate::gen_list::FLAG_WATCHED;
use crate::gen_list::{
    ListId, Lists, FLAG_COLLECTING, FLAG_FINALIZED, FLAG_GC, NOT_TRACKED, PERMANENT,
};
use crate::slab::Slab;
use crate::state::{GcState, GenStats, NUM_GENERATIONS};
use crate::{address_of, Handle, Trace};

/// Object storage with exact reference counts and CPython 3.11's
/// generational cycle collector. See the crate documentation.
pub struct Heap<T: Trace> {
    pub(crate) slab: Slab<T>,
    pub(crate) lists: Lists,
    pub(crate) state: GcState,
    pub(crate) scratch: Scratch,
    pub(crate) dying: Dying,
    pub(crate) explain: crate::explain::Explain,
    pub(crate) accounting: Option<Box<crate::accounting::Accounting>>,
}

/// Buffers reused across operations so hot paths do not allocate.
#[derive(Default)]
pub(crate) struct Scratch {
    /// Per-slot `gc_refs` of a reachability analysis.
    pub(crate) gc_refs: Vec<usize>,
    /// Work list of the release cascade.
    pub(crate) work: Vec<Work>,
    /// Handles handed back by `Trace::clear`.
    pub(crate) handles: Vec<Handle>,
}

/// Watched objects whose count reached zero, oldest first, each holding
/// the one reference the owner of the heap takes over (see `pop_dying`).
#[derive(Default)]
pub(crate) struct Dying {
    pub(crate) queue: std::collections::VecDeque<Handle>,
}

impl<T: Trace> Default for Heap<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Trace> Heap<T> {
    /// An empty heap: thresholds (700, 10, 10), counts 0, enabled.
    pub fn new() -> Self {
        Heap {
            slab: Slab::new(),
            lists: Lists::new(),
            state: GcState::new(),
            scratch: Scratch::default(),
            dying: Dying::default(),
            explain: Default::default(),
            accounting: None,
        }
    }

    // ----- storage and reference counts ----------------------------------

    /// Store `value` with refcount 1, untracked. A GC-type value adds 1 to `count[0]`.
    #[inline]
    pub fn alloc(&mut self, value: T) -> Handle {
        let gc = value.is_gc_type();
        if gc {
            self.state.on_gc_alloc();
        }
        self.insert(value, 1, gc)
    }

    /// A statically allocated object starting with `refcount` (CPython 3.11: 999_999_999).
    /// It does not touch `count[0]` (static objects bypass the GC allocator).
    /// It is an ordinary object otherwise: it would be freed if its count
    /// ever reached 0, which a large starting count prevents in practice.
    pub fn alloc_static(&mut self, value: T, refcount: usize) -> Handle {
        assert!(
            refcount > 0,
            "ouro-heap: a static object needs a refcount > 0"
        );
        let gc = value.is_gc_type();
        self.insert(value, refcount, gc)
    }

    #[inline]
    fn insert(&mut self, value: T, refcount: usize, gc: bool) -> Handle {
        let i = self.slab.insert(value, refcount);
        self.lists.reset(i, if gc { FLAG_GC } else { 0 });
        Handle(i)
    }

    /// The value of a live object. Panics on a dead handle.
    #[inline]
    pub fn get(&self, h: Handle) -> &T {
        self.slab.get(h.0)
    }

    /// The value of a live object, mutably. Panics on a dead handle.
    /// (Changing which handles the value holds is the caller's business:
    /// it must incref what it stores and decref what it drops.)
    #[inline]
    pub fn get_mut(&mut self, h: Handle) -> &mut T {
        self.slab.get_mut(h.0)
    }

    /// Add one reference. Panics on a dead handle.
    #[inline]
    pub fn incref(&mut self, h: Handle) {
        let rc = self.slab.refcount_mut(h.0);
        assert!(*rc != 0, "ouro-heap: incref of dead handle {}", h.0);
        *rc += 1;
    }

    /// Drop one reference; at zero the value is freed, and everything only it
    /// kept alive after it, iteratively (never recursing on the Rust stack).
    #[inline]
    pub fn decref(&mut self, h: Handle) {
        let rc = self.slab.refcount_mut(h.0);
        if *rc > 1 {
            *rc -= 1;
        } else {
            self.decref_last(h);
        }
    }

    /// The reference count (0 for a dead handle).
    #[inline]
    pub fn refcount(&self, h: Handle) -> usize {
        self.slab.refcount(h.0)
    }

    /// True while the slot holds the object (a reused slot is live again).
    #[inline]
    pub fn is_live(&self, h: Handle) -> bool {
        self.slab.is_live(h.0)
    }

    /// Stable, unique while live, reusable after free: the object's `id()`.
    /// `ADDRESS_BASE + index * ADDRESS_STRIDE` (see [`address_of`]).
    #[inline]
    pub fn address(&self, h: Handle) -> u64 {
        address_of(h.index())
    }

    /// Number of live objects.
    pub fn live_count(&self) -> usize {
        self.slab.live_count()
    }

    /// Number of slots ever created; every handle's index is below it.
    pub fn slot_count(&self) -> usize {
        self.slab.slot_count()
    }

    // ----- tracking and per-object flags ----------------------------------

    /// Start tracking: append to the end of generation 0. No-op if already
    /// tracked. Only GC-type values may be tracked.
    #[inline]
    pub fn track(&mut self, h: Handle) {
        debug_assert!(
            self.lists.has_flag(h.0, FLAG_GC),
            "ouro-heap: tracking a non-GC value"
        );
        if self.lists.list_of(h.0) == NOT_TRACKED {
            self.lists.append(h.0, 0);
        }
    }

    /// Stop tracking: unlink from whatever list holds it. No-op if untracked.
    #[inline]
    pub fn untrack(&mut self, h: Handle) {
        self.lists.unlink(h.0);
        self.lists.clear_flag(h.0, FLAG_COLLECTING);
    }

    /// `gc.is_tracked`: in a generation, the permanent list, or the
    /// unreachable list of the running collection.
    #[inline]
    pub fn is_tracked(&self, h: Handle) -> bool {
        self.lists.list_of(h.0) != NOT_TRACKED
    }

    /// `gc.is_finalized`: whether `set_finalized` was called on this object.
    pub fn is_finalized(&self, h: Handle) -> bool {
        self.lists.has_flag(h.0, FLAG_FINALIZED)
    }

    /// Mark the object's finalizer as run. The flag lasts until it is freed.
    pub fn set_finalized(&mut self, h: Handle) {
        self.lists.set_flag(h.0, FLAG_FINALIZED);
    }

    /// Watch (or stop watching) an object: when the count of a watched
    /// object reaches zero it is not freed but queued, with its count set
    /// back to 1, for the heap's owner to finish (`pop_dying`). The owner
    /// decides what dying means (running a finalizer, notifying observers)
    /// and then unwatches and drops that reference to free it.
    pub fn set_watched(&mut self, h: Handle, on: bool) {
        if on {
            self.lists.set_flag(h.0, FLAG_WATCHED);
        } else {
            self.lists.clear_flag(h.0, FLAG_WATCHED);
        }
    }

    /// Is the object watched (see [`Heap::set_watched`])?
    pub fn is_watched(&self, h: Handle) -> bool {
        self.lists.has_flag(h.0, FLAG_WATCHED)
    }

    /// Is a watched object waiting to be finished?
    #[inline]
    pub fn has_dying(&self) -> bool {
        !self.dying.queue.is_empty()
    }

    /// The oldest watched object whose count reached zero; the caller now
    /// owns the reference the queue held.
    pub fn pop_dying(&mut self) -> Option<Handle> {
        self.dying.queue.pop_front()
    }

    // ----- settings, counts, statistics -----------------------------------

    /// `gc.isenabled()`.
    pub fn enabled(&self) -> bool {
        self.state.enabled
    }

    /// `gc.enable()` / `gc.disable()`.
    pub fn set_enabled(&mut self, on: bool) {
        self.state.enabled = on;
    }

    /// `gc.get_threshold()`.
    pub fn thresholds(&self) -> [usize; 3] {
        self.state.thresholds
    }

    /// Set all three thresholds (`t[0] == 0` disables automatic collection).
    pub fn set_thresholds(&mut self, t: [usize; 3]) {
        self.state.thresholds = t;
    }

    /// `gc.get_count()`.
    pub fn counts(&self) -> [usize; 3] {
        self.state.counts
    }

    /// `gc.get_stats()`.
    pub fn stats(&self) -> [GenStats; 3] {
        self.state.stats
    }

    /// Objects in generation 2 after the last full collection.
    pub fn long_lived_total(&self) -> usize {
        self.state.long_lived_total
    }

    /// Objects promoted into generation 2 since the last full collection.
    pub fn long_lived_pending(&self) -> usize {
        self.state.long_lived_pending
    }

    /// True between `collect_start` and `collect_finish`.
    pub fn is_collecting(&self) -> bool {
        self.state.collecting.is_some()
    }

    /// The generation an automatic collection should collect now, by
    /// CPython's rule (threshold, enabled, not collecting, long-lived rule).
    pub fn collection_due(&self) -> Option<usize> {
        self.state.collection_due()
    }

    // ----- generation lists -----------------------------------------------

    /// Length of generation `g`'s list (0..=2), O(1).
    pub fn generation_len(&self, g: usize) -> usize {
        assert!(g < NUM_GENERATIONS, "ouro-heap: invalid generation {g}");
        self.lists.len(g as ListId)
    }

    /// `gc.get_freeze_count()`: length of the permanent list.
    pub fn permanent_len(&self) -> usize {
        self.lists.len(PERMANENT)
    }

    /// The objects of generation `g` in list order; `g == 3` means the
    /// permanent generation.
    pub fn generation_objects(&self, g: usize) -> Vec<Handle> {
        assert!(g <= NUM_GENERATIONS, "ouro-heap: invalid generation {g}");
        self.lists.iter(g as ListId).map(Handle).collect()
    }

    /// `gc.freeze()`: move generations 0, 1, 2 (in that order) to the end of
    /// the permanent list and set all three counts to 0.
    pub fn freeze(&mut self) {
        for g in 0..NUM_GENERATIONS {
            self.lists.merge(g as ListId, PERMANENT);
        }
        self.state.counts = [0; NUM_GENERATIONS];
    }

    /// `gc.unfreeze()`: move the permanent list to the end of generation 2.
    pub fn unfreeze(&mut self) {
        self.lists.merge(PERMANENT, 2);
    }
}
