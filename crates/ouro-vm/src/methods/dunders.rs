//! The special methods of the builtin types as callable method
//! descriptors (`list.__len__`, `(3).__add__(4)`, `"a".__eq__("a")`), so
//! that `dir()` lists what CPython 3.11's does and direct calls work.
//!
//! One generic function per operation; the per-type tables below bind it
//! to a receiver kind with non-capturing closures. The interpreter never
//! calls these: operators on builtin values keep their native paths, and
//! `lookup_dunder` ignores builtin descriptors, so user classes see no
//! change. A name is only registered when the type does not define it yet.

use ouro_compiler::bytecode::{CompareArg, INPLACE_OFFSET};
use ouro_compiler::Op;

use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{NativeFn, Obj, ObjRef};
use crate::ops::arith::binop;
use crate::vm::Vm;

/// Whether builtin method `name` is one of CPython's type slots (shown as
/// a `slot wrapper` / `method-wrapper`) rather than a plain method.
pub fn is_slot_wrapper(name: &str) -> bool {
    matches!(
        name,
        "__init__" | "__repr__" | "__str__" | "__hash__" | "__call__" | "__getattribute__" | "__setattr__" | "__delattr__"
            | "__lt__" | "__le__" | "__eq__" | "__ne__" | "__gt__" | "__ge__" | "__iter__" | "__next__" | "__get__"
            | "__set__" | "__delete__" | "__del__" | "__len__" | "__getitem__" | "__setitem__" | "__delitem__"
            | "__contains__" | "__add__" | "__radd__" | "__sub__" | "__rsub__" | "__mul__" | "__rmul__" | "__mod__"
            | "__rmod__" | "__divmod__" | "__rdivmod__" | "__pow__" | "__rpow__" | "__neg__" | "__pos__" | "__abs__"
            | "__bool__" | "__invert__" | "__lshift__" | "__rlshift__" | "__rshift__" | "__rrshift__" | "__and__"
            | "__rand__" | "__xor__" | "__rxor__" | "__or__" | "__ror__" | "__int__" | "__float__" | "__index__"
            | "__iadd__" | "__isub__" | "__imul__" | "__imod__" | "__ipow__" | "__ilshift__" | "__irshift__"
            | "__iand__" | "__ixor__" | "__ior__" | "__floordiv__" | "__rfloordiv__" | "__truediv__"
            | "__rtruediv__" | "__ifloordiv__" | "__itruediv__" | "__matmul__" | "__rmatmul__" | "__imatmul__"
    )
}

/// Which builtin type a descriptor belongs to (its receiver check).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum K {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    NoneType,
}

fn kind_type(vm: &Vm, k: K) -> ObjRef {
    match k {
        K::Object => vm.t.object,
        K::Int => vm.t.int,
        K::Bool => vm.t.bool_,
        K::Float => vm.t.float,
        K::Complex => vm.t.complex,
        K::Str => vm.t.str_,
        K::Bytes => vm.t.bytes,
        K::List => vm.t.list,
        K::Tuple => vm.t.tuple,
        K::Dict => vm.t.dict,
        K::Set => vm.t.set,
        K::FrozenSet => vm.t.frozenset,
        K::Range => vm.t.range,
        K::NoneType => vm.t.none_type,
    }
}

