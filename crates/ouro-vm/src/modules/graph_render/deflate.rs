//! A small DEFLATE compressor (RFC 1951) for the PNG encoder: one block
//! with the fixed Huffman codes, LZ77 matches found through hash chains.
//! Rendered graphs are mostly flat colour, so this compresses them well
//! without dynamic Huffman tables.

/// Longest and shortest match DEFLATE can express, and its window.
const MAX_MATCH: usize = 258;
const MIN_MATCH: usize = 3;
const WINDOW: usize = 32 * 1024;
const HASH_BITS: u32 = 15;
/// How many earlier positions with the same hash are tried.
const MAX_CHAIN: usize = 24;

/// Base lengths of the length codes 257..=285, and their extra bits.
const LENGTH_BASE: [u16; 29] =
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/// Base distances of the distance codes 0..=29, and their extra bits.
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/// Bits packed least-significant first, as DEFLATE wants.
struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    nbits: u32,
}

impl BitWriter {
    fn new() -> Self {
        BitWriter { out: Vec::new(), acc: 0, nbits: 0 }
    }

    /// The low `n` bits of `value` (n <= 32), first bit first.
    fn bits(&mut self, value: u32, n: u32) {
        self.acc |= u64::from(value & mask(n)) << self.nbits;
        self.nbits += n;
        while self.nbits >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.nbits -= 8;
        }
    }

    /// A Huffman code: sent most-significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        self.bits(reverse_bits(code, len), len);
    }

    fn finish(mut self) -> Vec<u8> {
        if self.nbits > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

fn mask(n: u32) -> u32 {
    if n >= 32 {
        u32::MAX
    } else {
        (1u32 << n) - 1
    }
}

fn reverse_bits(code: u32, len: u32) -> u32 {
    let mut r = 0;
    for i in 0..len {
        r |= ((code >> i) & 1) << (len - 1 - i);
    }
    r
}

/// The fixed Huffman code of a literal/length symbol (0..=287).
fn fixed_literal(w: &mut BitWriter, sym: u32) {
    match sym {
        0..=143 => w.code(0x30 + sym, 8),
        144..=255 => w.code(0x190 + sym - 144, 9),
        256..=279 => w.code(sym - 256, 7),
        _ => w.code(0xC0 + sym - 280, 8),
    }
}

fn write_match(w: &mut BitWriter, len: usize, dist: usize) {
    let li = LENGTH_BASE.iter().rposition(|&b| usize::from(b) <= len).unwrap_or(0);
    fixed_literal(w, 257 + li as u32);
    w.bits((len - usize::from(LENGTH_BASE[li])) as u32, u32::from(LENGTH_EXTRA[li]));
    let di = DIST_BASE.iter().rposition(|&b| usize::from(b) <= dist).unwrap_or(0);
    w.code(di as u32, 5);
    w.bits((dist - usize::from(DIST_BASE[di])) as u32, u32::from(DIST_EXTRA[di]));
}

fn hash3(data: &[u8], i: usize) -> usize {
    let v = u32::from(data[i]) << 16 | u32::from(data[i + 1]) << 8 | u32::from(data[i + 2]);
    (v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
}

/// Hash chains over the input: `head[h]` is the latest position with hash
/// `h`, `prev[i % WINDOW]` the one before position `i`.
struct Matcher {
    head: Vec<usize>,
    prev: Vec<usize>,
}

const NONE: usize = usize::MAX;

impl Matcher {
    fn new() -> Self {
        Matcher { head: vec![NONE; 1 << HASH_BITS], prev: vec![NONE; WINDOW] }
    }

    fn insert(&mut self, data: &[u8], i: usize) {
        if i + MIN_MATCH <= data.len() {
            let h = hash3(data, i);
            self.prev[i % WINDOW] = self.head[h];
            self.head[h] = i;
        }
    }

    /// The longest earlier match at `i`: (length, distance).
    fn longest(&self, data: &[u8], i: usize) -> (usize, usize) {
        if i + MIN_MATCH > data.len() {
            return (0, 0);
        }
        let limit = (data.len() - i).min(MAX_MATCH);
        let mut best = (0, 0);
        let mut cand = self.head[hash3(data, i)];
        for _ in 0..MAX_CHAIN {
            if cand == NONE || cand >= i || i - cand > WINDOW {
                break;
            }
            let len = data[cand..].iter().zip(&data[i..i + limit]).take_while(|(a, b)| a == b).count();
            if len > best.0 {
                best = (len, i - cand);
                if len == limit {
                    break;
                }
            }
            let next = self.prev[cand % WINDOW];
            if next == NONE || next >= cand {
                break;
            }
            cand = next;
        }
        best
    }
}

/// `data` as one final fixed-Huffman DEFLATE block.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut w = BitWriter::new();
    w.bits(1, 1); // BFINAL
    w.bits(1, 2); // BTYPE = fixed Huffman
    let mut m = Matcher::new();
    let mut i = 0;
    while i < data.len() {
        let (len, dist) = m.longest(data, i);
        if len >= MIN_MATCH {
            write_match(&mut w, len, dist);
            for j in i..i + len {
                m.insert(data, j);
            }
            i += len;
        } else {
            fixed_literal(&mut w, u32::from(data[i]));
            m.insert(data, i);
            i += 1;
        }
    }
    fixed_literal(&mut w, 256);
    w.finish()
}

/// Adler-32 of `data` (the zlib trailer).
pub fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    b << 16 | a
}

