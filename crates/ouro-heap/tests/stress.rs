//! Large and randomized workloads.

mod common;
use common::*;
use ouro_heap::Handle;
use std::time::Instant;

/// Allocate like the VM: after each GC allocation, run the due collection.
fn alloc_node(heap: &mut TestHeap, tag: u64) -> Handle {
    let h = node(heap, tag, &[]);
    if let Some(g) = heap.collection_due() {
        heap.collect(g);
    }
    h
}

#[test]
fn a_million_garbage_cycles_with_automatic_collection_stay_bounded() {
    let start = Instant::now();
    let mut heap = TestHeap::new();
    let mut max_live = 0;
    for i in 0..1_000_000 {
        let a = alloc_node(&mut heap, i);
        let b = alloc_node(&mut heap, i);
        link(&mut heap, a, b);
        link(&mut heap, b, a);
        release(&mut heap, &[a, b]);
        max_live = max_live.max(heap.live_count());
    }
    assert!(max_live < 10_000, "live objects peaked at {max_live}");
    let stats = heap.stats();
    assert!(stats[0].collections > 2000 && stats[1].collections > 100);
    heap.verify().unwrap();
    heap.collect(2);
    assert_eq!(heap.live_count(), 0);
    let collected: usize = heap.stats().iter().map(|s| s.collected).sum();
    assert_eq!(collected, 2_000_000, "every cycle found by the collector");
    eprintln!("1M cycles: peak {max_live} live, {:?}", start.elapsed());
}

/// A random object graph mirrored on the test side.
struct World {
    heap: TestHeap,
    nodes: Vec<Handle>,
    edges: Vec<Vec<usize>>,
    external: Vec<usize>,
    rng: Rng,
}

impl World {
    fn new(seed: u64, n: usize) -> Self {
        let mut w = World {
            heap: TestHeap::new(),
            nodes: vec![],
            edges: vec![vec![]; n],
            external: vec![1; n],
            rng: Rng::new(seed),
        };
        for i in 0..n {
            let h = node(&mut w.heap, i as u64, &[]);
            w.nodes.push(h);
            w.maybe_collect(0..2);
        }
        w
    }

    /// Sometimes run a young collection (it must free nothing reachable).
    fn maybe_collect(&mut self, gens: std::ops::Range<usize>) {
        if self.rng.chance(3) {
            let g = gens.start + self.rng.below(gens.len());
            self.heap.collect(g);
            self.check_reachable_alive();
        }
    }

    fn add_random_edges(&mut self) {
        let n = self.nodes.len();
        for from in 0..n {
            for _ in 0..self.rng.below(4) {
                let to = self.rng.below(n);
                link(&mut self.heap, self.nodes[from], self.nodes[to]);
                self.edges[from].push(to);
            }
            self.maybe_collect(0..3);
        }
    }

    /// Keep a few random external references, drop the rest in random order.
    fn drop_most_external_refs(&mut self) {
        let n = self.nodes.len();
        for i in 0..n {
            if self.rng.chance(8) {
                self.heap.incref(self.nodes[i]);
                self.external[i] += 1;
            }
        }
        let mut order: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            order.swap(i, self.rng.below(i + 1));
        }
        for i in order {
            if !self.rng.chance(10) {
                self.external[i] -= 1;
                self.heap.decref(self.nodes[i]);
                self.maybe_collect(0..2);
            }
        }
    }

    fn reachable(&self) -> Vec<bool> {
        let mut seen = vec![false; self.nodes.len()];
        let mut stack: Vec<usize> = (0..self.nodes.len())
            .filter(|&i| self.external[i] > 0)
            .collect();
        while let Some(i) = stack.pop() {
            if !std::mem::replace(&mut seen[i], true) {
                stack.extend(&self.edges[i]);
            }
        }
        seen
    }

    fn check_reachable_alive(&self) {
        let reachable = self.reachable();
        for (i, &h) in self.nodes.iter().enumerate() {
            assert!(
                !reachable[i] || self.heap.is_live(h),
                "reachable node {i} was freed"
            );
        }
    }

    /// After a full collection: survivors = reachable, refcounts exact.
    fn check_exact(&self) {
        self.heap.verify().unwrap();
        let reachable = self.reachable();
        let referrers = self.heap.referrer_counts();
        for (i, &h) in self.nodes.iter().enumerate() {
            assert_eq!(self.heap.is_live(h), reachable[i], "node {i}");
            if reachable[i] {
                assert_eq!(
                    self.heap.refcount(h),
                    referrers[h.index()] + self.external[i]
                );
            }
        }
        let live = reachable.iter().filter(|&&r| r).count();
        assert_eq!(self.heap.live_count(), live);
        assert_eq!(self.heap.generation_len(2), live);
        assert_eq!(self.heap.generation_len(0) + self.heap.generation_len(1), 0);
    }
}

#[test]
fn random_graphs_keep_exactly_what_external_references_reach() {
    let start = Instant::now();
    for seed in 1..=400 {
        let n = 20 + (seed as usize * 7) % 300;
        let mut w = World::new(seed, n);
        w.add_random_edges();
        w.drop_most_external_refs();
        w.heap.collect(2);
        w.check_exact();
        // Drop everything: a full collection empties the heap.
        for i in 0..n {
            while w.external[i] > 0 {
                w.external[i] -= 1;
                w.heap.decref(w.nodes[i]);
            }
        }
        w.heap.collect(2);
        assert_eq!(w.heap.live_count(), 0, "seed {seed}");
        w.heap.verify().unwrap();
    }
    eprintln!("random graphs: {:?}", start.elapsed());
}

#[test]
fn random_graphs_with_finalizer_like_resurrection() {
    // During the window, a random unreachable object gets an outside
    // reference; the resurrection check must keep exactly what it reaches.
    for seed in 1..=60 {
        let mut w = World::new(seed * 7919, 120);
        w.add_random_edges();
        w.drop_most_external_refs();
        let found = w.heap.collect_start(2);
        let unreachable = w.heap.unreachable();
        assert_eq!(found, unreachable.len());
        if let Some(&h) = unreachable.get(w.rng.below(found.max(1))) {
            let i = w.nodes.iter().position(|&x| x == h).unwrap();
            w.heap.incref(h);
            w.external[i] += 1;
        }
        w.heap.collect_resurrect();
        w.heap.verify().unwrap();
        w.heap.collect_finish(false);
        w.check_exact();
    }
}
