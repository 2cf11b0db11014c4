//! Debug self-checks: list structure, slot states and dangling references.

use crate::gen_list::{ListId, FLAG_COLLECTING, FLAG_GC, NOT_TRACKED, NUM_LISTS, UNREACHABLE};
use crate::{Handle, Heap, Trace};

/// A broken heap invariant found by [`Heap::verify`].
///
/// Fields: `node`, `from`, `to` are slot indices ([`Handle::index`]); `list`
/// is a list id: 0-2 the generations, 3 permanent, 4 unreachable, 5 the
/// resurrection check's working list.
#[allow(missing_docs)] // the fields are described above
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeapError {
    /// A list's links are inconsistent at `node`.
    #[error("list {list}: broken link at slot {node}")]
    BrokenLink { list: u8, node: u32 },
    /// A list's recorded length differs from its walked length.
    #[error("list {list}: length {recorded} recorded, {walked} walked")]
    LengthMismatch {
        list: u8,
        recorded: usize,
        walked: usize,
    },
    /// A slot claims a list but is not on it, or is on it twice.
    #[error("slot {node}: list membership inconsistent")]
    Membership { node: u32 },
    /// A dead slot is tracked, or a non-GC value is tracked.
    #[error("slot {node}: tracked but dead or not of a GC type")]
    BadTracked { node: u32 },
    /// A live slot has refcount 0, or a free slot a nonzero one.
    #[error("slot {node}: refcount {refcount} does not match its state")]
    BadRefcount { node: u32, refcount: usize },
    /// The free list is wrong (duplicate, live slot, or a free slot missing).
    #[error("free list corrupt at slot {node}")]
    FreeList { node: u32 },
    /// A live value references a dead slot.
    #[error("slot {from} references dead slot {to}")]
    Dangling { from: u32, to: u32 },
    /// The collecting flag is set outside the unreachable list of a
    /// running collection.
    #[error("slot {node}: stray collecting flag")]
    StrayCollecting { node: u32 },
}

impl<T: Trace> Heap<T> {
    /// Check every structural invariant; the first broken one is returned.
    /// O(slots + references). For tests and debug builds of the VM.
    pub fn verify(&self) -> Result<(), HeapError> {
        let on_list = self.verify_lists()?;
        self.verify_slots(&on_list)?;
        self.verify_free_list()?;
        self.verify_references()
    }

    /// Walk every list; returns which slots were met (each at most once).
    fn verify_lists(&self) -> Result<Vec<bool>, HeapError> {
        let mut seen = vec![false; self.lists.header_count()];
        for list in 0..NUM_LISTS as ListId {
            let mut walked = 0;
            let mut prev = None;
            for i in self.lists.iter(list) {
                let broken = HeapError::BrokenLink { list, node: i };
                if self.lists.prev(i) != prev || walked >= self.lists.len(list) {
                    return Err(broken);
                }
                if self.lists.list_of(i) != list || std::mem::replace(&mut seen[i as usize], true) {
                    return Err(HeapError::Membership { node: i });
                }
                prev = Some(i);
                walked += 1;
            }
            if self.lists.last(list) != prev {
                return Err(HeapError::BrokenLink {
                    list,
                    node: prev.unwrap_or(u32::MAX),
                });
            }
            if walked != self.lists.len(list) {
                return Err(HeapError::LengthMismatch {
                    list,
                    recorded: self.lists.len(list),
                    walked,
                });
            }
        }
        Ok(seen)
    }

    fn verify_slots(&self, on_list: &[bool]) -> Result<(), HeapError> {
        for i in 0..self.slab.slot_count() as u32 {
            let (list, flags) = self.lists.raw(i);
            let live = self.slab.is_live(i);
            let refcount = self.slab.refcount(i);
            if (list != NOT_TRACKED) != on_list[i as usize] {
                return Err(HeapError::Membership { node: i });
            }
            if list != NOT_TRACKED && (!live || flags & FLAG_GC == 0) {
                return Err(HeapError::BadTracked { node: i });
            }
            if live != (refcount > 0) {
                return Err(HeapError::BadRefcount { node: i, refcount });
            }
            let collecting_ok = self.is_collecting() && list == UNREACHABLE;
            if flags & FLAG_COLLECTING != 0 && !collecting_ok {
                return Err(HeapError::StrayCollecting { node: i });
            }
        }
        Ok(())
    }

    fn verify_free_list(&self) -> Result<(), HeapError> {
        let mut free = vec![false; self.slab.slot_count()];
        for &i in self.slab.free_slots() {
            if self.slab.is_live(i) || std::mem::replace(&mut free[i as usize], true) {
                return Err(HeapError::FreeList { node: i });
            }
        }
        match (0..free.len()).find(|&i| !free[i] && !self.slab.is_live(i as u32)) {
            Some(i) => Err(HeapError::FreeList { node: i as u32 }),
            None => Ok(()),
        }
    }

    fn verify_references(&self) -> Result<(), HeapError> {
        let mut result = Ok(());
        for i in 0..self.slab.slot_count() as u32 {
            let Some(value) = self.slab.try_get(i) else {
                continue;
            };
            value.trace(&mut |r| {
                if result.is_ok() && !self.slab.is_live(r.0) {
                    result = Err(HeapError::Dangling { from: i, to: r.0 });
                }
            });
            result.clone()?;
        }
        result
    }

    /// For each slot, how many references live values hold to it (through
    /// `trace`). A correct VM has `refcount(h) == referrer_counts()[h] +`
    /// the references it holds itself (stack, globals, statics' extra).
    pub fn referrer_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.slab.slot_count()];
        for i in 0..self.slab.slot_count() as u32 {
            if let Some(value) = self.slab.try_get(i) {
                value.trace(&mut |r| counts[r.index()] += 1);
            }
        }
        counts
    }

    /// Every live object, in slot order.
    pub fn live_handles(&self) -> Vec<Handle> {
        (0..self.slab.slot_count() as u32).filter(|&i| self.slab.is_live(i)).map(Handle).collect()
    }

    /// How many references the live values hold to `h` (one entry of
    /// [`Heap::referrer_counts`], O(heap)).
    pub fn internal_refs(&self, h: Handle) -> usize {
        let mut n = 0;
        for i in 0..self.slab.slot_count() as u32 {
            if let Some(value) = self.slab.try_get(i) {
                value.trace(&mut |r| n += usize::from(r == h));
            }
        }
        n
    }
}
