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
    if debug & DEBUG_COLLECTABLE != 0 {
        let mut text = String::new();
        for h in vm.heap.unreachable() {
            let name = vm.type_name(h);
            text.push_str(&format!("gc: collectable <{} {:#x}>\n", name, vm.heap.address(h)));
        }
        vm.out.write_stderr(&text);
    }
    let outcome = vm.heap.collect_finish(debug & DEBUG_SAVEALL != 0);
    save_garbage(vm, outcome.saved);
    let (m, n) = (outcome.collected, outcome.uncollectable);
    if debug & DEBUG_STATS != 0 {
        let secs = started.elapsed().as_secs_f64();
        vm.out.write_stderr(&format!("gc: done, {} unreachable, {n} uncollectable, {secs:.4}s elapsed\n", m + n));
    }
    (m, n)
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
        collect_with_callbacks(vm, 2);
    }
    for _ in 0..3 {
        if !vm.heap.is_collecting() {
            collect(vm, 2);
        }
    }
}
