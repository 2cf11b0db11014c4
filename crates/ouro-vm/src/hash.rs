//! CPython 3.11's hash functions, so hashes and the iteration order of sets
//! match CPython run with `PYTHONHASHSEED=0` (the hash secret is all zero).

/// `hash(str)`: SipHash-1-3 with a zero key over the string's code units in
/// CPython's internal representation (1, 2 or 4 bytes per character).
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let width = s.chars().map(|c| c as u32).max().map_or(1, |m| if m < 256 { 1 } else if m < 65536 { 2 } else { 4 });
    let mut bytes = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        let v = c as u32;
        bytes.extend_from_slice(&v.to_le_bytes()[..width]);
    }
    fix_minus_one(siphash13(0, 0, &bytes) as i64)
}

/// SipHash-1-3 (one compression round, three finalisation rounds).
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d, k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573];
    let chunks = data.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        let m = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        v[3] ^= m;
        sip_round(&mut v);
        v[0] ^= m;
    }
    let mut last = (data.len() as u64 & 0xff) << 56;
    for (i, &b) in tail.iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v[3] ^= last;
    sip_round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    for _ in 0..3 {
        sip_round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[2] = v[2].rotate_left(32);
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
pub fn identity_hash(address: u64) -> i64 {
    fix_minus_one(address.rotate_right(4) as i64)
}

/// CPython 3.11's tuple hash (xxHash-based), from the items' hashes.
pub fn tuple_hash(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(item_hashes.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_hashes_match_cpython_with_seed_zero() {
        assert_eq!(str_hash("a"), 4644417185603328019);
        assert_eq!(str_hash("hello"), -2096571579003691106);
        assert_eq!(str_hash("\u{e9}"), 6047309291227476195);
        assert_eq!(str_hash("\u{20ac}"), -5529981157763016009);
        assert_eq!(str_hash(""), 0);
    }

    #[test]
    fn tuple_hashes_match_cpython() {
        assert_eq!(tuple_hash(&[1, 2]), -3550055125485641917);
        assert_eq!(tuple_hash(&[]), 5740354900026072187);
    }
}
