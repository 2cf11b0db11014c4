//! CPython's list_resize rule (TEMPORARY until the full table module lands).
pub fn list_resize(allocated: usize, oldsize: usize, newsize: usize) -> usize {
    if allocated >= newsize && newsize >= allocated / 2 { return allocated; }
    if newsize == 0 { return 0; }
    let mut new = (newsize + (newsize >> 3) + 6) & !3;
    if newsize - oldsize.min(newsize) > new - newsize { new = (newsize + 3) & !3; }
    new
}
pub fn list_presize(n: usize) -> usize { (n + 1) & !1 }
