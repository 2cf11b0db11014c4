//! Compact dict table (TEMPORARY linear version).
pub struct DictTable<K: Copy, V: Copy> { entries: Vec<Option<(i64, K, V)>>, used: usize }
impl<K: Copy, V: Copy> Default for DictTable<K, V> { fn default() -> Self { Self::new() } }
impl<K: Copy, V: Copy> DictTable<K, V> {
    pub fn new() -> Self { DictTable { entries: Vec::new(), used: 0 } }
    pub fn len(&self) -> usize { self.used }
    pub fn is_empty(&self) -> bool { self.used == 0 }
    pub fn find<E>(&self, hash: i64, mut is_match: impl FnMut(K) -> Result<bool, E>) -> Result<Option<usize>, E> {
        for (i, e) in self.entries.iter().enumerate() { if let Some((h, k, _)) = e { if *h == hash && is_match(*k)? { return Ok(Some(i)) } } }
        Ok(None)
    }
    pub fn insert_new(&mut self, hash: i64, key: K, value: V, _key_is_str: bool) { self.entries.push(Some((hash, key, value))); self.used += 1; }
    pub fn value_at(&self, ix: usize) -> V { self.entries[ix].unwrap().2 }
    pub fn key_at(&self, ix: usize) -> K { self.entries[ix].unwrap().1 }
    pub fn set_value_at(&mut self, ix: usize, v: V) -> V { let e = self.entries[ix].as_mut().unwrap(); std::mem::replace(&mut e.2, v) }
    pub fn remove_entry(&mut self, ix: usize) -> (K, V) { let e = self.entries[ix].take().unwrap(); self.used -= 1; (e.1, e.2) }
    /// The entry at or after `pos` (in insertion order), with its index.
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, K, V)> {
        while pos < self.entries.len() { if let Some((_, k, v)) = self.entries[pos] { return Some((pos, k, v)) } pos += 1; }
        None
    }
    pub fn for_each_kv(&self, mut f: impl FnMut(K, V)) { for (_, k, v) in self.entries.iter().flatten() { f(*k, *v) } }
    pub fn sizeof(&self) -> usize { 64 }
}
