//! The heap check (`OURO_HEAP_CHECK=1`, run on every golden script): at
//! exit, every live object's reference count must equal the references
//! actually held to it, by other live objects (their `trace`) and by the
//! interpreter's own fields (the roots listed here). A count too high is a
//! leak waiting to happen; too low, a use-after-free waiting to happen.
//!
//! After shutdown (`teardown.rs`) it also checks that nothing leaked: every
//! object still alive must be reachable from the interpreter's roots or a
//! static object (types, singletons). An unreachable survivor is garbage no
//! collection freed.

use std::collections::HashMap;

use crate::object::ObjRef;
use crate::vm::{Vm, STATIC_REFCOUNT};

impl Vm {
    /// References the interpreter itself owns (Rust fields of `Vm`).
    fn root_references(&self) -> HashMap<ObjRef, usize> {
        let mut roots: HashMap<ObjRef, usize> = HashMap::new();
        let mut add = |h: ObjRef| *roots.entry(h).or_default() += 1;
        for h in [self.builtins, self.modules, self.gc.garbage, self.gc.callbacks, self.build_class_fn, self.eval_fn, self.exec_fn, self.s.none, self.s.true_, self.s.false_, self.name_new, self.name_init, self.name_abstractmethods] {
            add(h);
        }
        self.arena.iter().for_each(|&h| add(h));
        self.handling.iter().for_each(|&h| add(h));
        roots
    }

    /// Compare every live object's count with the references held to it.
    /// Returns one line per mismatch (empty when the heap is consistent).
    pub fn check_heap(&self) -> Vec<String> {
        let held = self.heap.referrer_counts();
        let roots = self.root_references();
        let mut problems = Vec::new();
        for h in self.heap.live_handles() {
            let count = self.heap.refcount(h);
            if count >= STATIC_REFCOUNT {
                continue;
            }
            let expected = held[h.index()] + roots.get(&h).copied().unwrap_or(0);
            if count != expected {
                problems.push(format!(
                    "{} at {:#x}: refcount {count}, references held {expected}",
                    self.type_name(h),
                    self.heap.address(h)
                ));
            }
        }
        problems.extend(self.leaked_objects(&roots));
        problems
    }

    /// Live objects not reachable from the roots or a static object, one
    /// line per type with how many.
    fn leaked_objects(&self, roots: &HashMap<ObjRef, usize>) -> Vec<String> {
        let live = self.heap.live_handles();
        let mut seen = vec![false; self.heap.slot_count()];
        let mut work: Vec<ObjRef> = roots.keys().copied().collect();
        work.extend(live.iter().copied().filter(|&h| self.heap.refcount(h) >= STATIC_REFCOUNT));
        while let Some(h) = work.pop() {
            if std::mem::replace(&mut seen[h.index()], true) {
                continue;
            }
            ouro_heap::Trace::trace(self.raw(h), &mut |c| work.push(c));
        }
        let mut leaked: Vec<(std::rc::Rc<str>, usize)> = Vec::new();
        for h in live.into_iter().filter(|h| !seen[h.index()]) {
            let t = self.type_name(h);
            match leaked.iter_mut().find(|(n, _)| *n == t) {
                Some(e) => e.1 += 1,
                None => leaked.push((t, 1)),
            }
        }
        leaked.into_iter().map(|(t, n)| format!("leaked at exit: {n} {t} object(s) unreachable from the interpreter's roots")).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::vm::Vm;

    #[test]
    fn a_consistent_heap_passes() {
        let vm = Vm::new(vec![]);
        assert_eq!(vm.check_heap(), Vec::<String>::new());
    }

    #[test]
    fn an_extra_reference_is_reported() {
        let mut vm = Vm::new(vec![]);
        let item = vm.new_list(vec![]);
        let holder = vm.new_list(vec![item]);
        vm.incref(item); // a reference nobody holds: a leak
        let problems = vm.check_heap();
        // holder (unrooted) and item, and both are unreachable.
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("refcount 2, references held 1")));
        assert!(problems.iter().any(|p| p.contains("leaked at exit: 2 list object(s)")));
        vm.decref(item);
        vm.decref(holder);
        assert_eq!(vm.check_heap(), Vec::<String>::new());
    }

    #[test]
    fn an_uncollected_cycle_is_a_leak() {
        let mut vm = Vm::new(vec![]);
        let a = vm.new_list(vec![]);
        let b = vm.new_list(vec![a]);
        vm.incref(b);
        vm.list_append_owned(a, b);
        vm.decref(b);
        // a <-> b, nothing else holds them: consistent counts, but leaked.
        let problems = vm.check_heap();
        assert_eq!(problems, vec!["leaked at exit: 2 list object(s) unreachable from the interpreter's roots".to_string()]);
    }
}
