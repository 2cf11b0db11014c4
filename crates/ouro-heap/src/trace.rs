//! The one trait through which the heap looks at stored values.

use crate::Handle;

/// What the heap needs to know about a stored value.
pub trait Trace {
    /// Visit every strong reference the value holds, in the order CPython's
    /// `tp_traverse` visits them (e.g. list items last to first).
    ///
    /// The heap also uses this order when the value is freed by refcounting:
    /// it drops the references one by one in trace order, each one's whole
    /// release cascade finishing before the next (CPython's recursive
    /// `tp_dealloc`). A handle held twice must be visited twice.
    fn trace(&self, visit: &mut dyn FnMut(Handle));
    /// Drop every strong reference (CPython's `tp_clear`): move the handles
    /// into `out`; the heap decrefs them afterwards, in `out` order.
    fn clear(&mut self, out: &mut Vec<Handle>);
    /// True for values of a GC type (CPython's `Py_TPFLAGS_HAVE_GC`).
    fn is_gc_type(&self) -> bool;
    /// CPython's `_PyObject_GC_MAY_BE_TRACKED` evaluated on this value;
    /// `tracked` tells whether it is tracked now.
    fn may_be_tracked(&self, tracked: bool) -> bool {
        let _ = tracked;
        self.is_gc_type()
    }
    /// Asked of each survivor of a collection, in list order: may it be
    /// untracked now? (`full`: a generation-2 collection.)
    ///
    /// `may_be_tracked(h)` is `heap.get(h).may_be_tracked(heap.is_tracked(h))`
    /// evaluated at the moment of the call (false for a dead handle), so
    /// survivors untracked earlier in the same pass are seen as untracked.
    fn untrack_on_collect(&self, full: bool, may_be_tracked: &dyn Fn(Handle) -> bool) -> bool {
        let _ = (full, may_be_tracked);
        false
    }
}
