//! What an interactive front end needs from the VM: a persistent
//! `__main__`, running one entry at a time (each its own compilation unit,
//! as in CPython, so `257 is 257` across entries is False), and an
//! interrupt flag for Ctrl-C.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ouro_compiler::Mode;

use crate::object::ObjRef;
use crate::vm::Vm;

/// How one interactive entry ended.
#[derive(Debug, PartialEq, Eq)]
pub enum EntryOutcome {
    /// Ran (any exception was reported on stderr).
    Done,
    /// `SystemExit` (or `exit()`): leave with this status.
    Exit(i32),
}

impl Vm {
    /// Create (once) and return the `__main__` module's globals (borrowed).
    pub fn main_globals(&mut self) -> ObjRef {
        if let Some(g) = self.main_globals {
            return g;
        }
        let main = self.new_module("__main__");
        let globals = self.module_dict(main);
        if let Ok(Some(b)) = self.dict_get_str(self.modules, "builtins") {
            let _ = self.dict_set_str(globals, "__builtins__", b);
        }
        let modules = self.modules;
        let _ = self.dict_set_str(modules, "__main__", main);
        self.main_globals = Some(globals);
        globals
    }

    /// Compile and run one interactive entry in `__main__` (expression
    /// statements echo their repr and bind `_`). Syntax errors and uncaught
    /// exceptions are reported on stderr.
    pub fn run_interactive(&mut self, source: &str, filename: &str) -> EntryOutcome {
        self.sources.insert(filename.into(), source.into());
        let code = match self.compile_source(source, filename, Mode::Interactive) {
            Ok(c) => c,
            Err(e) => {
                self.report_syntax_error(&e);
                return EntryOutcome::Done;
            }
        };
        let globals = self.main_globals();
        let code_obj = self.load_unit(code, false);
        let r = self.run_code(code_obj, globals);
        self.decref(code_obj);
        let outcome = match r {
            Ok(v) => {
                self.decref(v);
                EntryOutcome::Done
            }
            Err(e) if self.err_is(&e, "SystemExit") => EntryOutcome::Exit(self.report_uncaught(e)),
            Err(e) => {
                self.report_uncaught(e);
                EntryOutcome::Done
            }
        };
        self.out.flush_stdout();
        outcome
    }

    /// The flag a signal handler sets to raise KeyboardInterrupt in the
    /// running program (checked at calls and backward jumps).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// If an interrupt is pending, clear it and raise KeyboardInterrupt.
    #[inline]
    pub fn check_interrupt(&mut self) -> crate::PyResult<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            self.interrupt.store(false, Ordering::Relaxed);
            let cls = self.t.exc("KeyboardInterrupt");
            return Err(crate::errors::PyErr(self.new_exception(cls, vec![])));
        }
        Ok(())
    }
}
