//! User classes: `__build_class__` (finding the metaclass, `__prepare__`),
//! what `type.__new__` does (the C3 method resolution order, `__slots__`,
//! the `__class__` cell, `__set_name__`, `__init_subclass__`), and creating
//! instances by calling a class. Metaclass behaviour is in `metaclass.rs`.

use std::rc::Rc;

use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{ExceptionObj, InstanceObj, Obj, ObjRef, TypeKind, TypeObj};
use crate::vm::Vm;

/// CPython 3.11 starts a class's shared keys with room for 30 names.
pub const SHARED_KEYS_USABLE: usize = 30;

impl Vm {
    /// `__build_class__(func, name, *bases, **kwds)` for a `class` statement:
    /// find the metaclass, let it prepare the namespace, run the body in
    /// it, then call `metaclass(name, bases, ns, **kwds)`.
    pub fn build_class(&mut self, args: &Args) -> PyResult<ObjRef> {
        let [body, name, bases @ ..] = args.pos else {
            return Err(self.type_error("__build_class__: not enough arguments"));
        };
        if !matches!(self.get(*body), Obj::Function(_)) {
            return Err(self.type_error("__build_class__: func must be a function"));
        }
        if !matches!(self.get(*name), Obj::Str(_)) {
            return Err(self.type_error("__build_class__: name is not a string"));
        }
        let (mut kwnames, mut kwvalues, mut meta) = (Vec::new(), Vec::new(), None);
        for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
            if self.str_text(k) == "metaclass" {
                meta = Some(v);
            } else {
                kwnames.push(k);
                kwvalues.push(v);
            }
        }
        let orig_bases = {
            let items: Vec<ObjRef> = bases.iter().map(|&b| self.incref(b)).collect();
            self.new_tuple(items)
        };
        let (bases_tuple, changed) = match self.update_bases(bases, orig_bases) {
            Ok(Some(t)) => (t, true),
            Ok(None) => (self.incref(orig_bases), false),
            Err(e) => {
                self.decref(orig_bases);
                return Err(e);
            }
        };
        let kw = Args { pos: &[], kwnames: &kwnames, kwvalues: &kwvalues };
        let orig = if changed { Some(orig_bases) } else { None };
        let r = self.build_class_meta(meta, *body, *name, bases_tuple, orig, &kw);
        self.decref(bases_tuple);
        self.decref(orig_bases);
        r
    }

    /// PEP 560: replace each base that is not a class by what its
    /// `__mro_entries__(orig_bases)` returns. None when nothing changed;
    /// else the new bases tuple (owned).
    fn update_bases(&mut self, bases: &[ObjRef], orig_bases: ObjRef) -> PyResult<Option<ObjRef>> {
        if bases.iter().all(|&b| self.is_type(b)) {
            return Ok(None);
        }
        let mut out: Vec<ObjRef> = Vec::with_capacity(bases.len());
        for &b in bases {
            match self.mro_entries_of(b, orig_bases) {
                Ok(items) => out.extend(items),
                Err(e) => {
                    self.decref_all(out);
                    return Err(e);
                }
            }
        }
        Ok(Some(self.new_tuple(out)))
    }

    /// The bases that `base` stands for (owned): itself, or the items of
    /// its `__mro_entries__(orig_bases)` tuple.
    fn mro_entries_of(&mut self, base: ObjRef, orig_bases: ObjRef) -> PyResult<Vec<ObjRef>> {
        if self.is_type(base) {
            return Ok(vec![self.incref(base)]);
        }
        let key = self.intern("__mro_entries__");
        let method = self.get_attr(base, key);
        self.decref(key);
        let method = match method {
            Ok(m) => m,
            Err(e) if self.err_is(&e, "AttributeError") => {
                self.decref(e.0);
                return Ok(vec![self.incref(base)]);
            }
            Err(e) => return Err(e),
        };
        let r = self.call(method, &[orig_bases]);
        self.decref(method);
        let r = r?;
        let items = match self.get(r) {
            Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        };
        let Some(items) = items else {
            self.decref(r);
            return Err(self.type_error("__mro_entries__ must return a tuple"));
        };
        let owned = items.iter().map(|&i| self.incref(i)).collect();
        self.decref(r);
        Ok(owned)
    }

    /// `build_class` once the bases are final: find the metaclass.
    fn build_class_meta(&mut self, meta: Option<ObjRef>, body: ObjRef, name: ObjRef, bases: ObjRef, orig: Option<ObjRef>, kw: &Args) -> PyResult<ObjRef> {
        let items = match self.get(bases) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let meta = match meta {
            Some(m) => m,
            None => items.first().map_or(self.t.type_, |&b| self.type_of(b)),
        };
        let meta = if self.is_type(meta) { self.calculate_meta(meta, &items)? } else { meta };
        self.build_class_in(meta, body, name, bases, orig, kw)
    }

    /// The rest of `build_class` once the metaclass is known.
    fn build_class_in(&mut self, meta: ObjRef, body: ObjRef, name: ObjRef, bases: ObjRef, orig: Option<ObjRef>, kw: &Args) -> PyResult<ObjRef> {
        let ns = self.prepare_namespace(meta, name, bases, kw)?;
        if let Some(orig) = orig {
            let key = self.intern("__orig_bases__");
            let r = self.setitem(ns, key, orig);
            self.decref(key);
            if let Err(e) = r {
                self.decref(ns);
                return Err(e);
            }
        }
        let cell = match self.run_class_body(body, ns) {
            Ok(c) => c,
            Err(e) => {
                self.decref(ns);
                return Err(e);
            }
        };
        let margs = [name, bases, ns];
        let cls = self.call_with_args(meta, &Args { pos: &margs, kwnames: kw.kwnames, kwvalues: kw.kwvalues });
        self.decref(ns);
        let checked = match cls {
            Ok(c) => self.check_class_cell(cell, name, c).map(|()| c).inspect_err(|_| self.decref(c)),
            Err(e) => Err(e),
        };
        self.decref(cell);
        checked
    }

    /// After the metaclass returned `cls`: the `__class__` cell (if the body
    /// made one) must hold it, set by `type.__new__` (CPython's messages).
    fn check_class_cell(&mut self, cell: ObjRef, name: ObjRef, cls: ObjRef) -> PyResult<()> {
        let content = match self.get(cell) {
            Obj::Cell(c) if self.is_type(cls) => *c,
            _ => return Ok(()),
        };
        if content == Some(cls) {
            return Ok(());
        }
        let (n, r) = (self.str_text(name).to_owned(), self.repr_string(cls)?);
        match content {
            None => Err(self.error(
                "RuntimeError",
                format!("__class__ not set defining '{n}' as {r}. Was __classcell__ propagated to type.__new__?"),
            )),
            Some(other) => {
                let o = self.repr_string(other)?;
                Err(self.type_error(format!("__class__ set to {o} defining '{n}' as {r}")))
            }
        }
    }

    /// Run a class body with `ns` as its locals; returns `__classcell__`'s
    /// value or None (owned).
    fn run_class_body(&mut self, body: ObjRef, ns: ObjRef) -> PyResult<ObjRef> {
        let mut frame = self.function_frame(body, &Args::positional(&[]))?;
        self.incref(ns);
        frame.locals = Some(ns);
        self.incref(body);
        frame.func = Some(body);
        self.run_frame(frame)
    }

    /// `type(name, bases, ns)`: a new class whose dict is a copy of `ns`.
    pub fn new_class(&mut self, name: &str, bases: &[ObjRef], ns: ObjRef) -> PyResult<ObjRef> {
        let meta = self.t.type_;
        self.new_class_full(meta, name, bases, ns, &Args::positional(&[]))
    }

    /// `type.__new__(meta, name, bases, ns, **kw)` once the arguments are
    /// checked: the class, its `__class__` cell filled, `__set_name__` and
    /// the parent's `__init_subclass__(**kw)` called (owned result).
    pub fn new_class_full(&mut self, meta: ObjRef, name: &str, bases: &[ObjRef], ns: ObjRef, kw: &Args) -> PyResult<ObjRef> {
        let bases: Vec<ObjRef> = if bases.is_empty() { vec![self.t.object] } else { bases.to_vec() };
        for &b in &bases {
            if !self.is_type(b) {
                return Err(self.type_error("bases must be types"));
            }
        }
        let kind = self.solid_kind(&bases)?;
        let mro_tail = self.c3_merge(&bases)?;
        let dict = self.new_dict();
        let r = self.class_dict_from(dict, ns, kind, &bases);
        let (classcell, slots, has_dict, has_weakref) = match r {
            Ok(v) => v,
            Err(e) => {
                self.decref(dict);
                return Err(e);
            }
        };
        let inherited: usize = bases.iter().map(|&b| self.type_obj(b).nslots).sum();
        let qualname = self.take_qualname(dict, name)?;
        let module = self.class_module(dict)?;
        let bases_tuple = {
            let items: Vec<ObjRef> = bases.iter().map(|&b| self.incref(b)).collect();
            self.new_tuple(items)
        };
        let nslots = inherited + slots.len();
        let meta = (meta != self.t.type_).then(|| self.incref(meta));
        let t = TypeObj {
            name: name.into(),
            qualname: qualname.into(),
            module: Rc::from(module.as_str()),
            base: bases.first().copied(),
            bases,
            bases_tuple: Some(bases_tuple),
            mro_tuple: None,
            mro: Vec::new(),
            dict,
            kind,
            is_static: false,
            slots,
            has_dict,
            has_weakref,
            shared_keys: Vec::new(),
            shared_usable: SHARED_KEYS_USABLE,
            nslots,
            has_del: false,
            has_attr_hooks: false,
            meta,
        };
        let cls = self.alloc_tracked(Obj::Type(Box::new(t)));
        self.heap.incref(cls);
        let mro: Vec<ObjRef> = std::iter::once(cls).chain(mro_tail).collect();
        for &c in &mro[1..] {
            self.incref(c);
        }
        // The MRO tuple's reference to the class itself is the one taken
        // just after allocation.
        let mro_tuple = self.new_tuple(mro.clone());
        if let Obj::Type(t) = self.get_mut(cls) {
            t.mro = mro;
            t.mro_tuple = Some(mro_tuple);
        }
        if let Some(cell) = classcell {
            self.fill_class_cell(cell, cls);
        }
        let r = self.finish_class(cls, kw);
        r.map(|()| cls).inspect_err(|_| self.decref(cls))
    }

    /// Descriptors, finalizer flags, `__set_name__`, `__init_subclass__`.
    fn finish_class(&mut self, cls: ObjRef, kw: &Args) -> PyResult<()> {
        self.add_class_descriptors(cls)?;
        self.refresh_has_del(cls);
        self.call_set_names(cls)?;
        self.init_subclass(cls, kw)
    }

    /// Fill the new class's dict from the namespace: returns the
    /// `__classcell__` cell (owned, removed from the dict) and the
    /// `__slots__` layout. Functions named `__init_subclass__` and
    /// `__class_getitem__` become classmethods, as in CPython.
    fn class_dict_from(&mut self, dict: ObjRef, ns: ObjRef, kind: TypeKind, bases: &[ObjRef]) -> PyResult<(Option<ObjRef>, Vec<ObjRef>, bool, bool)> {
        self.dict_update(dict, ns)?;
        let classcell = self.dict_get_str(dict, "__classcell__")?;
        if let Some(c) = classcell {
            let key = self.intern("__classcell__");
            let r = self.dict_del_str(dict, key);
            self.decref(key);
            if let Err(e) = r {
                self.decref(c);
                return Err(e);
            }
            if !matches!(self.get(c), Obj::Cell(_)) {
                let t = self.type_of(c);
                let r = self.repr_string(t);
                self.decref(c);
                return Err(self.type_error(format!("__classcell__ must be a nonlocal cell, not {}", r?)));
            }
        }
        let r = self.class_dict_fixups(dict, kind, bases);
        match r {
            Ok((slots, has_dict, has_weakref)) => Ok((classcell, slots, has_dict, has_weakref)),
            Err(e) => {
                self.decref_all(classcell);
                Err(e)
            }
        }
    }

    fn class_dict_fixups(&mut self, dict: ObjRef, kind: TypeKind, bases: &[ObjRef]) -> PyResult<(Vec<ObjRef>, bool, bool)> {
        for name in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = self.dict_get_str(dict, name)? {
                if matches!(self.get(f), Obj::Function(_)) {
                    let cm = self.alloc_tracked(Obj::ClassMethod(f));
                    self.dict_set_str(dict, name, cm)?;
                } else {
                    self.decref(f);
                }
            }
        }
        let layout = self.class_slots(dict, bases)?;
        let layout = self.check_solid_slots(kind, bases, layout)?;
        // Defining __eq__ without __hash__ makes instances unhashable.
        if self.dict_get_str(dict, "__eq__")?.map(|v| self.decref(v)).is_some() && self.dict_get_str(dict, "__hash__")?.map(|v| self.decref(v)).is_none() {
            let none = self.none();
            self.dict_set_str(dict, "__hash__", none)?;
        }
        Ok(layout)
    }

    /// Variable-sized builtin bases (tuple, int, bytes) and `type` allow no
    /// slots of their own and give instances no `__weakref__`; a `type`
    /// subclass's instances (classes) already have a dict.
    fn check_solid_slots(&mut self, kind: TypeKind, bases: &[ObjRef], layout: (Vec<ObjRef>, bool, bool)) -> PyResult<(Vec<ObjRef>, bool, bool)> {
        let (slots, has_dict, has_weakref) = layout;
        if !matches!(kind, TypeKind::Tuple | TypeKind::Int | TypeKind::Bytes | TypeKind::Type) {
            return Ok((slots, has_dict, has_weakref));
        }
        if !slots.is_empty() {
            self.decref_all(slots);
            let solid = bases.iter().find(|&&b| self.type_obj(b).kind == kind).copied().unwrap_or(self.t.object);
            let n = self.static_base_name(solid);
            return Err(self.type_error(format!("nonempty __slots__ not supported for subtype of '{n}'")));
        }
        Ok((slots, has_dict && kind != TypeKind::Type, false))
    }

    /// The name of the builtin type at the root of `cls`'s layout.
    pub fn static_base_name(&self, cls: ObjRef) -> Rc<str> {
        let t = self.type_obj(cls);
        let root = t.mro.iter().find(|&&c| self.type_obj(c).is_static).copied().unwrap_or(cls);
        self.type_obj(root).name.clone()
    }

    /// The class's `__module__`: from its namespace, else (for a direct
    /// `type(name, bases, ns)` call) the caller's `__name__`, which is
    /// then stored in the class dict.
    fn class_module(&mut self, dict: ObjRef) -> PyResult<String> {
        let m = match self.dict_get_str(dict, "__module__")? {
            Some(m) => m,
            None => {
                let from_caller = match self.type_call_globals.take() {
                    Some(g) => self.dict_get_str(g, "__name__")?,
                    None => None,
                };
                match from_caller {
                    Some(m) => {
                        self.incref(m);
                        self.dict_set_str(dict, "__module__", m)?;
                        m
                    }
                    None => return Ok("builtins".to_string()),
                }
            }
        };
        let s = self.str_text(m).to_owned();
        self.decref(m);
        Ok(s)
    }

    /// `__qualname__` moves from the namespace into the type itself.
    fn take_qualname(&mut self, dict: ObjRef, name: &str) -> PyResult<String> {
        Ok(match self.dict_get_str(dict, "__qualname__")? {
            Some(q) => {
                let s = self.str_text(q).to_owned();
                self.decref(q);
                let key = self.intern("__qualname__");
                self.dict_del_str(dict, key)?;
                self.decref(key);
                s
            }
            None => name.to_string(),
        })
    }

    /// Put the new class into its methods' `__class__` cell (owned cell).
    fn fill_class_cell(&mut self, cell: ObjRef, cls: ObjRef) {
        if let Obj::Cell(slot) = self.get_mut(cell) {
            let old = slot.replace(cls);
            self.heap.incref(cls);
            self.decref_all(old);
        }
        self.decref(cell);
    }

    /// What CPython's `type_new` adds to a new class's dict: member
    /// descriptors for its `__slots__`, getset descriptors for `__dict__`
    /// and `__weakref__` when this class introduces them, and `__doc__`.
    fn add_class_descriptors(&mut self, cls: ObjRef) -> PyResult<()> {
        let (dict, slots, has_dict, has_weakref, bases) = {
            let t = self.type_obj(cls);
            (t.dict, t.slots.clone(), t.has_dict, t.has_weakref, t.bases.clone())
        };
        let inherits = |vm: &Vm, f: fn(&TypeObj) -> bool| bases.iter().any(|&b| !vm.type_obj(b).is_static && f(vm.type_obj(b)));
        let inherits_dict = inherits(self, |t| t.has_dict);
        let inherits_weakref = inherits(self, |t| t.has_weakref);
        let exception = self.type_obj(cls).kind == TypeKind::Exception;
        for name in slots {
            self.add_descriptor(dict, cls, crate::object::DescriptorKind::Member, name)?;
        }
        if has_dict && !inherits_dict && !exception {
            let n = self.intern("__dict__");
            let r = self.add_descriptor(dict, cls, crate::object::DescriptorKind::GetSet, n);
            self.decref(n);
            r?;
        }
        if has_weakref && !inherits_weakref && !exception {
            let n = self.intern("__weakref__");
            let r = self.add_descriptor(dict, cls, crate::object::DescriptorKind::GetSet, n);
            self.decref(n);
            r?;
        }
        if self.dict_get_str(dict, "__doc__")?.map(|v| self.decref(v)).is_none() {
            let none = self.none();
            self.dict_set_str(dict, "__doc__", none)?;
        }
        Ok(())
    }

    fn add_descriptor(&mut self, dict: ObjRef, cls: ObjRef, kind: crate::object::DescriptorKind, name: ObjRef) -> PyResult<()> {
        self.incref(name);
        self.incref(cls);
        let d = self.alloc_tracked(Obj::Descriptor { kind, name, owner: cls });
        self.dict_set_owned(dict, name, d)
    }

    /// Recompute whether instances of `cls` have a finalizer and
    /// attribute hooks (user methods, not `object`'s builtins).
    pub fn refresh_has_del(&mut self, cls: ObjRef) {
        let defined = |vm: &mut Vm, n: &str| {
            let name = vm.intern(n);
            let found = vm.type_lookup(cls, name).is_some_and(|m| !matches!(vm.get(m), Obj::Builtin(_)));
            vm.decref(name);
            found
        };
        let has_del = defined(self, "__del__");
        let hooks = ["__getattribute__", "__setattr__", "__delattr__"].iter().any(|n| defined(self, n));
        if let Obj::Type(t) = self.get_mut(cls) {
            t.has_del = has_del;
            t.has_attr_hooks = hooks;
        }
    }

    /// `attr.__set_name__(cls, name)` for each class attribute whose type
    /// defines it (PEP 487).
    fn call_set_names(&mut self, cls: ObjRef) -> PyResult<()> {
        let dict = self.type_obj(cls).dict;
        for (k, v) in self.dict_items(dict) {
            if self.is_user_object(v) {
                self.incref(v);
                let r = self.call_dunder(v, "__set_name__", &[cls, k]);
                self.decref(v);
                if let Some(r) = r? {
                    self.decref(r);
                }
            }
        }
        Ok(())
    }

    /// Which builtin layout instances get (the bases' common one): plain
    /// objects, exceptions, list/dict/set, the immutable builtins, `type`.
    fn solid_kind(&mut self, bases: &[ObjRef]) -> PyResult<TypeKind> {
        let mut kind = TypeKind::Object;
        for &b in bases {
            let k = self.type_obj(b).kind;
            match k {
                TypeKind::Object => {}
                TypeKind::Exception | TypeKind::List | TypeKind::Dict | TypeKind::Set | TypeKind::Type | TypeKind::Tuple | TypeKind::Int | TypeKind::Str | TypeKind::Float | TypeKind::Bytes => {
                    if kind != TypeKind::Object && kind != k {
                        return Err(self.type_error("multiple bases have instance lay-out conflict"));
                    }
                    kind = k;
                }
                TypeKind::Bool | TypeKind::NoneType | TypeKind::NotImplementedType | TypeKind::Ellipsis | TypeKind::Slice | TypeKind::Range | TypeKind::Function | TypeKind::Code | TypeKind::Generator | TypeKind::Method | TypeKind::Cell => {
                    let n = self.type_obj(b).name.clone();
                    return Err(self.type_error(format!("type '{n}' is not an acceptable base type")));
                }
                _ => {
                    let n = self.type_obj(b).name.clone();
                    return Err(self.type_error(format!("subclassing '{n}' is not supported yet")));
                }
            }
        }
        Ok(kind)
    }

    /// The C3 linearisation of `bases` (the MRO without the class itself).
    fn c3_merge(&mut self, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|&b| self.type_obj(b).mro.clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let head = seqs.iter().map(|s| s[0]).find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
            let Some(next) = head else {
                let names: Vec<String> = bases.iter().map(|&b| self.type_obj(b).name.to_string()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(next);
            for s in seqs.iter_mut() {
                if s[0] == next {
                    s.remove(0);
                }
            }
        }
    }

    /// `__slots__`: the own slot names (owned interned strs), and whether
    /// instances have a `__dict__` and a `__weakref__`.
    fn class_slots(&mut self, dict: ObjRef, bases: &[ObjRef]) -> PyResult<(Vec<ObjRef>, bool, bool)> {
        let base_dict = bases.iter().any(|&b| {
            let t = self.type_obj(b);
            t.has_dict && !t.is_static || t.kind == TypeKind::Exception
        });
        let base_weak = bases.iter().any(|&b| {
            let t = self.type_obj(b);
            t.has_weakref && !t.is_static || t.kind == TypeKind::Exception
        });
        let Some(spec) = self.dict_get_str(dict, "__slots__")? else {
            return Ok((Vec::new(), true, true));
        };
        let items = if matches!(self.get(spec), Obj::Str(_)) { vec![self.incref(spec)] } else { self.collect_iter(spec)? };
        self.decref(spec);
        let mut names = Vec::new();
        let (mut has_dict, mut has_weakref) = (base_dict, base_weak);
        for item in items {
            let text = match self.get(item) {
                Obj::Str(s) => s.text.to_string(),
                _ => {
                    let t = self.type_name(item);
                    self.decref(item);
                    self.decref_all(names);
                    return Err(self.type_error(format!("__slots__ items must be strings, not '{t}'")));
                }
            };
            self.decref(item);
            match text.as_str() {
                "__dict__" => has_dict = true,
                "__weakref__" => has_weakref = true,
                _ => names.push(self.intern(&text)),
            }
        }
        Ok((names, has_dict, has_weakref))
    }

    /// Calling a user class: `__new__` then `__init__`.
    pub fn call_user_class(&mut self, cls: ObjRef, args: &Args) -> PyResult<ObjRef> {
        let kind = self.type_obj(cls).kind;
        if kind == TypeKind::Type {
            return self.call_metaclass(cls, args);
        }
        if let Some(new) = self.user_new(cls) {
            return self.call_with_user_new(cls, new, args);
        }
        let obj = if is_immutable_kind(kind) {
            self.new_immutable_sub(cls, args)?
        } else {
            self.check_abstract(cls)?;
            self.allocate_instance(cls, args)
        };
        self.run_init(cls, obj, args)
    }

    /// `object.__new__`'s refusal of a class whose own `__abstractmethods__`
    /// is non-empty, worded as CPython 3.11.
    pub(crate) fn check_abstract(&mut self, cls: ObjRef) -> PyResult<()> {
        if self.type_obj(cls).kind == TypeKind::Exception {
            return Ok(());
        }
        let dict = self.type_obj(cls).dict;
        let Some(methods) = self.dict_get_item(dict, self.name_abstractmethods)? else {
            return Ok(());
        };
        let items = self.collect_iter(methods);
        self.decref(methods);
        let items = items?;
        let mut names = Vec::with_capacity(items.len());
        for &item in &items {
            match self.str_string(item) {
                Ok(n) => names.push(n),
                Err(e) => {
                    self.decref_all(items);
                    return Err(e);
                }
            }
        }
        self.decref_all(items);
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let plural = if names.len() > 1 { "s" } else { "" };
        let name = self.type_obj(cls).name.clone();
        Err(self.type_error(format!("Can't instantiate abstract class {name} with abstract method{plural} {}", names.join(", "))))
    }

    /// A `__new__` defined by the class or a user base (borrowed).
    pub(crate) fn user_new(&mut self, cls: ObjRef) -> Option<ObjRef> {
        let found = self.type_lookup(cls, self.name_new);
        found.filter(|&f| matches!(self.get(f), Obj::Function(_) | Obj::StaticMethod(_)))
    }

    /// `cls(...)` with a user `__new__`: call it as `__new__(cls, ...)`,
    /// then `__init__` if the result is an instance of `cls`.
    fn call_with_user_new(&mut self, cls: ObjRef, new: ObjRef, args: &Args) -> PyResult<ObjRef> {
        self.incref(new);
        let mut pos = Vec::with_capacity(args.pos.len() + 1);
        pos.push(cls);
        pos.extend_from_slice(args.pos);
        let r = self.call_with_args(new, &Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues });
        self.decref(new);
        let obj = r?;
        if !self.isinstance(obj, cls) {
            return Ok(obj);
        }
        self.run_init(cls, obj, args)
    }

    /// `object.__new__(cls)`: an empty instance of the right layout (owned).
    pub fn allocate_instance(&mut self, cls: ObjRef, args: &Args) -> ObjRef {
        let kind = self.type_obj(cls).kind;
        match kind {
            TypeKind::Exception => {
                let items: Vec<ObjRef> = args.pos.iter().map(|&a| self.incref(a)).collect();
                let targs = self.new_tuple(items);
                self.incref(cls);
                let e = ExceptionObj { cls, args: targs, traceback: None, context: None, cause: None, suppress_context: false, dict: None };
                let h = self.alloc_tracked(Obj::Exception(Box::new(e)));
                self.watch_if_finalizable(h);
                h
            }
            TypeKind::List | TypeKind::Dict | TypeKind::Set => self.new_builtin_subclass_instance(cls, kind),
            _ => self.new_instance(cls),
        }
    }

    /// Run `__init__` on a new instance (or the builtin base's init).
    pub(crate) fn run_init(&mut self, cls: ObjRef, obj: ObjRef, args: &Args) -> PyResult<ObjRef> {
        let kind = self.type_obj(cls).kind;
        let has_user_new = self.user_new(cls).is_some();
        let init = self.type_lookup(cls, self.name_init);
        let user_init = init.filter(|&i| matches!(self.get(i), Obj::Function(_)));
        match user_init {
            Some(init) => {
                self.incref(init);
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(obj);
                pos.extend_from_slice(args.pos);
                let r = self.call_with_args(init, &Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues });
                self.decref(init);
                match r {
                    Ok(v) if self.is_none(v) => {
                        self.decref(v);
                        Ok(obj)
                    }
                    Ok(v) => {
                        let t = self.type_name(v);
                        self.decref_all([v, obj]);
                        Err(self.type_error(format!("__init__() should return None, not '{t}'")))
                    }
                    Err(e) => {
                        self.decref(obj);
                        Err(e)
                    }
                }
            }
            None if matches!(kind, TypeKind::List | TypeKind::Dict | TypeKind::Set) => {
                // The builtin base's __init__ fills the container.
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(obj);
                pos.extend_from_slice(args.pos);
                let a = Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues };
                match builtin_init(self, kind, &a) {
                    Ok(()) => Ok(obj),
                    Err(e) => {
                        self.decref(obj);
                        Err(e)
                    }
                }
            }
            None if kind != TypeKind::Exception && !is_immutable_kind(kind) && !has_user_new && (!args.pos.is_empty() || args.has_kwargs()) => {
                self.decref(obj);
                let n = self.type_obj(cls).qualname.clone();
                Err(self.type_error(format!("{n}() takes no arguments")))
            }
            None => Ok(obj),
        }
    }

    /// An empty list, dict or set that is an instance of the user class
    /// `cls` (its attributes live in the container's instance extension).
    fn new_builtin_subclass_instance(&mut self, cls: ObjRef, kind: TypeKind) -> ObjRef {
        self.incref(cls);
        let nslots = if let Obj::Type(t) = self.get_mut(cls) {
            if t.shared_usable > 1 && t.has_dict {
                t.shared_usable -= 1;
            }
            t.nslots
        } else {
            0
        };
        let ext = Some(Box::new(InstanceObj { cls, values: Vec::new(), dict: None, slots: vec![None; nslots] }));
        let obj = match kind {
            TypeKind::List => Obj::List(crate::object::ListObj { items: Vec::new(), allocated: 0, ext }),
            TypeKind::Dict => Obj::Dict(Box::new(crate::object::DictObj { table: Default::default(), ext, split_of: None })),
            _ => Obj::Set(Box::new(crate::object::SetObj { table: crate::table::set_table::SetTable::new(), ext })),
        };
        // Subclass instances are tracked from creation, dicts included.
        let h = self.alloc_tracked(obj);
        self.watch_if_finalizable(h);
        h
    }

    /// `object.__new__(cls)`: an instance with no attributes yet. Each new
    /// instance shrinks the class's room for new shared keys by one while
    /// more than one is left (CPython 3.11's heuristic).
    pub fn new_instance(&mut self, cls: ObjRef) -> ObjRef {
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
        let h = self.alloc_tracked(Obj::Instance(Box::new(inst)));
        self.watch_if_finalizable(h);
        h
    }
}

