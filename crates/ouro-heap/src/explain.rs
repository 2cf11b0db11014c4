//! Optional record of a collection's reachability analysis, so the heap's
//! owner can explain it (Ouro's `--gc-trace`). Off by default; when on,
//! step 4 of each `collect_start` is recorded (not the resurrection
//! re-analysis), replacing the previous record.

use crate::{Handle, Heap, Trace};

/// One object examined by a collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Examined {
    /// The object.
    pub handle: Handle,
    /// Its reference count when the collection started.
    pub refcount: usize,
    /// References from outside the examined set: the count minus the
    /// references found inside the set (`gc_refs` after step 4.2).
    pub external: usize,
}

#[derive(Default)]
pub(crate) struct Explain {
    pub(crate) enabled: bool,
    /// True only during `collect_start`'s step 4.
    pub(crate) recording: bool,
    pub(crate) examined: Vec<Examined>,
}

impl<T: Trace> Heap<T> {
    /// Record collections for explanation (see [`Heap::take_examined`]).
    pub fn set_explain(&mut self, on: bool) {
        self.explain.enabled = on;
    }

    /// The objects the last collection examined, in list order, with their
    /// counts and external references; empties the record.
    pub fn take_examined(&mut self) -> Vec<Examined> {
        std::mem::take(&mut self.explain.examined)
    }
}
