//! Finding cycles: shapes, external references, list order, save-all,
//! the collection window and resurrection.

mod common;
use common::*;
use ouro_heap::Handle;

/// Build garbage with `build`, drop the builder's references, run a full
/// collection and return (found unreachable, collected); the heap must then
/// be empty.
fn garbage_count(build: impl FnOnce(&mut TestHeap) -> Vec<Handle>) -> (usize, usize) {
    let mut heap = TestHeap::new();
    let refs = build(&mut heap);
    release(&mut heap, &refs);
    heap.verify().unwrap();
    let result = full_cycle(&mut heap, 2);
    assert_eq!(heap.live_count(), 0, "all garbage freed");
    assert_eq!(heap.generation_len(2), 0);
    result
}

#[test]
fn self_loop() {
    assert_eq!(garbage_count(|h| ring(h, 1)), (1, 1));
}

#[test]
fn two_cycle() {
    assert_eq!(garbage_count(|h| ring(h, 2)), (2, 2));
}

#[test]
fn long_ring() {
    assert_eq!(garbage_count(|h| ring(h, 1000)), (1000, 1000));
}

#[test]
fn ring_with_a_tail_hanging_off_it() {
    let found = garbage_count(|h| {
        let mut refs = ring(h, 5);
        let t3 = node(h, 103, &[]);
        let t2 = node(h, 102, &[t3]);
        let t1 = node(h, 101, &[t2]);
        link(h, refs[2], t1);
        refs.extend([t1, t2, t3]);
        refs
    });
    assert_eq!(found, (8, 8));
}

#[test]
fn tail_pointing_into_a_ring_dies_by_refcount() {
    let found = garbage_count(|h| {
        let mut refs = ring(h, 5);
        let t2 = node(h, 102, &[refs[0]]);
        let t1 = node(h, 101, &[t2]);
        refs.extend([t1, t2]);
        refs
    });
    assert_eq!(
        found,
        (5, 5),
        "the tail is freed by refcounting before the collection"
    );
}

#[test]
fn two_rings_joined() {
    let found = garbage_count(|h| {
        let mut a = ring(h, 3);
        let b = ring(h, 4);
        link(h, a[1], b[2]);
        link(h, b[0], a[0]);
        a.extend(b);
        a
    });
    assert_eq!(found, (7, 7));
}

#[test]
fn diamond_with_a_back_edge() {
    let found = garbage_count(|h| {
        let d = node(h, 4, &[]);
        let b = node(h, 2, &[d]);
        let c = node(h, 3, &[d]);
        let a = node(h, 1, &[b, c]);
        link(h, d, a);
        vec![a, b, c, d]
    });
    assert_eq!(found, (4, 4));
}

#[test]
fn atoms_and_untracked_objects_in_garbage_are_freed_but_not_counted() {
    let found = garbage_count(|h| {
        let atom = h.alloc(TestObj::Atom(9));
        let hidden = untracked_node(h, 50, &[atom]);
        let r = ring(h, 2);
        link(h, r[0], hidden);
        link(h, r[1], atom);
        vec![r[0], r[1], atom, hidden]
    });
    assert_eq!(found, (2, 2));
}

#[test]
fn externally_referenced_objects_survive_with_all_they_reach() {
    let mut heap = TestHeap::new();
    let kept = ring(&mut heap, 3);
    let reached = ring(&mut heap, 2);
    link(&mut heap, kept[0], reached[0]);
    let garbage = ring(&mut heap, 4);
    release(&mut heap, &garbage);
    release(&mut heap, &reached);
    release(&mut heap, &kept[1..]);
    assert_eq!(full_cycle(&mut heap, 2), (4, 4));
    assert_eq!(heap.live_count(), 5);
    assert!(kept.iter().chain(&reached).all(|&h| heap.is_live(h)));
    assert_eq!(heap.generation_len(2), 5);
    heap.decref(kept[0]);
    assert_eq!(full_cycle(&mut heap, 2), (5, 5));
    assert_eq!(heap.live_count(), 0);
}

