//! The object model: every Python value is an [`Obj`] stored in the heap and
//! referred to by an [`ObjRef`].
//!
//! Invariant (ownership): a Rust variable holding an `ObjRef` either *owns*
//! one counted reference (it must eventually `decref` it or hand it on) or
//! *borrows* it from a place that keeps the object alive for as long as it is
//! used. Functions document which: natives receive borrowed arguments and
//! return an owned result.

use std::cell::Cell;
use std::rc::Rc;

use ouro_compiler::CodeObject;
use ouro_heap::{Handle, Trace};

use crate::num::PyInt;
use crate::table::DictTable;

pub type ObjRef = Handle;

/// A native function: borrowed arguments in, owned result out.
pub type NativeFn = fn(&mut crate::Vm, &crate::call::Args) -> crate::PyResult<ObjRef>;

pub enum Obj {
    /// The marker pushed where the stack needs "no value" (LoadMethod). Never
    /// visible to Python.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(PyInt),
    Float(f64),
    /// `complex`: two doubles, no references (never GC-tracked).
    Complex(crate::num::Complex),
    Str(PyStr),
    Tuple(Box<[ObjRef]>),
    List(ListObj),
    Dict(Box<DictObj>),
    Set(Box<SetObj>),
    FrozenSet(Box<SetObj>),
    /// Iterates a set's table slots from `pos`.
    SetIter { set: ObjRef, pos: usize, len_at_start: usize },
    Slice { start: ObjRef, stop: ObjRef, step: ObjRef },
    Range { start: i64, stop: i64, step: i64 },
    Code(Rc<CodeData>),
    Function(Box<FunctionObj>),
    Builtin(Box<BuiltinObj>),
    BoundMethod { func: ObjRef, self_obj: ObjRef },
    Module(ModuleObj),
    Type(Box<TypeObj>),
    Exception(Box<ExceptionObj>),
    Cell(Option<ObjRef>),
    /// An iterator over a sequence-like object by index (list, tuple, str).
    SeqIter { seq: ObjRef, index: usize },
    RangeIter { next: i64, stop: i64, step: i64 },
    /// Iterates a dict's keys (`values`/`items` later) in insertion order.
    DictIter { dict: ObjRef, pos: usize, len_at_start: usize, kind: DictIterKind },
    /// An instance of a user class (see `InstanceObj`).
    Instance(Box<InstanceObj>),
    /// `property(fget, fset, fdel, doc)`.
    Property { fget: ObjRef, fset: ObjRef, fdel: ObjRef, doc: ObjRef },
    ClassMethod(ObjRef),
    StaticMethod(ObjRef),
    /// `super(typ, obj)`: attribute lookup starts after `typ` in `obj`'s MRO.
    Super { typ: ObjRef, obj: ObjRef },
    Generator(Box<crate::generator::GenObj>),
    /// Iterators made by builtins (`enumerate`, `zip`, ...).
    NativeIter(Box<crate::builtins::iterators::NativeIter>),
    /// `bytes`.
    Bytes(Box<[u8]>),
    /// `bytearray`: the data and CPython's allocated size (see
    /// `text::bytearray_growth`).
    ByteArray(ByteArrayObj),
    /// `weakref.ref` / `weakref.proxy`: the referent is not a counted
    /// reference; None once it died.
    WeakRef(Box<WeakRefObj>),
    /// A frame object (see `frame_obj.rs`).
    Frame(Box<crate::frame_obj::FrameObj>),
    /// One link of an exception's `__traceback__`.
    Traceback(crate::frame_obj::TracebackObj),
    /// The `__dict__` / `__weakref__` getset descriptors and `__slots__`
    /// member descriptors a class's dict holds (each refers to its class).
    Descriptor { kind: DescriptorKind, name: ObjRef, owner: ObjRef },
    /// `d.keys()`, `d.values()`, `d.items()`.
    DictView { dict: ObjRef, kind: DictIterKind },
    /// `sys.stdout` / `sys.stderr`.
    Stream(StreamKind),
    /// A file made by `open()` (see `file.rs`).
    File(Box<crate::file::FileObj>),
    /// An instance of a user subclass of an immutable builtin (`tuple`,
    /// `int`, `str`, `float`, `bytes`): the builtin value and the instance
    /// data. `Vm::get` sees through it to the builtin value, so every
    /// builtin operation works on it unchanged.
    Sub(Box<SubObj>),
}

