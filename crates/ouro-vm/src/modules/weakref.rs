//! `_weakref` (re-exported by the `weakref` module): `ref`, `proxy`,
//! `getweakrefcount`, `getweakrefs`; and how weakref objects behave when
//! called, compared, hashed and printed.

use crate::builtins::check_args;
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef, WeakRefObj};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_weakref");
    let d = vm.module_dict(m);
    vm.add_functions(d, "_weakref", &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs), ("proxy", proxy)]);
    for (name, t) in [("ref", vm.t.weakref), ("ReferenceType", vm.t.weakref), ("ProxyType", vm.t.weakproxy)] {
        vm.incref(t);
        let _ = vm.dict_set_str(d, name, t);
    }
    m
}

/// The `weakref` module: `_weakref`'s names plus the Python-level classes
/// (`modules/weakref.py`), run in the module's namespace.
pub fn create_weakref_module(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("weakref");
    let src = include_str!("weakref.py");
    let filename = "<frozen weakref>";
    vm.sources.insert(filename.into(), src.into());
    if let Ok(code) = vm.compile_source(src, filename, ouro_compiler::Mode::Module) {
        let globals = vm.module_dict(m);
        if let Ok(Some(b)) = vm.dict_get_str(vm.modules, "builtins") {
            let _ = vm.dict_set_str(globals, "__builtins__", b);
        }
        let code_obj = vm.load_unit(code, false);
        match vm.run_code(code_obj, globals) {
            Ok(v) => vm.decref(v),
            Err(e) => crate::traceback::report_unraisable_text(vm, e, "<module 'weakref'>"),
        }
        vm.decref(code_obj);
    }
    m
}

impl Vm {
    /// Can `h` be weakly referenced (CPython's `tp_weaklistoffset`)?
    fn supports_weakrefs(&self, h: ObjRef) -> bool {
        match self.get(h) {
            Obj::Instance(_) => self.type_obj(self.type_of(h)).has_weakref,
            Obj::List(l) => l.ext.is_some(),
            Obj::Dict(d) => d.ext.is_some(),
            Obj::Set(_) | Obj::FrozenSet(_) | Obj::Function(_) | Obj::Type(_) | Obj::Module(_) => true,
            Obj::Generator(_) | Obj::BoundMethod { .. } | Obj::Code(_) | Obj::Exception(_) => true,
            _ => false,
        }
    }

