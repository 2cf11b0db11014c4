//! Instances of user subclasses of the immutable builtins (`tuple`, `int`,
//! `str`, `float`, `bytes`): an [`Obj::Sub`] wrapping a builtin value, made
//! by the base's `__new__` (`tuple.__new__(cls, iterable)`,
//! `super().__new__(cls, 5)`) or by calling the class.
//!
//! `Vm::get` sees through the wrapper, so the builtin operations apply
//! unchanged; `is_user_object` is true for it, so a user special method is
//! found first, as for any instance.

use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{InstanceObj, Obj, ObjRef, PyStr, SubObj};
use crate::vm::Vm;

impl Vm {
    /// `cls(*args)` for a subclass of an immutable builtin without a user
    /// `__new__`: the builtin value made from `args`, as an instance of `cls`.
    pub fn new_immutable_sub(&mut self, cls: ObjRef, args: &Args) -> PyResult<ObjRef> {
        let base = self.static_base(cls);
        let value = crate::builtins::construct::call_type(self, base, args)?;
        let payload = self.copy_immutable(value);
        self.decref(value);
        match payload {
            Some(p) => Ok(self.wrap_sub(cls, p)),
            None => Err(self.type_error("cannot make an instance of this subclass")),
        }
    }

    /// The builtin type at the root of `cls`'s layout.
    pub fn static_base(&self, cls: ObjRef) -> ObjRef {
        let t = self.type_obj(cls);
        t.mro.iter().find(|&&c| self.type_obj(c).is_static).copied().unwrap_or(self.t.object)
    }

    /// A fresh copy of an immutable builtin value (new references to a
    /// tuple's items).
    fn copy_immutable(&mut self, h: ObjRef) -> Option<Obj> {
        let (obj, items) = match self.get(h) {
            Obj::Int(i) => (Obj::Int(i.clone()), None),
            Obj::Bool(b) => (Obj::Int(crate::num::PyInt::Small(*b as i64)), None),
            Obj::Float(f) => (Obj::Float(*f), None),
            Obj::Str(s) => (Obj::Str(PyStr::new(s.text.clone())), None),
            Obj::Bytes(b) => (Obj::Bytes(b.clone()), None),
            Obj::Tuple(t) => (Obj::Tuple(t.clone()), Some(t.clone())),
            _ => return None,
        };
        for i in items.iter().flat_map(|t| t.iter()) {
            self.incref(*i);
        }
        Some(obj)
    }

    /// `base` as an instance of `cls` (owned). Like `new_instance`, each
    /// instance shrinks the class's room for new shared keys.
    fn wrap_sub(&mut self, cls: ObjRef, base: Obj) -> ObjRef {
        self.incref(cls);
        let nslots = if let Obj::Type(t) = self.get_mut(cls) {
            if t.shared_usable > 1 && t.has_dict {
                t.shared_usable -= 1;
            }
            t.nslots
        } else {
            0
        };
        let inst = InstanceObj { cls, values: Vec::new(), dict: None, slots: vec![None; nslots] };
        let h = self.alloc_tracked(Obj::Sub(Box::new(SubObj { base, inst })));
        self.watch_if_finalizable(h);
        h
    }

    /// The first class, from `cls` along its bases, whose `__new__` is not
    /// a Python function (CPython's "staticbase" in its `__new__` checks).
    pub fn new_staticbase(&mut self, cls: ObjRef) -> ObjRef {
        let mut c = cls;
        while self.user_new(c).is_some() {
            match self.type_obj(c).base {
                Some(b) => c = b,
                None => break,
            }
        }
        c
    }
}

/// `base.__new__(cls, *args)` for the immutable builtin `base`.
fn immutable_new(vm: &mut Vm, args: &Args, base: ObjRef) -> PyResult<ObjRef> {
    let bname = vm.type_obj(base).name.clone();
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error(format!("{bname}.__new__(): not enough arguments")));
    };
    if !vm.is_type(cls) {
        let t = vm.type_name(cls);
        return Err(vm.type_error(format!("{bname}.__new__(X): X is not a type object ({t})")));
    }
    let cname = vm.type_obj(cls).name.clone();
    if !vm.is_subtype(cls, base) {
        return Err(vm.type_error(format!("{bname}.__new__({cname}): {cname} is not a subtype of {bname}")));
    }
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvalues: args.kwvalues };
    if cls == base {
        return crate::builtins::construct::call_type(vm, base, &rest);
    }
    if vm.type_obj(cls).is_static || vm.static_base(cls) != base {
        let sb = vm.new_staticbase(cls);
        let sn = vm.type_obj(sb).name.clone();
        return Err(vm.type_error(format!("{bname}.__new__({cname}) is not safe, use {sn}.__new__()")));
    }
    vm.new_immutable_sub(cls, &rest)
}

fn tuple_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    immutable_new(vm, args, vm.t.tuple)
}

fn int_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    immutable_new(vm, args, vm.t.int)
}

fn str_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    immutable_new(vm, args, vm.t.str_)
}

fn float_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    immutable_new(vm, args, vm.t.float)
}

fn bytes_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    immutable_new(vm, args, vm.t.bytes)
}

/// `tuple.__repr__(self)` and the other builtins' own repr, reachable
/// from a subclass that overrides `__repr__`.
fn builtin_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let [s] = args.pos else {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", args.pos.len().saturating_sub(1))));
    };
    let text = vm.builtin_repr_string(*s)?;
    Ok(vm.new_str(text))
}

/// `int.__hash__(self)` and the other immutable builtins' own hash.
fn builtin_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let [s] = args.pos else {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", args.pos.len().saturating_sub(1))));
    };
    let h = vm.builtin_hash(*s)?;
    Ok(vm.new_int(h))
}

/// Put each immutable builtin's `__new__` (a static function) in its dict,
/// and the builtin containers' and values' `__repr__`.
pub fn register(vm: &mut Vm) {
    let reprs = [(vm.t.tuple, "tuple"), (vm.t.int, "int"), (vm.t.str_, "str"), (vm.t.float, "float"), (vm.t.bytes, "bytes"), (vm.t.list, "list"), (vm.t.dict, "dict"), (vm.t.set, "set")];
    for (t, owner) in reprs {
        vm.add_methods(t, owner, &[("__repr__", builtin_repr)]);
    }
    let hashable = [(vm.t.tuple, "tuple"), (vm.t.int, "int"), (vm.t.str_, "str"), (vm.t.float, "float"), (vm.t.bytes, "bytes")];
    for (t, owner) in hashable {
        vm.add_methods(t, owner, &[("__hash__", builtin_hash)]);
    }
    let news: [(ObjRef, &'static str, crate::object::NativeFn); 5] = [
        (vm.t.tuple, "tuple", tuple_new),
        (vm.t.int, "int", int_new),
        (vm.t.str_, "str", str_new),
        (vm.t.float, "float", float_new),
        (vm.t.bytes, "bytes", bytes_new),
    ];
    for (t, owner, f) in news {
        let new = vm.make_builtin("__new__", f, owner);
        let dict = vm.type_obj(t).dict;
        let _ = vm.dict_set_str(dict, "__new__", new);
    }
}
