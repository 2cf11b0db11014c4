//! CPython 3.11's compact dict table (`Objects/dictobject.c`), generic over
//! handle types, reproducing insertion order, probing, growth, deletion
//! dummies, the unicode/general key kinds and `sys.getsizeof` (spec 1.8).
//!
//! The caller supplies hashes (CPython semantics, `i64`) and performs key
//! comparisons itself, since equality may run Python code. Entry indices
//! returned by lookups stay valid until the next insertion, resize,
//! `popitem` or `clear`.

/// Index-array marker: slot never used.
pub const DKIX_EMPTY: i32 = -1;
/// Index-array marker: slot whose entry was deleted.
pub const DKIX_DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;
const LOG2_MINSIZE: u8 = 3;

/// `USABLE_FRACTION(n)`: entries a table of `n` slots can hold.
/// A version number no table has had before: every mutation of any table
/// takes a fresh one, so equal versions mean "the same table, unchanged"
/// (what the VM's global-name cache relies on, like CPython's dict version
/// tags).
pub fn next_version() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(1);
    COUNTER.fetch_add(1, Ordering::Relaxed)
}

pub fn usable_fraction(n: usize) -> usize {
    n.saturating_mul(2) / 3
}

/// `calculate_log2_keysize(m)`: `bit_length(((m | 8) - 1) | 7)`.
pub fn calc_log2(m: usize) -> u8 {
    let v = ((m | 8) - 1) | 7;
    (usize::BITS - v.leading_zeros()) as u8
}

/// `estimate_log2_keysize(n)`: table size to hold `n` items without resizing.
pub fn estimate_log2(n: usize) -> u8 {
    calc_log2(n.saturating_mul(3).saturating_add(1) / 2)
}

/// Bytes per index slot for a table of `2**log2` slots.
pub fn index_width(log2: u8) -> usize {
    match log2 {
        0..=7 => 1,
        8..=15 => 2,
        16..=31 => 4,
        _ => 8,
    }
}

/// `_PyDict_KeysSize`: bytes of a keys object of `2**log2` slots.
pub fn keys_bytes(log2: u8, unicode: bool) -> usize {
    let n = 1usize.checked_shl(u32::from(log2)).unwrap_or(usize::MAX / 8);
    let entry = if unicode { 16 } else { 24 };
    let index = n.saturating_mul(index_width(log2));
    32usize.saturating_add(index).saturating_add(usable_fraction(n).saturating_mul(entry))
}

/// `sys.getsizeof` of an instance `__dict__` backed by a split (shared-key)
/// table: `64 + 8 * (nentries + usable)` of the shared keys.
pub fn split_dict_sizeof(nentries: usize, usable: usize) -> usize {
    64 + 8 * (nentries + usable)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Entry<K, V> {
    hash: i64,
    key: K,
    value: V,
}

/// What [`DictTable::merge_prepare`] did; on `InsertEach` the caller inserts
/// every item of the source in order (with `insert_new` when the target was
/// empty, otherwise with a lookup first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeStep {
    /// The source is empty: nothing to do.
    Nothing,
    /// The source's table was cloned into the target: done.
    Cloned,
    /// Insert the source's items one by one.
    InsertEach,
}

/// A CPython 3.11 combined dict table (`PyDictObject` + `PyDictKeysObject`).
#[derive(Clone, Debug)]
pub struct DictTable<K: Copy, V: Copy> {
    log2: u8,
    unicode: bool,
    usable: usize,
    used: usize,
    indices: Vec<i32>,
    entries: Vec<Option<Entry<K, V>>>,
    version: u64,
}

impl<K: Copy, V: Copy> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// State of an in-progress probe sequence (see [`DictTable::probe_next`]).
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    hash: i64,
    slot: usize,
    perturb: u64,
    started: bool,
}

