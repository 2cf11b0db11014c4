//! The builtin type objects (`int`, `list`, `TypeError`, ...), how an object
//! finds its type, and subclass tests.
//!
//! Invariant: builtin types are statically allocated and never freed; the
//! `mro` of a type lists itself first and `object` last.

use std::rc::Rc;

use ouro_heap::Heap;

use crate::object::{DictObj, Obj, ObjRef, StreamKind, TypeKind, TypeObj};
use crate::vm::{Singletons, Vm, STATIC_REFCOUNT};

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $kind:ident, $base:ident; )*) => {
        /// Handles of the builtin types.
        pub struct Types {
            $( pub $field: ObjRef, )*
            /// Every builtin exception class, in declaration order.
            pub exceptions: Vec<ObjRef>,
        }

        impl Types {
            pub fn create(heap: &mut Heap<Obj>, s: &Singletons) -> Types {
                let _ = s;
                let mut made: Vec<(&'static str, ObjRef)> = Vec::new();
                $(
                    let base = lookup(&made, stringify!($base));
                    let $field = make_type(heap, $name, TypeKind::$kind, base);
                    made.push((stringify!($field), $field));
                )*
                let mut types = Types { $( $field, )* exceptions: Vec::new() };
                types.exceptions = make_exceptions(heap, &types);
                types
            }
        }
    };
}

builtin_types! {
    object: "object", Object, none;
    type_: "type", Type, object;
    none_type: "NoneType", NoneType, object;
    not_implemented_type: "NotImplementedType", NotImplementedType, object;
    ellipsis: "ellipsis", Ellipsis, object;
    int: "int", Int, object;
    bool_: "bool", Bool, int;
    float: "float", Float, object;
    complex: "complex", Complex, object;
    str_: "str", Str, object;
    tuple: "tuple", Tuple, object;
    list: "list", List, object;
    dict: "dict", Dict, object;
    set: "set", Set, object;
    frozenset: "frozenset", FrozenSet, object;
    set_iterator: "set_iterator", Iterator, object;
    bytes: "bytes", Bytes, object;
    bytearray: "bytearray", ByteArray, object;
    enumerate: "enumerate", Enumerate, object;
    slice: "slice", Slice, object;
    range: "range", Range, object;
    code: "code", Code, object;
    frame: "frame", Frame, object;
    traceback: "traceback", Traceback, object;
    function: "function", Function, object;
    builtin_function: "builtin_function_or_method", BuiltinFunction, object;
    method_descriptor: "method_descriptor", BuiltinFunction, object;
    wrapper_descriptor: "wrapper_descriptor", BuiltinFunction, object;
    method_wrapper: "method-wrapper", BuiltinFunction, object;
    method: "method", Method, object;
    module: "module", Module, object;
    cell: "cell", Cell, object;
    list_iterator: "list_iterator", Iterator, object;
    tuple_iterator: "tuple_iterator", Iterator, object;
    str_ascii_iterator: "str_ascii_iterator", Iterator, object;
    str_iterator: "str_iterator", Iterator, object;
    range_iterator: "range_iterator", Iterator, object;
    dict_keyiterator: "dict_keyiterator", Iterator, object;
    dict_valueiterator: "dict_valueiterator", Iterator, object;
    dict_itemiterator: "dict_itemiterator", Iterator, object;
    dict_keys: "dict_keys", Iterator, object;
    dict_values: "dict_values", Iterator, object;
    dict_items: "dict_items", Iterator, object;
    text_io: "TextIOWrapper", TextIO, object;
    property: "property", Property, object;
    getset_descriptor: "getset_descriptor", Iterator, object;
    member_descriptor: "member_descriptor", Iterator, object;
    weakref: "weakref", WeakRef, object;
    weakproxy: "weakproxy", WeakRef, object;
    generator: "generator", Generator, object;
    classmethod: "classmethod", ClassMethod, object;
    staticmethod: "staticmethod", StaticMethod, object;
    super_: "super", Super, object;
    // builtins-widening: iterator and bytes iterator types
    zip: "zip", Iterator, object;
    map: "map", Iterator, object;
    filter: "filter", Iterator, object;
    reversed: "reversed", Iterator, object;
    list_reverseiterator: "list_reverseiterator", Iterator, object;
    dict_reversekeyiterator: "dict_reversekeyiterator", Iterator, object;
    callable_iterator: "callable_iterator", Iterator, object;
    bytes_iterator: "bytes_iterator", Iterator, object;
    bytearray_iterator: "bytearray_iterator", Iterator, object;
}

