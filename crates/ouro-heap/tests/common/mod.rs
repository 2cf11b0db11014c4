//! A tiny value type for the heap tests.
#![allow(dead_code)]

use ouro_heap::{Handle, Heap, Trace};
use std::cell::RefCell;

/// Test values. `Node`, `Tuple` and `Dict` are GC types holding counted
/// references, traced last to first (like CPython's list and tuple).
#[derive(Debug)]
pub enum TestObj {
    /// Not a GC type, holds nothing.
    Atom(u64),
    /// Like a list or an instance: never untracked by a collection.
    Node { tag: u64, items: Vec<Handle> },
    /// Untracked by any collection when no item may be tracked.
    Tuple(Vec<Handle>),
    /// Untracked by full collections when no item may be tracked.
    Dict(Vec<Handle>),
}

impl TestObj {
    fn items(&self) -> &[Handle] {
        match self {
            TestObj::Atom(_) => &[],
            TestObj::Node { items, .. } | TestObj::Tuple(items) | TestObj::Dict(items) => items,
        }
    }

    pub fn items_mut(&mut self) -> &mut Vec<Handle> {
        match self {
            TestObj::Node { items, .. } | TestObj::Tuple(items) | TestObj::Dict(items) => items,
            TestObj::Atom(_) => panic!("atoms hold nothing"),
        }
    }
}

impl Trace for TestObj {
    fn trace(&self, visit: &mut dyn FnMut(Handle)) {
        self.items().iter().rev().for_each(|&h| visit(h));
    }

    fn clear(&mut self, out: &mut Vec<Handle>) {
        if let TestObj::Node { items, .. } | TestObj::Tuple(items) | TestObj::Dict(items) = self {
            out.extend(items.drain(..).rev());
        }
    }

    fn is_gc_type(&self) -> bool {
        !matches!(self, TestObj::Atom(_))
    }

    fn may_be_tracked(&self, tracked: bool) -> bool {
        match self {
            TestObj::Atom(_) => false,
            TestObj::Tuple(_) => tracked,
            _ => true,
        }
    }

    fn untrack_on_collect(&self, full: bool, may_be_tracked: &dyn Fn(Handle) -> bool) -> bool {
        match self {
            TestObj::Tuple(items) => !items.iter().any(|&h| may_be_tracked(h)),
            TestObj::Dict(items) if full => !items.iter().any(|&h| may_be_tracked(h)),
            _ => false,
        }
    }
}

thread_local! {
    /// Tags of dropped nodes, in drop order, while logging is on.
    static DROPS: RefCell<Option<Vec<u64>>> = const { RefCell::new(None) };
}

impl Drop for TestObj {
    fn drop(&mut self) {
        if let TestObj::Node { tag, .. } = self {
            DROPS.with(|d| d.borrow_mut().as_mut().map(|log| log.push(*tag)));
        }
    }
}

/// Start recording node drops on this thread.
pub fn start_drop_log() {
    DROPS.with(|d| *d.borrow_mut() = Some(Vec::new()));
}

/// Stop recording and return the tags dropped since `start_drop_log`.
pub fn take_drop_log() -> Vec<u64> {
    DROPS.with(|d| d.borrow_mut().take().unwrap_or_default())
}

pub type TestHeap = Heap<TestObj>;

/// A tracked node holding (counted references to) `items`.
pub fn node(heap: &mut TestHeap, tag: u64, items: &[Handle]) -> Handle {
    let h = untracked_node(heap, tag, items);
    heap.track(h);
    h
}

/// An untracked node holding `items`.
pub fn untracked_node(heap: &mut TestHeap, tag: u64, items: &[Handle]) -> Handle {
    for &i in items {
        heap.incref(i);
    }
    heap.alloc(TestObj::Node {
        tag,
        items: items.to_vec(),
    })
}

/// Make `from` hold one more reference to `to`.
pub fn link(heap: &mut TestHeap, from: Handle, to: Handle) {
    heap.incref(to);
    heap.get_mut(from).items_mut().push(to);
}

/// Remove `from`'s last reference to `to` and drop it.
pub fn unlink(heap: &mut TestHeap, from: Handle, to: Handle) {
    let items = heap.get_mut(from).items_mut();
    let pos = items
        .iter()
        .rposition(|&h| h == to)
        .expect("no such reference");
    items.remove(pos);
    heap.decref(to);
}

/// A ring of `n` tracked nodes (each holds the next); returns them, each
/// still holding the caller's allocation reference.
pub fn ring(heap: &mut TestHeap, n: usize) -> Vec<Handle> {
    let nodes: Vec<Handle> = (0..n).map(|i| node(heap, i as u64, &[])).collect();
    for i in 0..n {
        link(heap, nodes[i], nodes[(i + 1) % n]);
    }
    nodes
}

/// Drop the caller's references.
pub fn release(heap: &mut TestHeap, hs: &[Handle]) {
    for &h in hs {
        heap.decref(h);
    }
}

/// `collect_start(g)` + `collect_finish(false)`; returns (found, collected).
pub fn full_cycle(heap: &mut TestHeap, g: usize) -> (usize, usize) {
    let found = heap.collect_start(g);
    heap.verify()
        .expect("heap invalid in the collection window");
    let out = heap.collect_finish(false);
    heap.verify().expect("heap invalid after collection");
    (found, out.collected)
}

/// Tiny deterministic PRNG (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in 0..n.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent`%.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}