impl<K: Copy, V: Copy> DictTable<K, V> {
    /// An empty dict sharing the static empty keys (`{}`: 64 bytes).
    pub fn new() -> Self {
        DictTable { log2: 0, unicode: true, usable: 0, used: 0, indices: Vec::new(), entries: Vec::new(), version: 0 }
    }

    /// `dict_new_presized(n, unicode)` (dict displays, `_PyDict_NewPresized`):
    /// empty for `n <= 5`, else `estimate_log2(n)` slots capped at `2**17`.
    pub fn with_presize(n: usize, unicode: bool) -> Self {
        if n <= usable_fraction(8) {
            return Self::new();
        }
        let log2 = if n > usable_fraction(1 << 17) { 17 } else { estimate_log2(n) };
        Self::with_log2(log2, unicode)
    }

    fn with_log2(log2: u8, unicode: bool) -> Self {
        let n = 1usize << log2;
        let usable = usable_fraction(n);
        DictTable {
            log2,
            unicode,
            usable,
            used: 0,
            indices: vec![DKIX_EMPTY; n],
            entries: Vec::with_capacity(usable),
            version: 0,
        }
    }

    /// Number of live items (`len(d)`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when there are no live items.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// True while the table uses the shared empty keys (no allocation).
    pub fn is_shared_empty(&self) -> bool {
        self.log2 == 0
    }

    /// True for a "unicode" table (every key an exact `str`).
    pub fn is_unicode(&self) -> bool {
        self.unicode
    }

    /// `dk_log2_size` (0 for the shared empty keys).
    pub fn log2_size(&self) -> u8 {
        self.log2
    }

    /// `dk_nentries`: entries used so far, deleted ones included.
    pub fn nentries(&self) -> usize {
        self.entries.len()
    }

    /// `dk_usable`: entries still available before a resize.
    pub fn usable(&self) -> usize {
        self.usable
    }

    /// A counter bumped by every structural change (insert, delete, resize,
    /// clear); lets the caller detect mutation during a key comparison.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// `sys.getsizeof(d)`: 64, plus the keys object when the dict owns one.
    pub fn sizeof(&self) -> usize {
        if self.is_shared_empty() {
            64
        } else {
            64 + keys_bytes(self.log2, self.unicode)
        }
    }

    fn mask(&self) -> usize {
        self.indices.len().saturating_sub(1)
    }

    /// Starts a probe sequence for `hash`.
    pub fn probe(&self, hash: i64) -> Probe {
        Probe { hash, slot: (hash as u64 as usize) & self.mask(), perturb: hash as u64, started: false }
    }

    fn advance(&self, p: &mut Probe) {
        if p.started {
            p.perturb >>= PERTURB_SHIFT;
            p.slot = (p.slot.wrapping_mul(5).wrapping_add(p.perturb as usize).wrapping_add(1)) & self.mask();
        }
        p.started = true;
    }

