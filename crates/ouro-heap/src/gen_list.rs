//! Intrusive doubly linked lists of slot indices: the GC "header" of every
//! slot (CPython's `PyGC_Head`) and the heads of the collector's lists.
//!
//! Each slot has a [`Header`] with `prev`/`next` links, the id of the list it
//! is in ([`NOT_TRACKED`] if none) and flag bits. Knowing its list, a node can
//! be unlinked in O(1) from whatever list holds it (a generation, the
//! permanent list, or the unreachable list of a running collection), which
//! is what freeing by refcount in the middle of a collection needs.
//!
//! Track, untrack, unlink and append are O(1). `merge` splices in O(1) but
//! relabels the moved nodes (O(moved)); every merge happens next to a pass
//! over the same nodes (a collection, freeze/unfreeze), so this costs no
//! extra order of time and keeps `len` O(1).

/// Identifies one of the lists.
pub(crate) type ListId = u8;

/// Generations 0, 1, 2 are list ids 0, 1, 2.
pub(crate) const PERMANENT: ListId = 3;
/// The unreachable objects of the running collection.
pub(crate) const UNREACHABLE: ListId = 4;
/// Working list of the resurrection check.
pub(crate) const SCRATCH: ListId = 5;
pub(crate) const NUM_LISTS: usize = 6;
/// The `list` of a header that is in no list (an untracked object).
pub(crate) const NOT_TRACKED: ListId = u8::MAX;

/// `gc.is_finalized`: the finalizer already ran. Survives until free.
pub(crate) const FLAG_FINALIZED: u8 = 1;
/// Set on the objects under analysis during a reachability scan (CPython's
/// `PREV_MASK_COLLECTING`); cleared once an object is known reachable.
pub(crate) const FLAG_COLLECTING: u8 = 2;
/// The value is of a GC type (cached at allocation).
pub(crate) const FLAG_GC: u8 = 4;
/// Hand the object back instead of freeing it when its count reaches zero
/// (see `Heap::set_watched`).
pub(crate) const FLAG_WATCHED: u8 = 8;

/// End-of-list marker for links.
const NIL: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Header {
    prev: u32,
    next: u32,
    list: ListId,
    flags: u8,
}

