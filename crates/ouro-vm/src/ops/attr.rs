//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and the
//! method lookup behind `LoadMethod` (which allocates no bound method).

use crate::errors::PyResult;
use crate::object::{BuiltinObj, Obj, ObjRef};
use crate::vm::Vm;

/// Most (type, name) pairs the attribute cache holds before it is reset.
const TYPE_CACHE_LIMIT: usize = 1 << 16;

impl Vm {
    /// Find `name` in the dicts of `t`'s MRO (borrowed result).
    ///
    /// Cached per (type, name) like CPython's type attribute cache: an
    /// entry is valid while every dict of the MRO keeps the version it had
    /// (versions are globally unique, so a changed or different dict never
    /// matches) and the name is the same string (same hash).
    pub fn type_lookup(&mut self, t: ObjRef, name: ObjRef) -> Option<ObjRef> {
        let name_hash = match self.get(name) {
            Obj::Str(s) => s.hash.get(),
            _ => crate::object::HASH_UNSET,
        };
        if name_hash != crate::object::HASH_UNSET {
            if let Some(entry) = self.type_cache.get(&(t, name)) {
                if entry.name_hash == name_hash && self.mro_versions_match(t, &entry.versions) {
                    return entry.result;
                }
            }
        }
        let result = self.type_lookup_uncached(t, name);
        let name_hash = match self.get(name) {
            Obj::Str(s) => s.hash.get(),
            _ => crate::object::HASH_UNSET,
        };
        if name_hash != crate::object::HASH_UNSET {
            // Entries of dead types and names are never looked up again;
            // start afresh rather than grow without bound.
            if self.type_cache.len() >= TYPE_CACHE_LIMIT {
                self.type_cache.clear();
            }
            let versions = self.mro_versions(t);
            self.type_cache.insert((t, name), crate::vm::TypeCacheEntry { result, versions, name_hash });
        }
        result
    }

    /// The versions of the dicts of `t`'s MRO, in order.
    fn mro_versions(&self, t: ObjRef) -> Vec<u64> {
        match self.get(t) {
            Obj::Type(ty) => ty.mro.iter().map(|&c| self.dict_version(self.type_obj(c).dict)).collect(),
            _ => Vec::new(),
        }
    }

    fn mro_versions_match(&self, t: ObjRef, versions: &[u64]) -> bool {
        match self.get(t) {
            Obj::Type(ty) => {
                ty.mro.len() == versions.len()
                    && ty.mro.iter().zip(versions).all(|(&c, &v)| v != 0 && self.dict_version(self.type_obj(c).dict) == v)
            }
            _ => false,
        }
    }

    fn type_lookup_uncached(&mut self, t: ObjRef, name: ObjRef) -> Option<ObjRef> {
        let mro = match self.get(t) {
            Obj::Type(t) => t.mro.clone(),
            _ => return None,
        };
        for cls in mro {
            let dict = match self.get(cls) {
                Obj::Type(t) => t.dict,
                _ => continue,
            };
            if let Ok(Some(v)) = self.dict_get_item(dict, name) {
                self.decref(v);
                return Some(v);
            }
        }
        None
    }

    /// The method `obj.name` when it is a plain method of `obj`'s type
    /// (owned), for `LoadMethod`; None means "use `get_attr`".
    pub fn load_method(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        // Only objects with the generic attribute lookup take this path.
        if matches!(self.get(obj), Obj::Module(_) | Obj::Type(_) | Obj::Super { .. } | Obj::WeakRef(_)) {
            return Ok(None);
        }
        let t = self.type_of(obj);
        match self.type_lookup(t, name) {
            Some(m) if self.is_plain_method(m) => {
                // An instance attribute of the same name shadows the method.
                if self.is_user_object(obj) && self.shadows(obj, name) {
                    return Ok(None);
                }
                Ok(Some(self.incref(m)))
            }
            _ => Ok(None),
        }
    }

