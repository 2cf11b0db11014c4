//! Storage, reference counting, freeing order, slot and address reuse.

mod common;
use common::*;
use ouro_heap::{address_of, Heap, ADDRESS_BASE, ADDRESS_STRIDE};

#[test]
fn alloc_incref_decref_free() {
    let mut heap = TestHeap::new();
    let a = heap.alloc(TestObj::Atom(7));
    assert_eq!(heap.refcount(a), 1);
    assert!(heap.is_live(a) && !heap.is_tracked(a));
    heap.incref(a);
    heap.incref(a);
    assert_eq!(heap.refcount(a), 3);
    heap.decref(a);
    heap.decref(a);
    assert!(matches!(heap.get(a), TestObj::Atom(7)));
    assert_eq!(heap.live_count(), 1);
    heap.decref(a);
    assert!(!heap.is_live(a));
    assert_eq!(heap.refcount(a), 0);
    assert_eq!(heap.live_count(), 0);
    heap.verify().unwrap();
}

#[test]
fn freeing_releases_referents() {
    let mut heap = TestHeap::new();
    let atom = heap.alloc(TestObj::Atom(1));
    let inner = node(&mut heap, 1, &[atom, atom]);
    let outer = node(&mut heap, 2, &[inner]);
    release(&mut heap, &[atom, inner]);
    assert_eq!(heap.refcount(atom), 2);
    assert_eq!(heap.refcount(inner), 1);
    assert_eq!(heap.referrer_counts()[atom.index()], 2);
    assert_eq!(heap.internal_refs(inner), 1);
    heap.decref(outer);
    assert_eq!(heap.live_count(), 0);
    assert_eq!(
        heap.generation_len(0),
        0,
        "freed tracked objects are unlinked"
    );
    heap.verify().unwrap();
}

#[test]
fn gc_allocations_and_frees_move_count0() {
    let mut heap = TestHeap::new();
    let atom = heap.alloc(TestObj::Atom(0));
    assert_eq!(heap.counts(), [0, 0, 0], "non-GC values do not count");
    let n = untracked_node(&mut heap, 0, &[]);
    let t = heap.alloc(TestObj::Tuple(vec![]));
    assert_eq!(heap.counts(), [2, 0, 0], "untracked GC values count too");
    heap.decref(n);
    assert_eq!(heap.counts(), [1, 0, 0]);
    heap.collect(0);
    heap.decref(t);
    assert_eq!(heap.counts(), [0, 1, 0], "count[0] never goes below 0");
    heap.decref(atom);
}

#[test]
fn slots_and_addresses_are_reused_last_freed_first() {
    let mut heap = TestHeap::new();
    let a = heap.alloc(TestObj::Atom(0));
    let b = heap.alloc(TestObj::Atom(1));
    let c = heap.alloc(TestObj::Atom(2));
    assert_eq!(heap.address(a), ADDRESS_BASE);
    assert_eq!(heap.address(c), ADDRESS_BASE + 2 * ADDRESS_STRIDE);
    assert_eq!(heap.address(b), address_of(b.index()));
    let (addr_a, addr_c) = (heap.address(a), heap.address(c));
    heap.decref(a);
    heap.decref(c);
    let d = heap.alloc(TestObj::Atom(3));
    let e = heap.alloc(TestObj::Atom(4));
    assert_eq!((d, heap.address(d)), (c, addr_c));
    assert_eq!((e, heap.address(e)), (a, addr_a));
    assert_eq!(heap.alloc(TestObj::Atom(5)).index(), 3, "then fresh slots");
    heap.verify().unwrap();
}

/// P holds [a, b]; a holds [a1, a2]; b holds [b1]. Traced last to first.
fn free_order_tree(heap: &mut TestHeap) -> Vec<ouro_heap::Handle> {
    let a1 = node(heap, 11, &[]);
    let a2 = node(heap, 12, &[]);
    let a = node(heap, 10, &[a1, a2]);
    let b1 = node(heap, 21, &[]);
    let b = node(heap, 20, &[b1]);
    let p = node(heap, 1, &[a, b]);
    release(heap, &[a1, a2, a, b1, b]);
    vec![p, a, a1, a2, b, b1]
}

