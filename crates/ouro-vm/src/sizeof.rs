//! `sys.getsizeof`: computed from each object's modelled CPython 3.11
//! layout (spec section 1): `__sizeof__` of the layout plus the 16-byte GC
//! pre-header for GC types. Nothing here is a table of answers: variable
//! parts come from the object (digits, code points, list capacity, dict
//! keys table).

use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// CPython's `PyGC_Head`: two words before every GC-type object.
pub const GC_HEADER: usize = 16;

pub fn getsizeof(vm: &Vm, h: ObjRef) -> usize {
    let obj = vm.get(h);
    let gc = if ouro_heap::Trace::is_gc_type(obj) { GC_HEADER } else { 0 };
    basic_sizeof(obj) + gc
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
        Obj::Stream(_) => 208,
        // An ordinary instance: object header plus the `__weakref__` slot
        // (its `__dict__` pointer and values live in the 16-byte managed
        // dict pre-header, added by `getsizeof`); slots add a pointer each.
        Obj::Instance(i) => 16 + 8 * i.slots.len(),
        Obj::Property { .. } => 64,
        Obj::ClassMethod(_) | Obj::StaticMethod(_) => 32,
        Obj::Super { .. } => 40,
        // Header and frame state, then the frame's locals, cells and value
        // stack (spec 1.2: 168 + 8 * (nlocals + ncells + nfrees + stacksize)
        // including the GC head).
        Obj::Generator(g) => {
            let c = &g.code.code;
            152 + 8 * (c.varnames.len() + c.cellvars.len() + c.freevars.len() + c.stacksize as usize)
        }
    }
}