/// See [`Obj::Sub`]. `base` is never itself a `Sub`.
pub struct SubObj {
    pub base: Obj,
    pub inst: InstanceObj,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DescriptorKind {
    /// `getset_descriptor` for `__dict__` or `__weakref__`.
    GetSet,
    /// `member_descriptor` for a `__slots__` name.
    Member,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamKind {
    Stdout,
    Stderr,
}

/// A str: the text, its length in code points, and its cached hash
/// (`HASH_UNSET` until computed, as CPython's `-1`).
pub struct PyStr {
    pub text: Box<str>,
    pub char_len: usize,
    pub hash: Cell<i64>,
}

/// A hash value no str can have (CPython maps a computed -1 to -2).
pub const HASH_UNSET: i64 = -1;

impl PyStr {
    pub fn new(text: Box<str>) -> PyStr {
        let char_len = if text.is_ascii() { text.len() } else { text.chars().count() };
        PyStr { text, char_len, hash: Cell::new(HASH_UNSET) }
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }
}

/// A list: its items and CPython's `allocated` capacity, which only changes
/// by the rules of `table::list_growth` (it drives `sys.getsizeof`).
pub struct ListObj {
    pub items: Vec<ObjRef>,
    pub allocated: usize,
    /// Set when this is an instance of a user subclass of `list`.
    pub ext: Option<Box<InstanceObj>>,
}

pub struct WeakRefObj {
    pub referent: Option<ObjRef>,
    pub callback: Option<ObjRef>,
    pub is_proxy: bool,
    /// The referent's hash, kept once computed (hash of a dead ref).
    pub hash: Cell<Option<i64>>,
}

pub struct ByteArrayObj {
    pub data: Vec<u8>,
    pub alloc: usize,
}

pub struct SetObj {
    pub table: crate::table::set_table::SetTable<ObjRef>,
    /// Set when this is an instance of a user subclass of `set`.
    pub ext: Option<Box<InstanceObj>>,
}

pub struct DictObj {
    pub table: DictTable<ObjRef, ObjRef>,
    /// For an instance's materialised `__dict__`: the class whose shared
    /// keys it uses (CPython's split table), until a key outside them is
    /// added. Not a counted reference (CPython's split dict refers to the
    /// shared keys, not the class); users check the class is still alive.
    pub split_of: Option<ObjRef>,
    /// Set when this is an instance of a user subclass of `dict`.
    pub ext: Option<Box<InstanceObj>>,
}

/// A code object with its constants and names materialised as objects.
pub struct CodeData {
    pub code: Rc<CodeObject>,
    /// `co_consts` as objects (each holds one reference).
    pub consts: Vec<ObjRef>,
    /// `co_names` as interned str objects.
    pub names: Vec<ObjRef>,
    /// `co_varnames` as interned str objects (for keyword argument matching).
    pub varnames: Vec<ObjRef>,
    /// `LoadGlobal` cache per name: (globals version, builtins version,
    /// value). Valid while both dicts keep those versions, because then the
    /// value is still what the dict holds (borrowed from it).
    pub global_cache: Vec<Cell<(u64, u64, ObjRef)>>,
}

pub struct FunctionObj {
    pub code: Rc<CodeData>,
    /// The code object as a heap object (`__code__`), holding `code`.
    pub code_obj: ObjRef,
    pub globals: ObjRef,
    /// The builtins dict the function was made with (`__builtins__`;
    /// CPython's `func_builtins`).
    pub builtins: ObjRef,
    pub name: ObjRef,
    pub qualname: ObjRef,
    /// Tuple of defaults or None.
    pub defaults: ObjRef,
    /// Dict of keyword-only defaults or None.
    pub kwdefaults: ObjRef,
    /// Tuple of cells or None.
    pub closure: ObjRef,
    pub module: ObjRef,
    pub doc: ObjRef,
    /// The function's `__dict__`, or None until first set.
    pub dict: ObjRef,
    pub annotations: ObjRef,
}

pub struct BuiltinObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound object of a builtin method (`[].append`), or None for a
    /// plain function or an unbound method descriptor.
    pub self_obj: Option<ObjRef>,
    /// The module name (`builtins`, `sys`, `gc`) or owning type name.
    pub owner: &'static str,
    pub is_method_descriptor: bool,
}

/// An instance of a user class. Like CPython 3.11, attributes live in a
/// values array indexed by the class's shared keys (`TypeObj::shared_keys`)
/// until something asks for `__dict__`; then a real dict is made and used
/// from then on. `__slots__` values live in `slots`.
pub struct InstanceObj {
    pub cls: ObjRef,
    pub values: Vec<Option<ObjRef>>,
    pub dict: Option<ObjRef>,
    pub slots: Vec<Option<ObjRef>>,
}

pub struct ModuleObj {
    pub name: ObjRef,
    pub dict: ObjRef,
}

/// A class object: builtin types and (later) user classes.
pub struct TypeObj {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// `__bases__`, borrowed from `bases_tuple` for user classes.
    pub bases: Vec<ObjRef>,
    /// User classes: the `__bases__` and `__mro__` tuples, which own the
    /// references (the MRO tuple includes the class itself, so a class is
    /// always in a cycle and freed by the collector, as in CPython).
    pub bases_tuple: Option<ObjRef>,
    pub mro_tuple: Option<ObjRef>,
    /// `__slots__` names (interned str objects), own slots only.
    pub slots: Vec<ObjRef>,
    /// Instances have a `__dict__` (no `__slots__` without `'__dict__'`).
    pub has_dict: bool,
    pub has_weakref: bool,
    /// Attribute names of instances' inline values, in insertion order
    /// (CPython 3.11's shared keys), and how many more may be added.
    pub shared_keys: Vec<ObjRef>,
    pub shared_usable: usize,
    /// Number of slot values instances carry (own and inherited).
    pub nslots: usize,
    /// Some class in the MRO defines `__del__` (kept up to date when a
    /// class attribute `__del__` is set or deleted).
    pub has_del: bool,
    /// A user `__getattribute__`, `__setattr__` or `__delattr__` exists in
    /// the MRO (refreshed with `has_del`).
    pub has_attr_hooks: bool,
    /// `__module__`-style prefix for repr (`builtins` types print bare).
    pub module: Rc<str>,
    pub base: Option<ObjRef>,
    /// Method resolution order, starting with the type itself (borrowed
    /// from `mro_tuple` for user classes; static for builtin types).
    pub mro: Vec<ObjRef>,
    pub dict: ObjRef,
    pub kind: TypeKind,
    /// True for the statically allocated builtin types.
    pub is_static: bool,
    /// The metaclass when it is a user class (owned); None means `type`.
    pub meta: Option<ObjRef>,
}

/// Which builtin layout a type's instances have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Slice,
    Range,
    Code,
    Frame,
    Traceback,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Cell,
    Iterator,
    Exception,
    TextIO,
    Property,
    WeakRef,
    Generator,
    Bytes,
    ByteArray,
    Enumerate,
    ClassMethod,
    StaticMethod,
    Super,
}