#[test]
fn free_order_is_depth_first_in_trace_order() {
    let mut heap = TestHeap::new();
    let hs = free_order_tree(&mut heap);
    start_drop_log();
    heap.decref(hs[0]);
    // Values die pre-order, children in trace order (b before a).
    assert_eq!(take_drop_log(), vec![1, 20, 21, 10, 12, 11]);
    // Slots are released post-order (b1 b a2 a1 a P), so reuse is LIFO:
    let [p, a, a1, a2, b, b1] = hs[..] else {
        unreachable!()
    };
    let reused: Vec<_> = (0..6).map(|i| heap.alloc(TestObj::Atom(i))).collect();
    assert_eq!(reused, vec![p, a, a1, a2, b, b1]);
    heap.verify().unwrap();
}

#[test]
fn shared_referent_dies_with_its_last_reference() {
    // P holds [x, y] and y holds x: y goes first (trace order), dropping x
    // to 1; x dies when P drops it afterwards.
    let mut heap = TestHeap::new();
    let x = node(&mut heap, 1, &[]);
    let y = node(&mut heap, 2, &[x]);
    let p = node(&mut heap, 3, &[x, y]);
    release(&mut heap, &[x, y]);
    start_drop_log();
    heap.decref(p);
    assert_eq!(take_drop_log(), vec![3, 2, 1]);
}

#[test]
fn freeing_a_million_long_chain_does_not_recurse() {
    let mut heap = TestHeap::new();
    let start = std::time::Instant::now();
    let mut head = node(&mut heap, 0, &[]);
    for i in 1..1_000_000 {
        let next = heap.alloc(TestObj::Node {
            tag: i,
            items: vec![head],
        });
        heap.track(next);
        head = next;
    }
    assert_eq!(heap.live_count(), 1_000_000);
    heap.decref(head);
    assert_eq!(heap.live_count(), 0);
    assert_eq!(heap.generation_len(0), 0);
    eprintln!("1M chain built and freed in {:?}", start.elapsed());
}

#[test]
fn static_objects_start_with_their_refcount() {
    let mut heap = TestHeap::new();
    let s = heap.alloc_static(TestObj::Tuple(vec![]), 999_999_999);
    assert_eq!(heap.refcount(s), 999_999_999);
    assert_eq!(heap.counts(), [0, 0, 0], "statics bypass the GC allocator");
    heap.incref(s);
    heap.decref(s);
    assert_eq!(heap.refcount(s), 999_999_999);
}

#[test]
fn tracking_is_idempotent_and_appends_to_generation_0() {
    let mut heap = TestHeap::new();
    let a = untracked_node(&mut heap, 0, &[]);
    let b = untracked_node(&mut heap, 1, &[]);
    heap.track(b);
    heap.track(a);
    heap.track(b);
    assert_eq!(heap.generation_objects(0), vec![b, a]);
    assert_eq!(heap.generation_len(0), 2);
    heap.untrack(b);
    heap.untrack(b);
    assert!(!heap.is_tracked(b) && heap.is_tracked(a));
    assert_eq!(heap.generation_objects(0), vec![a]);
    heap.verify().unwrap();
}

#[test]
fn finalized_flag_lasts_until_free() {
    let mut heap = TestHeap::new();
    let a = node(&mut heap, 0, &[]);
    assert!(!heap.is_finalized(a));
    heap.set_finalized(a);
    heap.untrack(a);
    heap.track(a);
    heap.collect(2);
    assert!(heap.is_finalized(a));
    heap.decref(a);
    let b = node(&mut heap, 1, &[]);
    assert_eq!(a, b, "slot reused");
    assert!(!heap.is_finalized(b));
}

#[test]
#[should_panic(expected = "does not refer to a live object")]
fn get_of_a_dead_handle_panics() {
    let mut heap: Heap<TestObj> = Heap::default();
    let a = heap.alloc(TestObj::Atom(0));
    heap.decref(a);
    heap.get(a);
}

#[test]
#[should_panic(expected = "decref of dead handle")]
fn decref_of_a_dead_handle_panics() {
    let mut heap = TestHeap::new();
    let a = heap.alloc(TestObj::Atom(0));
    heap.decref(a);
    heap.decref(a);
}
