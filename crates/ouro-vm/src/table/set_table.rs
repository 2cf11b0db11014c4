//! CPython 3.11's set table (`Objects/setobject.c`): open addressing with
//! 9 linear probes before each perturbed jump, an 8-slot inline table,
//! dummies on removal, growth when `fill*5 >= mask*3`, iteration in slot
//! order, and `sys.getsizeof` (spec 1.9). Hashes are caller-supplied.

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

/// One table slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

/// A CPython 3.11 set/frozenset table.
#[derive(Clone, Debug)]
pub struct SetTable<K: Copy> {
    table: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
    version: u64,
}

impl<K: Copy> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// Slot indices in CPython's probe order for `hash` (infinite).
fn probe_order(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    let mut step = 0usize;
    std::iter::from_fn(move || {
        let limit = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        if step > limit {
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            step = 0;
        }
        let slot = i + step;
        step += 1;
        Some(slot)
    })
}

/// CPython's `_shuffle_bits` for frozenset hashing.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

impl<K: Copy> SetTable<K> {
    /// An empty set using the inline 8-slot table (216 bytes).
    pub fn new() -> Self {
        SetTable { table: vec![Slot::Empty; MINSIZE], fill: 0, used: 0, finger: 0, version: 0 }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// `mask` (table size - 1).
    pub fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// `fill`: active plus dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Bumped by every structural change (lets callers detect mutation).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// `sys.getsizeof`: 216, plus `16 * (mask + 1)` once off the inline table.
    pub fn sizeof(&self) -> usize {
        if self.table.len() == MINSIZE {
            216
        } else {
            216 + 16 * self.table.len()
        }
    }

    /// Slot holding an element equal to the probed one, asking `is_match`
    /// about each element with an equal hash.
    pub fn find<E>(&self, hash: i64, mut is_match: impl FnMut(K) -> Result<bool, E>) -> Result<Option<usize>, E> {
        for slot in probe_order(hash, self.mask()) {
            match self.table[slot] {
                Slot::Empty => return Ok(None),
                Slot::Active(h, k) if h == hash && is_match(k)? => return Ok(Some(slot)),
                _ => {}
            }
        }
        Ok(None)
    }

    /// `set.add`: returns `Ok(true)` when the element was inserted.
    pub fn add<E>(&mut self, hash: i64, key: K, mut is_match: impl FnMut(K) -> Result<bool, E>) -> Result<bool, E> {
        let mut freeslot = None;
        let mut empty = 0;
        for slot in probe_order(hash, self.mask()) {
            match self.table[slot] {
                Slot::Empty => {
                    empty = slot;
                    break;
                }
                Slot::Active(h, k) if h == hash && is_match(k)? => return Ok(false),
                Slot::Dummy => freeslot = Some(slot),
                Slot::Active(..) => {}
            }
        }
        self.version += 1;
        self.used += 1;
        if let Some(f) = freeslot {
            self.table[f] = Slot::Active(hash, key);
            return Ok(true);
        }
        self.fill += 1;
        self.table[empty] = Slot::Active(hash, key);
        if self.fill * 5 >= self.mask() * 3 {
            let grow = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(grow);
        }
        Ok(true)
    }

    /// `set.add` for an element known to be absent.
    pub fn add_absent(&mut self, hash: i64, key: K) {
        let _ = self.add(hash, key, |_| Ok::<bool, ()>(false));
    }

    /// `set_table_resize(minused)`: smallest power of two > `minused` (min 8).
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused && newsize <= usize::MAX / 4 {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                self.insert_clean(h, k);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// `set_insert_clean`: first empty slot on the probe path.
    fn insert_clean(&mut self, hash: i64, key: K) {
        let mask = self.mask();
        for slot in probe_order(hash, mask) {
            if matches!(self.table[slot], Slot::Empty) {
                self.table[slot] = Slot::Active(hash, key);
                return;
            }
        }
    }

    /// Removes the element in `slot` (leaving a dummy).
    pub fn remove_slot(&mut self, slot: usize) -> Option<K> {
        match self.table.get(slot).copied() {
            Some(Slot::Active(_, k)) => {
                self.table[slot] = Slot::Dummy;
                self.used -= 1;
                self.version += 1;
                Some(k)
            }
            _ => None,
        }
    }

    /// `set.discard`: the removed element, if present.
    pub fn discard<E>(&mut self, hash: i64, is_match: impl FnMut(K) -> Result<bool, E>) -> Result<Option<K>, E> {
        Ok(self.find(hash, is_match)?.and_then(|slot| self.remove_slot(slot)))
    }

    /// `set.pop()`: scans from the search finger; `None` when empty.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let start = self.finger & self.mask();
        let slot = (0..n).map(|d| (start + d) % n).find(|&i| matches!(self.table[i], Slot::Active(..)))?;
        self.finger = slot + 1;
        self.remove_slot(slot)
    }

    /// `set.clear()`: back to the inline table.
    pub fn clear(&mut self) {
        let v = self.version + 1;
        *self = Self::new();
        self.version = v;
    }

    /// Elements in table order (CPython's iteration order): `(slot, hash, key)`.
    pub fn iter(&self) -> impl Iterator<Item = (usize, i64, K)> + '_ {
        self.table.iter().enumerate().filter_map(|(i, s)| match s {
            Slot::Active(h, k) => Some((i, *h, *k)),
            _ => None,
        })
    }