fn lookup(made: &[(&'static str, ObjRef)], name: &str) -> Option<ObjRef> {
    made.iter().find(|(n, _)| *n == name).map(|(_, h)| *h)
}

fn make_type(heap: &mut Heap<Obj>, name: &str, kind: TypeKind, base: Option<ObjRef>) -> ObjRef {
    let dict = heap.alloc_static(Obj::Dict(Box::new(DictObj { table: Default::default(), ext: None, split_of: None })), STATIC_REFCOUNT);
    let mut mro = Vec::new();
    if let Some(b) = base {
        if let Obj::Type(bt) = heap.get(b) {
            mro.extend(bt.mro.iter().copied());
        }
    }
    let module: Rc<str> = if kind == TypeKind::TextIO { "_io".into() } else { "builtins".into() };
    let t = TypeObj {
        name: name.into(),
        qualname: name.into(),
        module,
        base,
        bases: Vec::new(),
        bases_tuple: None,
        mro_tuple: None,
        mro: Vec::new(),
        dict,
        kind,
        is_static: true,
        slots: Vec::new(),
        has_dict: kind == TypeKind::Exception,
        has_weakref: kind == TypeKind::Exception,
        shared_keys: Vec::new(),
        shared_usable: 0,
        nslots: 0,
        has_del: false,
        has_attr_hooks: false,
        meta: None,
    };
    let h = heap.alloc_static(Obj::Type(Box::new(t)), STATIC_REFCOUNT);
    mro.insert(0, h);
    if let Obj::Type(t) = heap.get_mut(h) {
        t.mro = mro;
    }
    h
}

/// CPython's builtin exception hierarchy (the part Ouro raises or lessons
/// name), as (name, base name).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

fn make_exceptions(heap: &mut Heap<Obj>, types: &Types) -> Vec<ObjRef> {
    let mut made: Vec<(&'static str, ObjRef)> = vec![("object", types.object)];
    let mut out = Vec::new();
    for &(name, base) in EXCEPTIONS {
        let base = lookup(&made, base);
        let h = make_type(heap, name, TypeKind::Exception, base);
        made.push((name, h));
        out.push(h);
    }
    out
}

impl Types {
    /// The builtin exception class called `name`. Precondition: it exists
    /// in `EXCEPTIONS` (a programming error otherwise, caught by tests).
    pub fn exc(&self, name: &str) -> ObjRef {
        let i = EXCEPTIONS.iter().position(|(n, _)| *n == name).unwrap_or(0);
        self.exceptions[i]
    }

    pub fn exception_names() -> impl Iterator<Item = &'static str> {
        EXCEPTIONS.iter().map(|(n, _)| *n)
    }
}

impl Vm {
    /// The type of any object (a borrowed reference).
    pub fn type_of(&self, h: ObjRef) -> ObjRef {
        let t = &self.t;
        match self.raw(h) {
            Obj::Null | Obj::None => t.none_type,
            Obj::NotImplemented => t.not_implemented_type,
            Obj::Ellipsis => t.ellipsis,
            Obj::Bool(_) => t.bool_,
            Obj::Int(_) => t.int,
            Obj::Float(_) => t.float,
            Obj::Complex(_) => t.complex,
            Obj::Str(_) => t.str_,
            Obj::Tuple(_) => t.tuple,
            Obj::List(l) => l.ext.as_ref().map_or(t.list, |i| i.cls),
            Obj::Dict(d) => d.ext.as_ref().map_or(t.dict, |i| i.cls),
            Obj::Set(s) => s.ext.as_ref().map_or(t.set, |i| i.cls),
            Obj::FrozenSet(_) => t.frozenset,
            Obj::SetIter { .. } => t.set_iterator,
            Obj::Slice { .. } => t.slice,
            Obj::Range { .. } => t.range,
            Obj::Code(_) => t.code,
            Obj::Frame(_) => t.frame,
            Obj::Traceback(_) => t.traceback,
            Obj::Function(_) => t.function,
            Obj::Builtin(b) if b.is_method_descriptor => {
                match (b.self_obj.is_some(), crate::methods::dunders::is_slot_wrapper(b.name)) {
                    (false, false) => t.method_descriptor,
                    (false, true) => t.wrapper_descriptor,
                    (true, true) => t.method_wrapper,
                    (true, false) => t.builtin_function,
                }
            }
            Obj::Builtin(_) => t.builtin_function,
            Obj::BoundMethod { .. } => t.method,
            Obj::Module(_) => t.module,
            Obj::Type(ty) => ty.meta.unwrap_or(t.type_),
            Obj::Exception(e) => e.cls,
            Obj::Cell(_) => t.cell,
            Obj::SeqIter { seq, .. } => match self.get(*seq) {
                Obj::Tuple(_) => t.tuple_iterator,
                Obj::Str(s) if s.is_ascii() => t.str_ascii_iterator,
                Obj::Str(_) => t.str_iterator,
                Obj::Bytes(_) => t.bytes_iterator,
                Obj::ByteArray(_) => t.bytearray_iterator,
                _ => t.list_iterator,
            },
            Obj::RangeIter { .. } => t.range_iterator,
            Obj::DictIter { kind, .. } => match kind {
                crate::object::DictIterKind::Keys => t.dict_keyiterator,
                crate::object::DictIterKind::Values => t.dict_valueiterator,
                crate::object::DictIterKind::Items => t.dict_itemiterator,
            },
            Obj::DictView { kind, .. } => match kind {
                crate::object::DictIterKind::Keys => t.dict_keys,
                crate::object::DictIterKind::Values => t.dict_values,
                crate::object::DictIterKind::Items => t.dict_items,
            },
            Obj::Stream(_) | Obj::File(_) => t.text_io,
            Obj::Instance(i) => i.cls,
            Obj::Sub(s) => s.inst.cls,
            Obj::Generator(_) => t.generator,
            Obj::WeakRef(w) => if w.is_proxy { t.weakproxy } else { t.weakref },
            Obj::Bytes(_) => t.bytes,
            Obj::ByteArray(_) => t.bytearray,
            Obj::NativeIter(n) => self.native_iter_type(n.type_name()),
            Obj::Property { .. } => t.property,
            Obj::ClassMethod(_) => t.classmethod,
            Obj::StaticMethod(_) => t.staticmethod,
            Obj::Super { .. } => t.super_,
            Obj::Descriptor { kind, .. } => match kind {
                crate::object::DescriptorKind::GetSet => t.getset_descriptor,
                crate::object::DescriptorKind::Member => t.member_descriptor,
            },
        }
    }

    /// The type object of a native iterator kind, by name.
    fn native_iter_type(&self, name: &str) -> ObjRef {
        match name {
            "enumerate" => self.t.enumerate,
            "zip" => self.t.zip,
            "map" => self.t.map,
            "filter" => self.t.filter,
            "reversed" => self.t.reversed,
            "list_reverseiterator" => self.t.list_reverseiterator,
            "dict_reversekeyiterator" => self.t.dict_reversekeyiterator,
            "callable_iterator" => self.t.callable_iterator,
            _ => self.t.object,
        }
    }

    pub fn type_obj(&self, t: ObjRef) -> &TypeObj {
        // `raw`: a class is never wrapped as a builtin-subclass instance.
        match self.raw(t) {
            Obj::Type(t) => t,
            _ => unreachable_type(),
        }
    }

    /// `type(h).__name__`.
    pub fn type_name(&self, h: ObjRef) -> Rc<str> {
        self.type_obj(self.type_of(h)).name.clone()
    }

    pub fn is_type(&self, h: ObjRef) -> bool {
        matches!(self.get(h), Obj::Type(_))
    }

    /// `issubclass(sub, sup)` for type objects.
    pub fn is_subtype(&self, sub: ObjRef, sup: ObjRef) -> bool {
        match self.get(sub) {
            Obj::Type(t) => t.mro.contains(&sup),
            _ => false,
        }
    }

    pub fn isinstance(&self, h: ObjRef, t: ObjRef) -> bool {
        self.is_subtype(self.type_of(h), t)
    }

    pub fn stream_kind(&self, h: ObjRef) -> Option<StreamKind> {
        match self.get(h) {
            Obj::Stream(k) => Some(*k),
            _ => None,
        }
    }
}

fn unreachable_type() -> &'static TypeObj {
    // Only reachable through a VM bug (a non-type where a type is required).
    panic!("type_obj called on a non-type object")
}

/// Fill the builtin types' dicts with their methods.
pub fn populate(vm: &mut Vm) {
    crate::methods::register_all(vm);
    crate::class::register_builtin_inits(vm);
    crate::metaclass::register(vm);
    crate::immutable_sub::register(vm);
    // Last: only the special methods no registration above defined.
    crate::methods::dunders::register(vm);
}
