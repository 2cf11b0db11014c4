//! Running a collection: what CPython's `gc_collect_main` and
//! `gc_collect_with_callbacks` do around the heap's algorithm: the
//! `DEBUG_*` stderr lines, `gc.callbacks`, `gc.garbage`, and the
//! collections at interpreter shutdown.

use std::time::Instant;

use crate::modules::gc::{DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS};
use crate::object::ObjRef;
use crate::vm::Vm;

/// An automatic collection triggered by an allocation.
pub fn collect_automatic(vm: &mut Vm, generation: usize) {
    vm.collect_reason = "automatic: more allocations than the threshold since the last collection";
    collect_with_callbacks(vm, generation);
}

/// Stress mode: a young collection with no debug output or callbacks.
/// Programs that do not look at the `gc` module print the same with it.
pub fn collect_stress(vm: &mut Vm) {
    vm.heap.collect_start(0);
    let outcome = vm.heap.collect_finish(false);
    save_garbage(vm, outcome.saved);
}

/// `gc.collect(generation)`: returns the number of unreachable objects.
/// Returns 0 without collecting while a collection is running.
pub fn collect_explicit(vm: &mut Vm, generation: usize) -> usize {
    if vm.heap.is_collecting() {
        return 0;
    }
    vm.collect_reason = "gc.collect() called";
    collect_with_callbacks(vm, generation)
}

fn collect_with_callbacks(vm: &mut Vm, generation: usize) -> usize {
    run_callbacks(vm, "start", generation, 0, 0);
    let (collected, uncollectable) = collect(vm, generation);
    run_callbacks(vm, "stop", generation, collected, uncollectable);
    collected + uncollectable
}

/// Call each of `gc.callbacks` with `(phase, info)`. The info dict is only
/// created when there are callbacks (as in CPython).
fn run_callbacks(vm: &mut Vm, phase: &str, generation: usize, collected: usize, uncollectable: usize) {
    let callbacks = vm.list_items(vm.gc.callbacks);
    if callbacks.is_empty() {
        return;
    }
    let info = vm.new_dict();
    for (k, v) in [("generation", generation), ("collected", collected), ("uncollectable", uncollectable)] {
        let i = vm.new_int(v as i64);
        let _ = vm.dict_set_str(info, k, i);
    }
    let phase = vm.new_str(phase);
    for cb in callbacks {
        vm.incref(cb);
        let r = vm.call(cb, &[phase, info]);
        match r {
            Ok(v) => vm.decref(v),
            Err(e) => crate::traceback::report_unraisable(vm, e, cb),
        }
        vm.decref(cb);
    }
    vm.decref_all([phase, info]);
}

/// One collection of `generation` (spec 3.4); returns (m, n).
fn collect(vm: &mut Vm, generation: usize) -> (usize, usize) {
    let debug = vm.gc.debug;
    let started = Instant::now();
    if debug & DEBUG_STATS != 0 {
        let lens: Vec<String> = (0..3).map(|g| vm.heap.generation_len(g).to_string()).collect();
        let text = format!(
            "gc: collecting generation {generation}...\ngc: objects in each generation: {}\ngc: objects in permanent generation: {}\n",
            lens.join(" "),
            vm.heap.permanent_len()
        );
        vm.out.write_stderr(&text);
    }
    vm.heap.collect_start(generation);
    if vm.gc_trace {
        let unreachable = vm.heap.unreachable();
        let why = vm.collect_reason;
        crate::gc_trace::explain(vm, generation, why, &unreachable);
    }
    if debug & DEBUG_COLLECTABLE != 0 {
        let mut text = String::new();
        for h in vm.heap.unreachable() {
            let name = vm.type_name(h);
            text.push_str(&format!("gc: collectable <{} {:#x}>\n", name, vm.heap.address(h)));
        }
        vm.out.write_stderr(&text);
    }
    let freed_weakrefs = handle_weakrefs(vm);
    finalize_garbage(vm);
    // Step 11. Pre: finalizers ran. Post: anything they made reachable
    // again (resurrected) left the unreachable set for the old generation.
    vm.heap.collect_resurrect();
    let outcome = vm.heap.collect_finish(debug & DEBUG_SAVEALL != 0);
    save_garbage(vm, outcome.saved);
    let (m, n) = (outcome.collected + freed_weakrefs, outcome.uncollectable);
    if debug & DEBUG_STATS != 0 {
        let secs = started.elapsed().as_secs_f64();
        vm.out.write_stderr(&format!("gc: done, {} unreachable, {n} uncollectable, {secs:.4}s elapsed\n", m + n));
    }
    (m, n)
}

/// Step 9. Pre: the unreachable set is final for this collection.
/// Weakrefs that are garbage themselves are cleared silently; weakrefs to
/// garbage are cleared and their callbacks run, before any finalizer (so a
/// `__del__` already sees them dead). Returns how many weakref objects the
/// callbacks' completion freed (they count as collected, as in CPython).
fn handle_weakrefs(vm: &mut Vm) -> usize {
    if vm.weakrefs.is_empty() {
        return 0;
    }
    let unreachable = vm.heap.unreachable();
    for &w in &unreachable {
        if matches!(vm.get(w), crate::object::Obj::WeakRef(_)) {
            vm.weakref_died(w);
            if let crate::object::Obj::WeakRef(r) = vm.get_mut(w) {
                r.referent = None;
            }
        }
    }
    let mut callbacks = Vec::new();
    for &h in &unreachable {
        if !vm.heap.in_unreachable(h) {
            continue;
        }
        for w in vm.clear_weakrefs(h) {
            if vm.heap.in_unreachable(w) {
                vm.decref(w);
            } else {
                callbacks.push(w);
            }
        }
    }
    let mut freed = 0;
    for w in callbacks {
        let held = vm.incref(w);
        vm.call_weakref_callbacks(vec![held]);
        // Ours is the last reference once the callback dropped the others
        // (a `weakref.finalize` unregisters itself): freed now, counted.
        if vm.heap.refcount(w) == 1 {
            freed += 1;
        }
        vm.decref(w);
    }
    freed
}

/// Step 10 (PEP 442): call `__del__` once for each unreachable object
/// whose class has one; an object resurrected by it survives (step 11).
fn finalize_garbage(vm: &mut Vm) {
    for h in vm.heap.unreachable() {
        if vm.heap.in_unreachable(h) && !vm.heap.is_finalized(h) && vm.has_del(h) {
            vm.heap.set_finalized(h);
            vm.incref(h);
            vm.call_del(h);
            vm.decref(h);
        }
    }
}

/// Append objects saved by `DEBUG_SAVEALL` (owned references) to the
/// collector's own `gc.garbage` list.
fn save_garbage(vm: &mut Vm, saved: Vec<ObjRef>) {
    let garbage = vm.gc.garbage;
    for h in saved {
        vm.list_append_owned(garbage, h);
    }
}

/// The collections CPython 3.11 runs at interpreter exit: one through the
/// normal path (skipped when disabled), then three more during module
/// teardown that ignore `enabled` and callbacks.
pub fn shutdown_collections(vm: &mut Vm) {
    if vm.heap.enabled() && !vm.heap.is_collecting() {
        vm.collect_reason = "interpreter shutdown";
        collect_with_callbacks(vm, 2);
    }
    vm.teardown_modules();
}

/// One of the three teardown collections (see `teardown.rs`).
pub fn shutdown_collection(vm: &mut Vm) {
    if !vm.heap.is_collecting() {
        vm.collect_reason = "interpreter shutdown";
        collect(vm, 2);
        vm.finish_dying();
    }
}
