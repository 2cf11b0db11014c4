//! `sys.getsizeof`: computed from each object's modelled CPython 3.11
//! layout (spec section 1): `__sizeof__` of the layout plus the 16-byte GC
//! pre-header for GC types. Nothing here is a table of answers: variable
//! parts come from the object (digits, code points, list capacity, dict
//! keys table).

use crate::errors::PyResult;
use crate::object::{Obj, ObjRef, SubObj, TypeKind};
use crate::vm::Vm;

/// CPython's `PyGC_Head`: two words before every GC-type object.
pub const GC_HEADER: usize = 16;

/// CPython 3.11's managed-dict pre-header: the dict and values pointers
/// stored before the GC head of instances that have a `__dict__`.
pub const MANAGED_DICT_HEADER: usize = 16;

/// `sys.getsizeof(obj)`: `__sizeof__()` (a user class's own, if defined)
/// plus the pre-headers of its type (spec 1.1).
pub fn getsizeof(vm: &mut Vm, h: ObjRef) -> PyResult<usize> {
    let preheader = preheader_size(vm, h);
    if vm.is_user_object(h) && vm.lookup_dunder(h, "__sizeof__").is_some() {
        let size = user_sizeof(vm, h)?;
        return Ok(size + preheader);
    }
    Ok(layout_sizeof(vm, h) + preheader)
}

/// `getsizeof` of the builtin layout, never calling a user `__sizeof__`.
pub fn builtin_getsizeof(vm: &Vm, h: ObjRef) -> usize {
    layout_sizeof(vm, h) + preheader_size(vm, h)
}

/// The GC head for GC types, plus the managed-dict pointers for instances
/// of classes whose instances have a `__dict__`.
fn preheader_size(vm: &Vm, h: ObjRef) -> usize {
    let gc = if ouro_heap::Trace::is_gc_type(vm.raw(h)) { GC_HEADER } else { 0 };
    // Subclasses of the variable-sized tuple, int and bytes keep their
    // `__dict__` pointer inside the object instead.
    let variable = matches!(vm.raw(h), Obj::Sub(s) if matches!(s.base, Obj::Tuple(_) | Obj::Int(_) | Obj::Bytes(_)));
    let managed = match vm.inst(h) {
        Some(_) if vm.type_obj(vm.type_of(h)).has_dict && !variable => MANAGED_DICT_HEADER,
        _ => 0,
    };
    gc + managed
}

/// `type(obj).__sizeof__(obj)` of the modelled layout.
pub fn layout_sizeof(vm: &Vm, h: ObjRef) -> usize {
    const PTR: usize = 8;
    if let Obj::Sub(s) = vm.raw(h) {
        return sub_sizeof(vm, s);
    }
    let obj = vm.get(h);
    // A user subclass adds a `__weakref__` pointer (when its instances
    // have one) to the base layout; an instance also holds its slots.
    let extension = match vm.inst(h) {
        Some(i) => {
            let t = vm.type_obj(i.cls);
            PTR * i.slots.len() + if t.has_weakref { PTR } else { 0 }
        }
        None => 0,
    };
    let base = match obj {
        // An instance of a plain class: just the object header.
        Obj::Instance(_) => 16,
        // A split dict (an instance's materialised `__dict__`) reports the
        // class's shared keys as they are now.
        Obj::Dict(d) if d.split_of.is_some_and(|c| vm.heap.is_live(c) && vm.is_type(c)) => {
            split_dict_sizeof(vm, d.split_of) - GC_HEADER
        }
        Obj::Type(t) if !t.is_static => {
            // The heap type struct, plus the shared keys table its
            // instances' dicts use (spec 1.10): only instances with a
            // managed dict (not of variable-sized bases) share keys.
            let managed = !matches!(t.kind, TypeKind::Tuple | TypeKind::Int | TypeKind::Bytes);
            904 + if t.has_dict && managed { 768 } else { 0 }
        }
        other => basic_sizeof(other),
    };
    base + extension
}

/// `__sizeof__` of a subclass instance of an immutable builtin: each
/// base's own rule over the subclass's layout (CPython 3.11: tuple and
/// bytes count the subclass's basic size, int only its digits, str its
/// non-compact form, float the basic size with slots and `__weakref__`).
fn sub_sizeof(vm: &Vm, s: &SubObj) -> usize {
    const PTR: usize = 8;
    let t = vm.type_obj(s.inst.cls);
    let dict_ptr = if t.has_dict { PTR } else { 0 };
    match &s.base {
        Obj::Tuple(items) => 24 + dict_ptr + PTR * items.len(),
        Obj::Bytes(b) => 33 + dict_ptr + b.len(),
        Obj::Str(st) => {
            let width = st.text.chars().map(|c| c as u32).max().map_or(1, |m| if m < 0x100 { 1 } else if m < 0x10000 { 2 } else { 4 });
            80 + (st.char_len + 1) * width
        }
        Obj::Float(_) => 24 + PTR * s.inst.slots.len() + if t.has_weakref { PTR } else { 0 },
        other => basic_sizeof(other),
    }
}

