//! `_ouro`: what Ouro shows of its own heap beyond CPython's API (used by
//! the built-in `memory_profiler`).

use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs;
use crate::object::ObjRef;
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_ouro");
    let d = vm.module_dict(m);
    vm.add_functions(d, "_ouro", &[("heap_bytes", heap_bytes)]);
    m
}

/// `heap_bytes()`: the sum of `sys.getsizeof` over every live object.
fn heap_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    margs::exactly(vm, args, "heap_bytes", 0)?;
    let n = vm.heap_bytes();
    Ok(vm.new_int(n as i64))
}
