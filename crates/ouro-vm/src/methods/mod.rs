//! Methods of the builtin types, registered into their type dicts.

pub mod bytes;
pub mod complex;
pub mod dict;
pub mod dunders;
pub mod float;
pub mod int;
pub mod list;
pub mod object;
pub mod range;
pub mod str;
pub mod tuple;

use crate::object::{NativeFn, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// Put method descriptors into type `t`'s dict.
    pub fn add_methods(&mut self, t: ObjRef, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
        let dict = self.type_obj(t).dict;
        for &(name, func) in methods {
            let m = self.make_method_descriptor(name, func, owner);
            let _ = self.dict_set_str(dict, name, m);
        }
    }
}

pub fn register_all(vm: &mut Vm) {
    list::register(vm);
    str::register(vm);
    dict::register(vm);
    tuple::register(vm);
    int::register(vm);
    float::register(vm);
    complex::register(vm);
    range::register(vm);
    bytes::register(vm);
    object::register(vm);
    crate::format::register(vm);
    crate::file::register(vm);
    crate::ops::set::register(vm);
    crate::generator::register(vm);
    crate::builtins::descriptors::register_property_methods(vm);
}