    /// Next live entry on `p`'s probe path whose stored hash equals the probed
    /// hash: `(entry index, key)`. `None` once an empty slot is reached.
    /// The caller compares keys (identity first, then `==`) between calls.
    pub fn probe_next(&self, p: &mut Probe) -> Option<(usize, K)> {
        if self.indices.is_empty() {
            return None;
        }
        loop {
            self.advance(p);
            match self.indices[p.slot] {
                DKIX_EMPTY => return None,
                ix if ix >= 0 => {
                    if let Some(Some(e)) = self.entries.get(ix as usize) {
                        if e.hash == p.hash {
                            return Some((ix as usize, e.key));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Looks up `hash`, asking `is_match` about each candidate key with an
    /// equal hash. Returns the entry index of the first match.
    pub fn find<E>(&self, hash: i64, mut is_match: impl FnMut(K) -> Result<bool, E>) -> Result<Option<usize>, E> {
        let mut p = self.probe(hash);
        while let Some((ix, k)) = self.probe_next(&mut p) {
            if is_match(k)? {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    /// Converts a unicode table to general before storing a non-`str` key,
    /// exactly where CPython's `insertdict` does (before its lookup):
    /// rebuild with `calc_log2(3 * used)` slots. Call before the lookup of
    /// `d[k] = v` (and `setdefault`) when the table is not shared-empty.
    pub fn prepare_insert(&mut self, key_is_str: bool) {
        if self.unicode && !key_is_str {
            self.resize(calc_log2(3 * self.used), false);
        }
    }

    /// Inserts a key known to be absent; returns its entry index.
    pub fn insert_new(&mut self, hash: i64, key: K, value: V, key_is_str: bool) -> usize {
        if self.is_shared_empty() {
            let version = self.version;
            *self = Self::with_log2(LOG2_MINSIZE, key_is_str);
            self.version = version;
        } else {
            self.prepare_insert(key_is_str);
        }
        if self.usable == 0 {
            self.resize(calc_log2(3 * self.used), true);
        }
        let slot = self.find_empty_slot(hash);
        let ix = self.entries.len();
        self.indices[slot] = ix as i32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
        self.version = next_version();
        ix
    }

    /// `find_empty_slot`: first slot on the probe path that is empty or dummy.
    fn find_empty_slot(&self, hash: i64) -> usize {
        let mut p = self.probe(hash);
        loop {
            self.advance(&mut p);
            if self.indices[p.slot] < 0 {
                return p.slot;
            }
        }
    }

    /// `dictresize`: a fresh table of `2**log2` slots holding the live
    /// entries compacted in order. A general table never becomes unicode.
    fn resize(&mut self, log2: u8, unicode: bool) {
        let unicode = unicode && self.unicode;
        let live: Vec<Entry<K, V>> = self.entries.iter().flatten().copied().collect();
        let used = self.used;
        *self = Self::with_log2(log2, unicode);
        for e in live {
            let slot = self.find_empty_slot(e.hash);
            self.indices[slot] = self.entries.len() as i32;
            self.entries.push(Some(e));
        }
        self.used = used;
        self.usable -= used;
        self.version = next_version();
    }

    /// Key and value of entry `ix` if it is live.
    pub fn entry(&self, ix: usize) -> Option<(K, V)> {
        self.entries.get(ix).copied().flatten().map(|e| (e.key, e.value))
    }

    /// Stored hash of entry `ix` if it is live.
    pub fn entry_hash(&self, ix: usize) -> Option<i64> {
        self.entries.get(ix).copied().flatten().map(|e| e.hash)
    }

    /// Mutable access to the value of live entry `ix`.
    pub fn entry_value_mut(&mut self, ix: usize) -> Option<&mut V> {
        self.version = next_version();
        self.entries.get_mut(ix).and_then(|e| e.as_mut()).map(|e| &mut e.value)
    }

    /// Deletes live entry `ix`, leaving a dummy slot (the entry is not reused).
    pub fn remove_entry(&mut self, ix: usize) -> Option<(K, V)> {
        let e = self.entries.get(ix).copied().flatten()?;
        let slot = self.slot_of(e.hash, ix)?;
        self.indices[slot] = DKIX_DUMMY;
        self.entries[ix] = None;
        self.used -= 1;
        self.version = next_version();
        Some((e.key, e.value))
    }

    /// `lookdict_index`: the slot holding entry index `ix`.
    fn slot_of(&self, hash: i64, ix: usize) -> Option<usize> {
        let mut p = self.probe(hash);
        loop {
            self.advance(&mut p);
            match self.indices[p.slot] {
                DKIX_EMPTY => return None,
                i if i == ix as i32 => return Some(p.slot),
                _ => {}
            }
        }
    }

    /// `dict.popitem()`: removes the last live entry; `nentries` shrinks to
    /// its index but `usable` is not given back.
    pub fn popitem(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        let ix = self.entries.iter().rposition(Option::is_some)?;
        let kv = self.remove_entry(ix)?;
        self.entries.truncate(ix);
        Some(kv)
    }

    /// `dict.clear()`: back to the shared empty keys.
    pub fn clear(&mut self) {
        let v = next_version();
        *self = Self::new();
        self.version = v;
    }

    /// The value of live entry `ix`. Precondition: `ix` came from `find`.
    pub fn value_at(&self, ix: usize) -> Option<V> {
        self.entry(ix).map(|(_, v)| v)
    }

    /// Replace the value of live entry `ix`, returning the old one.
    pub fn set_value_at(&mut self, ix: usize, value: V) -> Option<V> {
        self.entry_value_mut(ix).map(|slot| std::mem::replace(slot, value))
    }

    /// The first live entry at index `pos` or later (resumable iteration).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, K, V)> {
        self.entries.iter().enumerate().skip(pos).find_map(|(i, e)| e.map(|e| (i, e.key, e.value)))
    }

    /// Call `f` on every live (key, value) in insertion order.
    pub fn for_each_kv(&self, mut f: impl FnMut(K, V)) {
        for e in self.entries.iter().flatten() {
            f(e.key, e.value);
        }
    }

    /// Live entries in insertion order: `(entry index, key, value)`.
    pub fn entries(&self) -> impl Iterator<Item = (usize, K, V)> + '_ {
        self.entries.iter().enumerate().filter_map(|(i, e)| e.map(|e| (i, e.key, e.value)))
    }

    /// True when no entry has been deleted since the last resize.
    fn is_clean(&self) -> bool {
        self.used == self.entries.len()
    }

    /// `d.copy()` (`PyDict_Copy`): clones the table when
    /// `len >= 2 * nentries / 3`, otherwise merges into a new dict.
    pub fn copy(&self) -> Self {
        if self.used == 0 {
            return Self::new();
        }
        if self.used >= self.entries.len() * 2 / 3 {
            let mut c = self.clone();
            c.version = next_version();
            return c;
        }
        let mut c = Self::new();
        c.merge_prepare(self);
        for (h, k, v) in self.items_with_hash() {
            c.insert_new(h, k, v, self.unicode);
        }
        c
    }

    /// First half of `dict_merge(self, other)` for a dict source: the
    /// clone fast path into an empty target, or the up-front presize to
    /// `estimate_log2(len(self) + len(other))` (of `other`'s kind).
    pub fn merge_prepare(&mut self, other: &Self) -> MergeStep {
        if other.used == 0 {
            return MergeStep::Nothing;
        }
        let small_or_dense = other.log2 == LOG2_MINSIZE || usable_fraction((1usize << other.log2) / 2) < other.used;
        if self.used == 0 && other.is_clean() && small_or_dense {
            let version = next_version();
            *self = other.clone();
            self.version = version;
            return MergeStep::Cloned;
        }
        if usable_fraction(1usize << self.log2) < other.used {
            self.resize(estimate_log2(self.used + other.used), other.unicode);
        }
        MergeStep::InsertEach
    }

    /// Live entries with their stored hashes, in order: `(hash, key, value)`.
    pub fn items_with_hash(&self) -> impl Iterator<Item = (i64, K, V)> + '_ {
        self.entries.iter().filter_map(|e| e.map(|e| (e.hash, e.key, e.value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values: sys.getsizeof in python3 3.11.7 (see each comment).
    // {i: i for i in range(n)} and {"k%d" % i: i ...} for n in 0..100
    const INT_SIZES: [usize; 100] = [64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352, 632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 4688, 4688, 4688, 4688, 4688, 4688, 4688, 4688, 4688, 4688, 4688, 4688, 4688, 4688];
    const STR_SIZES: [usize; 100] = [64, 184, 184, 184, 184, 184, 272, 272, 272, 272, 272, 464, 464, 464, 464, 464, 464, 464, 464, 464, 464, 464, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 832, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 1584, 3328, 3328, 3328, 3328, 3328, 3328, 3328, 3328, 3328, 3328, 3328, 3328, 3328, 3328];
    const COPY_43: [(usize, usize); 20] = [(2264, 2264), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (2264, 1168), (1168, 1168), (1168, 1168), (1168, 1168), (1168, 1168)];
    const MERGE_ONE_HOLE: [usize; 49] = [352, 352, 352, 352, 224, 352, 352, 352, 352, 352, 632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 2264, 2264, 2264, 2264, 2264, 2264, 2264];
    const MERGE_STR_ONE_HOLE: [usize; 29] = [272, 272, 272, 272, 184, 272, 272, 272, 272, 272, 464, 464, 464, 464, 464, 464, 464, 464, 464, 464, 832, 832, 832, 832, 832, 832, 832, 832, 832];
    const MERGE_CLEAN: [usize; 50] = [64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352, 632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 2264, 2264, 2264, 2264, 2264, 2264, 2264];

    type T = DictTable<u32, u32>;

    fn str_hash(i: u32) -> i64 {
        (i as i64 + 1).wrapping_mul(0x5851_f42d_4c95_7f2d) ^ 0x1234_5678
    }

    fn build(n: u32, strs: bool) -> T {
        let mut d = T::new();
        for i in 0..n {
            let h = if strs { str_hash(i) } else { i as i64 };
            assert_eq!(d.find(h, |k| Ok::<_, ()>(k == i)).unwrap(), None);
            d.insert_new(h, i, i, strs);
        }
        d
    }

    fn del(d: &mut T, key: u32, h: i64) {
        let ix = d.find(h, |k| Ok::<_, ()>(k == key)).unwrap().unwrap();
        assert_eq!(d.remove_entry(ix), Some((key, key)));
    }

    #[test]
    fn growth_sizes() {
        for n in 0..100u32 {
            assert_eq!(build(n, false).sizeof(), INT_SIZES[n as usize], "int n={n}");
            assert_eq!(build(n, true).sizeof(), STR_SIZES[n as usize], "str n={n}");
        }
        assert_eq!(build(1000, false).sizeof(), 36952);
    }

    #[test]
    fn spec_table() {
        let rows = [(3u8, 224, 184), (4, 352, 272), (5, 632, 464), (6, 1168, 832), (7, 2264, 1584), (8, 4688, 3328), (9, 9304, 6576), (10, 18512, 13056), (11, 36952, 26032)];
        for (log2, general, unicode) in rows {
            assert_eq!(64 + keys_bytes(log2, false), general);
            assert_eq!(64 + keys_bytes(log2, true), unicode);
        }
        assert_eq!(calc_log2(1), 4);
        assert_eq!(calc_log2(32), 6);
        assert_eq!(calc_log2(0), 3);
    }

    #[test]
    fn copy_and_merge() {
        // d = {i: i for i in range(43)}; delete k keys; (d.copy(), dict(d)) sizes.
        for k in 0..20u32 {
            let mut d = build(43, false);
            for j in 0..k {
                del(&mut d, j, j as i64);
            }
            let mut m = T::new();
            if m.merge_prepare(&d) == MergeStep::InsertEach {
                for (h, key, v) in d.items_with_hash() {
                    m.insert_new(h, key, v, false);
                }
            }
            assert_eq!((d.copy().sizeof(), m.sizeof()), COPY_43[k as usize], "k={k}");
            assert_eq!(m.entries().map(|e| e.1).collect::<Vec<_>>(), (k..43).collect::<Vec<_>>());
        }
        let merge = |d: &T, strs: bool| {
            let mut m = T::new();
            if m.merge_prepare(d) == MergeStep::InsertEach {
                for (h, key, v) in d.items_with_hash() {
                    m.insert_new(h, key, v, strs);
                }
            }
            m.sizeof()
        };
        for n in 1..50u32 {
            let mut d = build(n + 1, false);
            del(&mut d, 0, 0);
            assert_eq!(merge(&d, false), MERGE_ONE_HOLE[n as usize - 1], "hole n={n}");
        }
        for n in 1..30u32 {
            let mut d = build(n + 1, true);
            del(&mut d, 0, str_hash(0));
            assert_eq!(merge(&d, true), MERGE_STR_ONE_HOLE[n as usize - 1], "str hole n={n}");
        }
        for n in 0..50u32 {
            assert_eq!(merge(&build(n, false), false), MERGE_CLEAN[n as usize], "clean n={n}");
        }
    }

    #[test]
    fn deletes_conversion_and_churn() {
        // {'a': 1} then d[1] = 1 -> 352
        let mut d = T::new();
        d.insert_new(str_hash(0), 0, 0, true);
        assert_eq!(d.sizeof(), 184);
        d.prepare_insert(false);
        d.insert_new(1, 1, 1, false);
        assert_eq!(d.sizeof(), 352);
        // 5 inserted, 5 deleted, then a new key -> 224
        let mut d = build(5, false);
        for i in 0..5 {
            del(&mut d, i, i as i64);
        }
        d.insert_new(9, 9, 9, false);
        assert_eq!(d.sizeof(), 224);
        // 20 items, delete 15: 632; copy -> 224; clear -> 64
        let mut d = build(20, false);
        for i in 0..15 {
            del(&mut d, i, i as i64);
        }
        assert_eq!((d.sizeof(), d.copy().sizeof()), (632, 224));
        assert_eq!(d.copy().entries().map(|e| e.1).collect::<Vec<_>>(), vec![15, 16, 17, 18, 19]);
        d.clear();
        assert_eq!(d.sizeof(), 64);
        // churn of 5 live keys settles at 352, order [95..99]
        let mut d = T::new();
        for i in 0..100u32 {
            d.insert_new(i as i64, i, i, false);
            if d.len() > 5 {
                del(&mut d, i - 5, (i - 5) as i64);
            }
        }
        assert_eq!(d.sizeof(), 352);
        assert_eq!(d.entries().map(|e| e.1).collect::<Vec<_>>(), vec![95, 96, 97, 98, 99]);
        // {'a': 1}.pop('a') stays 184
        let mut d = build(1, true);
        del(&mut d, 0, str_hash(0));
        assert_eq!(d.sizeof(), 184);
    }

    #[test]
    fn popitem_and_collisions() {
        let mut d = build(10, false);
        assert_eq!(d.popitem(), Some((9, 9)));
        assert_eq!(d.popitem(), Some((8, 8)));
        assert_eq!(d.sizeof(), 352);
        assert_eq!(d.nentries(), 8);
        // {5: 1, 13: 2, 21: 3, 29: 4}; del d[13]; d[37] = 5 -> order [5, 21, 29, 37]
        let mut d = T::new();
        for k in [5u32, 13, 21, 29] {
            d.insert_new(k as i64, k, k, false);
        }
        del(&mut d, 13, 13);
        d.insert_new(37, 37, 37, false);
        assert_eq!(d.entries().map(|e| e.1).collect::<Vec<_>>(), vec![5, 21, 29, 37]);
        for k in [5u32, 21, 29, 37] {
            assert!(d.find(k as i64, |x| Ok::<_, ()>(x == k)).unwrap().is_some());
        }
        assert_eq!(d.find(13, |x| Ok::<_, ()>(x == 13)).unwrap(), None);
        // negative hashes probe with an unsigned perturb
        let mut d = T::new();
        for i in 0..50u32 {
            d.insert_new(-(i as i64) * 1_000_003, i, i, false);
        }
        for i in 0..50u32 {
            assert!(d.find(-(i as i64) * 1_000_003, |x| Ok::<_, ()>(x == i)).unwrap().is_some());
        }
        assert_eq!(T::with_presize(6, false).sizeof(), 352);
        assert_eq!(T::with_presize(5, true).sizeof(), 64);
        assert_eq!(split_dict_sizeof(2, 29), 312);
    }
}
