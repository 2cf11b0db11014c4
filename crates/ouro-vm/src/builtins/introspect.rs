//! Introspection builtins: `dir`, `delattr`, and the frame-reading
//! `globals()`, `locals()`, `vars()` and `dir()` without arguments (natives
//! cannot see the calling frame, so the interpreter routes those calls to
//! [`Vm::frame_builtin`] with the caller's frame).

use crate::call::Args;
use crate::errors::PyResult;
use crate::frame::Frame;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// Which frame-reading builtin a call is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FrameBuiltin {
    Globals,
    Locals,
    Dir,
    /// `sys._getframe([depth])`.
    GetFrame,
}

impl Vm {
    /// The frame-reading builtin `callable` is when called with no
    /// arguments (`globals()`, `locals()`, `vars()`, `dir()`), if any.
    pub fn frame_builtin_kind(&self, callable: ObjRef, argc: usize) -> Option<FrameBuiltin> {
        match self.get(callable) {
            Obj::Builtin(b) if b.owner == "builtins" && b.self_obj.is_none() && argc == 0 => match b.name {
                "globals" => Some(FrameBuiltin::Globals),
                "locals" | "vars" => Some(FrameBuiltin::Locals),
                "dir" => Some(FrameBuiltin::Dir),
                _ => None,
            },
            Obj::Builtin(b) if b.owner == "sys" && b.name == "_getframe" => Some(FrameBuiltin::GetFrame),
            _ => None,
        }
    }

    /// Run a frame-reading builtin for frame `f` (owned result).
    pub fn frame_builtin(&mut self, kind: FrameBuiltin, f: &mut Frame, pos: &[ObjRef]) -> PyResult<ObjRef> {
        match kind {
            FrameBuiltin::GetFrame => self.getframe(f, pos),
            FrameBuiltin::Globals => Ok(self.incref(f.globals)),
            FrameBuiltin::Locals => self.frame_locals(f),
            FrameBuiltin::Dir => {
                let d = self.frame_locals(f)?;
                let keys: Vec<ObjRef> = self.dict_items(d).into_iter().map(|(k, _)| k).collect();
                let r = sorted_names(self, keys);
                self.decref(d);
                r
            }
        }
    }

    /// `locals()`: the namespace dict of a module or class body, or a new
    /// snapshot of a function's bound locals and cells.
    pub(crate) fn frame_locals(&mut self, f: &Frame) -> PyResult<ObjRef> {
        if let Some(l) = f.locals {
            return Ok(self.incref(l));
        }
        let d = self.new_dict();
        let code = f.code.clone();
        let co = &code.code;
        let names = co.varnames.iter().zip(f.fast.iter()).map(|(n, v)| (n.clone(), *v));
        let cells = co.cellvars.iter().chain(co.freevars.iter()).zip(f.cells.iter()).map(|(n, &c)| (n.clone(), self.cell_value(c)));
        let pairs: Vec<_> = names.chain(cells.collect::<Vec<_>>()).collect();
        for (name, value) in pairs {
            if let Some(v) = value {
                self.incref(v);
                let r = self.dict_set_str(d, &name, v);
                if let Err(e) = r {
                    self.decref(d);
                    return Err(e);
                }
            }
        }
        Ok(d)
    }

    fn cell_value(&self, c: ObjRef) -> Option<ObjRef> {
        match self.get(c) {
            Obj::Cell(v) => *v,
            _ => None,
        }
    }
}

impl Vm {
    /// `sys._getframe(depth=0)`: the frame object `depth` calls up from `f`.
    fn getframe(&mut self, f: &mut Frame, pos: &[ObjRef]) -> PyResult<ObjRef> {
        super::check_args(self, &Args::positional(pos), "_getframe", 0, 1)?;
        let depth = match pos.first() {
            Some(&d) => crate::modules::margs::small_index(self, d)?,
            None => 0,
        };
        if depth <= 0 {
            let h = self.frame_object(f);
            return Ok(self.incref(h));
        }
        let parked = self.frames.len() as i64;
        if depth > parked {
            return Err(self.error("ValueError", "call stack is not deep enough"));
        }
        let h = self.parked_frame_object((parked - depth) as usize);
        Ok(self.incref(h))
    }
}

