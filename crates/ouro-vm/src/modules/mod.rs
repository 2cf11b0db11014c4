//! Builtin modules (`sys`, `gc`) and the import machinery.

pub mod copy_native;
pub mod gc;
pub mod gc_referents;
pub mod graph_render;
pub mod import;
pub mod margs;
pub mod math;
pub mod math_int;
pub mod math_libm;
pub mod math_sum;
pub mod posix;
pub mod random;
pub mod re_engine;
pub mod sre;
pub mod sha512;
pub mod time;
pub mod sys;
pub mod ouro_native;
pub mod traceback_native;
pub mod weakref;

use crate::errors::PyResult;
use crate::object::{ModuleObj, Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// A new module object named `name` with a fresh dict (owned).
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let dict = self.new_dict();
        let n = self.new_str(name);
        self.incref(n);
        let _ = self.dict_set_str(dict, "__name__", n);
        let none = self.none();
        let _ = self.dict_set_str(dict, "__doc__", none);
        self.alloc_tracked(Obj::Module(ModuleObj { name: n, dict }))
    }

    pub fn module_dict(&self, m: ObjRef) -> ObjRef {
        match self.get(m) {
            Obj::Module(m) => m.dict,
            _ => m,
        }
    }

    /// `from module import name` (owned value).
    pub fn import_from(&mut self, module: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_is(&e, "AttributeError") => {
                self.decref(e.0);
                let (n, m) = (self.str_text(name).to_owned(), self.module_name(module));
                // `from package import submodule`: import it now.
                if matches!(self.get(module), Obj::Module(_)) {
                    let full = format!("{m}.{n}");
                    if crate::pylib::source(&full).is_some() || self.dict_get_str(self.modules, &full)?.map(|v| self.decref(v)).is_some() {
                        return self.import_module(&full);
                    }
                }
                Err(self.error("ImportError", format!("cannot import name '{n}' from '{m}' (unknown location)")))
            }
            Err(e) => Err(e),
        }
    }

    /// Interactive echo: `repr(value)` on stdout unless None; binds `_`.
    pub fn print_expr(&mut self, value: ObjRef) -> PyResult<()> {
        if self.is_none(value) {
            return Ok(());
        }
        let builtins = self.builtins;
        self.incref(value);
        self.dict_set_str(builtins, "_", value)?;
        let r = self.repr_string(value)?;
        self.out.write_stdout(&r);
        self.out.write_stdout("\n");
        Ok(())
    }
}

/// Creates a native module (its dict filled in), owned.
pub type ModuleInit = fn(&mut Vm) -> ObjRef;

/// The native modules importable by name (besides `sys`, `gc` and
/// `builtins`, which exist from start-up).
pub fn native_module(name: &str) -> Option<ModuleInit> {
    match name {
        "_weakref" => Some(weakref::create),
        "weakref" => Some(weakref::create_weakref_module),
        "math" => Some(math::create),
        "_random" => Some(random::create),
        "posix" => Some(posix::create),
        "_copy" => Some(copy_native::create),
        "_sre" => Some(sre::create),
        "_time" => Some(time::create),
        "_traceback" => Some(traceback_native::create),
        "_ouro" => Some(ouro_native::create),
        "_objgraph" => Some(graph_render::create),
        _ => None,
    }
}

pub fn register_builtin_modules(vm: &mut Vm) {
    let sys = sys::create(vm);
    let gc = gc::create(vm);
    let builtins = vm.new_module("builtins");
    let bd = vm.module_dict(builtins);
    let real = vm.builtins;
    // The builtins module shares the one builtins dict.
    if let Obj::Module(m) = vm.get_mut(builtins) {
        m.dict = real;
    }
    vm.incref(real);
    vm.decref(bd);
    let modules = vm.modules;
    for (name, m) in [("sys", sys), ("gc", gc), ("builtins", builtins)] {
        let _ = vm.dict_set_str(modules, name, m);
    }
    let md = vm.module_dict(sys);
    vm.incref(modules);
    let _ = vm.dict_set_str(md, "modules", modules);
    sys::add_python_parts(vm, sys);
}
