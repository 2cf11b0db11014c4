//! A small, fast, deterministic hasher for the VM's own lookup tables
//! (interned names, the type attribute cache, weakref lists), keyed by
//! handles and short names. It is FxHash's multiply-and-rotate scheme:
//! not resistant to adversarial keys, which these internal tables never
//! see. Python-visible hashing is `hash.rs`, never this.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x517c_c1b7_2722_0a95;

#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::FastMap;

    #[test]
    fn maps_work_with_names_and_pairs() {
        let mut m: FastMap<Box<str>, u32> = FastMap::default();
        for (i, name) in ["__init__", "__new__", "a", "", "a_much_longer_attribute_name"].iter().enumerate() {
            m.insert((*name).into(), i as u32);
        }
        assert_eq!(m.get("__new__"), Some(&1));
        assert_eq!(m.get("a_much_longer_attribute_name"), Some(&4));
        assert_eq!(m.get("missing"), None);
        let mut p: FastMap<(u32, u32), u32> = FastMap::default();
        p.insert((1, 2), 3);
        assert_eq!(p.get(&(1, 2)), Some(&3));
        assert_eq!(p.get(&(2, 1)), None);
    }
}