/// A sorted list of the str `names` (borrowed).
fn sorted_names(vm: &mut Vm, names: Vec<ObjRef>) -> PyResult<ObjRef> {
    let names: Vec<ObjRef> = names.into_iter().map(|n| vm.incref(n)).collect();
    let list = vm.new_list(names);
    if let Err(e) = crate::methods::list::sort_list(vm, list, None, None) {
        vm.decref(list);
        return Err(e);
    }
    Ok(list)
}

/// Attribute names of `h` for `dir(h)`: a module's dict keys, or the
/// instance's own attributes and everything its class (and MRO) defines.
pub(crate) fn dir_names(vm: &mut Vm, h: ObjRef) -> PyResult<Vec<ObjRef>> {
    let mut dicts = Vec::new();
    match vm.get(h) {
        Obj::Module(m) => dicts.push(m.dict),
        Obj::Type(t) => dicts.extend(t.mro.iter().map(|&c| vm.type_obj(c).dict)),
        _ => {
            if vm.inst(h).is_some() && vm.type_obj(vm.type_of(h)).has_dict {
                // Borrowed: the instance owns its materialised dict.
                dicts.push(vm.materialize_dict(h));
            }
            let t = vm.type_of(h);
            dicts.extend(vm.type_obj(t).mro.clone().into_iter().map(|c| vm.type_obj(c).dict));
        }
    }
    let mro = match vm.get(h) {
        Obj::Module(_) => Vec::new(),
        Obj::Type(t) => t.mro.clone(),
        _ => {
            let t = vm.type_of(h);
            vm.type_obj(t).mro.clone()
        }
    };
    let mut names: Vec<ObjRef> = Vec::new();
    // Attributes the VM serves without a type-dict entry.
    let mut extra: Vec<&'static str> = Vec::new();
    for c in mro {
        extra.extend_from_slice(special_attr_names(vm, c));
    }
    let mut owned = Vec::new();
    for name in extra {
        if !names.iter().any(|&m| vm.str_text(m) == name) {
            let n = vm.intern(name);
            owned.push(n);
            names.push(n);
        }
    }
    for d in dicts {
        for (k, _) in vm.dict_items(d) {
            if matches!(vm.get(k), Obj::Str(_)) && !names.iter().any(|&n| vm.str_text(n) == vm.str_text(k)) {
                names.push(k);
            }
        }
    }
    let names: Vec<ObjRef> = names.into_iter().map(|n| vm.incref(n)).collect();
    vm.decref_all(owned);
    Ok(names)
}

/// The attributes `get_attr` answers itself for instances of builtin type
/// `c` (CPython's getset descriptors), which `dir()` lists.
fn special_attr_names(vm: &Vm, c: ObjRef) -> &'static [&'static str] {
    let t = &vm.t;
    if c == t.object {
        &["__class__"]
    } else if c == t.int {
        &["real", "imag", "numerator", "denominator"]
    } else if c == t.float || c == t.complex {
        &["real", "imag"]
    } else if c == t.type_ {
        &["__base__", "__bases__", "__basicsize__", "__dict__", "__module__", "__mro__", "__name__", "__qualname__", "__text_signature__"]
    } else if c == t.range {
        &["start", "stop", "step"]
    } else if c == t.function {
        &[
            "__annotations__",
            "__builtins__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ]
    } else {
        &[]
    }
}

/// `dir(obj)` (the zero-argument form is routed by the interpreter).
pub fn dir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    super::check_args(vm, args, "dir", 0, 1)?;
    let Some(&h) = args.pos.first() else {
        return Ok(vm.new_list(Vec::new()));
    };
    if vm.is_user_object(h) {
        if let Some(r) = vm.call_dunder(h, "__dir__", &[])? {
            let items = vm.collect_iter(r);
            vm.decref(r);
            let list = vm.new_list(items?);
            crate::methods::list::sort_list(vm, list, None, None).inspect_err(|_| vm.decref(list))?;
            return Ok(list);
        }
    }
    let names = dir_names(vm, h)?;
    let r = sorted_names(vm, names.clone());
    vm.decref_all(names);
    r
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    super::check_args(vm, args, "delattr", 2, 2)?;
    if !matches!(vm.get(args.pos[1]), Obj::Str(_)) {
        let t = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
    }
    vm.del_attr(args.pos[0], args.pos[1])?;
    Ok(vm.none())
}

/// `globals()`/`locals()` reached without the interpreter's routing (e.g.
/// through `map(globals, ...)`): CPython would use the caller's frame.
pub fn frame_unavailable(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    super::check_args(vm, args, "globals", 0, 0)?;
    Ok(vm.new_dict())
}