#[test]
fn reachable_objects_move_back_to_the_end_of_young_in_scan_order() {
    // Generation 0 is [p, q, r, s]; only s is referenced from outside and
    // s -> r -> q -> p. The scan moves p, q, r to unreachable, then s pulls
    // r back, r pulls q back, q pulls p back: young = [s, r, q, p].
    let mut heap = TestHeap::new();
    let p = node(&mut heap, 1, &[]);
    let q = node(&mut heap, 2, &[p]);
    let r = node(&mut heap, 3, &[q]);
    let s = node(&mut heap, 4, &[r]);
    release(&mut heap, &[p, q, r]);
    assert_eq!(heap.generation_objects(0), vec![p, q, r, s]);
    assert_eq!(full_cycle(&mut heap, 0), (0, 0));
    assert_eq!(heap.generation_objects(1), vec![s, r, q, p]);
}

#[test]
fn unreachable_list_keeps_list_order() {
    let mut heap = TestHeap::new();
    let keep = node(&mut heap, 0, &[]);
    let a = ring(&mut heap, 2);
    let lone = ring(&mut heap, 1);
    link(&mut heap, lone[0], a[1]);
    release(&mut heap, &a);
    release(&mut heap, &lone);
    assert_eq!(heap.collect_start(0), 3);
    assert!(heap.is_collecting());
    assert_eq!(heap.unreachable(), vec![a[0], a[1], lone[0]]);
    assert!(heap.unreachable().iter().all(|&h| heap.is_tracked(h)));
    assert_eq!(heap.refcount(a[0]), 1, "refcounts untouched until finish");
    assert_eq!(heap.generation_objects(1), vec![keep]);
    heap.verify().unwrap();
    let out = heap.collect_finish(false);
    assert_eq!((out.collected, out.uncollectable), (3, 0));
    assert!(out.saved.is_empty() && !heap.is_collecting());
    assert_eq!(heap.unreachable(), vec![]);
    assert_eq!(heap.live_count(), 1);
}

#[test]
fn clear_order_follows_the_unreachable_list() {
    // Clearing a[0] frees the whole ring by refcounting: a[0] drops a[1],
    // which dies and drops a[0], which dies when the temporary reference
    // goes.
    let mut heap = TestHeap::new();
    let a = ring(&mut heap, 2);
    release(&mut heap, &a);
    heap.collect_start(2);
    start_drop_log();
    heap.collect_finish(false);
    assert_eq!(take_drop_log(), vec![1, 0]);
}

#[test]
fn save_all_hands_out_references_and_keeps_objects_alive() {
    let mut heap = TestHeap::new();
    let a = ring(&mut heap, 2);
    let b = ring(&mut heap, 1);
    release(&mut heap, &a);
    release(&mut heap, &b);
    assert_eq!(heap.collect_start(0), 3);
    let out = heap.collect_finish(true);
    assert_eq!(out.collected, 3);
    assert_eq!(out.saved, vec![a[0], a[1], b[0]]);
    assert_eq!(
        out.saved
            .iter()
            .map(|&h| heap.refcount(h))
            .collect::<Vec<_>>(),
        vec![2, 2, 2]
    );
    assert_eq!(
        heap.generation_objects(1),
        out.saved,
        "saved objects move to old"
    );
    heap.verify().unwrap();
    // Like gc.garbage.clear(): they are garbage again.
    release(&mut heap, &out.saved);
    assert_eq!(full_cycle(&mut heap, 2), (3, 3));
    assert_eq!(heap.live_count(), 0);
    assert_eq!(heap.stats()[0].collected, 3);
    assert_eq!(heap.stats()[2].collected, 3);
}

