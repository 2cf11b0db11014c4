//! Size accounting: a running total of the bytes the owner says its live
//! objects take, kept exact as objects are allocated, resized and freed.
//!
//! The heap does not know sizes; the owner reports them (`set_size`) when
//! it allocates an object and whenever it re-measures one whose size can
//! change (it marks those `resizable`, and re-measures them all before
//! reading the total). The heap subtracts a slot's last reported size when
//! the slot is freed, so the total never drifts.
//!
//! Accounting is off until the owner turns it on (then it reports every
//! live object once): allocation pays one flag test otherwise.

use crate::{Handle, Heap, Trace};

#[derive(Default)]
pub(crate) struct Accounting {
    total: u64,
    /// Last reported size per slot (0 for free slots).
    sizes: Vec<u32>,
    /// Objects whose size may change; may hold freed or reused slots.
    resizable: Vec<Handle>,
}

impl Accounting {
    fn set(&mut self, i: usize, size: u32) {
        if self.sizes.len() <= i {
            self.sizes.resize(i + 1, 0);
        }
        self.total = self.total - self.sizes[i] as u64 + size as u64;
        self.sizes[i] = size;
    }
}

impl<T: Trace> Heap<T> {
    /// Whether size accounting is on.
    #[inline]
    pub fn accounting_enabled(&self) -> bool {
        self.accounting.is_some()
    }

    /// Turn size accounting on, with a total of 0 (the owner then reports
    /// every live object with `set_size`).
    pub fn enable_accounting(&mut self) {
        if self.accounting.is_none() {
            self.accounting = Some(Box::default());
        }
    }

    /// Record that live object `h` now takes `size` bytes.
    pub fn set_size(&mut self, h: Handle, size: usize) {
        if let Some(a) = &mut self.accounting {
            a.set(h.0 as usize, size.min(u32::MAX as usize) as u32);
        }
    }

    /// Mark `h` as an object whose size may change (see `take_resizable`).
    pub fn mark_resizable(&mut self, h: Handle) {
        if let Some(a) = &mut self.accounting {
            a.resizable.push(h);
        }
    }

    /// The resizable objects to re-measure; the owner gives back the ones
    /// still live and resizable with `keep_resizable`. The list may name
    /// freed slots or slots reused since; the owner checks each.
    pub fn take_resizable(&mut self) -> Vec<Handle> {
        match &mut self.accounting {
            Some(a) => std::mem::take(&mut a.resizable),
            None => Vec::new(),
        }
    }

    /// Give back the resizable list (deduplicated here).
    pub fn keep_resizable(&mut self, mut handles: Vec<Handle>) {
        handles.sort_unstable_by_key(|h| h.0);
        handles.dedup();
        if let Some(a) = &mut self.accounting {
            a.resizable = handles;
        }
    }

    /// The accounted total, in bytes.
    pub fn accounted_bytes(&self) -> u64 {
        self.accounting.as_ref().map_or(0, |a| a.total)
    }

    /// A freed slot no longer counts.
    #[inline]
    pub(crate) fn unaccount(&mut self, i: u32) {
        if let Some(a) = &mut self.accounting {
            if (i as usize) < a.sizes.len() {
                a.set(i as usize, 0);
            }
        }
    }
}