impl Header {
    const fn new(flags: u8) -> Self {
        Header {
            prev: NIL,
            next: NIL,
            list: NOT_TRACKED,
            flags,
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Head {
    first: u32,
    last: u32,
    len: usize,
}

const EMPTY: Head = Head {
    first: NIL,
    last: NIL,
    len: 0,
};

pub(crate) struct Lists {
    headers: Vec<Header>,
    heads: [Head; NUM_LISTS],
}

fn link(x: u32) -> Option<u32> {
    (x != NIL).then_some(x)
}

impl Lists {
    pub(crate) fn new() -> Self {
        Lists {
            headers: Vec::new(),
            heads: [EMPTY; NUM_LISTS],
        }
    }

    /// Give slot `i` a fresh, untracked header (slot `i` is new or reused).
    #[inline]
    pub(crate) fn reset(&mut self, i: u32, flags: u8) {
        let header = Header::new(flags);
        match self.headers.get_mut(i as usize) {
            Some(h) => *h = header,
            None => {
                debug_assert_eq!(self.headers.len(), i as usize);
                self.headers.push(header);
            }
        }
    }

    #[inline]
    pub(crate) fn list_of(&self, i: u32) -> ListId {
        self.headers[i as usize].list
    }

    #[inline]
    pub(crate) fn has_flag(&self, i: u32, flag: u8) -> bool {
        self.headers[i as usize].flags & flag != 0
    }

    #[inline]
    pub(crate) fn set_flag(&mut self, i: u32, flag: u8) {
        self.headers[i as usize].flags |= flag;
    }

    #[inline]
    pub(crate) fn clear_flag(&mut self, i: u32, flag: u8) {
        self.headers[i as usize].flags &= !flag;
    }

    #[inline]
    pub(crate) fn len(&self, list: ListId) -> usize {
        self.heads[list as usize].len
    }

    #[inline]
    pub(crate) fn first(&self, list: ListId) -> Option<u32> {
        link(self.heads[list as usize].first)
    }

    #[inline]
    pub(crate) fn next(&self, i: u32) -> Option<u32> {
        link(self.headers[i as usize].next)
    }

    #[inline]
    pub(crate) fn prev(&self, i: u32) -> Option<u32> {
        link(self.headers[i as usize].prev)
    }

    pub(crate) fn last(&self, list: ListId) -> Option<u32> {
        link(self.heads[list as usize].last)
    }

    /// The nodes of `list`, in order.
    pub(crate) fn iter(&self, list: ListId) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(self.first(list), move |&i| self.next(i))
    }

    /// Append untracked node `i` to the end of `list`.
    #[inline]
    pub(crate) fn append(&mut self, i: u32, list: ListId) {
        debug_assert_eq!(self.list_of(i), NOT_TRACKED);
        let head = &mut self.heads[list as usize];
        let old_last = head.last;
        head.last = i;
        head.len += 1;
        if old_last == NIL {
            head.first = i;
        } else {
            self.headers[old_last as usize].next = i;
        }
        let h = &mut self.headers[i as usize];
        h.prev = old_last;
        h.next = NIL;
        h.list = list;
    }

    /// Remove node `i` from whatever list holds it (no-op if none).
    #[inline]
    pub(crate) fn unlink(&mut self, i: u32) {
        let Header {
            prev, next, list, ..
        } = self.headers[i as usize];
        if list == NOT_TRACKED {
            return;
        }
        let head = &mut self.heads[list as usize];
        head.len -= 1;
        if prev == NIL {
            head.first = next;
        } else {
            self.headers[prev as usize].next = next;
        }
        if next == NIL {
            head.last = prev;
        } else {
            self.headers[next as usize].prev = prev;
        }
        let h = &mut self.headers[i as usize];
        h.prev = NIL;
        h.next = NIL;
        h.list = NOT_TRACKED;
    }

    /// Move node `i` (tracked) to the end of `list`.
    #[inline]
    pub(crate) fn move_to(&mut self, i: u32, list: ListId) {
        self.unlink(i);
        self.append(i, list);
    }

    /// Append all of `src` to the end of `dst`, leaving `src` empty.
    pub(crate) fn merge(&mut self, src: ListId, dst: ListId) {
        debug_assert_ne!(src, dst);
        let s = std::mem::replace(&mut self.heads[src as usize], EMPTY);
        if s.len == 0 {
            return;
        }
        let mut cur = s.first;
        while cur != NIL {
            let h = &mut self.headers[cur as usize];
            h.list = dst;
            cur = h.next;
        }
        let d = &mut self.heads[dst as usize];
        let old_last = d.last;
        d.last = s.last;
        d.len += s.len;
        if old_last == NIL {
            d.first = s.first;
        } else {
            self.headers[old_last as usize].next = s.first;
        }
        self.headers[s.first as usize].prev = old_last;
    }

    /// Number of headers (= slots).
    pub(crate) fn header_count(&self) -> usize {
        self.headers.len()
    }

    /// Raw view of header `i` for the self-check: (list, flags).
    pub(crate) fn raw(&self, i: u32) -> (ListId, u8) {
        let h = self.headers[i as usize];
        (h.list, h.flags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists_with(n: u32) -> Lists {
        let mut l = Lists::new();
        (0..n).for_each(|i| l.reset(i, 0));
        l
    }

    fn order(l: &Lists, list: ListId) -> Vec<u32> {
        l.iter(list).collect()
    }

    #[test]
    fn append_unlink_anywhere() {
        let mut l = lists_with(4);
        (0..4).for_each(|i| l.append(i, 0));
        l.unlink(0);
        l.unlink(2);
        l.unlink(3);
        l.unlink(3);
        assert_eq!((order(&l, 0), l.len(0), l.last(0)), (vec![1], 1, Some(1)));
        l.unlink(1);
        assert_eq!((l.first(0), l.last(0), l.len(0)), (None, None, 0));
    }

    #[test]
    fn merge_appends_and_relabels() {
        let mut l = lists_with(5);
        [0, 1].iter().for_each(|&i| l.append(i, 2));
        [2, 3, 4].iter().for_each(|&i| l.append(i, 0));
        l.merge(0, 2);
        assert_eq!(order(&l, 2), vec![0, 1, 2, 3, 4]);
        assert_eq!((l.len(0), l.len(2), l.list_of(3)), (0, 5, 2));
        l.merge(2, PERMANENT);
        l.merge(0, PERMANENT);
        assert_eq!(
            (order(&l, PERMANENT), l.prev(0), l.prev(1)),
            (vec![0, 1, 2, 3, 4], None, Some(0))
        );
        l.move_to(0, 1);
        assert_eq!(
            (order(&l, PERMANENT), order(&l, 1)),
            (vec![1, 2, 3, 4], vec![0])
        );
    }
}
