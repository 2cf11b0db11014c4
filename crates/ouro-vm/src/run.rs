//! Running programs: loading a compilation unit (materialising its
//! constants, merged across the unit, with CPython's parser-arena
//! references), running `__main__`, reporting uncaught exceptions and
//! `SystemExit`, and the collections at shutdown.

use std::collections::HashMap;
use std::rc::Rc;

use ouro_compiler::{CodeObject, ConstValue, Mode};

use crate::errors::PyErr;
use crate::object::{CodeData, Obj, ObjRef};
use crate::vm::Vm;

/// Materialises the constants of one compilation unit, merging equal ones.
struct UnitLoader {
    merged: HashMap<String, ObjRef>,
    /// Keep parser-arena references (main script and `-c`).
    arena: bool,
}

impl Vm {
    /// Compile `source` as the main module and run it. Returns the exit
    /// status (uncaught exceptions are reported on stderr).
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        self.sources.insert(filename.into(), source.into());
        self.script_dir = std::path::Path::new(filename).parent().map(|p| if p.as_os_str().is_empty() { ".".into() } else { p.to_path_buf() });
        let code = match self.compile_source(source, filename, Mode::Module) {
            Ok(c) => c,
            Err(e) => {
                self.report_syntax_error(&e);
                return 1;
            }
        };
        if std::env::var_os("OURO_DIS").is_some() {
            // Developer aid: the disassembly of everything compiled.
            self.out.write_stderr(&code.to_string());
        }
        let main = self.new_module("__main__");
        let globals = self.module_dict(main);
        self.incref(globals);
        let file = self.new_str(filename);
        let _ = self.dict_set_str(globals, "__file__", file);
        let builtins_mod = self.dict_get_str(self.modules, "builtins").ok().flatten();
        if let Some(b) = builtins_mod {
            let _ = self.dict_set_str(globals, "__builtins__", b);
        }
        let modules = self.modules;
        self.incref(main);
        let _ = self.dict_set_str(modules, "__main__", main);
        let code_obj = self.load_unit(code, true);
        let status = match self.run_code(code_obj, globals) {
            Ok(v) => {
                self.decref(v);
                0
            }
            Err(e) => self.report_uncaught(e),
        };
        self.decref(code_obj);
        let arena = std::mem::take(&mut self.arena);
        self.decref_all(arena);
        self.decref_all([globals, main]);
        status
    }

    /// `weakref.finalize` objects still alive at exit run now (CPython
    /// registers them with atexit), before the shutdown collections.
    fn run_exit_finalizers(&mut self) {
        let Ok(Some(weakref)) = self.dict_get_str(self.modules, "weakref") else {
            return;
        };
        let name = self.intern("finalize");
        let cls = self.get_attr(weakref, name);
        self.decref_all([name, weakref]);
        let Ok(cls) = cls else { return };
        let exitfunc = self.intern("_exitfunc");
        let f = self.get_attr(cls, exitfunc);
        self.decref_all([exitfunc, cls]);
        if let Ok(f) = f {
            let r = self.call(f, &[]);
            self.ignore_error(r, f);
            self.decref(f);
        }
        self.out.flush_stdout();
    }

    /// Report a compile-time error as CPython does (RecursionError for
    /// over-deep code, otherwise the SyntaxError display).
    pub fn report_syntax_error(&mut self, e: &ouro_syntax::SyntaxError) {
        if e.msg == "maximum recursion depth exceeded during compilation" {
            self.out.write_stderr(&format!("RecursionError: {}\n", e.msg));
        } else {
            self.out.write_stderr(&e.render());
        }
    }

    /// Finish the interpreter: flush output, run the shutdown collections.
    /// With `OURO_HEAP_CHECK=1`, verify every reference count afterwards
    /// (see `heap_check.rs`) and report mismatches on stderr.
    pub fn finalize(&mut self) {
        self.out.flush_stdout();
        self.finish_dying();
        self.run_exit_finalizers();
        crate::gc_driver::shutdown_collections(self);
        self.finish_dying();
        self.out.flush_stdout();
        if std::env::var_os("OURO_HEAP_CHECK").is_some_and(|v| v == "1") {
            let problems = self.check_heap();
            if !problems.is_empty() {
                self.out.write_stderr(&format!("ouro heap check: {} inconsistent reference counts\n", problems.len()));
                for p in problems.iter().take(20) {
                    self.out.write_stderr(&format!("  {p}\n"));
                }
            }
        }
    }

    pub fn compile_source(&mut self, source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, ouro_syntax::SyntaxError> {
        let module = ouro_syntax::parse_module(source, filename)?;
        ouro_compiler::compile(&module, source, filename, mode)
    }

    /// Run a module-level code object with `globals` as its namespace.
    pub fn run_code(&mut self, code_obj: ObjRef, globals: ObjRef) -> Result<ObjRef, PyErr> {
        let code = match self.get(code_obj) {
            Obj::Code(c) => c.clone(),
            _ => return Err(self.type_error("expected a code object")),
        };
        self.incref(globals);
        let mut frame = self.new_frame(code, globals, Some(globals));
        frame.code_obj = Some(code_obj);
        self.run_frame(frame)
    }

    /// Print an uncaught exception (or honour `SystemExit`) and give the
    /// exit status.
    pub fn report_uncaught(&mut self, err: PyErr) -> i32 {
        let exc = err.0;
        if self.isinstance(exc, self.t.exc("SystemExit")) {
            return self.system_exit_status(exc);
        }
        let interrupted = self.isinstance(exc, self.t.exc("KeyboardInterrupt"));
        self.out.flush_stdout();
        crate::traceback::print_exception(self, exc);
        self.decref(exc);
        // CPython exits with 128 + SIGINT after an uncaught Ctrl-C.
        if interrupted {
            130
        } else {
            1
        }
    }

    fn system_exit_status(&mut self, exc: ObjRef) -> i32 {
        let args: Vec<ObjRef> = match self.exc_data(exc).map(|e| self.get(e.args)) {
            Some(Obj::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let code = match args.as_slice() {
            [] => 0,
            [c] if self.is_none(*c) => 0,
            [c] => match self.get(*c) {
                Obj::Int(i) => i.as_i64().unwrap_or(-1) as i32,
                Obj::Bool(b) => *b as i32,
                _ => {
                    let text = self.str_string(*c).unwrap_or_default();
                    self.out.flush_stdout();
                    self.out.write_stderr(&format!("{text}\n"));
                    1
                }
            },
            _ => {
                let text = self.str_string(exc).unwrap_or_default();
                self.out.flush_stdout();
                self.out.write_stderr(&format!("{text}\n"));
                1
            }
        };
        self.decref(exc);
        code
    }

    /// Turn a compiled unit into a code object on the heap (owned).
    pub fn load_unit(&mut self, code: Rc<CodeObject>, arena: bool) -> ObjRef {
        let mut loader = UnitLoader { merged: HashMap::new(), arena };
        loader.load_code(self, code)
    }
}

impl UnitLoader {
    fn load_code(&mut self, vm: &mut Vm, code: Rc<CodeObject>) -> ObjRef {
        let consts = code.constants.iter().map(|c| self.load_const(vm, c)).collect();
        let names = code.names.iter().map(|n| vm.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| vm.intern(n)).collect();
        let global_cache = code.names.iter().map(|_| std::cell::Cell::new((0, 0, vm.s.null))).collect();
        let data = CodeData { code, consts, names, varnames, global_cache };
        vm.alloc(Obj::Code(Rc::new(data)))
    }

    /// One constant (owned). Equal constants of the unit are one object.
    fn load_const(&mut self, vm: &mut Vm, c: &ConstValue) -> ObjRef {
        if let ConstValue::Code(code) = c {
            return self.load_code(vm, code.clone());
        }
        let key = const_key(c);
        if let Some(&h) = self.merged.get(&key) {
            return vm.incref(h);
        }
        let h = match c {
            ConstValue::None => vm.none(),
            ConstValue::Bool(b) => vm.new_bool(*b),
            ConstValue::Ellipsis => vm.incref(vm.s.ellipsis),
            ConstValue::Int(i) => vm.new_pyint(crate::num::PyInt::from_big(i.clone())),
            ConstValue::Float(f) => vm.new_float(*f),
            ConstValue::Str(s) if is_identifier_like(s) => vm.intern(s),
            ConstValue::Str(s) => vm.new_str(&**s),
            ConstValue::Tuple(items) => {
                let objs = items.iter().map(|i| self.load_const(vm, i)).collect();
                vm.new_tuple(objs)
            }
            ConstValue::FrozenSet(items) => {
                // The compiler builds the frozenset from the items, then
                // again from that set's own iteration order (CPython's
                // constant merging), which fixes the display's order.
                let first = vm.new_set(true);
                for i in items.iter() {
                    let o = self.load_const(vm, i);
                    let _ = vm.set_add(first, o);
                    vm.decref(o);
                }
                let s = vm.new_set(true);
                for k in vm.set_items(first) {
                    let _ = vm.set_add(s, k);
                }
                vm.decref(first);
                s
            }
            ConstValue::Bytes(b) => crate::builtins::bytes_ops::new_bytes(vm, b.to_vec()),
            ConstValue::Complex { re, im } => vm.new_complex(crate::num::Complex::new(*re, *im)),
            ConstValue::Code(_) => vm.none(),
        };
        if self.arena {
            vm.incref(h);
            vm.arena.push(h);
        }
        self.merged.insert(key, h);
        h
    }
}

/// A key under which equal constants (same type, same value) merge.
fn const_key(c: &ConstValue) -> String {
    match c {
        ConstValue::None => "N".into(),
        ConstValue::Bool(b) => format!("b{b}"),
        ConstValue::Ellipsis => "E".into(),
        ConstValue::Int(i) => format!("i{i}"),
        ConstValue::Float(f) => format!("f{}", f.to_bits()),
        ConstValue::Complex { re, im } => format!("c{}:{}", re.to_bits(), im.to_bits()),
        ConstValue::Str(s) => format!("s{s}"),
        ConstValue::Bytes(b) => format!("y{b:?}"),
        ConstValue::Tuple(items) => format!("t({})", items.iter().map(const_key).collect::<Vec<_>>().join(",")),
        ConstValue::FrozenSet(items) => format!("z({})", items.iter().map(const_key).collect::<Vec<_>>().join(",")),
        ConstValue::Code(c) => format!("C{:p}", Rc::as_ptr(c)),
    }
}

/// CPython interns constant strings made only of name characters.
fn is_identifier_like(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}