    /// Element in `slot` if active (for iterators that keep a position).
    pub fn slot(&self, slot: usize) -> Option<(i64, K)> {
        match self.table.get(slot) {
            Some(Slot::Active(h, k)) => Some((*h, *k)),
            _ => None,
        }
    }

    /// The up-front resize of `set_merge` / `set_update_internal` before
    /// adding `other_len` elements: if `(fill + n)*5 >= mask*3`, resize to
    /// hold `(used + n) * 2`.
    pub fn reserve_for_merge(&mut self, other_len: usize) {
        if self.fill.saturating_add(other_len).saturating_mul(5) >= self.mask() * 3 {
            self.resize(self.used.saturating_add(other_len).saturating_mul(2));
        }
    }

    /// `set_merge(self, other)` fast paths. Returns `true` when done; on
    /// `false` the caller must `add` each element of `other` (table order).
    pub fn merge_set(&mut self, other: &SetTable<K>) -> bool {
        if other.used == 0 {
            return true;
        }
        self.reserve_for_merge(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table.clone_from(&other.table);
        } else {
            for (_, h, k) in other.iter() {
                self.insert_clean(h, k);
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.version += 1;
        true
    }

    /// `s.copy()` / `set(s)` / `frozenset(s)`: a new set merged from `self`.
    pub fn copy(&self) -> Self {
        let mut c = Self::new();
        c.merge_set(self);
        c
    }

    /// CPython's `frozenset.__hash__` (independent of table layout).
    pub fn frozenset_hash(&self) -> i64 {
        let mut hash = self.iter().fold(0u64, |acc, (_, h, _)| acc ^ shuffle_bits(h as u64));
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::int::PyInt;

    // Expected values printed by python3 3.11.7.
    const ADD_SIZES: [usize; 400] = [216, 216, 216, 216, 216, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984, 32984];
    const COPY_SIZES: [usize; 100] = [216, 216, 216, 216, 216, 472, 472, 472, 728, 728, 728, 728, 728, 728, 728, 728, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312, 4312];

    type S = SetTable<i64>;

    fn h(v: i64) -> i64 {
        PyInt::Small(v).hash()
    }

    fn set_of(vals: impl IntoIterator<Item = i64>) -> S {
        let mut s = S::new();
        for v in vals {
            s.add(h(v), v, |k| Ok::<_, ()>(k == v)).unwrap();
        }
        s
    }

    fn order(s: &S) -> Vec<i64> {
        s.iter().map(|e| e.2).collect()
    }

    fn remove(s: &mut S, v: i64) {
        assert_eq!(s.discard(h(v), |k| Ok::<_, ()>(k == v)).unwrap(), Some(v));
    }

    #[test]
    fn sizes() {
        let mut s = S::new();
        for (i, want) in ADD_SIZES.iter().enumerate() {
            assert_eq!(s.sizeof(), *want, "len {i}");
            s.add_absent(i as i64, i as i64);
        }
        for (n, want) in COPY_SIZES.iter().enumerate() {
            assert_eq!(set_of(0..n as i64).copy().sizeof(), *want, "copy n={n}");
        }
        assert_eq!(set_of(0..1000).sizeof(), 32984);
        let mut s = set_of(0..100);
        s.clear();
        assert_eq!(s.sizeof(), 216);
    }

    #[test]
    fn iteration_order() {
        assert_eq!(order(&set_of((1..=20).rev().step_by(3))), vec![2, 5, 8, 11, 14, 17, 20]);
        // Sequential adds (python3: s = set(); s.add(v) for each) ...
        assert_eq!(order(&set_of([100, 5, 37, 8, 64])), vec![64, 100, 37, 5, 8]);
        // ... versus the display {100, 5, 37, 8, 64}: the compiler builds a
        // frozenset, rebuilds it from its own iteration order (constant
        // merging), and the set is an empty set updated from that.
        let folded = set_of(order(&set_of([100, 5, 37, 8, 64])));
        assert_eq!(order(&folded.copy()), vec![64, 100, 5, 37, 8]);
        assert_eq!(order(&set_of([3, 1, 2])), vec![1, 2, 3]);
        let mut s = set_of(0..100);
        (0..95).for_each(|i| remove(&mut s, i));
        assert_eq!((s.sizeof(), order(&s)), (8408, vec![95, 96, 97, 98, 99]));
        let mut s = set_of(0..10);
        remove(&mut s, 3);
        remove(&mut s, 5);
        for v in [13, 21, -7] {
            s.add(h(v), v, |k| Ok::<_, ()>(k == v)).unwrap();
        }
        assert_eq!(order(&s), vec![0, 1, 2, 4, 6, 7, 8, 9, 13, 21, -7]);
        // A dummy is reused: s = set(); add 1, 9, 17, 25; discard 9; add 33.
        let mut s = set_of([1, 9, 17, 25]);
        remove(&mut s, 9);
        s.add(h(33), 33, |k| Ok::<_, ()>(k == 33)).unwrap();
        assert_eq!(order(&s), vec![1, 33, 17, 25]);
        // The display {1, 9, 17, 25} goes through the folded frozenset.
        let mut s = set_of(order(&set_of([1, 9, 17, 25]))).copy();
        remove(&mut s, 9);
        s.add(h(33), 33, |k| Ok::<_, ()>(k == 33)).unwrap();
        assert_eq!(order(&s), vec![1, 17, 25, 33]);
        // Negative and big hashes: add -1, -2, 2**64 (hash 8), 7.
        let mut s = set_of([-1, -2, 7]);
        s.add_absent(8, 1 << 62);
        let mut s2 = S::new();
        for (hh, v) in [(-2, -1), (-2, -2), (8, 1 << 62), (7, 7)] {
            s2.add(hh, v, |k| Ok::<_, ()>(k == v)).unwrap();
        }
        assert_eq!(order(&s2), vec![1 << 62, 7, -1, -2]);
        assert_eq!(s.len(), 4);
        let mut s = set_of(0..10);
        assert_eq!([s.pop(), s.pop(), s.pop()], [Some(0), Some(1), Some(2)]);
        assert_eq!(order(&s), vec![3, 4, 5, 6, 7, 8, 9]);
        let big = set_of((0..60).map(|i| i * 1000003));
        let want = [0, 44000132, 23000069, 2000006, 46000138, 25000075, 4000012, 48000144, 27000081, 6000018];
        assert_eq!(order(&big)[..10], want);
        // Duplicates are not added.
        let mut s = set_of([1, 2]);
        assert!(!s.add(h(1), 1, |k| Ok::<_, ()>(k == 1)).unwrap());
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn frozenset_hashes() {
        assert_eq!(set_of([1, 2, 3]).frozenset_hash(), -272375401224217160);
        assert_eq!(S::new().frozenset_hash(), 133146708735736);
        // hash(frozenset({-1, 2**70, 0})): hash(2**70) = 2**70 mod (2**61-1) = 512
        let mut s = set_of([-1, 0]);
        s.add_absent(512, 1 << 62);
        assert_eq!(s.frozenset_hash(), -6874945590946915720);
    }
}