pub struct ExceptionObj {
    pub cls: ObjRef,
    /// Tuple of constructor arguments.
    pub args: ObjRef,
    /// `__traceback__`: the outermost link of the traceback chain (owned).
    pub traceback: Option<ObjRef>,
    pub context: Option<ObjRef>,
    pub cause: Option<ObjRef>,
    pub suppress_context: bool,
    /// Attributes set on the instance (user exception classes).
    pub dict: Option<ObjRef>,
}

impl Obj {
    /// Every reference this value holds, in CPython's `tp_traverse` order.
    fn for_each_ref(&self, visit: &mut dyn FnMut(Handle)) {
        match self {
            Obj::Null | Obj::None | Obj::NotImplemented | Obj::Ellipsis => {}
            Obj::Bool(_) | Obj::Int(_) | Obj::Float(_) | Obj::Complex(_) | Obj::Str(_) | Obj::Range { .. } => {}
            Obj::Stream(_) | Obj::RangeIter { .. } | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::File(_) => {}
            Obj::NativeIter(n) => n.trace(visit),
            Obj::Tuple(items) => items.iter().rev().for_each(|&h| visit(h)),
            Obj::List(ListObj { items, allocated: _, ext }) => {
                items.iter().rev().for_each(|&h| visit(h));
                trace_ext(ext, visit);
            }
            Obj::Dict(d) => {
                let DictObj { table, ext, split_of: _ } = &**d;
                table.for_each_kv(|k, v| {
                    visit(v);
                    visit(k);
                });
                trace_ext(ext, visit);
            }
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let SetObj { table, ext } = &**s;
                table.iter().for_each(|(_, _, k)| visit(k));
                trace_ext(ext, visit);
            }
            Obj::SetIter { set, pos: _, len_at_start: _ } => visit(*set),
            Obj::Slice { start, stop, step } => {
                visit(*start);
                visit(*stop);
                visit(*step);
            }
            Obj::Code(data) => {
                let CodeData { code: _, consts, names, varnames, global_cache: _ } = &**data;
                consts.iter().chain(names).chain(varnames).for_each(|&h| visit(h));
            }
            Obj::Function(f) => {
                let FunctionObj {
                    code: _,
                    code_obj,
                    globals,
                    builtins,
                    name,
                    qualname,
                    defaults,
                    kwdefaults,
                    closure,
                    module,
                    doc,
                    dict,
                    annotations,
                } = &**f;
                for h in [code_obj, globals, builtins, name, qualname, defaults, kwdefaults, closure, module, doc, dict, annotations] {
                    visit(*h);
                }
            }
            Obj::Builtin(b) => {
                let BuiltinObj { name: _, func: _, self_obj, owner: _, is_method_descriptor: _ } = &**b;
                if let Some(s) = self_obj {
                    visit(*s);
                }
            }
            Obj::BoundMethod { func, self_obj } => {
                visit(*func);
                visit(*self_obj);
            }
            Obj::Module(ModuleObj { name, dict }) => {
                visit(*dict);
                visit(*name);
            }
            Obj::Type(t) => {
                let TypeObj {
                    name: _,
                    qualname: _,
                    module: _,
                    base: _,
                    bases: _,
                    bases_tuple,
                    mro_tuple,
                    mro: _,
                    dict,
                    kind: _,
                    is_static: _,
                    slots,
                    has_dict: _,
                    has_weakref: _,
                    shared_keys,
                    shared_usable: _,
                    nslots: _,
                    has_del: _,
                    has_attr_hooks: _,
                    meta,
                } = &**t;
                visit(*dict);
                bases_tuple.iter().chain(mro_tuple).chain(slots).chain(shared_keys).chain(meta).for_each(|&h| visit(h));
            }
            Obj::Exception(e) => {
                let ExceptionObj { cls, args, traceback, context, cause, suppress_context: _, dict } = &**e;
                if let Some(d) = dict {
                    visit(*d);
                }
                visit(*cls);
                visit(*args);
                if let Some(t) = traceback {
                    visit(*t);
                }
                if let Some(c) = context {
                    visit(*c);
                }
                if let Some(c) = cause {
                    visit(*c);
                }
            }
            Obj::Cell(content) => {
                if let Some(c) = content {
                    visit(*c);
                }
            }
            Obj::SeqIter { seq, index: _ } => visit(*seq),
            Obj::DictIter { dict, pos: _, len_at_start: _, kind: _ } => visit(*dict),
            Obj::DictView { dict, kind: _ } => visit(*dict),
            Obj::WeakRef(w) => {
                let WeakRefObj { referent: _, callback, is_proxy: _, hash: _ } = &**w;
                if let Some(c) = callback {
                    visit(*c);
                }
            }
            Obj::Frame(f) => f.for_each_ref(&mut |h| visit(h)),
            Obj::Traceback(t) => t.for_each_ref(&mut |h| visit(h)),
            Obj::Generator(g) => {
                let crate::generator::GenObj { frame, code: _, name, qualname, started: _, running: _ } = &**g;
                if let Some(f) = frame {
                    f.for_each_ref(visit);
                }
                visit(*name);
                visit(*qualname);
            }
            Obj::Instance(i) => i.trace(visit),
            Obj::Sub(s) => {
                // CPython's subtype_traverse: slots and dict, then the base
                // value's references, then the class.
                let SubObj { base, inst: InstanceObj { cls, values, dict, slots } } = &**s;
                values.iter().chain(slots).chain(std::iter::once(dict)).flatten().for_each(|&h| visit(h));
                base.for_each_ref(visit);
                visit(*cls);
            }
            Obj::Property { fget, fset, fdel, doc } => {
                for h in [fget, fset, fdel, doc] {
                    visit(*h);
                }
            }
            Obj::ClassMethod(f) | Obj::StaticMethod(f) => visit(*f),
            Obj::Descriptor { kind: _, name, owner } => {
                visit(*name);
                visit(*owner);
            }
            Obj::Super { typ, obj } => {
                visit(*typ);
                visit(*obj);
            }
        }
    }
}

