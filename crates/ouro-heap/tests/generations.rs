//! Counts, promotion, automatic triggering, untracking, freeze, stats.

mod common;
use common::*;
use ouro_heap::GenStats;

#[test]
fn defaults() {
    let heap = TestHeap::new();
    assert_eq!(heap.thresholds(), [700, 10, 10]);
    assert_eq!(heap.counts(), [0, 0, 0]);
    assert!(heap.enabled() && !heap.is_collecting());
    assert_eq!(heap.stats(), [GenStats::default(); 3]);
    assert_eq!((heap.long_lived_total(), heap.long_lived_pending()), (0, 0));
}

#[test]
fn counts_follow_the_spec_table() {
    let mut heap = TestHeap::new();
    heap.collect(0);
    assert_eq!(heap.counts(), [0, 1, 0]);
    heap.collect(1);
    assert_eq!(heap.counts(), [0, 0, 1]);
    heap.collect(0);
    heap.collect(0);
    assert_eq!(heap.counts(), [0, 2, 1]);
    heap.collect(2);
    assert_eq!(heap.counts(), [0, 0, 0]);
    let s = heap.stats();
    assert_eq!(
        [s[0].collections, s[1].collections, s[2].collections],
        [3, 1, 1]
    );
}

#[test]
fn survivors_are_promoted_and_younger_generations_merged_in_order() {
    let mut heap = TestHeap::new();
    let a = node(&mut heap, 1, &[]);
    heap.collect(0);
    let b = node(&mut heap, 2, &[]);
    heap.collect(0);
    let c = node(&mut heap, 3, &[]);
    assert_eq!(heap.generation_objects(1), vec![a, b]);
    assert_eq!(heap.generation_objects(0), vec![c]);
    // Collecting 1: young = gen 1 then gen 0; long_lived_pending += 3.
    heap.collect(1);
    assert_eq!(heap.generation_objects(2), vec![a, b, c]);
    assert_eq!(heap.long_lived_pending(), 3);
    let d = node(&mut heap, 4, &[]);
    heap.collect(0);
    heap.collect(2);
    assert_eq!(heap.generation_objects(2), vec![a, b, c, d]);
    assert_eq!((heap.long_lived_total(), heap.long_lived_pending()), (4, 0));
    assert_eq!([0, 1].map(|g| heap.generation_len(g)), [0, 0]);
    heap.verify().unwrap();
}

#[test]
fn gen0_collection_is_due_at_701_allocations() {
    let mut heap = TestHeap::new();
    for i in 0..700 {
        let h = node(&mut heap, i, &[]);
        assert_eq!(heap.collection_due(), None);
        heap.decref(h);
        heap.alloc(TestObj::Atom(i)); // leaked atoms do not count
    }
    // Freed GC objects count down: allocate 700 kept ones.
    let kept: Vec<_> = (0..700).map(|i| node(&mut heap, i, &[])).collect();
    assert_eq!(heap.counts()[0], 700);
    assert_eq!(heap.collection_due(), None);
    let last = node(&mut heap, 700, &[]);
    assert_eq!(heap.collection_due(), Some(0));
    release(&mut heap, &kept);
    release(&mut heap, &[last]);
}

/// Allocate `n` kept GC objects, collecting whenever due; returns the
/// (generation, counts before) of each collection.
fn run_allocations(
    heap: &mut TestHeap,
    n: usize,
    kept: &mut Vec<ouro_heap::Handle>,
) -> Vec<(usize, [usize; 3])> {
    let mut events = Vec::new();
    for i in 0..n {
        kept.push(node(heap, i as u64, &[]));
        if let Some(g) = heap.collection_due() {
            events.push((g, heap.counts()));
            heap.collect(g);
        }
    }
    events
}

