//! Python slice arithmetic (`PySlice_AdjustIndices`): turns optional
//! start/stop/step into concrete indices for a sequence of length `len`.

use crate::num::error::{PyErr, PyResult};

/// Concrete slice bounds: iterate `start, start+step, ...` for `len` items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    /// First index (meaningful only when `len > 0`).
    pub start: i64,
    /// Stop index after clamping.
    pub stop: i64,
    /// Step, never zero.
    pub step: i64,
    /// Number of selected items.
    pub len: usize,
}

impl SliceIndices {
    /// Adjusts `(start, stop, step)` (already clamped to `i64` by the caller,
    /// `None` for omitted) to a sequence of `length` items.
    /// A zero step raises `ValueError: slice step cannot be zero`.
    pub fn new(length: usize, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<SliceIndices> {
        let step = step.unwrap_or(1);
        if step == 0 {
            return Err(PyErr::value("slice step cannot be zero"));
        }
        let n = length as i64;
        let (lo_default, hi_default) = if step < 0 { (n - 1, -1) } else { (0, n) };
        let start = start.map_or(lo_default, |v| adjust(v, n, step));
        let stop = stop.map_or(hi_default, |v| adjust(v, n, step));
        let len = count(start, stop, step);
        Ok(SliceIndices { start, stop, step, len })
    }

    /// The selected indices, in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

/// Clamps one bound like CPython: negative values count from the end.
fn adjust(v: i64, n: i64, step: i64) -> i64 {
    if v < 0 {
        let v = v.saturating_add(n);
        if v < 0 {
            if step < 0 {
                -1
            } else {
                0
            }
        } else {
            v
        }
    } else if v >= n {
        if step < 0 {
            n - 1
        } else {
            n
        }
    } else {
        v
    }
}

fn count(start: i64, stop: i64, step: i64) -> usize {
    if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx(n: usize, a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Vec<usize> {
        SliceIndices::new(n, a, b, c).unwrap().indices().collect()
    }

    #[test]
    fn python_slices() {
        // list(range(10))[a:b:c] checked with python3.
        assert_eq!(idx(10, None, None, Some(-1)), vec![9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
        assert_eq!(idx(10, Some(-3), None, None), vec![7, 8, 9]);
        assert_eq!(idx(10, Some(8), Some(2), Some(-3)), vec![8, 5]);
        assert_eq!(idx(10, Some(-100), Some(100), Some(4)), vec![0, 4, 8]);
        assert_eq!(idx(10, Some(100), Some(-100), Some(-4)), vec![9, 5, 1]);
        assert_eq!(idx(10, Some(i64::MIN), Some(i64::MAX), Some(i64::MAX)), vec![0]);
        assert_eq!(idx(0, None, None, Some(-1)), Vec::<usize>::new());
        let e = SliceIndices::new(3, None, None, Some(0)).unwrap_err();
        assert_eq!(e.msg, "slice step cannot be zero");
    }
}
