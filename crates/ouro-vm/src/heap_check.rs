//! The heap check (`OURO_HEAP_CHECK=1`, run on every golden script): at
//! exit, every live object's reference count must equal the references
//! actually held to it, by other live objects (their `trace`) and by the
//! interpreter's own fields (the roots listed here). A count too high is a
//! leak waiting to happen; too low, a use-after-free waiting to happen.

use std::collections::HashMap;

use crate::object::ObjRef;
use crate::vm::{Vm, STATIC_REFCOUNT};

impl Vm {
    /// References the interpreter itself owns (Rust fields of `Vm`).
    fn root_references(&self) -> HashMap<ObjRef, usize> {
        let mut roots: HashMap<ObjRef, usize> = HashMap::new();
        let mut add = |h: ObjRef| *roots.entry(h).or_default() += 1;
        for h in [self.builtins, self.modules, self.gc.garbage, self.gc.callbacks, self.build_class_fn, self.eval_fn, self.exec_fn, self.s.none, self.s.true_, self.s.false_] {
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
        problems
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
        assert_eq!(problems.len(), 2, "{problems:?}"); // holder (unrooted) and item
        assert!(problems.iter().any(|p| p.contains("refcount 2, references held 1")));
        vm.decref(item);
        vm.decref(holder);
        assert_eq!(vm.check_heap(), Vec::<String>::new());
    }
}
