//! CPython 3.11 `list` capacity rules (spec 1.7). A list's `sys.getsizeof`
//! is `56 + 8 * allocated`.

/// `sys.getsizeof` of a list with `allocated` item slots.
pub fn list_sizeof(allocated: usize) -> usize {
    56 + 8 * allocated
}

/// CPython's `list_resize`: the new `allocated` for a list of `oldsize`
/// items with capacity `allocated` that must now hold `newsize` items.
pub fn list_resize(allocated: usize, oldsize: usize, newsize: usize) -> usize {
    if allocated >= newsize && newsize >= allocated / 2 {
        return allocated;
    }
    let mut new = (newsize + (newsize >> 3) + 6) & !3;
    if newsize.saturating_sub(oldsize) > new - newsize {
        new = (newsize + 3) & !3;
    }
    if newsize == 0 {
        new = 0;
    }
    new
}

/// Capacity for length-hinted construction (`list(range(n))`, `list(tuple)`,
/// extending an empty list): `n` rounded up to even.
pub fn list_presize(n: usize) -> usize {
    (n + 1) & !1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_from_empty() {
        // sys.getsizeof(l) after each l.append for lengths 1..=80 (python3).
        let expected = [
            88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184, 248, 248, 248, 248,
            248, 248, 248, 248, 312, 312, 312, 312, 312, 312, 312, 312, 376, 376, 376, 376, 376, 376, 376,
            376, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 568, 568, 568, 568, 568, 568,
            568, 568, 568, 568, 568, 568, 664, 664, 664, 664, 664, 664, 664, 664, 664, 664, 664, 664, 792,
            792, 792, 792,
        ];
        let mut alloc = 0;
        for (len, want) in (1..).zip(expected) {
            alloc = list_resize(alloc, len - 1, len);
            assert_eq!(list_sizeof(alloc), want, "len {len}");
        }
        let mut caps = vec![0];
        let mut alloc = 0;
        for len in 1..=1100 {
            alloc = list_resize(alloc, len - 1, len);
            if *caps.last().unwrap() != alloc {
                caps.push(alloc);
            }
        }
        let spec = [0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108, 128, 148, 172, 200, 232, 268, 308, 352, 400, 456, 520, 592, 672, 760, 860, 972, 1100];
        assert_eq!(caps, spec);
    }

    #[test]
    fn pops_from_twenty() {
        let expected = [216, 216, 216, 216, 216, 216, 216, 216, 216, 216, 184, 184, 152, 152, 120, 120, 120, 120, 88, 56];
        let mut alloc = list_presize(20);
        assert_eq!(list_sizeof(alloc), 216);
        for (i, want) in expected.iter().enumerate() {
            let len = 20 - i;
            alloc = list_resize(alloc, len, len - 1);
            assert_eq!(list_sizeof(alloc), *want, "len {}", len - 1);
        }
    }

    #[test]
    fn other_paths() {
        // del l[10:] on capacity 100; l[:] = [1] on capacity 100.
        assert_eq!(list_sizeof(list_resize(100, 100, 10)), 184);
        assert_eq!(list_sizeof(list_resize(100, 100, 1)), 88);
        // [1,2,3] (constant display) and list(range(n)).
        assert_eq!(list_sizeof(list_presize(3)), 88);
        let sizes: Vec<usize> = (0..8).map(|n| list_sizeof(list_presize(n))).collect();
        assert_eq!(sizes, [56, 72, 72, 88, 88, 104, 104, 120]);
        assert_eq!(list_sizeof(list_presize(1000)), 8056);
        // [1,2,3] (capacity 4) .extend(range(100)) -> 888 (big-jump rule).
        assert_eq!(list_sizeof(list_resize(4, 3, 103)), 888);
        // clear
        assert_eq!(list_sizeof(list_resize(20, 20, 0)), 56);
    }
}