#[test]
fn automatic_generation_choice_matches_cpython_trace() {
    // Spec 3.3 (thresholds 5, 2, 2; 60 allocations; a big generation 2 so
    // the long-lived rule postpones full collections). CPython's first
    // count is 7 only because of a callback's info dict.
    let mut heap = TestHeap::new();
    let mut kept: Vec<_> = (0..1000).map(|i| node(&mut heap, i, &[])).collect();
    heap.collect(2);
    heap.set_thresholds([5, 2, 2]);
    let events = run_allocations(&mut heap, 60, &mut kept);
    let expected = [
        (0, [6, 0, 0]),
        (0, [6, 1, 0]),
        (0, [6, 2, 0]),
        (1, [6, 3, 0]),
        (0, [6, 0, 1]),
        (0, [6, 1, 1]),
        (0, [6, 2, 1]),
        (1, [6, 3, 1]),
        (0, [6, 0, 2]),
        (0, [6, 1, 2]),
    ];
    assert_eq!(events[..10], expected);
    assert!(
        events.iter().all(|&(g, _)| g < 2),
        "full collections postponed"
    );
    release(&mut heap, &kept);
}

#[test]
fn long_lived_rule_postpones_full_collections() {
    let mut heap = TestHeap::new();
    let mut kept: Vec<_> = (0..100).map(|i| node(&mut heap, i, &[])).collect();
    heap.collect(2);
    assert_eq!(heap.long_lived_total(), 100);
    heap.set_thresholds([1, 0, 0]);
    kept.extend((0..10).map(|i| node(&mut heap, i, &[])));
    heap.collect(1); // pending 10, counts (0, 0, 1)
    assert_eq!(heap.long_lived_pending(), 10);
    kept.extend((0..2).map(|i| node(&mut heap, i, &[])));
    // count[2] = 1 > 0 but 10 < 100 / 4: look at gen 1 (0 > 0 fails), gen 0.
    assert_eq!(heap.counts(), [2, 0, 1]);
    assert_eq!(heap.collection_due(), Some(0));
    kept.extend((0..13).map(|i| node(&mut heap, i, &[])));
    heap.collect(1); // pending 10 + 15 = 25 = 100 / 4: no longer postponed
    assert_eq!(heap.long_lived_pending(), 25);
    kept.extend((0..2).map(|i| node(&mut heap, i, &[])));
    assert_eq!(heap.collection_due(), Some(2));
    heap.collect(2);
    assert_eq!(
        (heap.long_lived_total(), heap.long_lived_pending()),
        (127, 0)
    );
    release(&mut heap, &kept);
}

#[test]
fn gen1_collection_comes_on_the_12th_trigger() {
    let mut heap = TestHeap::new();
    let mut kept = Vec::new();
    let events = run_allocations(&mut heap, 12 * 701, &mut kept);
    let gens: Vec<usize> = events.iter().map(|e| e.0).collect();
    assert_eq!(gens, [vec![0; 11], vec![1]].concat());
    assert_eq!(events[0].1, [701, 0, 0]);
    assert_eq!(events[11].1, [701, 11, 0]);
    release(&mut heap, &kept);
}

#[test]
fn disabled_or_zero_threshold_never_collects_but_keeps_counting() {
    let mut heap = TestHeap::new();
    heap.set_thresholds([0, 10, 10]);
    let mut kept: Vec<_> = (0..1000).map(|i| node(&mut heap, i, &[])).collect();
    assert_eq!(heap.collection_due(), None);
    heap.set_thresholds([700, 10, 10]);
    heap.set_enabled(false);
    assert_eq!(heap.collection_due(), None);
    assert_eq!(heap.counts(), [1000, 0, 0]);
    heap.set_enabled(true);
    assert_eq!(heap.collection_due(), Some(0));
    heap.collect(0);
    kept.push(node(&mut heap, 0, &[]));
    assert_eq!(heap.counts(), [1, 1, 0]);
    release(&mut heap, &kept);
}

#[test]
fn tuples_are_untracked_in_every_collection_in_list_order() {
    // Spec 3.7: anon = (x, (x, x)): after one collection outer is tracked,
    // inner is not; after a second both are untracked.
    let mut heap = TestHeap::new();
    let x = heap.alloc(TestObj::Atom(1));
    let inner = tuple(&mut heap, &[x, x]);
    let outer = tuple(&mut heap, &[x, inner]);
    heap.decref(inner);
    heap.collect(0);
    assert!(heap.is_tracked(outer) && !heap.is_tracked(inner));
    heap.collect(1);
    assert!(!heap.is_tracked(outer));
    // A tuple holding a list stays tracked.
    let list = node(&mut heap, 0, &[]);
    let t = tuple(&mut heap, &[list]);
    heap.collect(0);
    assert!(heap.is_tracked(t));
    release(&mut heap, &[t, list, outer, x]);
    assert_eq!(heap.live_count(), 0);
}

