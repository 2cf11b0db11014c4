//! Value and refcount storage: a slab of slots with a LIFO free list.
//!
//! Struct-of-arrays: values and refcounts live in separate vectors so the
//! refcount hot paths touch one dense `usize` array.
//!
//! Slot states (invariants relied on by the rest of the crate):
//! * live: `values[i]` is `Some`, `refcounts[i] > 0`;
//! * dying: taken out by the release cascade, `None` and refcount 0, not yet
//!   on the free list (only while a cascade runs);
//! * free: `None`, refcount 0, on the free list exactly once.

/// Largest number of slots: `u32::MAX` is reserved as the list terminator.
const MAX_SLOTS: usize = u32::MAX as usize;

pub(crate) struct Slab<T> {
    values: Vec<Option<T>>,
    refcounts: Vec<usize>,
    /// Free slots; the last pushed is reused first (like pymalloc's pools).
    free: Vec<u32>,
}

impl<T> Slab<T> {
    pub(crate) fn new() -> Self {
        Self {
            values: Vec::new(),
            refcounts: Vec::new(),
            free: Vec::new(),
        }
    }

    /// Store `value` with `refcount` (> 0) and return its slot index.
    #[inline]
    pub(crate) fn insert(&mut self, value: T, refcount: usize) -> u32 {
        debug_assert!(refcount > 0);
        if let Some(i) = self.free.pop() {
            self.values[i as usize] = Some(value);
            self.refcounts[i as usize] = refcount;
            return i;
        }
        let i = self.values.len();
        assert!(i < MAX_SLOTS, "ouro-heap: out of slots");
        self.values.push(Some(value));
        self.refcounts.push(refcount);
        i as u32
    }

    /// The value of live slot `i`; panics on a dead slot.
    #[inline]
    pub(crate) fn get(&self, i: u32) -> &T {
        match self.values.get(i as usize) {
            Some(Some(v)) => v,
            _ => dead_slot(i),
        }
    }

    #[inline]
    pub(crate) fn get_mut(&mut self, i: u32) -> &mut T {
        match self.values.get_mut(i as usize) {
            Some(Some(v)) => v,
            _ => dead_slot(i),
        }
    }

    #[inline]
    pub(crate) fn try_get(&self, i: u32) -> Option<&T> {
        self.values.get(i as usize).and_then(Option::as_ref)
    }

    #[inline]
    pub(crate) fn refcount(&self, i: u32) -> usize {
        self.refcounts[i as usize]
    }

    #[inline]
    pub(crate) fn refcount_mut(&mut self, i: u32) -> &mut usize {
        &mut self.refcounts[i as usize]
    }

    /// Take the value out of slot `i` (refcount already 0): the slot is dying.
    pub(crate) fn take(&mut self, i: u32) -> T {
        debug_assert_eq!(self.refcounts[i as usize], 0);
        self.values[i as usize]
            .take()
            .unwrap_or_else(|| dead_slot(i))
    }

    /// Put dying slot `i` on the free list.
    pub(crate) fn release(&mut self, i: u32) {
        debug_assert!(self.values[i as usize].is_none());
        self.free.push(i);
    }

    #[inline]
    pub(crate) fn is_live(&self, i: u32) -> bool {
        matches!(self.values.get(i as usize), Some(Some(_)))
    }

    /// Number of slots ever created (live, dying or free).
    #[inline]
    pub(crate) fn slot_count(&self) -> usize {
        self.values.len()
    }

    #[inline]
    pub(crate) fn live_count(&self) -> usize {
        self.values.len() - self.free.len()
    }

    pub(crate) fn free_slots(&self) -> &[u32] {
        &self.free
    }
}

#[cold]
#[inline(never)]
fn dead_slot(i: u32) -> ! {
    panic!("ouro-heap: handle {i} does not refer to a live object")
}
