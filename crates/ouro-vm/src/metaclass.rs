//! Metaclasses: `type` as the class of classes, and user subclasses of it.
//!
//! A class's metaclass is `TypeObj::meta` (None means `type`), so
//! `type(cls)` is the metaclass and the metaclass's methods apply to the
//! class as special methods (`len(cls)`, `cls[k]`, `iter(cls)`, `cls(...)`
//! through `Meta.__call__`). Attribute lookup on a class follows CPython's
//! `type_getattro`: data descriptors of the metaclass, then the class's own
//! MRO, then the metaclass's other attributes bound to the class.
//!
//! `type`'s own methods (`__new__`, `__init__`, `__call__`, `__prepare__`,
//! `__setattr__`, ...) live in its dict so that `super()` inside a
//! metaclass reaches them.

use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta`
    /// and the metaclasses of `bases`, or the conflict TypeError.
    pub fn calculate_meta(&mut self, meta: ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
        let mut winner = meta;
        for &b in bases {
            let t = self.type_of(b);
            if self.is_subtype(winner, t) {
                continue;
            }
            if self.is_subtype(t, winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `meta.__prepare__(name, bases, **kw)`: the class body's namespace
    /// (owned), which must be a mapping.
    pub fn prepare_namespace(&mut self, meta: ObjRef, name: ObjRef, bases: ObjRef, kw: &Args) -> PyResult<ObjRef> {
        if meta == self.t.type_ {
            return Ok(self.new_dict());
        }
        let key = self.intern("__prepare__");
        let prepare = self.get_attr(meta, key);
        self.decref(key);
        let prepare = match prepare {
            Ok(p) => p,
            Err(e) if self.err_is(&e, "AttributeError") => {
                self.decref(e.0);
                return Ok(self.new_dict());
            }
            Err(e) => return Err(e),
        };
        let pos = [name, bases];
        let r = self.call_with_args(prepare, &Args { pos: &pos, kwnames: kw.kwnames, kwvalues: kw.kwvalues });
        self.decref(prepare);
        let ns = r?;
        if !matches!(self.get(ns), Obj::Dict(_)) && self.lookup_dunder(ns, "__getitem__").is_none() {
            let what = if self.is_type(meta) { self.type_obj(meta).name.to_string() } else { "<metaclass>".to_string() };
            let t = self.type_name(ns);
            self.decref(ns);
            return Err(self.type_error(format!("{what}.__prepare__() must return a mapping, not {t}")));
        }
        Ok(ns)
    }

    /// Calling `meta` (`type` or a subclass of it): its `__new__`, then its
    /// `__init__` when the result is an instance of `meta` (type.__call__).
    pub fn call_metaclass(&mut self, meta: ObjRef, args: &Args) -> PyResult<ObjRef> {
        if meta == self.t.type_ && args.pos.len() == 1 && !args.has_kwargs() {
            let t = self.type_of(args.pos[0]);
            return Ok(self.incref(t));
        }
        let obj = match self.user_new(meta) {
            Some(new) => {
                self.incref(new);
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(meta);
                pos.extend_from_slice(args.pos);
                let r = self.call_with_args(new, &Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues });
                self.decref(new);
                r?
            }
            None => self.type_new(meta, args)?,
        };
        if !self.isinstance(obj, meta) {
            return Ok(obj);
        }
        self.metaclass_init(meta, obj, args)
    }

    /// Run a user metaclass `__init__` on the new class (type.__init__
    /// itself does nothing).
    fn metaclass_init(&mut self, meta: ObjRef, obj: ObjRef, args: &Args) -> PyResult<ObjRef> {
        let name = self.intern("__init__");
        let init = self.type_lookup(meta, name);
        self.decref(name);
        match init.filter(|&i| matches!(self.get(i), Obj::Function(_))) {
            Some(_) => self.run_init(meta, obj, args),
            None => Ok(obj),
        }
    }

    /// `type.__new__(meta, name, bases, ns, **kw)` (arguments after `meta`).
    pub fn type_new(&mut self, meta: ObjRef, args: &Args) -> PyResult<ObjRef> {
        let [name, bases, ns] = args.pos else {
            let msg = if meta == self.t.type_ { "type() takes 1 or 3 arguments".to_string() } else { format!("type.__new__() takes exactly 3 arguments ({} given)", args.pos.len()) };
            return Err(self.type_error(msg));
        };
        let checks = [(*name, self.t.str_, "str"), (*bases, self.t.tuple, "tuple"), (*ns, self.t.dict, "dict")];
        for (i, (v, t, tn)) in checks.into_iter().enumerate() {
            if !self.isinstance(v, t) {
                let vt = self.type_name(v);
                return Err(self.type_error(format!("type.__new__() argument {} must be {tn}, not {vt}", i + 1)));
            }
        }
        let bases: Vec<ObjRef> = match self.get(*bases) {
            Obj::Tuple(b) => b.to_vec(),
            _ => Vec::new(),
        };
        let winner = self.calculate_meta(meta, &bases)?;
        let name = self.str_text(*name).to_owned();
        let kw = Args { pos: &[], kwnames: args.kwnames, kwvalues: args.kwvalues };
        self.new_class_full(winner, &name, &bases, *ns, &kw)
    }

    /// `super(cls, cls).__init_subclass__(**kw)` for a new class.
    pub fn init_subclass(&mut self, cls: ObjRef, kw: &Args) -> PyResult<()> {
        let name = self.intern("__init_subclass__");
        let mro = self.type_obj(cls).mro.clone();
        let mut found = None;
        for &c in &mro[1..] {
            let dict = self.type_obj(c).dict;
            if let Some(v) = self.dict_get_item(dict, name)? {
                found = Some(v);
                break;
            }
        }
        self.decref(name);
        let Some(v) = found else { return Ok(()) };
        let bound = self.bind_to_class(v, cls);
        self.decref(v);
        let r = self.call_with_args(bound, kw);
        self.decref(bound);
        self.decref(r?);
        Ok(())
    }

    /// Calling a class whose metaclass is a user class: the metaclass's
    /// `__call__` if it defines one, else `type.__call__`.
    pub fn call_class(&mut self, cls: ObjRef, args: &Args) -> PyResult<ObjRef> {
        match self.lookup_dunder(cls, "__call__") {
            Some(m) if matches!(self.get(m), Obj::Function(_)) => {
                self.incref(m);
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(cls);
                pos.extend_from_slice(args.pos);
                let r = self.call_with_args(m, &Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues });
                self.decref(m);
                r
            }
            _ => self.type_call(cls, args),
        }
    }

    /// `type.__call__(cls, *args, **kw)`: create an instance of `cls`.
    pub fn type_call(&mut self, cls: ObjRef, args: &Args) -> PyResult<ObjRef> {
        if self.type_obj(cls).is_static {
            return crate::builtins::construct::call_type(self, cls, args);
        }
        self.call_user_class(cls, args)
    }

    /// `cls.name` for any class (CPython's `type_getattro`): a data
    /// descriptor of the metaclass, else the class's own attribute (through
    /// its descriptors), else the metaclass's attribute bound to the class,
    /// else the metaclass's `__getattr__`.
    pub fn type_getattr(&mut self, cls: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let meta = self.type_of(cls);
        let user_meta = meta != self.t.type_;
        let meta_attr = if user_meta { self.type_lookup(meta, name) } else { None };
        if let Some(m) = meta_attr.filter(|&m| self.is_data_descr(m)) {
            return self.get_through(m, cls, meta);
        }
        if let Some(v) = self.class_getattr(cls, name)? {
            return Ok(v);
        }
        let meta_attr = if user_meta { meta_attr } else { self.type_lookup(meta, name) };
        if let Some(m) = meta_attr {
            return self.get_through(m, cls, meta);
        }
        if user_meta {
            let key = self.intern("__getattr__");
            let hook = self.type_lookup(meta, key);
            self.decref(key);
            if let Some(h) = hook.filter(|&h| matches!(self.get(h), Obj::Function(_))) {
                return self.call(h, &[cls, name]);
            }
        }
        let (t, n) = (self.type_obj(cls).name.clone(), self.str_text(name).to_owned());
        Err(self.attribute_error(format!("type object '{t}' has no attribute '{n}'")))
    }

    /// Is `d` a data descriptor: a property, or a user object whose class
    /// defines `__get__` and `__set__` or `__delete__`?
    fn is_data_descr(&mut self, d: ObjRef) -> bool {
        match self.get(d) {
            Obj::Property { .. } => true,
            _ => {
                self.is_user_object(d)
                    && self.lookup_dunder(d, "__get__").is_some()
                    && (self.lookup_dunder(d, "__set__").is_some() || self.lookup_dunder(d, "__delete__").is_some())
            }
        }
    }

    /// A metaclass attribute `m` as seen through the class `cls`.
    fn get_through(&mut self, m: ObjRef, cls: ObjRef, meta: ObjRef) -> PyResult<ObjRef> {
        if let Obj::Property { fget, .. } = self.get(m) {
            let fget = *fget;
            if self.is_none(fget) {
                return Err(self.attribute_error("property has no getter"));
            }
            return self.call(fget, &[cls]);
        }
        if self.is_user_object(m) && self.lookup_dunder(m, "__get__").is_some() {
            return match self.call_dunder(m, "__get__", &[cls, meta])? {
                Some(v) => Ok(v),
                None => Ok(self.incref(m)),
            };
        }
        Ok(self.bind_descriptor(m, cls, meta))
    }

    /// `cls.name = value` / `del cls.name` through the metaclass: a user
    /// `__setattr__`/`__delattr__` or a data descriptor of the metaclass.
    /// None when the plain class store applies.
    pub fn meta_setattr(&mut self, cls: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<Option<()>> {
        let meta = self.type_of(cls);
        if meta == self.t.type_ {
            return Ok(None);
        }
        if self.type_obj(meta).has_attr_hooks {
            let r = match value {
                Some(v) => self.call_dunder(cls, "__setattr__", &[name, v])?,
                None => self.call_dunder(cls, "__delattr__", &[name])?,
            };
            if let Some(r) = r {
                self.decref(r);
                return Ok(Some(()));
            }
        }
        self.meta_descr_set(cls, meta, name, value)
    }

    /// The metaclass's data descriptor for `name`, if any, stores it.
    pub fn meta_descr_set(&mut self, cls: ObjRef, meta: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<Option<()>> {
        let Some(d) = self.type_lookup(meta, name) else { return Ok(None) };
        if let Obj::Property { fset, fdel, .. } = self.get(d) {
            let f = if value.is_some() { *fset } else { *fdel };
            if self.is_none(f) {
                let n = self.str_text(name).to_owned();
                let t = self.type_obj(meta).name.clone();
                let what = if value.is_some() { "setter" } else { "deleter" };
                return Err(self.attribute_error(format!("property '{n}' of '{t}' object has no {what}")));
            }
            let r = match value {
                Some(v) => self.call(f, &[cls, v]),
                None => self.call(f, &[cls]),
            };
            return r.map(|v| self.decref(v)).map(Some);
        }
        if self.is_user_object(d) {
            let r = match value {
                Some(v) => self.call_dunder(d, "__set__", &[cls, v])?,
                None => self.call_dunder(d, "__delete__", &[cls])?,
            };
            if let Some(r) = r {
                self.decref(r);
                return Ok(Some(()));
            }
        }
        Ok(None)
    }

    /// `isinstance(obj, cls)` honouring a metaclass `__instancecheck__`.
    pub fn isinstance_hook(&mut self, obj: ObjRef, cls: ObjRef) -> PyResult<bool> {
        if self.type_of(obj) == cls || !self.is_user_object(cls) {
            return Ok(self.isinstance(obj, cls));
        }
        self.check_hook(cls, "__instancecheck__", obj).map(|r| r.unwrap_or_else(|| self.isinstance(obj, cls)))
    }

    /// `issubclass(sub, cls)` honouring a metaclass `__subclasscheck__`.
    pub fn issubclass_hook(&mut self, sub: ObjRef, cls: ObjRef) -> PyResult<bool> {
        if !self.is_user_object(cls) {
            return Ok(self.is_subtype(sub, cls));
        }
        self.check_hook(cls, "__subclasscheck__", sub).map(|r| r.unwrap_or_else(|| self.is_subtype(sub, cls)))
    }

    fn check_hook(&mut self, cls: ObjRef, hook: &str, arg: ObjRef) -> PyResult<Option<bool>> {
        match self.call_dunder(cls, hook, &[arg])? {
            Some(r) => {
                let b = self.is_true(r);
                self.decref(r);
                b.map(Some)
            }
            None => Ok(None),
        }
    }
}

/// The class argument of a `type` method (`type.__call__(cls, ...)`), with
/// CPython's messages (special methods are slot wrappers, worded apart).
fn class_receiver(vm: &mut Vm, args: &Args, method: &str) -> PyResult<ObjRef> {
    let slot = method.starts_with("__");
    match args.pos.first() {
        Some(&c) if vm.is_type(c) => Ok(c),
        Some(&c) => {
            let t = vm.type_name(c);
            Err(vm.type_error(if slot {
                format!("descriptor '{method}' requires a 'type' object but received a '{t}'")
            } else {
                format!("descriptor '{method}' for 'type' objects doesn't apply to a '{t}' object")
            }))
        }
        None if slot => Err(vm.type_error(format!("descriptor '{method}' of 'type' object needs an argument"))),
        None => Err(vm.type_error(format!("unbound method type.{method}() needs an argument"))),
    }
}

fn rest<'a>(args: &'a Args) -> Args<'a> {
    Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvalues: args.kwvalues }
}

/// `type.__new__(meta, name, bases, ns, **kw)`.
fn type_new_native(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let meta = match args.pos.first() {
        Some(&m) if vm.is_type(m) && vm.is_subtype(m, vm.t.type_) => m,
        Some(&m) if vm.is_type(m) => {
            let n = vm.type_obj(m).name.clone();
            return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
        }
        Some(&m) => {
            let t = vm.type_name(m);
            return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({t})")));
        }
        None => return Err(vm.type_error("type.__new__(): not enough arguments")),
    };
    if args.pos.len() != 4 {
        return Err(vm.type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", args.pos.len() - 1)));
    }
    vm.type_new(meta, &rest(args))
}

/// `type.__init__(cls, ...)`: checks the argument count only.
fn type_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    class_receiver(vm, args, "__init__")?;
    if !matches!(args.pos.len(), 2 | 4) {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.none())
}

fn type_call_native(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = class_receiver(vm, args, "__call__")?;
    vm.type_call(cls, &rest(args))
}

/// `type.__prepare__(name, bases, **kw)`: an empty dict.
fn type_prepare(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_dict())
}

fn type_setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = class_receiver(vm, args, "__setattr__")?;
    let [_, name, value] = args.pos else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    };
    vm.plain_type_setattr(cls, *name, Some(*value))?;
    Ok(vm.none())
}

fn type_delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = class_receiver(vm, args, "__delattr__")?;
    let [_, name] = args.pos else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos.len().saturating_sub(1))));
    };
    vm.plain_type_setattr(cls, *name, None)?;
    Ok(vm.none())
}

fn type_getattribute(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = class_receiver(vm, args, "__getattribute__")?;
    match args.pos {
        [_, name] if matches!(vm.get(*name), Obj::Str(_)) => vm.type_getattr(cls, *name),
        _ => Err(vm.type_error("__getattribute__ expected 1 argument and a str name")),
    }
}

fn type_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = class_receiver(vm, args, "__repr__")?;
    let t = vm.type_obj(cls);
    let s = if &*t.module == "builtins" { format!("<class '{}'>", t.qualname) } else { format!("<class '{}.{}'>", t.module, t.qualname) };
    Ok(vm.new_str(s))
}

fn type_mro(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = class_receiver(vm, args, "mro")?;
    let mro = vm.type_obj(cls).mro.clone();
    for &c in &mro {
        vm.incref(c);
    }
    Ok(vm.new_list(mro))
}

fn type_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = class_receiver(vm, args, "__instancecheck__")?;
    crate::builtins::check_args(vm, &rest(args), "__instancecheck__", 1, 1)?;
    let b = vm.isinstance(args.pos[1], cls);
    Ok(vm.new_bool(b))
}

fn type_subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = class_receiver(vm, args, "__subclasscheck__")?;
    crate::builtins::check_args(vm, &rest(args), "__subclasscheck__", 1, 1)?;
    if !vm.is_type(args.pos[1]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let b = vm.is_subtype(args.pos[1], cls);
    Ok(vm.new_bool(b))
}

/// `object.__init_subclass__()`: accepts no keyword arguments.
fn object_init_subclass(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kwargs() || args.pos.len() > 1 {
        let who = match args.pos.first() {
            Some(&c) if vm.is_type(c) => vm.type_obj(c).qualname.to_string(),
            _ => "object".to_string(),
        };
        let what = if args.has_kwargs() { "takes no keyword arguments" } else { "takes no arguments" };
        return Err(vm.type_error(format!("{who}.__init_subclass__() {what}")));
    }
    Ok(vm.none())
}

/// `list.__class_getitem__(item)` and the other builtin generics:
/// `types.GenericAlias(cls, item)`.
pub fn generic_alias(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let [cls, item] = args.pos else {
        return Err(vm.type_error(format!("__class_getitem__() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1))));
    };
    let module = vm.import_module("types")?;
    let name = vm.intern("GenericAlias");
    let ga = vm.get_attr(module, name);
    vm.decref_all([module, name]);
    let ga = ga?;
    let r = vm.call(ga, &[*cls, *item]);
    vm.decref(ga);
    r
}

/// Fill `type`'s dict, and add `object.__init_subclass__` and the
/// builtin generics' `__class_getitem__`.
pub fn register(vm: &mut Vm) {
    let generics = [vm.t.list, vm.t.dict, vm.t.tuple, vm.t.set, vm.t.frozenset];
    for t in generics {
        let f = vm.make_builtin("__class_getitem__", generic_alias, "type");
        let cm = vm.alloc_tracked(Obj::ClassMethod(f));
        let dict = vm.type_obj(t).dict;
        let _ = vm.dict_set_str(dict, "__class_getitem__", cm);
    }
    let t = vm.t.type_;
    vm.add_methods(
        t,
        "type",
        &[
            ("__init__", type_init),
            ("__call__", type_call_native),
            ("__setattr__", type_setattr),
            ("__delattr__", type_delattr),
            ("__getattribute__", type_getattribute),
            ("__repr__", type_repr),
            ("mro", type_mro),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
        ],
    );
    let dict = vm.type_obj(t).dict;
    // Static functions: found unbound through a class or `super()`.
    let new = vm.make_builtin("__new__", type_new_native, "type");
    let _ = vm.dict_set_str(dict, "__new__", new);
    let prepare = vm.make_builtin("__prepare__", type_prepare, "type");
    let _ = vm.dict_set_str(dict, "__prepare__", prepare);
    let f = vm.make_builtin("__init_subclass__", object_init_subclass, "object");
    let cm = vm.alloc_tracked(Obj::ClassMethod(f));
    let odict = vm.type_obj(vm.t.object).dict;
    let _ = vm.dict_set_str(odict, "__init_subclass__", cm);
}
