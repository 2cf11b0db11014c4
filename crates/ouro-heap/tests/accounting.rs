//! Size accounting: the running total follows sizes reported by the owner
//! and forgets freed slots, even when they are reused.

mod common;
use common::*;

#[test]
fn total_follows_alloc_resize_and_free() {
    let mut heap = TestHeap::new();
    heap.enable_accounting();
    let a = heap.alloc(TestObj::Atom(1));
    let b = heap.alloc(TestObj::Atom(2));
    heap.set_size(a, 100);
    heap.set_size(b, 50);
    assert_eq!(heap.accounted_bytes(), 150);
    heap.set_size(a, 120);
    assert_eq!(heap.accounted_bytes(), 170);
    heap.decref(a);
    assert_eq!(heap.accounted_bytes(), 50);
    // The freed slot is reused: its old size is not counted twice.
    let c = heap.alloc(TestObj::Atom(3));
    heap.set_size(c, 10);
    assert_eq!(heap.accounted_bytes(), 60);
}

#[test]
fn freed_children_are_unaccounted() {
    let mut heap = TestHeap::new();
    heap.enable_accounting();
    let leaf = heap.alloc(TestObj::Atom(1));
    let node = heap.alloc(TestObj::Node { tag: 1, items: vec![leaf] });
    heap.set_size(leaf, 28);
    heap.set_size(node, 56);
    heap.decref(node);
    assert_eq!(heap.accounted_bytes(), 0);
}

#[test]
fn resizable_list_is_deduplicated() {
    let mut heap = TestHeap::new();
    heap.enable_accounting();
    let a = heap.alloc(TestObj::Atom(1));
    heap.mark_resizable(a);
    heap.mark_resizable(a);
    let r = heap.take_resizable();
    assert_eq!(r.len(), 2);
    heap.keep_resizable(r);
    assert_eq!(heap.take_resizable().len(), 1);
}

#[test]
fn off_by_default() {
    let mut heap = TestHeap::new();
    let a = heap.alloc(TestObj::Atom(1));
    heap.set_size(a, 100);
    assert!(!heap.accounting_enabled());
    assert_eq!(heap.accounted_bytes(), 0);
}
