//! ouro-heap: object storage with exact reference counts and a generational
//! cycle collector that follows CPython 3.11's algorithm.
//!
//! Invariant: this crate knows nothing about Python. It stores values of any
//! type implementing [`Trace`] and only ever looks at them through that trait.
//! (API STUB: being implemented; signatures are the contract.)
#![forbid(unsafe_code)]

/// A reference to a heap slot. Copy; carries no ownership by itself: whoever
/// holds a counted reference is responsible for one `decref`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Handle(u32);

impl Handle {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What the heap needs to know about a stored value.
pub trait Trace {
    /// Visit every strong reference the value holds, in the order CPython's
    /// `tp_traverse` visits them (e.g. list items last to first).
    fn trace(&self, visit: &mut dyn FnMut(Handle));
    /// Drop every strong reference (CPython's `tp_clear`): move the handles
    /// into `out`; the heap decrefs them afterwards.
    fn clear(&mut self, out: &mut Vec<Handle>);
    /// True for values of a GC type (CPython's `Py_TPFLAGS_HAVE_GC`).
    fn is_gc_type(&self) -> bool;
    /// CPython's `_PyObject_GC_MAY_BE_TRACKED` evaluated on this value;
    /// `tracked` tells whether it is tracked now.
    fn may_be_tracked(&self, tracked: bool) -> bool {
        let _ = tracked;
        self.is_gc_type()
    }
    /// Asked of each survivor of a collection: may it be untracked now?
    /// (`full`: a generation-2 collection.)
    fn untrack_on_collect(&self, full: bool, may_be_tracked: &dyn Fn(Handle) -> bool) -> bool {
        let _ = (full, may_be_tracked);
        false
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

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

pub struct Heap<T: Trace> {
    _values: Vec<Option<T>>,
}

impl<T: Trace> Default for Heap<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Trace> Heap<T> {
    pub fn new() -> Self { todo!() }
    /// Store `value` with refcount 1, untracked. A GC-type value adds 1 to count[0].
    pub fn alloc(&mut self, value: T) -> Handle { let _ = value; todo!() }
    /// A statically allocated object starting with `refcount` (CPython 3.11: 999_999_999).
    pub fn alloc_static(&mut self, value: T, refcount: usize) -> Handle { let _ = (value, refcount); todo!() }
    pub fn get(&self, h: Handle) -> &T { let _ = h; todo!() }
    pub fn get_mut(&mut self, h: Handle) -> &mut T { let _ = h; todo!() }
    pub fn incref(&mut self, h: Handle) { let _ = h; todo!() }
    /// Drop one reference; at zero the value is freed, and everything only it
    /// kept alive after it, iteratively (never recursing on the Rust stack).
    pub fn decref(&mut self, h: Handle) { let _ = h; todo!() }
    pub fn refcount(&self, h: Handle) -> usize { let _ = h; todo!() }
    pub fn is_live(&self, h: Handle) -> bool { let _ = h; todo!() }
    /// Stable, unique while live, reusable after free: the object's `id()`.
    pub fn address(&self, h: Handle) -> u64 { let _ = h; todo!() }
    pub fn live_count(&self) -> usize { todo!() }
    pub fn track(&mut self, h: Handle) { let _ = h; todo!() }
    pub fn untrack(&mut self, h: Handle) { let _ = h; todo!() }
    pub fn is_tracked(&self, h: Handle) -> bool { let _ = h; todo!() }
    pub fn is_finalized(&self, h: Handle) -> bool { let _ = h; todo!() }
    pub fn set_finalized(&mut self, h: Handle) { let _ = h; todo!() }
    pub fn enabled(&self) -> bool { todo!() }
    pub fn set_enabled(&mut self, on: bool) { let _ = on; todo!() }
    pub fn thresholds(&self) -> [usize; 3] { todo!() }
    pub fn set_thresholds(&mut self, t: [usize; 3]) { let _ = t; todo!() }
    pub fn counts(&self) -> [usize; 3] { todo!() }
    pub fn stats(&self) -> [GenStats; 3] { todo!() }
    pub fn is_collecting(&self) -> bool { todo!() }
    /// The generation an automatic collection should collect now, by
    /// CPython's rule (threshold, enabled, not collecting, long-lived rule).
    pub fn collection_due(&self) -> Option<usize> { todo!() }
    pub fn generation_len(&self, g: usize) -> usize { let _ = g; todo!() }
    pub fn permanent_len(&self) -> usize { todo!() }
    pub fn generation_objects(&self, g: usize) -> Vec<Handle> { let _ = g; todo!() }
    /// Steps 2-6 of a collection of generation `g`; returns how many objects
    /// were found unreachable.
    pub fn collect_start(&mut self, g: usize) -> usize { let _ = g; todo!() }
    /// The unreachable objects of the running collection, in list order.
    pub fn unreachable(&self) -> Vec<Handle> { todo!() }
    /// Clear (or save) the unreachable objects and finish the collection.
    pub fn collect_finish(&mut self, save_all: bool) -> CollectOutcome { let _ = save_all; todo!() }
    pub fn freeze(&mut self) { todo!() }
    pub fn unfreeze(&mut self) { todo!() }
}
