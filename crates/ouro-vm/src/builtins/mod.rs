//! The `builtins` module: its functions and the names of the builtin types
//! and exceptions.

pub mod construct;
pub mod descriptors;
pub mod iterators;
pub(crate) mod functions;
// --- builtins-widening modules (args parsing, bytes, numeric, introspection)
pub mod args;
pub mod bytes_ops;
pub mod evalexec;
pub mod introspect;
mod numeric;
pub mod str_format;

use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{BuiltinObj, NativeFn, Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// A builtin function object (owned).
    pub fn make_builtin(&mut self, name: &'static str, func: NativeFn, owner: &'static str) -> ObjRef {
        let b = BuiltinObj { name, func, self_obj: None, owner, is_method_descriptor: false };
        self.alloc_tracked(Obj::Builtin(Box::new(b)))
    }

    /// An unbound builtin method for a type's dict (owned).
    pub fn make_method_descriptor(&mut self, name: &'static str, func: NativeFn, owner: &'static str) -> ObjRef {
        let b = BuiltinObj { name, func, self_obj: None, owner, is_method_descriptor: true };
        self.alloc_tracked(Obj::Builtin(Box::new(b)))
    }

    /// Add builtin functions to a module dict.
    pub fn add_functions(&mut self, dict: ObjRef, owner: &'static str, fns: &[(&'static str, NativeFn)]) {
        for &(name, func) in fns {
            let f = self.make_builtin(name, func, owner);
            let _ = self.dict_set_str(dict, name, f);
        }
    }
}

/// Argument-count check with CPython's wording for builtins.
pub fn check_args(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(vm.type_error(msg))
}

/// The value of keyword argument `name`, if given (borrowed).
pub fn kwarg(vm: &Vm, args: &Args, name: &str) -> Option<ObjRef> {
    args.kwnames.iter().position(|&k| vm.str_text(k) == name).map(|i| args.kwvalues[i])
}

/// The builtins dict: functions, types and exception classes.
pub fn create_builtins_dict(vm: &mut Vm) -> ObjRef {
    let d = vm.new_dict();
    vm.add_functions(d, "builtins", &[("open", crate::file::open)]);
    // exit and quit print a hint, as CPython's site.Quitter objects do.
    vm.add_functions(d, QUITTER, &[("exit", exit), ("quit", exit)]);
    functions::register(vm, d);
    let t = &vm.t;
    let types = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str_),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("slice", t.slice),
        ("range", t.range),
        ("property", t.property),
        ("set", t.set),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("enumerate", t.enumerate),
        ("frozenset", t.frozenset),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("super", t.super_),
        // builtins-widening: iterator types
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
    ];
    for (name, h) in types {
        vm.incref(h);
        let _ = vm.dict_set_str(d, name, h);
    }
    let names: Vec<&'static str> = crate::types::Types::exception_names().collect();
    for name in names {
        let h = vm.t.exc(name);
        vm.incref(h);
        let _ = vm.dict_set_str(d, name, h);
    }
    for (name, h) in [("None", vm.s.none), ("Ellipsis", vm.s.ellipsis), ("NotImplemented", vm.s.not_implemented), ("True", vm.s.true_), ("False", vm.s.false_)] {
        vm.incref(h);
        let _ = vm.dict_set_str(d, name, h);
    }
    let name = vm.new_str("builtins");
    let _ = vm.dict_set_str(d, "__name__", name);
    d
}

/// The owner name that marks the `exit`/`quit` builtins (see `repr.rs`).
pub const QUITTER: &str = "Quitter";

/// `exit(code=None)` / `quit(code=None)`: raise SystemExit(code).
fn exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = vm.t.exc("SystemExit");
    let items: Vec<ObjRef> = args.pos.iter().take(1).map(|&a| vm.incref(a)).collect();
    Err(crate::errors::PyErr(vm.new_exception(cls, items)))
}