#[test]
fn objects_freed_during_the_window_leave_the_unreachable_list() {
    // Like a __del__ that breaks its cycle: everything is freed by
    // refcounting and the collection counts nothing.
    let mut heap = TestHeap::new();
    let a = ring(&mut heap, 2);
    let lone = ring(&mut heap, 1);
    release(&mut heap, &a);
    release(&mut heap, &lone);
    assert_eq!(heap.collect_start(2), 3);
    unlink(&mut heap, a[0], a[1]);
    assert!(!heap.is_live(a[0]) && !heap.is_live(a[1]));
    assert_eq!(heap.unreachable(), vec![lone[0]]);
    heap.verify().unwrap();
    let out = heap.collect_finish(false);
    assert_eq!(out.collected, 1);
    assert_eq!(heap.live_count(), 0);
}

#[test]
fn objects_allocated_during_the_window_go_to_generation_0() {
    let mut heap = TestHeap::new();
    let a = ring(&mut heap, 2);
    release(&mut heap, &a);
    heap.collect_start(2);
    let fresh = node(&mut heap, 9, &[]);
    assert_eq!(
        heap.collection_due(),
        None,
        "no collection while collecting"
    );
    heap.verify().unwrap();
    assert_eq!(heap.collect_finish(false).collected, 2);
    assert_eq!(heap.generation_objects(0), vec![fresh]);
}

#[test]
fn resurrection_moves_referenced_objects_and_what_they_reach_to_old() {
    let mut heap = TestHeap::new();
    let a = ring(&mut heap, 2);
    let lone = ring(&mut heap, 1);
    release(&mut heap, &a);
    release(&mut heap, &lone);
    assert_eq!(heap.collect_start(0), 3);
    // A finalizer of a[1] stores `self` in a global: a new reference.
    heap.incref(a[1]);
    heap.set_finalized(a[1]);
    assert_eq!(heap.collect_resurrect(), 2);
    assert_eq!(heap.unreachable(), vec![lone[0]]);
    assert_eq!(heap.generation_objects(1), vec![a[1], a[0]]);
    heap.verify().unwrap();
    assert_eq!(heap.collect_finish(false).collected, 1);
    assert!(heap.is_live(a[0]) && heap.is_finalized(a[1]));
    // The global is cleared: the next collection finds the ring again.
    heap.decref(a[1]);
    assert_eq!(full_cycle(&mut heap, 1), (2, 2));
    assert_eq!(heap.live_count(), 0);
}

#[test]
fn resurrection_through_a_new_object() {
    let mut heap = TestHeap::new();
    let lone = ring(&mut heap, 1);
    let other = ring(&mut heap, 3);
    release(&mut heap, &lone);
    release(&mut heap, &other);
    assert_eq!(heap.collect_start(2), 4);
    let holder = node(&mut heap, 99, &[lone[0]]);
    assert_eq!(heap.collect_resurrect(), 1);
    assert_eq!(heap.unreachable(), other);
    assert_eq!(heap.collect_resurrect(), 0, "the check is repeatable");
    assert_eq!(heap.collect_finish(false).collected, 3);
    assert_eq!(heap.generation_objects(2), lone);
    assert_eq!(heap.generation_objects(0), vec![holder]);
    heap.decref(holder);
    assert_eq!(full_cycle(&mut heap, 2), (1, 1));
}

#[test]
fn objects_that_survive_their_clear_move_to_old() {
    // Clearing a[0] does not free it (a[1] still holds it): a[0] moves to
    // old, then clearing a[1] frees a[0]; a[1] is kept by an outside
    // reference taken in the window and moves to old.
    let mut heap = TestHeap::new();
    let a = ring(&mut heap, 2);
    release(&mut heap, &a);
    heap.collect_start(1);
    // Window: something outside grabs a[1] without a resurrection check.
    heap.incref(a[1]);
    let out = heap.collect_finish(false);
    assert_eq!(out.collected, 2, "m is counted before clearing");
    assert!(heap.is_live(a[1]) && !heap.is_live(a[0]));
    assert_eq!(heap.generation_objects(2), vec![a[1]]);
    heap.verify().unwrap();
    heap.decref(a[1]);
    assert_eq!(heap.live_count(), 0);
}

#[test]
#[should_panic(expected = "already running")]
fn nested_collections_are_refused() {
    let mut heap = TestHeap::new();
    heap.collect_start(0);
    heap.collect_start(0);
}