fn split_dict_sizeof(vm: &Vm, cls: Option<ObjRef>) -> usize {
    let t = cls.map(|c| vm.type_obj(c));
    let (nentries, usable) = t.map_or((0, 0), |t| (t.shared_keys.len(), t.shared_usable));
    crate::table::dict_table::split_dict_sizeof(nentries, usable)
}

/// Call a user `__sizeof__`, with CPython's checks on its result.
fn user_sizeof(vm: &mut Vm, h: ObjRef) -> PyResult<usize> {
    let v = vm.call_dunder(h, "__sizeof__", &[])?.unwrap_or(vm.s.none);
    let n = vm.as_index(v);
    vm.decref(v);
    match n {
        None => Err(vm.type_error("an integer is required")),
        Some(n) if n.is_negative() => Err(vm.value_error("__sizeof__() should return >= 0")),
        Some(n) => match n.as_i64() {
            Some(v) => Ok(v as usize),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
    }
}

/// `type(obj).__sizeof__(obj)` for the builtin layouts.
fn basic_sizeof(obj: &Obj) -> usize {
    const PTR: usize = 8;
    match obj {
        // PyObject header: refcount + type pointer.
        Obj::None | Obj::NotImplemented | Obj::Ellipsis | Obj::Null => 16,
        // PyLongObject: header + size, then 30-bit digits (at least one).
        Obj::Int(i) => i.sizeof(),
        Obj::Bool(_) => 28,
        Obj::Float(_) => 24,
        // PyComplexObject: header + two doubles.
        Obj::Complex(_) => 32,
        Obj::Str(s) => crate::text::pystr::sizeof(&s.text),
        // PyTupleObject: var header (24) + item pointers.
        Obj::Tuple(items) => 24 + PTR * items.len(),
        // PyListObject (40) + the separately allocated item array.
        Obj::List(l) => 40 + PTR * l.allocated,
        // The dict's own 48 bytes plus its keys table; the table reports
        // the whole getsizeof, GC head included.
        Obj::Dict(d) => d.table.sizeof() - GC_HEADER,
        Obj::Set(s) | Obj::FrozenSet(s) => s.table.sizeof() - GC_HEADER,
        Obj::SetIter { .. } => 56,
        Obj::NativeIter(n) => n.basic_size(),
        // PyBytesObject: var header, cached hash, the bytes and a NUL.
        Obj::Bytes(b) => 33 + b.len(),
        Obj::ByteArray(b) => crate::text::bytearray_growth::bytearray_sizeof(b.alloc),
        Obj::Slice { .. } => 40,
        Obj::Range { .. } => 48,
        Obj::Code(c) => 120 + PTR * (c.code.instructions.len() / 2 + 8),
        Obj::Function(_) => 136,
        // PyFrameObject up to its embedded interpreter frame's locals, then
        // one slot per local, cell, free variable and stack entry.
        Obj::Frame(f) => {
            let co = &f.code.code;
            120 + PTR * (co.nlocals() + co.cellvars.len() + co.freevars.len() + co.stacksize as usize)
        }
        // PyTracebackObject: next, frame, lasti and lineno.
        Obj::Traceback(_) => 40,
        Obj::Builtin(_) => 56,
        Obj::BoundMethod { .. } => 48,
        Obj::Module(_) => 56,
        Obj::Type(t) if t.is_static => 408,
        Obj::Type(_) => 904,
        Obj::Exception(_) => 72,
        Obj::Cell(_) => 24,
        Obj::SeqIter { .. } => 32,
        Obj::RangeIter { .. } => 48,
        Obj::DictIter { .. } => 56,
        Obj::DictView { .. } => 24,
        Obj::Stream(_) | Obj::File(_) => 208,
        // Instances are measured by `layout_sizeof` (their class decides).
        Obj::Instance(_) => 16,
        // Measured by `sub_sizeof` (never reached through `Vm::get`).
        Obj::Sub(s) => basic_sizeof(&s.base),
        Obj::Property { .. } => 64,
        Obj::ClassMethod(_) | Obj::StaticMethod(_) => 32,
        Obj::Super { .. } => 40,
        Obj::Descriptor { .. } => 56,
        Obj::WeakRef(_) => 64,
        // Header and frame state, then the frame's locals, cells and value
        // stack (spec 1.2: 168 + 8 * (nlocals + ncells + nfrees + stacksize)
        // including the GC head).
        Obj::Generator(g) => {
            let c = &g.code.code;
            152 + 8 * (c.varnames.len() + c.cellvars.len() + c.freevars.len() + c.stacksize as usize)
        }
    }
}