impl InstanceObj {
    /// The instance's references: attribute values, `__dict__`, class.
    pub fn trace(&self, visit: &mut dyn FnMut(Handle)) {
        let InstanceObj { cls, values, dict, slots } = self;
        values.iter().chain(slots).flatten().for_each(|&h| visit(h));
        if let Some(d) = dict {
            visit(*d);
        }
        visit(*cls);
    }

    /// Drop the attribute references (tp_clear); the class stays.
    pub fn clear(&mut self, out: &mut Vec<Handle>) {
        out.extend(self.values.drain(..).flatten());
        out.extend(self.slots.iter_mut().filter_map(Option::take));
        out.extend(self.dict.take());
    }
}

fn trace_ext(ext: &Option<Box<InstanceObj>>, visit: &mut dyn FnMut(Handle)) {
    if let Some(i) = ext {
        i.trace(visit);
    }
}

impl Trace for Obj {
    fn trace(&self, visit: &mut dyn FnMut(Handle)) {
        self.for_each_ref(visit);
    }

    /// CPython's `tp_clear`: containers drop their items; other objects drop
    /// what can be dropped without breaking their own invariants.
    fn clear(&mut self, out: &mut Vec<Handle>) {
        match self {
            Obj::List(l) => {
                out.extend(l.items.drain(..).rev());
                l.allocated = 0;
                if let Some(i) = &mut l.ext {
                    i.clear(out);
                }
            }
            Obj::Dict(d) => {
                d.table.for_each_kv(|k, v| {
                    out.push(k);
                    out.push(v);
                });
                d.table = DictTable::new();
                if let Some(i) = &mut d.ext {
                    i.clear(out);
                }
            }
            Obj::Cell(c) => out.extend(c.take()),
            Obj::WeakRef(w) => out.extend(w.callback.take()),
            Obj::Set(s) => {
                out.extend(s.table.iter().map(|(_, _, k)| k));
                s.table.clear();
            }
            Obj::Exception(e) => {
                out.extend(e.traceback.take());
                out.extend(e.context.take());
                out.extend(e.cause.take());
                out.extend(e.dict.take());
            }
            Obj::Frame(f) => f.take_refs(out),
            Obj::Traceback(t) => out.extend(t.next.take()),
            Obj::Generator(g) => {
                if let Some(f) = g.frame.take() {
                    f.for_each_ref(&mut |h| out.push(h));
                    f.forget_refs();
                }
            }
            Obj::Instance(i) => i.clear(out),
            Obj::Sub(s) => s.inst.clear(out),
            Obj::Type(t) if !t.is_static => {
                out.extend(t.mro_tuple.take());
                out.extend(t.bases_tuple.take());
            }
            // Other objects release everything when freed; clearing the list
            // or dict in a cycle is enough to break it, as in CPython.
            _ => {}
        }
    }

