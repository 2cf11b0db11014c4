//! CPython 3.11 `bytearray` allocation rule (spec 1.5). `sys.getsizeof` of
//! a bytearray is `56 + alloc` (`bytearray()` has alloc 0).

/// `sys.getsizeof(bytearray)` for an allocation of `alloc` bytes.
pub fn bytearray_sizeof(alloc: usize) -> usize {
    56 + alloc
}

/// `PyByteArray_Resize`: the new allocation when the length changes from
/// `oldsize` to `newsize` with `alloc` bytes allocated (a zero logical
/// offset is assumed: deleting from the front is not modelled).
pub fn bytearray_resize(alloc: usize, oldsize: usize, newsize: usize) -> usize {
    if newsize == oldsize {
        return alloc;
    }
    if newsize < alloc {
        if newsize < alloc / 2 {
            newsize + 1
        } else {
            alloc
        }
    } else if (newsize as f64) <= alloc as f64 * 1.125 {
        newsize + (newsize >> 3) + if newsize < 9 { 3 } else { 6 }
    } else {
        newsize + 1
    }
}

/// Allocation of a bytearray constructed with exactly `n` bytes
/// (`bytearray(b'a')`, `bytearray(10)`): `n + 1`, or 0 when empty.
pub fn bytearray_exact(n: usize) -> usize {
    if n == 0 {
        0
    } else {
        n + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_match_python() {
        // sys.getsizeof(b) after each b.append(0) for lengths 1..=40 (python3).
        let expected = [
            58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75, 75, 75, 83, 83, 83, 83, 83, 83, 83, 83, 92, 92,
            92, 92, 92, 92, 92, 92, 92, 102, 102, 102, 102, 102,
        ];
        let mut alloc = 0;
        for (len, want) in (1..).zip(expected) {
            alloc = bytearray_resize(alloc, len - 1, len);
            assert_eq!(bytearray_sizeof(alloc), want, "len {len}");
        }
        assert_eq!(bytearray_sizeof(bytearray_exact(0)), 56);
        assert_eq!(bytearray_sizeof(bytearray_exact(1)), 58);
        assert_eq!(bytearray_sizeof(bytearray_exact(10)), 67);
        // b = bytearray(100); del b[50:] -> 157; del b[10:] -> 67
        let a = bytearray_resize(bytearray_exact(100), 100, 50);
        assert_eq!(bytearray_sizeof(a), 157);
        assert_eq!(bytearray_sizeof(bytearray_resize(a, 50, 10)), 67);
    }
}
