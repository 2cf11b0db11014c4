//! Attributes of user-class instances and classes (CPython's generic
//! getattr/setattr: data descriptors, then the instance's own attributes,
//! then class attributes and methods, then `__getattr__`), and calling the
//! special methods (`__len__`, `__eq__`, ...) that user classes define.

use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{InstanceObj, Obj, ObjRef, TypeKind};
use crate::vm::Vm;

impl Vm {
    /// An object whose behaviour comes from a user class.
    #[inline]
    pub fn is_user_object(&self, h: ObjRef) -> bool {
        match self.raw(h) {
            Obj::Instance(_) | Obj::Sub(_) => true,
            Obj::Exception(e) => !self.type_obj(e.cls).is_static,
            Obj::List(l) => l.ext.is_some(),
            Obj::Dict(d) => d.ext.is_some(),
            Obj::Set(s) => s.ext.is_some(),
            // A class whose metaclass is a user class.
            Obj::Type(t) => t.meta.is_some(),
            _ => false,
        }
    }

    /// A user object with a builtin base (subclasses of list, dict, set,
    /// the immutable builtins, exceptions; classes of a user metaclass):
    /// its operations fall back to the builtin behaviour.
    pub fn has_builtin_base(&self, h: ObjRef) -> bool {
        matches!(self.raw(h), Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Exception(_) | Obj::Sub(_) | Obj::Type(_))
    }

    /// The instance data of a user object (attributes, class).
    pub fn inst(&self, h: ObjRef) -> Option<&InstanceObj> {
        match self.raw(h) {
            Obj::Instance(i) => Some(i),
            Obj::Sub(s) => Some(&s.inst),
            Obj::List(l) => l.ext.as_deref(),
            Obj::Dict(d) => d.ext.as_deref(),
            Obj::Set(s) => s.ext.as_deref(),
            _ => None,
        }
    }

    pub fn inst_mut(&mut self, h: ObjRef) -> Option<&mut InstanceObj> {
        match self.heap.get_mut(h) {
            Obj::Instance(i) => Some(i),
            Obj::Sub(s) => Some(&mut s.inst),
            Obj::List(l) => l.ext.as_deref_mut(),
            Obj::Dict(d) => d.ext.as_deref_mut(),
            Obj::Set(s) => s.ext.as_deref_mut(),
            _ => None,
        }
    }

    /// The special method `name` defined by `obj`'s user class (borrowed).
    pub fn lookup_dunder(&mut self, obj: ObjRef, name: &str) -> Option<ObjRef> {
        if !self.is_user_object(obj) {
            return None;
        }
        let t = self.type_of(obj);
        let n = self.intern(name);
        let r = self.type_lookup(t, n);
        self.decref(n);
        r.filter(|&m| !matches!(self.get(m), Obj::Builtin(_)))
    }

    /// Call `obj.name(*args)` if `obj`'s user class defines it.
    pub fn call_dunder(&mut self, obj: ObjRef, name: &str, args: &[ObjRef]) -> PyResult<Option<ObjRef>> {
        let Some(m) = self.lookup_dunder(obj, name) else {
            return Ok(None);
        };
        if self.is_none(m) {
            return Ok(None);
        }
        self.incref(m);
        let mut pos = Vec::with_capacity(args.len() + 1);
        pos.push(obj);
        pos.extend_from_slice(args);
        let bound_self = matches!(self.get(m), Obj::StaticMethod(_));
        let r = if bound_self { self.call(m, args) } else { self.call(m, &pos) };
        self.decref(m);
        r.map(Some)
    }

    /// Index of slot `name` in instances of `cls` (inherited slots first).
    fn slot_index(&self, cls: ObjRef, name: ObjRef) -> Option<usize> {
        let mro = &self.type_obj(cls).mro;
        let mut index = 0;
        for &c in mro.iter().rev() {
            for &s in &self.type_obj(c).slots {
                if s == name || self.str_text(s) == self.str_text(name) {
                    return Some(index);
                }
                index += 1;
            }
        }
        None
    }