#[test]
fn bound_tuples_are_both_untracked_at_once() {
    // outer = (x, inner) with inner also referenced from outside: the scan
    // keeps [inner, outer] order, so inner goes first.
    let mut heap = TestHeap::new();
    let x = heap.alloc(TestObj::Atom(1));
    let inner = tuple(&mut heap, &[x, x]);
    let outer = tuple(&mut heap, &[x, inner]);
    heap.collect(1);
    assert!(!heap.is_tracked(outer) && !heap.is_tracked(inner));
    release(&mut heap, &[outer, inner, x]);
}

#[test]
fn dicts_are_untracked_only_by_full_collections() {
    let mut heap = TestHeap::new();
    let x = heap.alloc(TestObj::Atom(1));
    heap.incref(x);
    let d = heap.alloc(TestObj::Dict(vec![x]));
    heap.track(d);
    heap.collect(0);
    heap.collect(1);
    assert!(heap.is_tracked(d));
    heap.collect(2);
    assert!(!heap.is_tracked(d));
    assert_eq!(heap.long_lived_total(), 0, "counted after untracking");
    release(&mut heap, &[d, x]);
}

fn tuple(heap: &mut TestHeap, items: &[ouro_heap::Handle]) -> ouro_heap::Handle {
    items.iter().for_each(|&h| heap.incref(h));
    let t = heap.alloc(TestObj::Tuple(items.to_vec()));
    heap.track(t);
    t
}

#[test]
fn freeze_and_unfreeze() {
    let mut heap = TestHeap::new();
    let a = node(&mut heap, 1, &[]);
    heap.collect(1);
    let b = node(&mut heap, 2, &[]);
    heap.collect(0);
    let c = node(&mut heap, 3, &[]);
    assert_eq!(heap.counts(), [1, 1, 1]);
    heap.freeze();
    assert_eq!(heap.counts(), [0, 0, 0]);
    assert_eq!(heap.permanent_len(), 3);
    assert_eq!(heap.generation_objects(3), vec![c, b, a]);
    assert_eq!([0, 1, 2].map(|g| heap.generation_len(g)), [0, 0, 0]);
    // Frozen objects are not collected, even as garbage.
    let r = ring(&mut heap, 2);
    heap.freeze();
    release(&mut heap, &r);
    assert_eq!(heap.collect(2), 0);
    assert!(heap.is_tracked(r[0]));
    let d = node(&mut heap, 4, &[]);
    heap.collect(0);
    heap.unfreeze();
    assert_eq!(heap.permanent_len(), 0);
    assert_eq!(heap.generation_objects(2), vec![c, b, a, r[0], r[1]]);
    assert_eq!(heap.generation_objects(1), vec![d]);
    heap.verify().unwrap();
    assert_eq!(heap.collect(2), 2);
    release(&mut heap, &[a, b, c, d]);
    assert_eq!(heap.live_count(), 0);
}

#[test]
fn stats_count_collections_and_collected_per_generation() {
    let mut heap = TestHeap::new();
    let r = ring(&mut heap, 3);
    release(&mut heap, &r);
    heap.collect(0);
    let r = ring(&mut heap, 2);
    release(&mut heap, &r);
    heap.collect(2);
    heap.collect(2);
    assert_eq!(
        heap.stats(),
        [
            GenStats {
                collections: 1,
                collected: 3,
                uncollectable: 0
            },
            GenStats::default(),
            GenStats {
                collections: 2,
                collected: 2,
                uncollectable: 0
            },
        ]
    );
}

#[test]
fn full_collection_merges_generation_0_then_1_behind_2() {
    // CPython merges generation 0, then generation 1, onto the end of
    // generation 2: young = [gen2..., gen0..., gen1...].
    let mut heap = TestHeap::new();
    let a = node(&mut heap, 1, &[]);
    heap.collect(1);
    let b = node(&mut heap, 2, &[]);
    heap.collect(0);
    let c = node(&mut heap, 3, &[]);
    assert_eq!(
        [0, 1, 2].map(|g| heap.generation_objects(g)),
        [vec![c], vec![b], vec![a]]
    );
    heap.collect(2);
    assert_eq!(heap.generation_objects(2), vec![a, c, b]);
    release(&mut heap, &[a, b, c]);
}