    fn is_gc_type(&self) -> bool {
        !matches!(
            self,
            Obj::Null
                | Obj::None
                | Obj::NotImplemented
                | Obj::Ellipsis
                | Obj::Bool(_)
                | Obj::Int(_)
                | Obj::Float(_)
                | Obj::Complex(_)
                | Obj::Str(_)
                | Obj::Range { .. }
                | Obj::Code(_)
                | Obj::Stream(_)
                | Obj::RangeIter { .. }
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
        )
    }

    fn may_be_tracked(&self, tracked: bool) -> bool {
        match self {
            Obj::Tuple(_) => tracked,
            other => other.is_gc_type(),
        }
    }

    /// Tuples are untracked in every collection, dicts only in full ones,
    /// when nothing they hold may be tracked (CPython's rules, spec 3.7).
    fn untrack_on_collect(&self, full: bool, may_be_tracked: &dyn Fn(Handle) -> bool) -> bool {
        match self {
            Obj::Tuple(items) => !items.iter().any(|&h| may_be_tracked(h)),
            // Only exact dicts, as CPython (`PyDict_CheckExact`): a subclass
            // instance holds its class and attributes too.
            Obj::Dict(d) if full && d.ext.is_none() => {
                let mut any = false;
                d.table.for_each_kv(|k, v| any = any || may_be_tracked(k) || may_be_tracked(v));
                !any
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod size_tests {
    /// Every object slot holds an `Obj`, so its size is the heap's
    /// per-object cost: keep large payloads boxed.
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<super::Obj>() <= 48, "Obj is {} bytes", std::mem::size_of::<super::Obj>());
    }
}