    fn shadows(&mut self, obj: ObjRef, name: ObjRef) -> bool {
        match self.own_attr(obj, name) {
            Ok(Some(v)) => {
                self.decref(v);
                true
            }
            Ok(None) => false,
            Err(e) => {
                self.decref(e.0);
                false
            }
        }
    }

    fn is_plain_method(&self, m: ObjRef) -> bool {
        match self.get(m) {
            Obj::Builtin(b) => b.is_method_descriptor && b.self_obj.is_none(),
            Obj::Function(_) => true,
            _ => false,
        }
    }

    /// `obj.name` (owned result).
    pub fn get_attr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        if let Obj::Type(t) = self.raw(obj) {
            if t.meta.is_some_and(|m| self.type_obj(m).has_attr_hooks) {
                if let Some(v) = self.call_dunder(obj, "__getattribute__", &[name])? {
                    return Ok(v);
                }
            }
            return self.type_getattr(obj, name);
        }
        if self.is_user_object(obj) || matches!(self.get(obj), Obj::Exception(_)) {
            return self.instance_getattr(obj, name);
        }
        if let Obj::Function(f) = self.get(obj) {
            let dict = f.dict;
            if !self.is_none(dict) {
                if let Some(v) = self.dict_get_item(dict, name)? {
                    return Ok(v);
                }
            }
        }
        if let Obj::Super { .. } = self.get(obj) {
            return self.super_getattr(obj, name);
        }
        if let Obj::WeakRef(w) = self.get(obj) {
            if w.is_proxy {
                let t = self.proxy_target(obj)?;
                return self.get_attr(t, name);
            }
            if self.str_text(name) == "__callback__" {
                let cb = w.callback.unwrap_or(self.s.none);
                return Ok(self.incref(cb));
            }
        }
        if let Obj::Module(m) = self.get(obj) {
            let dict = m.dict;
            if let Some(v) = self.dict_get_item(dict, name)? {
                return Ok(v);
            }
            let mname = self.module_name(obj);
            let n = self.str_text(name).to_owned();
            return Err(self.attribute_error(format!("module '{mname}' has no attribute '{n}'")));
        }
        let t = self.type_of(obj);
        if let Some(m) = self.type_lookup(t, name) {
            return Ok(self.bind(m, obj));
        }
        Err(self.no_attribute(obj, name))
    }

    pub fn no_attribute(&mut self, obj: ObjRef, name: ObjRef) -> crate::errors::PyErr {
        let t = self.type_name(obj);
        let n = self.str_text(name).to_owned();
        self.attribute_error(format!("'{t}' object has no attribute '{n}'"))
    }

    /// A method found on the type, bound to `obj` (owned).
    fn bind(&mut self, m: ObjRef, obj: ObjRef) -> ObjRef {
        match self.get(m) {
            Obj::Builtin(b) if b.is_method_descriptor && b.self_obj.is_none() => {
                let (name, func, owner) = (b.name, b.func, b.owner);
                self.incref(obj);
                let bound = BuiltinObj { name, func, self_obj: Some(obj), owner, is_method_descriptor: true };
                self.alloc_tracked(Obj::Builtin(Box::new(bound)))
            }
            Obj::Function(_) => {
                self.incref(m);
                self.incref(obj);
                self.alloc_tracked(Obj::BoundMethod { func: m, self_obj: obj })
            }
            _ => self.incref(m),
        }
    }

    pub fn module_name(&self, module: ObjRef) -> String {
        match self.get(module) {
            Obj::Module(m) => self.str_text(m.name).to_owned(),
            _ => String::new(),
        }
    }

    /// Attributes every object of a kind has (`__class__`, `__name__`, ...).
    fn special_attr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let n = self.str_text(name).to_owned();
        let v = match (n.as_str(), self.get(obj)) {
            ("__class__", _) => {
                let t = self.type_of(obj);
                self.incref(t)
            }
            ("__name__", Obj::Type(t)) => {
                let s = t.name.clone();
                self.new_str(&*s)
            }
            ("__qualname__", Obj::Type(t)) => {
                let s = t.qualname.clone();
                self.new_str(&*s)
            }
            ("__module__", Obj::Type(t)) => {
                let s = t.module.clone();
                self.new_str(&*s)
            }
            ("__dict__", Obj::Type(t)) => {
                let d = t.dict;
                self.incref(d)
            }
            ("__bases__", Obj::Type(t)) => {
                let mut bases = t.bases.clone();
                if bases.is_empty() {
                    bases.extend(t.base);
                }
                for &c in &bases {
                    self.incref(c);
                }
                self.new_tuple(bases)
            }
            ("__base__", Obj::Type(t)) => {
                let b = t.base.unwrap_or(self.s.none);
                self.incref(b)
            }
            ("__mro__", Obj::Type(t)) => {
                let mro = t.mro.clone();
                for &c in &mro {
                    self.incref(c);
                }
                self.new_tuple(mro)
            }
            ("__name__", Obj::Function(f)) => {
                let v = f.name;
                self.incref(v)
            }
            ("__qualname__", Obj::Function(f)) => {
                let v = f.qualname;
                self.incref(v)
            }
            ("__module__", Obj::Function(f)) => {
                let v = f.module;
                self.incref(v)
            }
            ("__doc__", Obj::Function(f)) => {
                let v = f.doc;
                self.incref(v)
            }
            ("__dict__", Obj::Function(f)) => {
                let d = f.dict;
                // Made on first use, as CPython's function `__dict__`.
                let d = if self.is_none(d) {
                    let d = self.new_dict();
                    if let Obj::Function(func) = self.get_mut(obj) {
                        func.dict = d;
                    }
                    self.decref(self.s.none);
                    d
                } else {
                    d
                };
                self.incref(d)
            }
            ("__annotations__", Obj::Function(f)) => {
                let a = f.annotations;
                self.function_annotations(obj, a)?
            }
            ("__kwdefaults__", Obj::Function(f)) => {
                let v = f.kwdefaults;
                self.incref(v)
            }
            ("__closure__", Obj::Function(f)) => {
                let v = f.closure;
                self.incref(v)
            }
            ("__defaults__", Obj::Function(f)) => {
                let v = f.defaults;
                self.incref(v)
            }
            ("__globals__", Obj::Function(f)) => {
                let v = f.globals;
                self.incref(v)
            }
            ("__builtins__", Obj::Function(f)) => {
                let v = f.builtins;
                self.incref(v)
            }
            ("__code__", Obj::Function(f)) => {
                let v = f.code_obj;
                self.incref(v)
            }
            ("__name__", Obj::Builtin(b)) => {
                let s = b.name;
                self.new_str(s)
            }
            ("__self__", Obj::BoundMethod { self_obj, .. }) => {
                let v = *self_obj;
                self.incref(v)
            }
            ("__func__", Obj::BoundMethod { func, .. }) => {
                let v = *func;
                self.incref(v)
            }
            ("fget", Obj::Property { fget: f, .. }) | ("fset", Obj::Property { fset: f, .. }) | ("fdel", Obj::Property { fdel: f, .. }) => {
                let f = *f;
                self.incref(f)
            }
            ("__func__" | "__wrapped__", Obj::ClassMethod(f) | Obj::StaticMethod(f)) => {
                let f = *f;
                self.incref(f)
            }
            ("__name__" | "__qualname__" | "__doc__" | "__module__", Obj::BoundMethod { func, .. }) => {
                let f = *func;
                return self.get_attr(f, name).map(Some);
            }
            ("__dict__", Obj::Module(m)) => {
                let d = m.dict;
                self.incref(d)
            }
            ("args", Obj::Exception(e)) => {
                let a = e.args;
                self.incref(a)
            }
            ("__cause__", Obj::Exception(e)) => {
                let c = e.cause.unwrap_or(self.s.none);
                self.incref(c)
            }
            ("__context__", Obj::Exception(e)) => {
                let c = e.context.unwrap_or(self.s.none);
                self.incref(c)
            }
            ("__suppress_context__", Obj::Exception(e)) => {
                let b = e.suppress_context;
                self.new_bool(b)
            }
            ("__traceback__", Obj::Exception(e)) => {
                let t = e.traceback.unwrap_or(self.s.none);
                self.incref(t)
            }
            (_, Obj::Code(_)) => match self.code_attr(obj, &n) {
                Some(v) => v,
                None => return Ok(None),
            },
            (_, Obj::Frame(_) | Obj::Traceback(_)) => match self.frame_attr(obj, &n)? {
                Some(v) => v,
                None => return Ok(None),
            },
            ("value", Obj::Exception(e)) if self.is_subtype(e.cls, self.t.exc("StopIteration")) => {
                let first = match self.get(e.args) {
                    Obj::Tuple(t) => t.first().copied(),
                    _ => None,
                };
                let v = first.unwrap_or(self.s.none);
                self.incref(v)
            }
            ("real" | "numerator", Obj::Int(_) | Obj::Bool(_)) => {
                let v = self.as_index(obj).unwrap_or(crate::num::PyInt::Small(0));
                self.new_pyint(v)
            }
            ("imag", Obj::Int(_) | Obj::Bool(_)) => self.new_int(0),
            ("denominator", Obj::Int(_) | Obj::Bool(_)) => self.new_int(1),
            ("real", Obj::Float(f)) => {
                let f = *f;
                self.new_float(f)
            }
            ("imag", Obj::Float(_)) => self.new_float(0.0),
            ("real", Obj::Complex(z)) => {
                let v = z.re;
                self.new_float(v)
            }
            ("imag", Obj::Complex(z)) => {
                let v = z.im;
                self.new_float(v)
            }
            ("closed", Obj::File(f)) => {
                let closed = f.file.is_none();
                self.new_bool(closed)
            }
            ("name", Obj::File(f)) => {
                let n = f.name.clone();
                self.new_str(n)
            }
            ("mode", Obj::File(f)) => {
                let m = f.mode.clone();
                self.new_str(m)
            }
            ("start", Obj::Slice { start, .. }) => self.incref(*start),
            ("stop", Obj::Slice { stop, .. }) => self.incref(*stop),
            ("step", Obj::Slice { step, .. }) => self.incref(*step),
            ("start", Obj::Range { start, .. }) => self.new_int(*start),
            ("stop", Obj::Range { stop, .. }) => self.new_int(*stop),
            ("step", Obj::Range { step, .. }) => self.new_int(*step),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `obj.name = value` (all borrowed).
    pub fn set_attr(&mut self, obj: ObjRef, name: ObjRef, value: ObjRef) -> PyResult<()> {
        if matches!(self.get(obj), Obj::Exception(_)) && self.str_text(name) == "__traceback__" {
            return self.set_exc_traceback(obj, value);
        }
        if let Obj::Type(_) = self.raw(obj) {
            return self.type_setattr(obj, name, Some(value));
        }
        if (self.is_user_object(obj) || matches!(self.get(obj), Obj::Exception(_))) && self.str_text(name) != "__cause__" {
            return self.instance_setattr(obj, name, Some(value));
        }
        if let Obj::Function(_) = self.get(obj) {
            return self.function_setattr(obj, name, value);
        }
        if matches!(self.get(obj), Obj::WeakRef(w) if w.is_proxy) {
            let t = self.proxy_target(obj)?;
            return self.set_attr(t, name, value);
        }
        match self.get(obj) {
            Obj::Module(m) => {
                let dict = m.dict;
                self.dict_set(dict, name, value)
            }
            Obj::Exception(_) if self.str_text(name) == "__cause__" => {
                self.incref(value);
                let none = self.is_none(value);
                let old = self.exc_data_mut(obj).and_then(|e| {
                    e.suppress_context = true;
                    std::mem::replace(&mut e.cause, if none { None } else { Some(value) })
                });
                if none {
                    self.decref(value);
                }
                self.decref_all(old);
                Ok(())
            }
            _ => Err(self.builtin_attr_unsettable(obj, name)),
        }
    }

    /// Setting or deleting an attribute of a builtin object: the read-only
    /// members (`complex.real`, `.imag`) say so; others do not exist.
    fn builtin_attr_unsettable(&mut self, obj: ObjRef, name: ObjRef) -> crate::errors::PyErr {
        if matches!(self.get(obj), Obj::Complex(_)) && matches!(self.str_text(name), "real" | "imag") {
            return self.attribute_error("readonly attribute");
        }
        self.no_attribute(obj, name)
    }

    /// `f.__annotations__` (owned), as CPython makes it on first use: an
    /// empty dict when the function has none, or the dict of the
    /// `(name, value, ...)` tuple `MAKE_FUNCTION` stored.
    fn function_annotations(&mut self, f: ObjRef, current: ObjRef) -> PyResult<ObjRef> {
        let pairs: Option<Vec<ObjRef>> = match self.get(current) {
            Obj::Tuple(items) => Some(items.to_vec()),
            _ => None,
        };
        if !self.is_none(current) && pairs.is_none() {
            return Ok(self.incref(current));
        }
        let d = self.new_dict();
        for pair in pairs.unwrap_or_default().chunks_exact(2) {
            if let Err(e) = self.dict_set(d, pair[0], pair[1]) {
                self.decref(d);
                return Err(e);
            }
        }
        if let Obj::Function(func) = self.get_mut(f) {
            func.annotations = d;
        }
        self.decref(current);
        Ok(self.incref(d))
    }

    /// `f.name = value` on a function: the writable special attributes, or
    /// the function's `__dict__` (made on first use).
    fn function_setattr(&mut self, f: ObjRef, name: ObjRef, value: ObjRef) -> PyResult<()> {
        let text = self.str_text(name).to_owned();
        self.incref(value);
        let slot = match self.get_mut(f) {
            Obj::Function(func) => match text.as_str() {
                "__name__" => Some(&mut func.name),
                "__qualname__" => Some(&mut func.qualname),
                "__doc__" => Some(&mut func.doc),
                "__module__" => Some(&mut func.module),
                "__defaults__" => Some(&mut func.defaults),
                "__kwdefaults__" => Some(&mut func.kwdefaults),
                "__annotations__" => Some(&mut func.annotations),
                _ => None,
            },
            _ => None,
        };
        if let Some(slot) = slot {
            let old = std::mem::replace(slot, value);
            self.decref(old);
            return Ok(());
        }
        self.decref(value);
        let dict = match self.get(f) {
            Obj::Function(func) => func.dict,
            _ => return Err(self.no_attribute(f, name)),
        };
        let dict = if self.is_none(dict) {
            let d = self.new_dict();
            if let Obj::Function(func) = self.get_mut(f) {
                func.dict = d;
            }
            self.decref(dict);
            d
        } else {
            dict
        };
        self.dict_set(dict, name, value)
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<()> {
        if let Obj::Type(_) = self.raw(obj) {
            return self.type_setattr(obj, name, None);
        }
        if self.is_user_object(obj) {
            return self.instance_setattr(obj, name, None);
        }
        match self.get(obj) {
            Obj::Module(m) => {
                let dict = m.dict;
                if self.dict_del_str(dict, name)? {
                    Ok(())
                } else {
                    let mname = self.module_name(obj);
                    let n = self.str_text(name).to_owned();
                    Err(self.attribute_error(format!("module '{mname}' has no attribute '{n}'")))
                }
            }
            _ => Err(self.builtin_attr_unsettable(obj, name)),
        }
    }
}
