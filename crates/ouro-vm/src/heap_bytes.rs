//! The total size of the live heap, in `sys.getsizeof` bytes: what Ouro's
//! built-in `memory_profiler` reports instead of CPython's process RSS.
//!
//! The heap keeps the running total (`ouro_heap` size accounting); this
//! file reports sizes to it. Accounting starts on the first request (every
//! live object is measured then), after which each allocation is measured
//! as it is made, and objects that can grow or shrink (lists, dicts, sets,
//! bytearrays) are re-measured before each reading. A user `__sizeof__` is
//! never called here: objects count their builtin layout.

use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// Bytes taken by every live object.
    pub fn heap_bytes(&mut self) -> u64 {
        if !self.heap.accounting_enabled() {
            self.heap.enable_accounting();
            for h in self.heap.live_handles() {
                self.account_new_object(h);
            }
        }
        let mut keep = Vec::new();
        for h in self.heap.take_resizable() {
            if self.heap.is_live(h) && is_resizable(self.get(h)) {
                let size = crate::sizeof::builtin_getsizeof(self, h);
                self.heap.set_size(h, size);
                keep.push(h);
            }
        }
        self.heap.keep_resizable(keep);
        self.heap.accounted_bytes()
    }

    /// Measure a new object for the running total (accounting is on).
    pub fn account_new_object(&mut self, h: ObjRef) {
        let size = crate::sizeof::builtin_getsizeof(self, h);
        self.heap.set_size(h, size);
        if is_resizable(self.get(h)) {
            self.heap.mark_resizable(h);
        }
    }
}

/// Objects whose size changes after they are made (containers fill up
/// after allocation, too).
fn is_resizable(obj: &Obj) -> bool {
    matches!(obj, Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) | Obj::ByteArray(_) | Obj::Sub(_))
}
