//! Byte-level substring algorithms shared by `str` (UTF-8 is
//! self-synchronising, so byte matches are character matches) and `bytes`:
//! find, rfind, non-overlapping count, split/rsplit by a separator, replace.
//! Searching is a first-byte scan plus comparison (worst case O(n*m)).

/// Position of the first occurrence of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    (0..=last_start).find(|&i| hay[i] == first && &hay[i..i + needle.len()] == needle)
}

/// Position of the last occurrence of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let last_start = hay.len() - needle.len();
    (0..=last_start).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Non-overlapping occurrences of a non-empty `needle`, at most `max`.
pub fn count(hay: &[u8], needle: &[u8], max: usize) -> usize {
    let mut n = 0;
    let mut pos = 0;
    while n < max {
        match find(&hay[pos..], needle) {
            Some(i) => {
                n += 1;
                pos += i + needle.len();
            }
            None => break,
        }
    }
    n
}

/// `hay.split(sep, maxsplit)` for a non-empty `sep` (`maxsplit < 0`: no limit).
pub fn split<'a>(hay: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    while left > 0 {
        match find(&hay[pos..], sep) {
            Some(i) => {
                out.push(&hay[pos..pos + i]);
                pos += i + sep.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&hay[pos..]);
    out
}

/// `hay.rsplit(sep, maxsplit)` for a non-empty `sep`.
pub fn rsplit<'a>(hay: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = hay.len();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    while left > 0 {
        match rfind(&hay[..end], sep) {
            Some(i) => {
                out.push(&hay[i + sep.len()..end]);
                end = i;
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&hay[..end]);
    out.reverse();
    out
}

/// Replaces up to `max` non-overlapping occurrences of a non-empty `old`.
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], max: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut pos = 0;
    let mut done = 0;
    while done < max {
        match find(&hay[pos..], old) {
            Some(i) => {
                out.extend_from_slice(&hay[pos..pos + i]);
                out.extend_from_slice(new);
                pos += i + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[pos..]);
    out
}

/// CPython's `ADJUST_INDICES`: clamps optional start/end against `len`.
/// `start` may stay greater than `len` (callers treat that as "no match").
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let n = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(n);
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(find(b"hello", b"ll"), Some(2));
        assert_eq!(rfind(b"abab", b"ab"), Some(2));
        assert_eq!(rfind(b"abab", b""), Some(4));
        assert_eq!(count(b"aaaa", b"aa", usize::MAX), 2);
        assert_eq!(split(b"aaa", b"aa", -1), vec![&b""[..], b"a"]);
        assert_eq!(rsplit(b"aaa", b"aa", -1), vec![&b"a"[..], b""]);
        assert_eq!(split(b"a,b,c", b",", 1), vec![&b"a"[..], b"b,c"]);
        assert_eq!(rsplit(b"a,b,c", b",", 1), vec![&b"a,b"[..], b"c"]);
        assert_eq!(replace(b"aaa", b"a", b"bb", 2), b"bbbba".to_vec());
        assert_eq!(adjust_indices(Some(-10), Some(-1), 5), (0, 4));
        assert_eq!(adjust_indices(Some(7), Some(100), 5), (7, 5));
    }
}