/// The receiver, checked as CPython's wrapper descriptors do, and the
/// remaining arguments (between `min` and `max` of them).
fn recv<'a>(vm: &mut Vm, a: &'a Args, name: &str, k: K, min: usize, max: usize) -> PyResult<(ObjRef, &'a [ObjRef])> {
    let t = kind_type(vm, k);
    let owner = vm.type_obj(t).name.clone();
    let Some(&s) = a.pos.first() else {
        return Err(vm.type_error(format!("descriptor '{name}' of '{owner}' object needs an argument")));
    };
    if !vm.isinstance(s, t) {
        let got = vm.type_name(s);
        return Err(vm.type_error(format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'")));
    }
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let rest = &a.pos[1..];
    if rest.len() < min || rest.len() > max {
        let n = rest.len();
        let msg = if min == max {
            format!("expected {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("expected at most {max} arguments, got {n}")
        };
        return Err(vm.type_error(msg));
    }
    Ok((s, rest))
}

/// Whether `other` is an operand `k`'s own numeric, comparison or set
/// slots accept (else they return NotImplemented).
fn operand_ok(vm: &Vm, k: K, other: ObjRef) -> bool {
    let is = |t: ObjRef| vm.isinstance(other, t);
    match k {
        K::Int | K::Bool => is(vm.t.int),
        K::Float => is(vm.t.int) || is(vm.t.float),
        K::Complex => is(vm.t.int) || is(vm.t.float) || is(vm.t.complex),
        K::Str => is(vm.t.str_),
        K::Bytes => is(vm.t.bytes) || is(vm.t.bytearray),
        K::List => is(vm.t.list),
        K::Tuple => is(vm.t.tuple),
        K::Dict => is(vm.t.dict),
        K::Set | K::FrozenSet => is(vm.t.set) || is(vm.t.frozenset),
        K::Range => is(vm.t.range),
        K::Object | K::NoneType => false,
    }
}

/// The receiver as a plain builtin value (owned): an instance of a user
/// subclass of int, float, str, bytes, tuple or list becomes a copy of its
/// builtin value, so that builtin functions applied to it cannot call the
/// subclass's own overrides (`int.__abs__(self)` inside `__abs__`).
fn plain(vm: &mut Vm, s: ObjRef) -> ObjRef {
    if let Obj::List(l) = vm.raw(s) {
        if l.ext.is_some() {
            // A list subclass: a shallow builtin copy.
            let items: Vec<ObjRef> = l.items.clone();
            for &i in &items {
                vm.incref(i);
            }
            return vm.new_list(items);
        }
    }
    if !matches!(vm.raw(s), Obj::Sub(_)) {
        return vm.incref(s);
    }
    match vm.get(s) {
        Obj::Int(i) => {
            let i = i.clone();
            vm.new_pyint(i)
        }
        Obj::Float(f) => {
            let f = *f;
            vm.new_float(f)
        }
        Obj::Str(t) => {
            let t = t.text.to_string();
            vm.new_str(t)
        }
        Obj::Bytes(b) => {
            let b = b.clone();
            vm.alloc(Obj::Bytes(b))
        }
        Obj::Tuple(t) => {
            let items: Vec<ObjRef> = t.to_vec();
            for &i in &items {
                vm.incref(i);
            }
            vm.new_tuple(items)
        }
        _ => vm.incref(s),
    }
}

/// Call builtin function `f` on plain copies of `args`.
fn call_plain(vm: &mut Vm, f: &str, args: &[ObjRef]) -> PyResult<ObjRef> {
    let f = builtin(vm, f)?;
    let args: Vec<ObjRef> = args.iter().map(|&a| plain(vm, a)).collect();
    let r = vm.call(f, &args);
    vm.decref_all(args);
    r
}

fn not_implemented(vm: &mut Vm) -> ObjRef {
    vm.incref(vm.s.not_implemented)
}

/// A builtin function of the `builtins` module (borrowed).
fn builtin(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let b = vm.builtins;
    match vm.dict_get_str(b, name)? {
        Some(f) => {
            vm.decref(f);
            Ok(f)
        }
        None => Err(vm.error("RuntimeError", format!("builtins.{name} is missing"))),
    }
}

/// `self OP other` (or `other OP self` when `reflected`); `checked`
/// operations return NotImplemented for operands the type does not handle.
fn binary(vm: &mut Vm, a: &Args, name: &str, k: K, op: u32, reflected: bool, checked: bool) -> PyResult<ObjRef> {
    let max = if op == binop::POW && !reflected { 2 } else { 1 };
    let (s, rest) = recv(vm, a, name, k, 1, max)?;
    let other = rest[0];
    if checked && !operand_ok(vm, k, other) {
        return Ok(not_implemented(vm));
    }
    if op == binop::POW && (rest.len() == 2 || reflected) {
        let mut args = if reflected { vec![other, s] } else { vec![s, other] };
        args.extend_from_slice(&rest[1..]);
        return call_plain(vm, "pow", &args);
    }
    if let (K::Bool, Obj::Bool(x), Obj::Bool(y)) = (k, vm.get(s), vm.get(other)) {
        // bool's own &, |, ^ keep bool results.
        let (x, y) = (*x, *y);
        let r = match op {
            binop::AND => x & y,
            binop::OR => x | y,
            _ => x ^ y,
        };
        return Ok(vm.new_bool(r));
    }
    if op == binop::MOD && k == K::Str && reflected {
        return Ok(not_implemented(vm));
    }
    if reflected {
        vm.binary_op_builtin(op, other, s)
    } else {
        vm.binary_op_builtin(op, s, other)
    }
}

/// `self OP= other`: the in-place operation (mutates lists, sets, dicts).
fn inplace(vm: &mut Vm, a: &Args, name: &str, k: K, op: u32, checked: bool) -> PyResult<ObjRef> {
    let (s, rest) = recv(vm, a, name, k, 1, 1)?;
    if checked && !operand_ok(vm, k, rest[0]) {
        return Ok(not_implemented(vm));
    }
    vm.binary_op_builtin(op + INPLACE_OFFSET, s, rest[0])
}

/// `divmod(self, other)` or `divmod(other, self)`.
fn divmod(vm: &mut Vm, a: &Args, name: &str, k: K, reflected: bool) -> PyResult<ObjRef> {
    let (s, rest) = recv(vm, a, name, k, 1, 1)?;
    if !operand_ok(vm, k, rest[0]) {
        return Ok(not_implemented(vm));
    }
    if reflected {
        call_plain(vm, "divmod", &[rest[0], s])
    } else {
        call_plain(vm, "divmod", &[s, rest[0]])
    }
}

/// A rich comparison: NotImplemented for operands of another type.
fn compare(vm: &mut Vm, a: &Args, name: &str, k: K, op: CompareArg) -> PyResult<ObjRef> {
    let (s, rest) = recv(vm, a, name, k, 1, 1)?;
    let ordered = !matches!(k, K::Dict | K::Complex | K::Range | K::Object | K::NoneType);
    let equality = matches!(op, CompareArg::Eq | CompareArg::Ne);
    if !operand_ok(vm, k, rest[0]) || !(ordered || equality) {
        return Ok(not_implemented(vm));
    }
    let (x, y) = (plain(vm, s), plain(vm, rest[0]));
    let b = vm.compare_builtin(op, x, y);
    vm.decref_all([x, y]);
    let b = b?;
    Ok(vm.new_bool(b))
}

/// Operations of one operand (and the optional extras some take).
#[derive(Clone, Copy)]
pub enum U {
    Neg,
    Pos,
    Invert,
    /// A function of the `builtins` module applied to the receiver.
    Builtin(&'static str),
    Floor,
    Ceil,
    Bool,
    Len,
    GetNewArgs,
}

fn unary(vm: &mut Vm, a: &Args, name: &str, k: K, u: U) -> PyResult<ObjRef> {
    let max = if matches!(u, U::Builtin("round")) { 1 } else { 0 };
    let (s, rest) = recv(vm, a, name, k, 0, max)?;
    match u {
        U::Neg => vm.unary_op_builtin(Op::UnaryNegative, s),
        U::Pos => vm.unary_op_builtin(Op::UnaryPositive, s),
        U::Invert => vm.unary_op_builtin(Op::UnaryInvert, s),
        U::Builtin("iter") => vm.get_iter_builtin(s),
        U::Builtin("reversed") if vm.is_user_object(s) => {
            // A user subclass of list or dict: reverse a snapshot of its
            // builtin items, not through its own `__iter__`/`__reversed__`.
            let it = vm.get_iter_builtin(s)?;
            let items = vm.collect_iter(it);
            vm.decref(it);
            let l = vm.new_list(items?);
            let r = call_plain(vm, "reversed", &[l]);
            vm.decref(l);
            r
        }
        U::Builtin(f) => {
            let mut args = vec![s];
            args.extend_from_slice(rest);
            call_plain(vm, f, &args)
        }
        U::Floor | U::Ceil => match vm.get(s) {
            Obj::Float(f) => {
                let f = if matches!(u, U::Floor) { f.floor() } else { f.ceil() };
                let v = vm.new_float(f);
                let r = call_plain(vm, "int", &[v]);
                vm.decref(v);
                r
            }
            _ => call_plain(vm, "int", &[s]),
        },
        U::Bool => {
            let b = if vm.is_user_object(s) && !matches!(vm.raw(s), Obj::Sub(_)) {
                vm.len_builtin(s)? != 0
            } else {
                let p = plain(vm, s);
                let b = vm.is_true(p);
                vm.decref(p);
                b?
            };
            Ok(vm.new_bool(b))
        }
        U::Len => {
            let n = vm.len_builtin(s)?;
            Ok(vm.new_int(n as i64))
        }
        U::GetNewArgs => {
            let v = match (k, vm.get(s)) {
                (K::Int, Obj::Bool(b)) => {
                    let b = *b as i64;
                    vm.new_int(b)
                }
                _ => plain(vm, s),
            };
            Ok(vm.new_tuple(vec![v]))
        }
    }
}

/// Subscripts and membership: `__getitem__`, `__setitem__`,
/// `__delitem__`, `__contains__`.
#[derive(Clone, Copy)]
pub enum S {
    Get,
    Set,
    Del,
    Contains,
}

fn subscript(vm: &mut Vm, a: &Args, name: &str, k: K, op: S) -> PyResult<ObjRef> {
    let n = if matches!(op, S::Set) { 2 } else { 1 };
    let (s, rest) = recv(vm, a, name, k, n, n)?;
    match op {
        S::Get => vm.getitem_builtin(s, rest[0]),
        S::Set => {
            vm.setitem_builtin(s, rest[0], rest[1])?;
            Ok(vm.none())
        }
        S::Del => {
            vm.delitem_builtin(s, rest[0])?;
            Ok(vm.none())
        }
        S::Contains => {
            let b = vm.contains_builtin(s, rest[0])?;
            Ok(vm.new_bool(b))
        }
    }
}

/// `x.__format__(spec)`: the builtin formatting of the type.
fn format(vm: &mut Vm, a: &Args, name: &str, k: K) -> PyResult<ObjRef> {
    let (s, rest) = recv(vm, a, name, k, 1, 1)?;
    if !matches!(vm.get(rest[0]), Obj::Str(_)) {
        let t = vm.type_name(rest[0]);
        return Err(vm.type_error(format!("{name}() argument must be str, not {t}")));
    }
    let spec = vm.str_text(rest[0]).to_owned();
    if k == K::Object {
        if !spec.is_empty() {
            let t = vm.type_name(s);
            return Err(vm.type_error(format!("unsupported format string passed to {t}.__format__")));
        }
        return vm.to_str(s);
    }
    let p = plain(vm, s);
    let r = vm.builtin_format(p, &spec);
    vm.decref(p);
    r
}

/// `object.__dir__(self)`: the names `dir()` sorts.
fn dir(vm: &mut Vm, a: &Args, name: &str, k: K) -> PyResult<ObjRef> {
    let (s, _) = recv(vm, a, name, k, 0, 0)?;
    let names = crate::builtins::introspect::dir_names(vm, s)?;
    Ok(vm.new_list(names))
}

/// `object.__getstate__(self)`: the instance dict, or None.
fn getstate(vm: &mut Vm, a: &Args, name: &str, k: K) -> PyResult<ObjRef> {
    let (s, _) = recv(vm, a, name, k, 0, 0)?;
    if vm.inst(s).is_some() && vm.type_obj(vm.type_of(s)).has_dict {
        let d = vm.materialize_dict(s);
        if vm.dict_len(d) > 0 {
            return Ok(vm.incref(d));
        }
    }
    Ok(vm.none())
}

/// `object.__reduce_ex__(self, protocol)` / `__reduce__(self)`: CPython's
/// `copyreg.__reduce_ex__` shape, `(type, args, state[, listitems,
/// dictitems])` with `args` what reconstructs the value.
fn reduce(vm: &mut Vm, a: &Args, name: &str, k: K) -> PyResult<ObjRef> {
    let max = if name == "__reduce_ex__" { 1 } else { 0 };
    let (s, _) = recv(vm, a, name, k, max, max)?;
    let t = vm.type_of(s);
    let (args, list_items, dict_items) = match vm.get(s) {
        Obj::List(_) => {
            let it = vm.get_iter(s)?;
            (vm.new_tuple(Vec::new()), Some(it), None)
        }
        Obj::Dict(_) => {
            let items = vm.intern("items");
            let m = vm.get_attr(s, items);
            vm.decref(items);
            let m = m?;
            let v = vm.call(m, &[]);
            vm.decref(m);
            let v = v?;
            let it = vm.get_iter(v);
            vm.decref(v);
            (vm.new_tuple(Vec::new()), None, Some(it?))
        }
        Obj::Instance(_) => (vm.new_tuple(Vec::new()), None, None),
        Obj::Set(_) | Obj::FrozenSet(_) | Obj::Tuple(_) | Obj::Range { .. } => {
            let list = vm.t.list;
            let l = vm.call(list, &[s])?;
            (vm.new_tuple(vec![l]), None, None)
        }
        _ => {
            let v = vm.incref(s);
            (vm.new_tuple(vec![v]), None, None)
        }
    };
    finish_reduce(vm, t, args, list_items, dict_items, s)
}

fn finish_reduce(vm: &mut Vm, t: ObjRef, args: ObjRef, li: Option<ObjRef>, di: Option<ObjRef>, s: ObjRef) -> PyResult<ObjRef> {
    let t = vm.incref(t);
    let one = [s];
    let gs = Args::positional(&one);
    let state = getstate(vm, &gs, "__getstate__", K::Object)?;
    let mut items = vec![t, args, state];
    if li.is_some() || di.is_some() {
        items.push(li.unwrap_or_else(|| vm.none()));
        items.push(di.unwrap_or_else(|| vm.none()));
    }
    Ok(vm.new_tuple(items))
}

/// `set.difference_update(*others)` and its siblings: the in-place set
/// operation with each argument (any iterable).
fn set_update(vm: &mut Vm, a: &Args, name: &str, k: K, op: u32) -> PyResult<ObjRef> {
    let (s, rest) = recv(vm, a, name, k, 0, usize::MAX)?;
    for &o in rest {
        let other = if vm.is_anyset(o) {
            vm.incref(o)
        } else {
            let fs = vm.t.frozenset;
            vm.call(fs, &[o])?
        };
        let r = vm.binary_op(op + INPLACE_OFFSET, s, other);
        vm.decref(other);
        let r = r?;
        vm.decref(r);
    }
    Ok(vm.none())
}

/// `float.__getformat__(typestr)`: this machine's IEEE layout.
fn float_getformat(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, a, "__getformat__", 1, 1)?;
    if !matches!(vm.get(a.pos[0]), Obj::Str(_)) {
        let t = vm.type_name(a.pos[0]);
        return Err(vm.type_error(format!("__getformat__() argument must be str, not {t}")));
    }
    match vm.str_text(a.pos[0]) {
        "double" | "float" => Ok(vm.new_str("IEEE, little-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

/// `function.__call__(self, *args, **kwargs)`.
fn function_call(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    let f = function_recv(vm, a, "__call__")?;
    let rest = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvalues: a.kwvalues };
    vm.call_with_args(f, &rest)
}

/// `function.__get__(self, instance, owner=None)`: a bound method, or the
/// function itself for a None instance.
fn function_get(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    let f = function_recv(vm, a, "__get__")?;
    if a.has_kwargs() || !(2..=3).contains(&a.pos.len()) {
        return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", a.pos.len().saturating_sub(1))));
    }
    let obj = a.pos[1];
    if vm.is_none(obj) {
        return Ok(vm.incref(f));
    }
    vm.incref(f);
    vm.incref(obj);
    Ok(vm.alloc_tracked(Obj::BoundMethod { func: f, self_obj: obj }))
}

fn function_recv(vm: &mut Vm, a: &Args, name: &str) -> PyResult<ObjRef> {
    match a.pos.first() {
        Some(&f) if matches!(vm.get(f), Obj::Function(_)) => Ok(f),
        Some(&f) => {
            let t = vm.type_name(f);
            Err(vm.type_error(format!("descriptor '{name}' requires a 'function' object but received a '{t}'")))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' of 'function' object needs an argument"))),
    }
}

/// `object.__subclasshook__(...)`: NotImplemented (a class method).
fn subclasshook(vm: &mut Vm, _a: &Args) -> PyResult<ObjRef> {
    Ok(not_implemented(vm))
}

/// One table entry: `name` bound to a generic operation and its constants
/// (a non-capturing closure, so a plain `NativeFn`).
macro_rules! d {
    ($name:literal, $f:ident $(, $arg:expr)*) => {
        ($name, (|vm: &mut Vm, a: &Args| $f(vm, a, $name $(, $arg)*)) as NativeFn)
    };
}

/// The arithmetic of a numeric kind: forward and reflected operators.
macro_rules! arith {
    ($k:expr; $( $fwd:literal, $rev:literal => $op:expr ),* $(,)?) => {
        [$( d!($fwd, binary, $k, $op, false, true), d!($rev, binary, $k, $op, true, true) ),*]
    };
}

macro_rules! compares {
    ($k:expr) => {
        [
            d!("__lt__", compare, $k, CompareArg::Lt),
            d!("__le__", compare, $k, CompareArg::Le),
            d!("__eq__", compare, $k, CompareArg::Eq),
            d!("__ne__", compare, $k, CompareArg::Ne),
            d!("__gt__", compare, $k, CompareArg::Gt),
            d!("__ge__", compare, $k, CompareArg::Ge),
        ]
    };
}

macro_rules! sequence {
    ($k:expr) => {
        [
            d!("__len__", unary, $k, U::Len),
            d!("__iter__", unary, $k, U::Builtin("iter")),
            d!("__getitem__", subscript, $k, S::Get),
            d!("__contains__", subscript, $k, S::Contains),
        ]
    };
}

/// Only names the type does not define yet (its own methods win).
fn add_missing(vm: &mut Vm, t: ObjRef, methods: &[(&'static str, NativeFn)]) {
    let owner: &'static str = match vm.type_obj(t).name.as_ref() {
        "object" => "object",
        "int" => "int",
        "bool" => "bool",
        "float" => "float",
        "complex" => "complex",
        "str" => "str",
        "bytes" => "bytes",
        "list" => "list",
        "tuple" => "tuple",
        "dict" => "dict",
        "set" => "set",
        "frozenset" => "frozenset",
        "range" => "range",
        "NoneType" => "NoneType",
        "function" => "function",
        _ => "object",
    };
    let dict = vm.type_obj(t).dict;
    for &(name, func) in methods {
        if let Ok(Some(v)) = vm.dict_get_str(dict, name) {
            vm.decref(v);
            continue;
        }
        let m = vm.make_method_descriptor(name, func, owner);
        let _ = vm.dict_set_str(dict, name, m);
    }
}

/// `__doc__` where a builtin type has none (CPython's docstrings are not
/// modelled: the value is None).
fn add_doc(vm: &mut Vm, t: ObjRef) {
    let dict = vm.type_obj(t).dict;
    match vm.dict_get_str(dict, "__doc__") {
        Ok(Some(v)) => vm.decref(v),
        _ => {
            let n = vm.none();
            let _ = vm.dict_set_str(dict, "__doc__", n);
        }
    }
}

struct T {
    object: ObjRef,
    int: ObjRef,
    bool_: ObjRef,
    float: ObjRef,
    complex: ObjRef,
    str_: ObjRef,
    bytes: ObjRef,
    list: ObjRef,
    tuple: ObjRef,
    dict: ObjRef,
    set: ObjRef,
    frozenset: ObjRef,
    range: ObjRef,
    none_type: ObjRef,
    function: ObjRef,
    type_: ObjRef,
}

pub fn register(vm: &mut Vm) {
    use binop::*;
    let t = T {
        object: vm.t.object,
        int: vm.t.int,
        bool_: vm.t.bool_,
        float: vm.t.float,
        complex: vm.t.complex,
        str_: vm.t.str_,
        bytes: vm.t.bytes,
        list: vm.t.list,
        tuple: vm.t.tuple,
        dict: vm.t.dict,
        set: vm.t.set,
        frozenset: vm.t.frozenset,
        range: vm.t.range,
        none_type: vm.t.none_type,
        function: vm.t.function,
        type_: vm.t.type_,
    };
    add_missing(
        vm,
        t.object,
        &[
            d!("__lt__", compare, K::Object, CompareArg::Lt),
            d!("__le__", compare, K::Object, CompareArg::Le),
            d!("__gt__", compare, K::Object, CompareArg::Gt),
            d!("__ge__", compare, K::Object, CompareArg::Ge),
            d!("__format__", format, K::Object),
            d!("__dir__", dir, K::Object),
            d!("__getstate__", getstate, K::Object),
            d!("__reduce__", reduce, K::Object),
            d!("__reduce_ex__", reduce, K::Object),
        ],
    );
    let hook = vm.make_builtin("__subclasshook__", subclasshook, "object");
    let od = vm.type_obj(t.object).dict;
    let _ = vm.dict_set_str(od, "__subclasshook__", hook);

    // int (bool inherits all of them).
    add_missing(vm, t.int, &compares!(K::Int));
    add_missing(
        vm,
        t.int,
        &arith!(K::Int;
            "__add__", "__radd__" => ADD, "__sub__", "__rsub__" => SUB, "__mul__", "__rmul__" => MUL,
            "__truediv__", "__rtruediv__" => DIV, "__floordiv__", "__rfloordiv__" => FLOOR_DIV,
            "__mod__", "__rmod__" => MOD, "__pow__", "__rpow__" => POW,
            "__and__", "__rand__" => AND, "__or__", "__ror__" => OR, "__xor__", "__rxor__" => XOR,
            "__lshift__", "__rlshift__" => LSHIFT, "__rshift__", "__rrshift__" => RSHIFT),
    );
    add_missing(
        vm,
        t.int,
        &[
            d!("__divmod__", divmod, K::Int, false),
            d!("__rdivmod__", divmod, K::Int, true),
            d!("__neg__", unary, K::Int, U::Neg),
            d!("__pos__", unary, K::Int, U::Pos),
            d!("__invert__", unary, K::Int, U::Invert),
            d!("__abs__", unary, K::Int, U::Builtin("abs")),
            d!("__bool__", unary, K::Int, U::Bool),
            d!("__int__", unary, K::Int, U::Builtin("int")),
            d!("__index__", unary, K::Int, U::Builtin("int")),
            d!("__float__", unary, K::Int, U::Builtin("float")),
            d!("__trunc__", unary, K::Int, U::Builtin("int")),
            d!("__floor__", unary, K::Int, U::Floor),
            d!("__ceil__", unary, K::Int, U::Ceil),
            d!("__round__", unary, K::Int, U::Builtin("round")),
            d!("__getnewargs__", unary, K::Int, U::GetNewArgs),
            d!("__format__", format, K::Int),
        ],
    );

    add_missing(
        vm,
        t.bool_,
        &arith!(K::Bool; "__and__", "__rand__" => AND, "__or__", "__ror__" => OR, "__xor__", "__rxor__" => XOR),
    );
    // The mutable containers are unhashable: their `__hash__` is None.
    for ty in [t.list, t.dict, t.set] {
        let dict = vm.type_obj(ty).dict;
        match vm.dict_get_str(dict, "__hash__") {
            Ok(Some(v)) => vm.decref(v),
            _ => {
                let n = vm.none();
                let _ = vm.dict_set_str(dict, "__hash__", n);
            }
        }
    }

    add_missing(vm, t.float, &compares!(K::Float));
    add_missing(
        vm,
        t.float,
        &arith!(K::Float;
            "__add__", "__radd__" => ADD, "__sub__", "__rsub__" => SUB, "__mul__", "__rmul__" => MUL,
            "__truediv__", "__rtruediv__" => DIV, "__floordiv__", "__rfloordiv__" => FLOOR_DIV,
            "__mod__", "__rmod__" => MOD, "__pow__", "__rpow__" => POW),
    );
    add_missing(
        vm,
        t.float,
        &[
            d!("__divmod__", divmod, K::Float, false),
            d!("__rdivmod__", divmod, K::Float, true),
            d!("__neg__", unary, K::Float, U::Neg),
            d!("__pos__", unary, K::Float, U::Pos),
            d!("__abs__", unary, K::Float, U::Builtin("abs")),
            d!("__bool__", unary, K::Float, U::Bool),
            d!("__int__", unary, K::Float, U::Builtin("int")),
            d!("__float__", unary, K::Float, U::Builtin("float")),
            d!("__trunc__", unary, K::Float, U::Builtin("int")),
            d!("__floor__", unary, K::Float, U::Floor),
            d!("__ceil__", unary, K::Float, U::Ceil),
            d!("__round__", unary, K::Float, U::Builtin("round")),
            d!("__getnewargs__", unary, K::Float, U::GetNewArgs),
            d!("__format__", format, K::Float),
        ],
    );

    add_missing(vm, t.complex, &compares!(K::Complex));
    add_missing(
        vm,
        t.complex,
        &arith!(K::Complex;
            "__add__", "__radd__" => ADD, "__sub__", "__rsub__" => SUB, "__mul__", "__rmul__" => MUL,
            "__truediv__", "__rtruediv__" => DIV, "__pow__", "__rpow__" => POW),
    );
    add_missing(
        vm,
        t.complex,
        &[
            d!("__neg__", unary, K::Complex, U::Neg),
            d!("__pos__", unary, K::Complex, U::Pos),
            d!("__abs__", unary, K::Complex, U::Builtin("abs")),
            d!("__bool__", unary, K::Complex, U::Bool),
            d!("__format__", format, K::Complex),
        ],
    );

    // Sequences: + and * keep the operators' own errors.
    add_missing(vm, t.str_, &compares!(K::Str));
    add_missing(vm, t.str_, &sequence!(K::Str));
    add_missing(
        vm,
        t.str_,
        &[
            d!("__add__", binary, K::Str, ADD, false, false),
            d!("__mul__", binary, K::Str, MUL, false, false),
            d!("__rmul__", binary, K::Str, MUL, true, false),
            d!("__mod__", binary, K::Str, MOD, false, false),
            d!("__rmod__", binary, K::Str, MOD, true, false),
            d!("__getnewargs__", unary, K::Str, U::GetNewArgs),
            d!("__format__", format, K::Str),
        ],
    );
    add_missing(vm, t.bytes, &compares!(K::Bytes));
    add_missing(vm, t.bytes, &sequence!(K::Bytes));
    add_missing(
        vm,
        t.bytes,
        &[
            d!("__add__", binary, K::Bytes, ADD, false, false),
            d!("__mul__", binary, K::Bytes, MUL, false, false),
            d!("__rmul__", binary, K::Bytes, MUL, true, false),
            d!("__mod__", binary, K::Bytes, MOD, false, false),
            d!("__rmod__", binary, K::Bytes, MOD, true, true),
            d!("__bytes__", unary, K::Bytes, U::Builtin("bytes")),
            d!("__getnewargs__", unary, K::Bytes, U::GetNewArgs),
        ],
    );
    add_missing(vm, t.list, &compares!(K::List));
    add_missing(vm, t.list, &sequence!(K::List));
    add_missing(
        vm,
        t.list,
        &[
            d!("__add__", binary, K::List, ADD, false, false),
            d!("__mul__", binary, K::List, MUL, false, false),
            d!("__rmul__", binary, K::List, MUL, true, false),
            d!("__iadd__", inplace, K::List, ADD, false),
            d!("__imul__", inplace, K::List, MUL, false),
            d!("__setitem__", subscript, K::List, S::Set),
            d!("__delitem__", subscript, K::List, S::Del),
            d!("__reversed__", unary, K::List, U::Builtin("reversed")),
        ],
    );
    add_missing(vm, t.tuple, &compares!(K::Tuple));
    add_missing(vm, t.tuple, &sequence!(K::Tuple));
    add_missing(
        vm,
        t.tuple,
        &[
            d!("__add__", binary, K::Tuple, ADD, false, false),
            d!("__mul__", binary, K::Tuple, MUL, false, false),
            d!("__rmul__", binary, K::Tuple, MUL, true, false),
            d!("__getnewargs__", unary, K::Tuple, U::GetNewArgs),
        ],
    );

    add_missing(vm, t.dict, &compares!(K::Dict));
    add_missing(
        vm,
        t.dict,
        &[
            d!("__len__", unary, K::Dict, U::Len),
            d!("__iter__", unary, K::Dict, U::Builtin("iter")),
            d!("__reversed__", unary, K::Dict, U::Builtin("reversed")),
            d!("__or__", binary, K::Dict, OR, false, true),
            d!("__ror__", binary, K::Dict, OR, true, true),
            d!("__ior__", inplace, K::Dict, OR, false),
        ],
    );

    add_missing(vm, t.set, &compares!(K::Set));
    add_missing(vm, t.frozenset, &compares!(K::FrozenSet));
    macro_rules! set_ops {
        ($k:expr) => {
            [
                d!("__len__", unary, $k, U::Len),
                d!("__iter__", unary, $k, U::Builtin("iter")),
                d!("__contains__", subscript, $k, S::Contains),
                d!("__and__", binary, $k, AND, false, true),
                d!("__rand__", binary, $k, AND, true, true),
                d!("__or__", binary, $k, OR, false, true),
                d!("__ror__", binary, $k, OR, true, true),
                d!("__xor__", binary, $k, XOR, false, true),
                d!("__rxor__", binary, $k, XOR, true, true),
                d!("__sub__", binary, $k, SUB, false, true),
                d!("__rsub__", binary, $k, SUB, true, true),
            ]
        };
    }
    add_missing(vm, t.set, &set_ops!(K::Set));
    add_missing(vm, t.frozenset, &set_ops!(K::FrozenSet));
    add_missing(
        vm,
        t.set,
        &[
            d!("__iand__", inplace, K::Set, AND, true),
            d!("__ior__", inplace, K::Set, OR, true),
            d!("__ixor__", inplace, K::Set, XOR, true),
            d!("__isub__", inplace, K::Set, SUB, true),
        ],
    );

    add_missing(
        vm,
        t.set,
        &[
            d!("difference_update", set_update, K::Set, SUB),
            d!("intersection_update", set_update, K::Set, AND),
            d!("symmetric_difference_update", set_update, K::Set, XOR),
        ],
    );
    let gf = vm.make_builtin("__getformat__", float_getformat, "float");
    let fd = vm.type_obj(t.float).dict;
    let _ = vm.dict_set_str(fd, "__getformat__", gf);
    add_missing(vm, t.function, &[("__call__", function_call as NativeFn), ("__get__", function_get as NativeFn)]);

    add_missing(vm, t.range, &compares!(K::Range));
    add_missing(vm, t.range, &sequence!(K::Range));
    add_missing(
        vm,
        t.range,
        &[d!("__bool__", unary, K::Range, U::Bool), d!("__reversed__", unary, K::Range, U::Builtin("reversed"))],
    );
    add_missing(vm, t.none_type, &[d!("__bool__", unary, K::NoneType, U::Bool)]);

    for ty in [t.object, t.int, t.bool_, t.float, t.complex, t.str_, t.bytes, t.list, t.tuple, t.dict, t.set, t.frozenset, t.range, t.none_type, t.function, t.type_] {
        add_doc(vm, ty);
    }
}
