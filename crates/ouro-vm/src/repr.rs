//! `repr()` and `str()` of builtin objects, CPython-exact, including the
//! `[...]` / `{...}` / `(...)` markers for containers already being printed.
//!
//! Invariant: `Vm::repr_guard` holds the containers whose repr is in
//! progress; its length bounds the nesting (RecursionError past the limit).

use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// `repr(h)` as a new str object.
    pub fn repr(&mut self, h: ObjRef) -> PyResult<ObjRef> {
        let s = self.repr_string(h)?;
        Ok(self.new_str(s))
    }

    /// `str(h)` as a new str object (the object itself for a str).
    pub fn to_str(&mut self, h: ObjRef) -> PyResult<ObjRef> {
        if let Obj::Str(_) = self.raw(h) {
            return Ok(self.incref(h));
        }
        let s = self.str_string(h)?;
        Ok(self.new_str(s))
    }

    /// `str(h)` as Rust text.
    pub fn str_string(&mut self, h: ObjRef) -> PyResult<String> {
        if self.is_user_object(h) {
            if let Some(s) = self.text_dunder(h, "__str__")? {
                return Ok(s);
            }
            if !self.has_builtin_base(h) {
                return self.repr_string(h);
            }
        }
        match self.get(h) {
            Obj::Str(s) => Ok(s.text.to_string()),
            Obj::Exception(_) => self.exception_default_str(h),
            _ => self.repr_string(h),
        }
    }

    /// `repr(h)` as Rust text.
    pub fn repr_string(&mut self, h: ObjRef) -> PyResult<String> {
        if self.is_user_object(h) {
            if self.repr_guard.len() >= self.recursion_limit {
                return Err(self.error("RecursionError", "maximum recursion depth exceeded while getting the repr of an object"));
            }
            if let Some(s) = self.text_dunder(h, "__repr__")? {
                return Ok(s);
            }
        }
        self.builtin_repr_string(h)
    }

    /// The repr by the builtin type's own rule, ignoring a user
    /// `__repr__` (what `tuple.__repr__(self)` gives a subclass).
    pub fn builtin_repr_string(&mut self, h: ObjRef) -> PyResult<String> {
        let simple = match self.get(h) {
            Obj::None => Some("None".to_string()),
            Obj::Null => Some("<NULL>".to_string()),
            Obj::NotImplemented => Some("NotImplemented".to_string()),
            Obj::Ellipsis => Some("Ellipsis".to_string()),
            Obj::Bool(b) => Some(if *b { "True" } else { "False" }.to_string()),
            Obj::Int(i) => Some(i.to_string()),
            Obj::Float(f) => Some(crate::num::float_repr(*f)),
            Obj::Complex(z) => Some(crate::num::complex_text::repr(*z)),
            Obj::Str(s) => Some(crate::text::pystr::repr(&s.text)),
            Obj::Bytes(b) => Some(crate::text::bytes_repr::repr(b)),
            Obj::ByteArray(b) => Some(crate::text::bytes_repr::bytearray_repr(&b.data)),
            Obj::Range { start, stop, step } => Some(if *step == 1 {
                format!("range({start}, {stop})")
            } else {
                format!("range({start}, {stop}, {step})")
            }),
            _ => None,
        };
        if let Some(s) = simple {
            return Ok(s);
        }
        match self.get(h) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) => self.container_repr(h),
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_repr(h),
            Obj::WeakRef(_) => self.weakref_repr(h),
            Obj::Descriptor { kind, name, owner } => {
                let what = if *kind == crate::object::DescriptorKind::GetSet { "attribute" } else { "member" };
                let (n, o) = (self.str_text(*name).to_owned(), self.type_obj(*owner).name.clone());
                Ok(format!("<{what} '{n}' of '{o}' objects>"))
            }
            Obj::File(_) => Ok(self.file_repr(h)),
            Obj::DictView { .. } => {
                let name = self.type_name(h);
                let items = self.collect_iter(h)?;
                let list = self.new_list(items);
                let r = self.repr_string(list);
                self.decref(list);
                Ok(format!("{name}({})", r?))
            }
            Obj::Slice { start, stop, step } => {
                let (a, b, c) = (*start, *stop, *step);
                Ok(format!("slice({}, {}, {})", self.repr_string(a)?, self.repr_string(b)?, self.repr_string(c)?))
            }
            Obj::Exception(_) => self.exception_default_repr(h),
            _ => Ok(self.default_repr(h)),
        }
    }

    /// `BaseException.__str__`: '' for no args, str(arg) for one (repr for
    /// a KeyError), else the repr of the args tuple.
    pub fn exception_default_str(&mut self, h: ObjRef) -> PyResult<String> {
        let Some(args) = self.exc_data(h).map(|e| e.args) else {
            return Ok(String::new());
        };
        let items = match self.get(args) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        if self.isinstance(h, self.t.exc("SyntaxError")) {
            return self.syntax_error_str(h);
        }
        let is_key_error = self.isinstance(h, self.t.exc("KeyError"));
        match items.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr_string(items[0]),
            1 => self.str_string(items[0]),
            _ => self.repr_string(args),
        }
    }

    /// `BaseException.__repr__`: `Name(arg)` or `Name(args...)`.
    pub fn exception_default_repr(&mut self, h: ObjRef) -> PyResult<String> {
        let Some(args) = self.exc_data(h).map(|e| e.args) else {
            return Ok(String::new());
        };
        let name = self.type_name(h);
        let items = match self.get(args) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        if items.len() == 1 {
            Ok(format!("{name}({})", self.repr_string(items[0])?))
        } else {
            Ok(format!("{name}{}", self.repr_string(args)?))
        }
    }

    /// `<function f at 0x...>` and the other address-bearing reprs.
    fn default_repr(&mut self, h: ObjRef) -> String {
        let addr = self.heap.address(h);
        match self.get(h) {
            Obj::Type(t) => {
                if &*t.module == "builtins" {
                    format!("<class '{}'>", t.qualname)
                } else {
                    format!("<class '{}.{}'>", t.module, t.qualname)
                }
            }
            Obj::Function(f) => format!("<function {} at {:#x}>", self.str_text(f.qualname), addr),
            Obj::Builtin(b) => match b.self_obj {
                Some(s) => {
                    let tn = self.type_name(s);
                    if b.is_method_descriptor && crate::methods::dunders::is_slot_wrapper(b.name) {
                        format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, tn, self.heap.address(s))
                    } else if let Obj::Module(_) = self.get(s) {
                        format!("<built-in function {}>", b.name)
                    } else {
                        format!("<built-in method {} of {} object at {:#x}>", b.name, tn, self.heap.address(s))
                    }
                }
                None if b.owner == crate::builtins::QUITTER => format!("Use {}() or Ctrl-D (i.e. EOF) to exit", b.name),
                None if b.is_method_descriptor && crate::methods::dunders::is_slot_wrapper(b.name) => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, b.owner)
                }
                None if b.is_method_descriptor => format!("<method '{}' of '{}' objects>", b.name, b.owner),
                None => format!("<built-in function {}>", b.name),
            },
            Obj::Module(m) => {
                let name = self.str_text(m.name).to_owned();
                if ["sys", "gc", "builtins"].contains(&name.as_str()) {
                    format!("<module '{name}' (built-in)>")
                } else {
                    format!("<module '{name}'>")
                }
            }
            Obj::Code(c) => format!("<code object {} at {:#x}, file \"{}\", line {}>", c.code.name, addr, c.code.filename, c.code.first_line),
            Obj::Cell(_) => format!("<cell at {addr:#x}>"),
            Obj::Frame(f) => format!("<frame at {addr:#x}, file '{}', line {}, code {}>", f.code.code.filename, f.lineno(), f.code.code.name),
            Obj::Traceback(_) => format!("<traceback object at {addr:#x}>"),
            Obj::Generator(g) => format!("<generator object {} at {addr:#x}>", self.str_text(g.qualname)),
            Obj::Stream(k) => {
                let name = if *k == crate::object::StreamKind::Stdout { "<stdout>" } else { "<stderr>" };
                format!("<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>")
            }
            _ => {
                let t = self.type_of(h);
                let tobj = self.type_obj(t);
                let qual = if &*tobj.module == "builtins" { tobj.name.to_string() } else { format!("{}.{}", tobj.module, tobj.name) };
                format!("<{qual} object at {addr:#x}>")
            }
        }
    }

    /// Lists, tuples and dicts, with the recursion marker.
    fn container_repr(&mut self, h: ObjRef) -> PyResult<String> {
        if self.repr_guard.contains(&h) {
            return Ok(match self.get(h) {
                Obj::List(_) => "[...]",
                Obj::Dict(_) => "{...}",
                _ => "(...)",
            }
            .to_string());
        }
        if self.repr_guard.len() >= self.recursion_limit {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded while getting the repr of an object"));
        }
        self.repr_guard.push(h);
        let r = self.container_repr_inner(h);
        self.repr_guard.pop();
        r
    }

    fn container_repr_inner(&mut self, h: ObjRef) -> PyResult<String> {
        match self.get(h) {
            Obj::List(l) => {
                let items = l.items.clone();
                Ok(format!("[{}]", self.join_reprs(&items)?))
            }
            Obj::Tuple(t) => {
                let items = t.to_vec();
                let inner = self.join_reprs(&items)?;
                Ok(if items.len() == 1 { format!("({inner},)") } else { format!("({inner})") })
            }
            _ => {
                let mut out = String::from("{");
                for (i, (k, v)) in self.dict_items(h).into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    // Keep both alive while their reprs run Python code.
                    self.incref(k);
                    self.incref(v);
                    let r = self.repr_string(k).and_then(|ks| Ok((ks, self.repr_string(v)?)));
                    self.decref(k);
                    self.decref(v);
                    let (ks, vs) = r?;
                    out.push_str(&ks);
                    out.push_str(": ");
                    out.push_str(&vs);
                }
                out.push('}');
                Ok(out)
            }
        }
    }

    fn join_reprs(&mut self, items: &[ObjRef]) -> PyResult<String> {
        let mut out = String::new();
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.incref(item);
            let r = self.repr_string(item);
            self.decref(item);
            out.push_str(&r?);
        }
        Ok(out)
    }
}
