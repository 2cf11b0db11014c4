//! Watched objects: handed back to the owner when their count reaches zero
//! (how the VM runs `__del__` and weakref callbacks before freeing).

mod common;

use common::{node, TestObj};

use ouro_heap::Heap;

#[test]
fn watched_object_is_handed_back_not_freed() {
    let mut heap: Heap<TestObj> = Heap::new();
    let child = heap.alloc(TestObj::Atom(7));
    let parent = node(&mut heap, 1, &[child]);
    heap.decref(child); // only the parent holds it now
    heap.set_watched(parent, true);
    heap.decref(parent);
    assert!(heap.is_live(parent), "a watched object survives its last decref");
    assert!(heap.is_live(child), "and so does what it references");
    assert_eq!(heap.refcount(parent), 1, "the dying queue holds one reference");
    assert_eq!(heap.pop_dying(), Some(parent));
    assert!(!heap.has_dying());
    // The owner finishes it: unwatch, drop the queue's reference.
    heap.set_watched(parent, false);
    heap.decref(parent);
    assert!(!heap.is_live(parent));
    assert!(!heap.is_live(child));
}

#[test]
fn watched_objects_inside_a_cascade_are_queued_in_death_order() {
    let mut heap: Heap<TestObj> = Heap::new();
    let a = heap.alloc(TestObj::Atom(1));
    let b = heap.alloc(TestObj::Atom(2));
    let c = heap.alloc(TestObj::Atom(3));
    // A list-like node traces its items last to first: c, b, a.
    let list = node(&mut heap, 9, &[a, b, c]);
    for h in [a, b, c] {
        heap.set_watched(h, true);
        heap.decref(h);
    }
    heap.decref(list);
    assert!(!heap.is_live(list));
    let order: Vec<_> = std::iter::from_fn(|| heap.pop_dying()).collect();
    assert_eq!(order, vec![c, b, a], "CPython releases list items last to first");
    for h in order {
        assert_eq!(heap.refcount(h), 1);
        heap.set_watched(h, false);
        heap.decref(h);
        assert!(!heap.is_live(h));
    }
}

#[test]
fn resurrection_keeps_a_watched_object_alive() {
    let mut heap: Heap<TestObj> = Heap::new();
    let obj = heap.alloc(TestObj::Atom(1));
    heap.set_watched(obj, true);
    heap.decref(obj);
    let h = heap.pop_dying().unwrap();
    heap.incref(h); // a finalizer stored it somewhere
    heap.set_watched(h, false);
    heap.decref(h); // the queue's reference
    assert!(heap.is_live(h));
    assert_eq!(heap.refcount(h), 1);
}

#[test]
fn explanation_records_counts_and_external_references() {
    let mut heap: Heap<TestObj> = Heap::new();
    heap.set_explain(true);
    // a <-> b cycle, plus c held from outside and pointing at a.
    let a = node(&mut heap, 1, &[]);
    let b = node(&mut heap, 2, &[a]);
    heap.get_mut(a).items_mut().push(b);
    heap.incref(b);
    let c = node(&mut heap, 3, &[a]);
    heap.decref(a);
    heap.decref(b);
    heap.collect_start(0);
    let examined = heap.take_examined();
    let external = |h| examined.iter().find(|e| e.handle == h).map(|e| e.external);
    assert_eq!(external(a), Some(0), "a is referenced by b and c only");
    assert_eq!(external(b), Some(0), "b is referenced by a only");
    assert_eq!(external(c), Some(1), "c is held from outside");
    assert_eq!(heap.unreachable().len(), 0, "a and b are reachable through c");
    heap.collect_finish(false);
    assert!(heap.take_examined().is_empty());
}
