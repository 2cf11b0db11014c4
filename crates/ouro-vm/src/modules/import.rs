//! `import`: finding a module in `sys.modules`, among the native modules,
//! the embedded Python modules (`pylib`), or as a `.py` file beside the
//! main script; running a Python module's code once; `from m import *`.

use std::path::PathBuf;

use ouro_compiler::Mode;

use crate::errors::{PyErr, PyResult};
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// `import name` (owned result): the top package for `import a.b`, the
    /// named module itself when `fromlist` is non-empty.
    pub fn import_name(&mut self, name: ObjRef, fromlist: ObjRef, level: ObjRef) -> PyResult<ObjRef> {
        let dotted = self.str_text(name).to_owned();
        if self.as_index(level).and_then(|l| l.as_i64()).unwrap_or(0) > 0 {
            return Err(self.error("ImportError", "attempted relative import with no known parent package"));
        }
        let mut module = None;
        let mut prefix = String::new();
        let mut top = None;
        for part in dotted.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            if let Some(m) = module.take() {
                if top != Some(m) {
                    self.decref(m);
                }
            }
            let m = self.import_module(&prefix)?;
            if top.is_none() {
                top = Some(m);
            }
            module = Some(m);
        }
        let (module, top) = (module.unwrap_or(self.s.none), top.unwrap_or(self.s.none));
        let wants_leaf = !self.is_none(fromlist) && self.len_of(fromlist).unwrap_or(0) > 0;
        if wants_leaf {
            if module != top {
                self.decref(top);
            }
            Ok(module)
        } else {
            if module != top {
                self.decref(module);
            }
            Ok(top)
        }
    }

    /// The module called `name` (dotted), importing it if needed (owned).
    pub fn import_module(&mut self, name: &str) -> PyResult<ObjRef> {
        let modules = self.modules;
        if let Some(m) = self.dict_get_str(modules, name)? {
            return Ok(m);
        }
        if let Some(create) = crate::modules::native_module(name) {
            let m = create(self);
            self.incref(m);
            self.dict_set_str(modules, name, m)?;
            return Ok(m);
        }
        if let Some(src) = crate::pylib::source(name) {
            let m = self.exec_module(name, src, &format!("<frozen {name}>"))?;
            self.bind_in_parent(name, m)?;
            return Ok(m);
        }
        if let Some(path) = self.find_module_file(name) {
            if let Ok(src) = std::fs::read_to_string(&path) {
                let file = path.display().to_string();
                return self.exec_module(name, &src, &file);
            }
        }
        Err(self.module_not_found(name))
    }

    /// A submodule `a.b` becomes the attribute `b` of its (imported)
    /// parent `a`, as CPython's import system does.
    fn bind_in_parent(&mut self, name: &str, m: ObjRef) -> PyResult<()> {
        if let Some((parent, child)) = name.rsplit_once('.') {
            if let Some(p) = self.dict_get_str(self.modules, parent)? {
                if matches!(self.get(p), Obj::Module(_)) {
                    let d = self.module_dict(p);
                    self.incref(m);
                    let r = self.dict_set_str(d, child, m);
                    self.decref(p);
                    return r;
                }
                self.decref(p);
            }
        }
        Ok(())
    }

    fn module_not_found(&mut self, name: &str) -> PyErr {
        let cls = self.t.exc("ModuleNotFoundError");
        let msg = self.new_str(format!("No module named '{name}'"));
        PyErr(self.new_exception(cls, vec![msg]))
    }

    /// `name.py` in the main script's directory (`sys.path[0]`).
    fn find_module_file(&self, name: &str) -> Option<PathBuf> {
        let dir = self.script_dir.clone()?;
        let rel: PathBuf = name.split('.').collect();
        let file = dir.join(rel.with_extension("py"));
        if file.is_file() {
            return Some(file);
        }
        let init = dir.join(rel).join("__init__.py");
        init.is_file().then_some(init)
    }

    /// Compile and run a module's source in a new module object, which is
    /// in `sys.modules` while it runs (and removed if it fails).
    fn exec_module(&mut self, name: &str, source: &str, filename: &str) -> PyResult<ObjRef> {
        self.sources.insert(filename.into(), source.into());
        let code = match self.compile_source(source, filename, Mode::Module) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error_object(&e)),
        };
        let m = self.new_module(name);
        let globals = self.module_dict(m);
        let file = self.new_str(filename);
        self.dict_set_str(globals, "__file__", file)?;
        if let Some(b) = self.dict_get_str(self.modules, "builtins")? {
            self.dict_set_str(globals, "__builtins__", b)?;
        }
        let modules = self.modules;
        self.incref(m);
        self.dict_set_str(modules, name, m)?;
        let code_obj = self.load_unit(code, false);
        let r = self.run_code(code_obj, globals);
        self.decref(code_obj);
        match r {
            Ok(v) => {
                self.decref(v);
                Ok(m)
            }
            Err(e) => {
                let key = self.new_str(name);
                let _ = self.dict_del_str(modules, key);
                self.decref_all([key, m]);
                Err(e)
            }
        }
    }

    /// `from module import *` into the namespace `target`.
    pub fn import_star(&mut self, module: ObjRef, target: ObjRef) -> PyResult<()> {
        let dict = self.module_dict(module);
        let all = self.dict_get_str(dict, "__all__")?;
        let names: Vec<ObjRef> = match all {
            Some(a) => {
                let names = self.collect_iter(a);
                self.decref(a);
                names?
            }
            None => {
                let public: Vec<ObjRef> = self
                    .dict_items(dict)
                    .into_iter()
                    .filter(|(k, _)| matches!(self.get(*k), Obj::Str(s) if !s.text.starts_with('_')))
                    .map(|(k, _)| k)
                    .collect();
                public.into_iter().map(|k| self.incref(k)).collect()
            }
        };
        for name in &names {
            let v = self.get_attr(module, *name);
            let r = v.and_then(|v| self.dict_set_owned(target, *name, v));
            if let Err(e) = r {
                self.decref_all(names.clone());
                return Err(e);
            }
        }
        self.decref_all(names);
        Ok(())
    }
}
