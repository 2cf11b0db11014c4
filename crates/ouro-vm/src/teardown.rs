//! Interpreter shutdown, in CPython 3.11's order (`Py_FinalizeEx`):
//!
//! 1. `weakref.finalize` exit functions (atexit), then a collection if the
//!    collector is enabled;
//! 2. every `sys.modules` entry is set to None, so a module nobody else
//!    holds dies now with its globals (their `__del__` run in dict order);
//!    then a collection, which frees a module's globals that are held in
//!    cycles (a function's `__globals__` is its module's dict);
//! 3. modules still alive have their globals cleared as CPython's
//!    `_PyModule_ClearDict` does (first names starting with one underscore,
//!    then the others, each set to None), newest module first, then `sys`
//!    and the builtins are emptied; a collection;
//! 4. a last collection, as the interpreter state is cleared.
//!
//! Postcondition: only what the interpreter itself holds is left (types,
//! singletons, interned names); the heap check (`OURO_HEAP_CHECK=1`) then
//! verifies that nothing else is reachable-but-forgotten or leaked.

use crate::gc_driver;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// Steps 2 to 4 (step 1 is `run_exit_finalizers` and the first
    /// collection of `gc_driver::shutdown_collections`).
    pub fn teardown_modules(&mut self) {
        let modules = self.modules;
        let sys_dict = match self.dict_get_str(modules, "sys") {
            Ok(Some(m)) => {
                let d = self.module_dict(m);
                self.incref(d);
                self.decref(m);
                Some(d)
            }
            _ => None,
        };
        let entries = self.dict_items(modules);
        let names: Vec<ObjRef> = entries.iter().map(|&(k, _)| self.incref(k)).collect();
        let mods: Vec<ObjRef> = entries.iter().map(|&(_, m)| m).filter(|&m| matches!(self.get(m), Obj::Module(_))).collect();
        // Watch the modules without keeping them alive: a slot still holding
        // a module after the entries are dropped is that module.
        for &name in &names {
            let none = self.none();
            let r = self.dict_set_owned(modules, name, none);
            self.ignore_teardown_error(r);
            self.finish_dying();
        }
        self.decref_all(names);
        gc_driver::shutdown_collection(self);
        for &m in mods.iter().rev() {
            if self.heap.is_live(m) && matches!(self.get(m), Obj::Module(_)) {
                let d = self.module_dict(m);
                if d != self.builtins && Some(d) != sys_dict {
                    self.clear_module_dict(d);
                }
            }
        }
        for d in [sys_dict, Some(self.builtins)].into_iter().flatten() {
            self.clear_dict_values(d);
        }
        self.decref_all(sys_dict);
        gc_driver::shutdown_collection(self);
        gc_driver::shutdown_collection(self);
    }

    /// CPython's `_PyModule_ClearDict`: names starting with a single
    /// underscore first, then all others but `__builtins__`, set to None.
    fn clear_module_dict(&mut self, d: ObjRef) {
        for underscore_pass in [true, false] {
            for (k, _) in self.dict_items(d) {
                let Obj::Str(s) = self.get(k) else { continue };
                let text = &*s.text;
                let single = text.starts_with('_') && !text.starts_with("__");
                let wanted = if underscore_pass { single } else { !single && text != "__builtins__" };
                if wanted {
                    self.incref(k);
                    let none = self.none();
                    let r = self.dict_set_owned(d, k, none);
                    self.decref(k);
                    self.ignore_teardown_error(r);
                    self.finish_dying();
                }
            }
        }
    }

    /// `PyDict_Clear` of `sys` and the builtins.
    fn clear_dict_values(&mut self, d: ObjRef) {
        if !self.heap.is_live(d) {
            return;
        }
        crate::methods::dict::clear_dict(self, d);
        self.finish_dying();
    }

    fn ignore_teardown_error(&mut self, r: crate::errors::PyResult<()>) {
        if let Err(e) = r {
            self.decref(e.0);
        }
    }
}