/// The immutable builtins whose subclass instances are `Obj::Sub`.
pub fn is_immutable_kind(kind: TypeKind) -> bool {
    matches!(kind, TypeKind::Tuple | TypeKind::Int | TypeKind::Str | TypeKind::Float | TypeKind::Bytes)
}

/// `list.__init__`, `dict.__init__`, `set.__init__` on `args.pos[0]`.
fn builtin_init(vm: &mut Vm, kind: TypeKind, args: &Args) -> PyResult<()> {
    let target = args.pos[0];
    let rest = &args.pos[1..];
    match kind {
        TypeKind::List => {
            if rest.len() > 1 || args.has_kwargs() {
                return Err(vm.type_error(format!("list expected at most 1 argument, got {}", rest.len())));
            }
            let old = match vm.get_mut(target) {
                Obj::List(l) => {
                    l.allocated = 0;
                    std::mem::take(&mut l.items)
                }
                _ => Vec::new(),
            };
            vm.decref_all(old);
            match rest.first() {
                Some(&it) => vm.list_extend(target, it),
                None => Ok(()),
            }
        }
        TypeKind::Dict => {
            if rest.len() > 1 {
                return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", rest.len())));
            }
            if let Some(&src) = rest.first() {
                if matches!(vm.get(src), Obj::Dict(_)) {
                    vm.dict_update(target, src)?;
                } else {
                    for pair in vm.collect_iter(src)? {
                        let kv = vm.collect_iter(pair);
                        vm.decref(pair);
                        let kv = kv?;
                        let r = if kv.len() == 2 { vm.dict_set(target, kv[0], kv[1]) } else { Err(vm.value_error("dictionary update sequence element #0 has length 1; 2 is required")) };
                        vm.decref_all(kv);
                        r?;
                    }
                }
            }
            for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
                vm.dict_set(target, k, v)?;
            }
            Ok(())
        }
        _ => match rest.first() {
            Some(&it) => vm.set_update(target, it),
            None => Ok(()),
        },
    }
}

/// Register `__init__` on list, dict and set so `super().__init__(...)`
/// works in subclasses.
pub fn register_builtin_inits(vm: &mut Vm) {
    fn list_init(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
        builtin_init(vm, TypeKind::List, a)?;
        Ok(vm.none())
    }
    fn dict_init(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
        builtin_init(vm, TypeKind::Dict, a)?;
        Ok(vm.none())
    }
    fn set_init(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
        builtin_init(vm, TypeKind::Set, a)?;
        Ok(vm.none())
    }
    let (l, d, s) = (vm.t.list, vm.t.dict, vm.t.set);
    vm.add_methods(l, "list", &[("__init__", list_init)]);
    vm.add_methods(d, "dict", &[("__init__", dict_init)]);
    vm.add_methods(s, "set", &[("__init__", set_init)]);
}