    /// `weakref.ref(obj, callback)` / `weakref.proxy(obj, callback)`.
    pub fn new_weakref(&mut self, obj: ObjRef, callback: Option<ObjRef>, is_proxy: bool) -> PyResult<ObjRef> {
        if !self.supports_weakrefs(obj) {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("cannot create weak reference to '{t}' object")));
        }
        let callback = callback.filter(|&c| !self.is_none(c));
        if callback.is_none() {
            // A plain ref without callback is shared (CPython reuses it).
            let existing = self.weakrefs.get(&obj).and_then(|l| {
                l.iter().copied().find(|&w| matches!(self.get(w), Obj::WeakRef(r) if r.callback.is_none() && r.is_proxy == is_proxy))
            });
            if let Some(w) = existing {
                return Ok(self.incref(w));
            }
        }
        if let Some(c) = callback {
            self.incref(c);
        }
        let w = WeakRefObj { referent: Some(obj), callback, is_proxy, hash: std::cell::Cell::new(None) };
        let h = self.alloc_tracked(Obj::WeakRef(Box::new(w)));
        self.weakrefs.entry(obj).or_default().push(h);
        self.heap.set_watched(obj, true);
        // Watched too, so its death removes it from the referent's list.
        self.heap.set_watched(h, true);
        Ok(h)
    }

    /// The referent of a weakref (borrowed), or None if it died.
    pub fn weakref_target(&self, w: ObjRef) -> Option<ObjRef> {
        match self.get(w) {
            Obj::WeakRef(r) => r.referent,
            _ => None,
        }
    }

    /// A proxy's referent, or ReferenceError.
    pub fn proxy_target(&mut self, w: ObjRef) -> PyResult<ObjRef> {
        match self.weakref_target(w) {
            Some(t) => Ok(t),
            None => Err(self.error("ReferenceError", "weakly-referenced object no longer exists")),
        }
    }

    /// `<weakref at 0x..; to 'C' at 0x.. (name)>` / `<weakref at 0x..; dead>`.
    pub fn weakref_repr(&mut self, w: ObjRef) -> PyResult<String> {
        let addr = self.heap.address(w);
        let is_proxy = matches!(self.get(w), Obj::WeakRef(r) if r.is_proxy);
        let kind = if is_proxy { "weakproxy" } else { "weakref" };
        let Some(t) = self.weakref_target(w) else {
            return Ok(format!("<{kind} at {addr:#x}; dead>"));
        };
        let tname = self.type_name(t);
        let taddr = self.heap.address(t);
        let name_attr = self.intern("__name__");
        let named = match self.get(t) {
            Obj::Function(_) | Obj::Type(_) => self.get_attr(t, name_attr).ok(),
            _ => None,
        };
        self.decref(name_attr);
        let suffix = match named {
            Some(n) => {
                let s = self.str_string(n).unwrap_or_default();
                self.decref(n);
                format!(" ({s})")
            }
            None => String::new(),
        };
        Ok(format!("<{kind} at {addr:#x}; to '{tname}' at {taddr:#x}{suffix}>"))
    }

    /// A weakref object itself died: take it out of its referent's list.
    pub fn weakref_died(&mut self, w: ObjRef) {
        if let Some(t) = self.weakref_target(w) {
            self.forget_weakref(w, t);
        }
    }
}

/// `weakref.ref(obj[, callback])` (calling the type).
pub fn new_ref(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "ref", 1, 2)?;
    vm.new_weakref(args.pos[0], args.pos.get(1).copied(), false)
}

fn proxy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "proxy", 1, 2)?;
    vm.new_weakref(args.pos[0], args.pos.get(1).copied(), true)
}

fn getweakrefcount(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "getweakrefcount", 1, 1)?;
    let n = vm.weakrefs.get(&args.pos[0]).map_or(0, Vec::len);
    Ok(vm.new_int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "getweakrefs", 1, 1)?;
    let refs = vm.weakrefs.get(&args.pos[0]).cloned().unwrap_or_default();
    for &w in &refs {
        vm.incref(w);
    }
    Ok(vm.new_list(refs))
}

impl Vm {
    /// The referent of a `weakref.proxy` (borrowed), None for anything
    /// else; ReferenceError once the referent died. Operators on a proxy
    /// act on its referent (CPython's proxy slots).
    pub fn is_proxy(&self, h: ObjRef) -> bool {
        matches!(self.get(h), Obj::WeakRef(w) if w.is_proxy)
    }

    pub fn proxy_referent(&mut self, h: ObjRef) -> Option<PyResult<ObjRef>> {
        match self.get(h) {
            Obj::WeakRef(w) if w.is_proxy => Some(self.proxy_target(h)),
            _ => None,
        }
    }

    /// `op(lhs, rhs)` with any proxy operand replaced by its referent, or
    /// None when neither operand is a proxy.
    pub fn through_proxies<R>(&mut self, lhs: ObjRef, rhs: ObjRef, op: impl FnOnce(&mut Vm, ObjRef, ObjRef) -> PyResult<R>) -> Option<PyResult<R>> {
        let (l, r) = (self.proxy_referent(lhs), self.proxy_referent(rhs));
        if l.is_none() && r.is_none() {
            return None;
        }
        let l = match l {
            Some(Ok(t)) => t,
            Some(Err(e)) => return Some(Err(e)),
            None => lhs,
        };
        let r = match r {
            Some(Ok(t)) => t,
            Some(Err(e)) => return Some(Err(e)),
            None => rhs,
        };
        Some(op(self, l, r))
    }
}