/// A zlib stream (RFC 1950) holding `data`.
pub fn zlib(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    out.extend(deflate(data));
    out.extend(adler32(data).to_be_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Just enough of an inflater to check fixed-Huffman blocks.
    struct BitReader<'a> {
        data: &'a [u8],
        pos: usize,
    }

    impl BitReader<'_> {
        fn bit(&mut self) -> u32 {
            let b = u32::from(self.data[self.pos / 8] >> (self.pos % 8)) & 1;
            self.pos += 1;
            b
        }
        fn bits(&mut self, n: u32) -> u32 {
            (0..n).map(|i| self.bit() << i).sum()
        }
        fn huff(&mut self, n: u32) -> u32 {
            (0..n).fold(0, |acc, _| acc << 1 | self.bit())
        }
        fn literal(&mut self) -> u32 {
            let c7 = self.huff(7);
            if c7 <= 0x17 {
                return c7 + 256;
            }
            let c8 = c7 << 1 | self.bit();
            match c8 {
                0x30..=0xBF => c8 - 0x30,
                0xC0..=0xC7 => c8 - 0xC0 + 280,
                _ => (c8 << 1 | self.bit()) - 0x190 + 144,
            }
        }
    }

    fn inflate_fixed(data: &[u8]) -> Vec<u8> {
        let mut r = BitReader { data, pos: 0 };
        assert_eq!(r.bits(3), 0b011);
        let mut out: Vec<u8> = Vec::new();
        loop {
            let sym = r.literal();
            match sym {
                0..=255 => out.push(sym as u8),
                256 => return out,
                _ => {
                    let li = (sym - 257) as usize;
                    let len = usize::from(LENGTH_BASE[li]) + r.bits(u32::from(LENGTH_EXTRA[li])) as usize;
                    let di = r.huff(5) as usize;
                    let dist = usize::from(DIST_BASE[di]) + r.bits(u32::from(DIST_EXTRA[di])) as usize;
                    for _ in 0..len {
                        out.push(out[out.len() - dist]);
                    }
                }
            }
        }
    }

    #[test]
    fn round_trips() {
        let mut noisy = Vec::new();
        let mut x = 12345u32;
        for _ in 0..70000 {
            x = x.wrapping_mul(1103515245).wrapping_add(12345);
            noisy.push((x >> 24) as u8);
        }
        let flat = vec![7u8; 100_000];
        let text = b"abcabcabcabd the quick brown fox the quick brown fox".repeat(50);
        for data in [&b""[..], &b"a"[..], &b"ab"[..], &noisy[..], &flat[..], &text[..]] {
            assert_eq!(inflate_fixed(&deflate(data)), data);
        }
        assert!(deflate(&flat).len() < 1000);
    }

    #[test]
    fn adler_known_value() {
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
        assert_eq!(adler32(b""), 1);
    }
}
