//! The collector's bookkeeping (spec 3.1-3.3): thresholds, counts,
//! statistics, the long-lived counters and the automatic trigger rule.

/// Number of generations (the permanent generation is not counted).
pub const NUM_GENERATIONS: usize = 3;

/// Cumulative statistics of one generation (`gc.get_stats()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenStats {
    /// Collections of this generation.
    pub collections: usize,
    /// Objects they collected (`m`).
    pub collected: usize,
    /// Uncollectable objects they found (`n`).
    pub uncollectable: usize,
}

pub(crate) struct GcState {
    pub(crate) enabled: bool,
    pub(crate) thresholds: [usize; NUM_GENERATIONS],
    pub(crate) counts: [usize; NUM_GENERATIONS],
    pub(crate) stats: [GenStats; NUM_GENERATIONS],
    /// Objects in generation 2 after the last full collection.
    pub(crate) long_lived_total: usize,
    /// Objects moved into generation 2 since the last full collection.
    pub(crate) long_lived_pending: usize,
    /// The generation being collected, between `collect_start` and
    /// `collect_finish`.
    pub(crate) collecting: Option<usize>,
}

impl GcState {
    pub(crate) fn new() -> Self {
        GcState {
            enabled: true,
            thresholds: [700, 10, 10],
            counts: [0; NUM_GENERATIONS],
            stats: [GenStats::default(); NUM_GENERATIONS],
            long_lived_total: 0,
            long_lived_pending: 0,
            collecting: None,
        }
    }

    /// A GC-type object was allocated.
    #[inline]
    pub(crate) fn on_gc_alloc(&mut self) {
        self.counts[0] += 1;
    }

    /// A GC-type object's memory was released (`PyObject_GC_Del`).
    #[inline]
    pub(crate) fn on_gc_free(&mut self) {
        self.counts[0] = self.counts[0].saturating_sub(1);
    }

    /// Spec 3.3: the generation to collect after a GC allocation, if any.
    pub(crate) fn collection_due(&self) -> Option<usize> {
        let [t0, ..] = self.thresholds;
        if self.counts[0] <= t0 || !self.enabled || t0 == 0 || self.collecting.is_some() {
            return None;
        }
        (0..NUM_GENERATIONS).rev().find(|&g| {
            self.counts[g] > self.thresholds[g] && !(g == 2 && self.full_collection_postponed())
        })
    }

    /// The long-lived rule: a full collection waits until the objects
    /// promoted into generation 2 since the last one exceed 25% of the
    /// survivors of the last one.
    fn full_collection_postponed(&self) -> bool {
        self.long_lived_pending < self.long_lived_total / 4
    }

    /// Spec 3.4 step 2: collecting `g` resets counts 0..=g and counts one
    /// more collection of `g` towards `g + 1`.
    pub(crate) fn update_counts(&mut self, g: usize) {
        if g + 1 < NUM_GENERATIONS {
            self.counts[g + 1] += 1;
        }
        self.counts[..=g].fill(0);
    }
}