    /// `obj.name` for an instance of a user class (owned result): a user
    /// `__getattribute__` if the class defines one, else the generic lookup.
    pub fn instance_getattr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        if self.has_attr_hooks(obj) {
            if let Some(v) = self.call_dunder(obj, "__getattribute__", &[name])? {
                return Ok(v);
            }
        }
        self.generic_getattr(obj, name)
    }

    fn has_attr_hooks(&self, obj: ObjRef) -> bool {
        self.type_obj(self.type_of(obj)).has_attr_hooks
    }

    /// CPython's `PyObject_GenericGetAttr` (`object.__getattribute__`).
    pub fn generic_getattr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let cls = self.type_of(obj);
        let descr = self.type_lookup(cls, name);
        if let Some(d) = descr {
            if let Obj::Property { fget, .. } = self.get(d) {
                let fget = *fget;
                if self.is_none(fget) {
                    let (n, t) = (self.str_text(name).to_owned(), self.type_name(obj));
                    return Err(self.attribute_error(format!("property '{n}' of '{t}' object has no getter")));
                }
                return self.call(fget, &[obj]);
            }
        }
        // A user data descriptor (its class defines __set__ or __delete__)
        // takes precedence over the instance's own attributes.
        if let Some(d) = descr.filter(|&d| self.is_data_descriptor(d)) {
            return self.descriptor_get(d, obj, cls);
        }
        if let Some(ix) = self.slot_index(cls, name) {
            let v = self.inst(obj).and_then(|i| i.slots.get(ix).copied().flatten());
            return match v {
                Some(v) => Ok(self.incref(v)),
                None => {
                    let n = self.str_text(name).to_owned();
                    Err(self.attribute_error(n))
                }
            };
        }
        if self.str_text(name) == "__dict__" && self.type_obj(cls).has_dict {
            let d = self.materialize_dict(obj);
            return Ok(self.incref(d));
        }
        if let Some(v) = self.own_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(v) = self.syntax_error_field(obj, name)? {
            return Ok(v);
        }
        if let Some(d) = descr {
            if let Obj::Descriptor { kind: crate::object::DescriptorKind::GetSet, .. } = self.get(d) {
                // `obj.__weakref__`: the first weak reference, or None.
                let first = self.weakrefs.get(&obj).and_then(|l| l.first().copied()).unwrap_or(self.s.none);
                return Ok(self.incref(first));
            }
            if self.is_user_object(d) && self.lookup_dunder(d, "__get__").is_some() {
                return self.descriptor_get(d, obj, cls);
            }
            return Ok(self.bind_descriptor(d, obj, cls));
        }
        let getattr_name = self.intern("__getattr__");
        let hook = self.type_lookup(cls, getattr_name);
        self.decref(getattr_name);
        if let Some(hook) = hook.filter(|&h| matches!(self.get(h), Obj::Function(_))) {
            return self.call(hook, &[obj, name]);
        }
        Err(self.no_attribute(obj, name))
    }

    /// Is `d` an instance of a user class defining `__set__`/`__delete__`?
    fn is_data_descriptor(&mut self, d: ObjRef) -> bool {
        self.is_user_object(d)
            && self.lookup_dunder(d, "__get__").is_some()
            && (self.lookup_dunder(d, "__set__").is_some() || self.lookup_dunder(d, "__delete__").is_some())
    }

    /// `d.__get__(obj, cls)` (obj None for access through the class).
    fn descriptor_get(&mut self, d: ObjRef, obj: ObjRef, cls: ObjRef) -> PyResult<ObjRef> {
        match self.call_dunder(d, "__get__", &[obj, cls])? {
            Some(v) => Ok(v),
            None => Ok(self.incref(d)),
        }
    }

    /// A class attribute found for an instance, bound as CPython's
    /// descriptors bind: functions to the instance, classmethods to the class.
    pub fn bind_descriptor(&mut self, d: ObjRef, obj: ObjRef, cls: ObjRef) -> ObjRef {
        match self.get(d) {
            Obj::Function(_) => {
                self.incref(d);
                self.incref(obj);
                self.alloc_tracked(Obj::BoundMethod { func: d, self_obj: obj })
            }
            Obj::ClassMethod(_) | Obj::StaticMethod(_) => self.bind_to_class(d, cls),
            _ => self.get_attr_bind_builtin(d, obj),
        }
    }

    fn get_attr_bind_builtin(&mut self, d: ObjRef, obj: ObjRef) -> ObjRef {
        match self.get(d) {
            Obj::Builtin(b) if b.is_method_descriptor && b.self_obj.is_none() => {
                let (name, func, owner) = (b.name, b.func, b.owner);
                self.incref(obj);
                let bound = crate::object::BuiltinObj { name, func, self_obj: Some(obj), owner, is_method_descriptor: true };
                self.alloc_tracked(Obj::Builtin(Box::new(bound)))
            }
            _ => self.incref(d),
        }
    }

    /// The instance's own attribute `name` (inline values, `__dict__`, or an
    /// exception's attribute dict): an owned reference.
    pub(crate) fn own_attr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let (dict, values) = match (self.inst(obj), self.get(obj)) {
            (Some(i), _) => (i.dict, Some(i.values.clone())),
            (None, Obj::Exception(e)) => (e.dict, None),
            _ => (None, None),
        };
        if let Some(d) = dict {
            return self.dict_get_item(d, name);
        }
        if let Some(values) = values {
            let cls = self.type_of(obj);
            if let Some(ix) = self.shared_key_index(cls, name) {
                if let Some(Some(v)) = values.get(ix) {
                    return Ok(Some(self.incref(*v)));
                }
            }
        }
        Ok(None)
    }

    fn shared_key_index(&self, cls: ObjRef, name: ObjRef) -> Option<usize> {
        let keys = &self.type_obj(cls).shared_keys;
        keys.iter().position(|&k| k == name).or_else(|| {
            let text = self.str_text(name);
            keys.iter().position(|&k| self.str_text(k) == text)
        })
    }

    /// `obj.__dict__` for an instance: made on first request from the
    /// inline values, then used for every attribute (borrowed).
    pub fn materialize_dict(&mut self, obj: ObjRef) -> ObjRef {
        let (cls, values, existing) = match self.inst_mut(obj) {
            Some(i) => (i.cls, std::mem::take(&mut i.values), i.dict),
            None => return self.s.none,
        };
        if let Some(d) = existing {
            return d;
        }
        let keys = self.type_obj(cls).shared_keys.clone();
        let d = self.new_dict();
        for (k, v) in keys.iter().zip(values) {
            if let Some(v) = v {
                let _ = self.dict_set_owned(d, *k, v);
            }
        }
        if let Some(i) = self.inst_mut(obj) {
            i.dict = Some(d);
        }
        if let Obj::Dict(dict) = self.get_mut(d) {
            dict.split_of = Some(cls);
        }
        d
    }

    /// `obj.name = value` (or `del obj.name` with None) for a user-class
    /// instance or exception: a user `__setattr__`/`__delattr__` if the
    /// class defines one, else the generic store.
    pub fn instance_setattr(&mut self, obj: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let hook = match value {
            _ if !self.has_attr_hooks(obj) => None,
            Some(v) => self.call_dunder(obj, "__setattr__", &[name, v])?,
            None => self.call_dunder(obj, "__delattr__", &[name])?,
        };
        if let Some(r) = hook {
            self.decref(r);
            return Ok(());
        }
        self.generic_setattr(obj, name, value)
    }

    /// CPython's `PyObject_GenericSetAttr` (`object.__setattr__`).
    pub fn generic_setattr(&mut self, obj: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(d) = self.type_lookup(cls, name) {
            if self.is_user_object(d) {
                let r = match value {
                    Some(v) => self.call_dunder(d, "__set__", &[obj, v])?,
                    None => self.call_dunder(d, "__delete__", &[obj])?,
                };
                if let Some(r) = r {
                    self.decref(r);
                    return Ok(());
                }
            }
            if let Obj::Property { fset, fdel, .. } = self.get(d) {
                let f = if value.is_some() { *fset } else { *fdel };
                if self.is_none(f) {
                    let (n, t) = (self.str_text(name).to_owned(), self.type_name(obj));
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    return Err(self.attribute_error(format!("property '{n}' of '{t}' object has no {what}")));
                }
                let r = match value {
                    Some(v) => self.call(f, &[obj, v]),
                    None => self.call(f, &[obj]),
                };
                return r.map(|v| self.decref(v));
            }
        }
        if let Some(ix) = self.slot_index(cls, name) {
            if let Some(v) = value {
                self.incref(v);
            }
            let old = match self.inst_mut(obj) {
                Some(i) => std::mem::replace(&mut i.slots[ix], value),
                None => None,
            };
            if value.is_none() && old.is_none() {
                let n = self.str_text(name).to_owned();
                return Err(self.attribute_error(n));
            }
            self.decref_all(old);
            return Ok(());
        }
        if matches!(self.get(obj), Obj::Exception(_)) {
            return self.exception_setattr(obj, name, value);
        }
        if !self.type_obj(cls).has_dict {
            return Err(self.no_attribute(obj, name));
        }
        self.store_own_attr(obj, cls, name, value)
    }

    fn exception_setattr(&mut self, obj: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let dict = match self.get(obj) {
            Obj::Exception(e) => e.dict,
            _ => None,
        };
        let d = match dict {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                if let Some(e) = self.exc_data_mut(obj) {
                    e.dict = Some(d);
                }
                d
            }
        };
        match value {
            Some(v) => self.dict_set(d, name, v),
            None => {
                if self.dict_del_str(d, name)? {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
        }
    }

    /// Store (or delete) an instance attribute in its inline values or dict.
    fn store_own_attr(&mut self, obj: ObjRef, cls: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let dict = self.inst(obj).and_then(|i| i.dict);
        if let Some(d) = dict {
            return match value {
                Some(v) => self.dict_set(d, name, v),
                None if self.dict_del_str(d, name)? => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            };
        }
        let ix = match self.shared_key_index(cls, name) {
            Some(ix) => Some(ix),
            None if value.is_some() => self.add_shared_key(cls, name),
            None => None,
        };
        let Some(ix) = ix else {
            if value.is_none() {
                return Err(self.no_attribute(obj, name));
            }
            // The shared keys are full: this instance switches to a dict.
            let d = self.materialize_dict(obj);
            return self.dict_set(d, name, value.unwrap_or(self.s.none));
        };
        if let Some(v) = value {
            self.incref(v);
        }
        let old = match self.inst_mut(obj) {
            Some(i) => {
                if i.values.len() <= ix {
                    i.values.resize(ix + 1, None);
                }
                std::mem::replace(&mut i.values[ix], value)
            }
            None => None,
        };
        if value.is_none() && old.is_none() {
            return Err(self.no_attribute(obj, name));
        }
        self.decref_all(old);
        Ok(())
    }

    /// Add a new attribute name to the class's shared keys, if there is room.
    fn add_shared_key(&mut self, cls: ObjRef, name: ObjRef) -> Option<usize> {
        let name = self.intern_obj(name);
        match self.get_mut(cls) {
            Obj::Type(t) if t.shared_usable > 0 => {
                t.shared_usable -= 1;
                t.shared_keys.push(name);
                Some(t.shared_keys.len() - 1)
            }
            _ => {
                self.decref(name);
                None
            }
        }
    }

    /// `Cls.name` for a user class (owned).
    pub fn class_getattr(&mut self, cls: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let Some(v) = self.type_lookup(cls, name) else {
            return Ok(None);
        };
        if self.is_user_object(v) && self.lookup_dunder(v, "__get__").is_some() {
            let none = self.s.none;
            return self.descriptor_get(v, none, cls).map(Some);
        }
        Ok(Some(self.bind_to_class(v, cls)))
    }

    /// A class attribute as seen through the class: a classmethod bound to
    /// `cls`, a staticmethod's function, anything else itself (owned).
    pub(crate) fn bind_to_class(&mut self, v: ObjRef, cls: ObjRef) -> ObjRef {
        match self.get(v) {
            Obj::ClassMethod(f) => {
                let f = *f;
                self.incref(f);
                self.incref(cls);
                self.alloc_tracked(Obj::BoundMethod { func: f, self_obj: cls })
            }
            Obj::StaticMethod(f) => {
                let f = *f;
                self.incref(f)
            }
            _ => self.incref(v),
        }
    }

    /// `Cls.name = value` (or `del Cls.name`) on any class: the
    /// metaclass's `__setattr__`/`__delattr__` or data descriptor first.
    pub fn type_setattr(&mut self, cls: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        if self.meta_setattr(cls, name, value)?.is_some() {
            return Ok(());
        }
        self.store_class_attr(cls, name, value)
    }

    /// `type.__setattr__(cls, name, value)`: no user `__setattr__` hook.
    pub fn plain_type_setattr(&mut self, cls: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let meta = self.type_of(cls);
        if meta != self.t.type_ && self.meta_descr_set(cls, meta, name, value)?.is_some() {
            return Ok(());
        }
        self.store_class_attr(cls, name, value)
    }

    fn store_class_attr(&mut self, cls: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let t = self.type_obj(cls);
        if t.is_static {
            let (tn, n) = (t.name.clone(), self.str_text(name).to_owned());
            return Err(self.type_error(format!("cannot set '{n}' attribute of immutable type '{tn}'")));
        }
        self.class_setattr(cls, name, value)
    }

    /// Store into (or delete from) a user class's dict.
    pub fn class_setattr(&mut self, cls: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let dict = self.type_obj(cls).dict;
        if matches!(self.str_text(name), "__del__" | "__getattribute__" | "__setattr__" | "__delattr__") {
            let r = self.class_setattr_plain(dict, cls, name, value);
            // Subclasses may inherit it too: only this class is refreshed
            // here (classes gaining __del__ after creation are rare).
            self.refresh_has_del(cls);
            return r;
        }
        self.class_setattr_plain(dict, cls, name, value)
    }

    fn class_setattr_plain(&mut self, dict: ObjRef, cls: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        match value {
            Some(v) => self.dict_set(dict, name, v),
            None if self.dict_del_str(dict, name)? => Ok(()),
            None => {
                let (t, n) = (self.type_obj(cls).name.clone(), self.str_text(name).to_owned());
                Err(self.attribute_error(format!("type object '{t}' has no attribute '{n}'")))
            }
        }
    }

    /// Is `cls` an exception class defined by the program?
    pub fn is_user_exception_class(&self, cls: ObjRef) -> bool {
        matches!(self.get(cls), Obj::Type(t) if !t.is_static && t.kind == TypeKind::Exception)
    }

    /// Turn a `StopIteration` from `__next__` into "exhausted".
    pub fn stop_iteration_to_none(&mut self, r: PyResult<ObjRef>) -> PyResult<Option<ObjRef>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "StopIteration") => {
                self.decref(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Call a user class's `__call__`.
    pub fn call_instance(&mut self, obj: ObjRef, args: &Args) -> PyResult<ObjRef> {
        let Some(m) = self.lookup_dunder(obj, "__call__") else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object is not callable")));
        };
        self.incref(m);
        let mut pos = Vec::with_capacity(args.pos.len() + 1);
        pos.push(obj);
        pos.extend_from_slice(args.pos);
        let r = self.call_with_args(m, &Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues });
        self.decref(m);
        r
    }
}

/// Errors from dunder lookups that return NotImplemented.
pub fn is_not_implemented(vm: &Vm, r: &PyResult<Option<ObjRef>>) -> bool {
    matches!(r, Ok(Some(v)) if *v == vm.s.not_implemented)
}
