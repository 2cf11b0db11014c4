//! ouro-heap: object storage with exact reference counts and a generational
//! cycle collector that follows CPython 3.11's algorithm.
//!
//! Invariant: this crate knows nothing about Python. It stores values of any
//! type implementing [`Trace`] and only ever looks at them through that trait.
//! It has no dependency on other ouro crates.
//!
//! What it owns:
//! * storage: a slab of slots addressed by [`Handle`]s (slot indices), freed
//!   slots reused last-freed-first; `address()` (Python's `id()`) is derived
//!   from the slot index, so it is deterministic and reused like CPython's;
//! * exact reference counts and freeing at zero, iteratively, in CPython's
//!   recursive-deallocation order (see `free.rs`);
//! * CPython's GC header state: three generation lists, the permanent list
//!   and the unreachable list (intrusive doubly linked lists), the
//!   *finalized* flag, counts, thresholds, statistics, long-lived counters;
//! * the collection mechanism (spec 3.4 steps 2-6, 11, 12, 13, 17);
//! * size accounting: a running total of the sizes the owner reports.
//!
//! What it must not know: types, names, `repr`s, debug printing,
//! `gc.callbacks`, `gc.garbage`, weakrefs and finalizers. The VM drives a
//! collection (`collect_start`, its own window, `collect_resurrect`,
//! `collect_finish`) and decides which values are GC types, how they are
//! traversed and cleared, and when tuples and dicts may be untracked, all
//! through [`Trace`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod accounting;
mod collector;
mod explain;
mod free;
mod gen_list;
mod handle;
mod heap;
mod reachability;
mod slab;
mod state;
mod trace;
mod verify;

pub use explain::Examined;
pub use collector::CollectOutcome;
pub use handle::{address_of, Handle, ADDRESS_BASE, ADDRESS_STRIDE};
pub use heap::Heap;
pub use state::{GenStats, NUM_GENERATIONS};
pub use trace::Trace;
pub use verify::HeapError;
