//! `_copy`: the one primitive the embedded `copy` module needs from the VM,
//! an instance of a user class made without calling `__init__` (what
//! `object.__new__(cls)` does in CPython).

use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs;
use crate::object::{Obj, ObjRef, TypeKind};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_copy");
    let d = vm.module_dict(m);
    vm.add_functions(d, "_copy", &[("new_instance", new_instance)]);
    m
}

/// `new_instance(cls)` for a user class whose instances are plain objects.
fn new_instance(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "new_instance", 1)?;
    let cls = a[0];
    let plain = matches!(vm.get(cls), Obj::Type(t) if !t.is_static && t.kind == TypeKind::Object);
    if !plain {
        let t = vm.repr_string(cls)?;
        return Err(vm.type_error(format!("cannot create an empty instance of {t}")));
    }
    Ok(vm.new_instance(cls))
}
