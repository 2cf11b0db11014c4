//! Calling a builtin type: `int(x)`, `list(it)`, `dict(...)`, `range(...)`,
//! `type(x)`, exception classes, ...

use crate::builtins::check_args;
use crate::call::Args;
use crate::errors::PyResult;
use crate::num::PyInt;
use crate::object::{Obj, ObjRef, TypeKind};
use crate::table::list_growth::list_presize;
use crate::vm::Vm;

pub fn call_type(vm: &mut Vm, t: ObjRef, args: &Args) -> PyResult<ObjRef> {
    // builtins-widening hook: zip/map/filter/reversed, bytes, bytearray.
    if let Some(r) = crate::builtins::iterators::construct(vm, t, args) {
        return r;
    }
    if t == vm.t.bytes || t == vm.t.bytearray {
        return crate::builtins::bytes_ops::construct(vm, args, t == vm.t.bytearray);
    }
    let (kind, name) = {
        let tobj = vm.type_obj(t);
        (tobj.kind, tobj.name.clone())
    };
    match kind {
        TypeKind::Exception => {
            let items: Vec<ObjRef> = args.pos.iter().map(|&a| vm.incref(a)).collect();
            Ok(vm.new_exception(t, items))
        }
        TypeKind::Type => vm.call_metaclass(t, args),
        TypeKind::Int => new_int(vm, args),
        TypeKind::Bool => {
            check_args(vm, args, "bool", 0, 1)?;
            let b = match args.pos.first() {
                Some(&v) => vm.is_true(v)?,
                None => false,
            };
            Ok(vm.new_bool(b))
        }
        TypeKind::Float => new_float(vm, args),
        TypeKind::Complex => crate::methods::complex::construct(vm, args),
        TypeKind::Str => {
            check_args(vm, args, "str", 0, 1)?;
            match args.pos.first() {
                Some(&v) => vm.to_str(v),
                None => Ok(vm.new_str("")),
            }
        }
        TypeKind::List => {
            check_args(vm, args, "list", 0, 1)?;
            match args.pos.first() {
                Some(&it) => new_list_from(vm, it),
                None => Ok(vm.new_list(Vec::new())),
            }
        }
        TypeKind::Tuple => {
            check_args(vm, args, "tuple", 0, 1)?;
            match args.pos.first() {
                Some(&it) if matches!(vm.raw(it), Obj::Tuple(_)) => Ok(vm.incref(it)),
                Some(&it) => {
                    let items = vm.collect_iter(it)?;
                    Ok(vm.new_tuple(items))
                }
                None => Ok(vm.new_tuple(Vec::new())),
            }
        }
        TypeKind::Dict => new_dict(vm, args),
        TypeKind::WeakRef => crate::modules::weakref::new_ref(vm, args),
        TypeKind::Enumerate => crate::builtins::iterators::enumerate(vm, args),
        TypeKind::Set | TypeKind::FrozenSet => {
            let name = if kind == TypeKind::Set { "set" } else { "frozenset" };
            check_args(vm, args, name, 0, 1)?;
            if kind == TypeKind::FrozenSet && args.pos.first().is_some_and(|&a| matches!(vm.get(a), Obj::FrozenSet(_))) {
                return Ok(vm.incref(args.pos[0]));
            }
            vm.set_from(args.pos.first().copied(), kind == TypeKind::FrozenSet)
        }
        TypeKind::Range => new_range(vm, args),
        TypeKind::Slice => {
            check_args(vm, args, "slice", 1, 3)?;
            let none = vm.s.none;
            let (start, stop, step) = match args.pos {
                [stop] => (none, *stop, none),
                [start, stop] => (*start, *stop, none),
                [start, stop, step] => (*start, *stop, *step),
                _ => (none, none, none),
            };
            for h in [start, stop, step] {
                vm.incref(h);
            }
            Ok(vm.alloc_tracked(Obj::Slice { start, stop, step }))
        }
        TypeKind::Object => {
            check_args(vm, args, "object", 0, 0)?;
            Ok(vm.new_instance(t))
        }
        TypeKind::Property => crate::builtins::descriptors::new_property(vm, args),
        TypeKind::ClassMethod => crate::builtins::descriptors::wrap_function(vm, args, true),
        TypeKind::StaticMethod => crate::builtins::descriptors::wrap_function(vm, args, false),
        TypeKind::Super => crate::builtins::descriptors::new_super(vm, args),
        TypeKind::NoneType => Ok(vm.none()),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `list(iterable)`: pre-sized exactly when the iterable has a length
/// (CPython's `list___init__`), then extended.
pub fn new_list_from(vm: &mut Vm, iterable: ObjRef) -> PyResult<ObjRef> {
    let presize = match vm.get(iterable) {
        Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Dict(_) | Obj::Range { .. } => list_presize(vm.length_hint(iterable)),
        _ => 0,
    };
    let list = vm.new_list_with_capacity(Vec::new(), presize);
    if let Err(e) = vm.list_extend(list, iterable) {
        vm.decref(list);
        return Err(e);
    }
    Ok(list)
}

fn new_int(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "int", 0, 2)?;
    let Some(&v) = args.pos.first() else {
        return Ok(vm.new_int(0));
    };
    if args.pos.len() == 2 {
        let base = match vm.as_index(args.pos[1]).and_then(|b| b.as_i64()) {
            Some(b) => b,
            None => return Err(vm.type_error("'str' object cannot be interpreted as an integer")),
        };
        let text = vm.str_text(v).to_owned();
        return parse_int(vm, &text, base as u32);
    }
    if vm.is_user_object(v) && vm.as_num(v).is_none() {
        for name in ["__int__", "__index__", "__trunc__"] {
            if let Some(r) = vm.call_dunder(v, name, &[])? {
                if matches!(vm.get(r), Obj::Int(_) | Obj::Bool(_)) {
                    if let Some(i) = vm.as_index(r) {
                        vm.decref(r);
                        return Ok(vm.new_pyint(i));
                    }
                }
                let t = vm.type_name(r);
                vm.decref(r);
                return Err(vm.type_error(format!("{name} returned non-int (type {t})")));
            }
        }
    }
    match vm.get(v) {
        Obj::Int(i) => {
            let i = i.clone();
            Ok(vm.new_pyint(i))
        }
        Obj::Bool(b) => {
            let b = *b as i64;
            Ok(vm.new_int(b))
        }
        Obj::Float(f) => {
            let f = *f;
            match PyInt::from_f64(f) {
                Ok(i) => Ok(vm.new_pyint(i)),
                Err(e) => Err(vm.num_err(e)),
            }
        }
        Obj::Str(s) => {
            let text = s.text.to_string();
            parse_int(vm, &text, 10)
        }
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'")))
        }
    }
}

fn parse_int(vm: &mut Vm, text: &str, base: u32) -> PyResult<ObjRef> {
    match crate::num::int_text::parse_int_str(text, base as i64, MAX_STR_DIGITS) {
        Ok(i) => Ok(vm.new_pyint(i)),
        Err(e) => Err(vm.num_err(e)),
    }
}

/// `sys.get_int_max_str_digits()`'s default.
pub const MAX_STR_DIGITS: usize = 4300;

fn new_float(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "float", 0, 1)?;
    let Some(&v) = args.pos.first() else {
        return Ok(vm.new_float(0.0));
    };
    if vm.is_user_object(v) && vm.as_num(v).is_none() {
        if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
            if let Some(crate::ops::arith::Num::Float(f)) = vm.as_num(r) {
                vm.decref(r);
                return Ok(vm.new_float(f));
            }
            let t = vm.type_name(r);
            vm.decref(r);
            return Err(vm.type_error(format!("{}.__float__ returned non-float (type {t})", vm.type_name(v))));
        }
        if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
            let i = vm.as_index(r);
            vm.decref(r);
            return match i {
                Some(i) => {
                    let f = vm.int_to_float(&i)?;
                    Ok(vm.new_float(f))
                }
                None => Err(vm.type_error("__index__ returned non-int")),
            };
        }
    }
    match vm.as_num(v) {
        Some(crate::ops::arith::Num::Float(f)) => Ok(vm.new_float(f)),
        Some(crate::ops::arith::Num::Int(i)) => {
            let f = vm.int_to_float(&i)?;
            Ok(vm.new_float(f))
        }
        None => match vm.get(v) {
            Obj::Str(s) => {
                let text = s.text.to_string();
                match crate::num::float_parse::parse_float_str(&text) {
                    Ok(f) => Ok(vm.new_float(f)),
                    Err(e) => Err(vm.num_err(e)),
                }
            }
            _ => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("float() argument must be a string or a real number, not '{t}'")))
            }
        },
    }
}

fn new_dict(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.len() > 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {n}")));
    }
    let d = vm.new_dict();
    let r = fill_dict(vm, d, args);
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

fn fill_dict(vm: &mut Vm, d: ObjRef, args: &Args) -> PyResult<()> {
    if let Some(&src) = args.pos.first() {
        if matches!(vm.get(src), Obj::Dict(_)) {
            vm.dict_update(d, src)?;
        } else {
            for pair in vm.collect_iter(src)? {
                let kv = vm.collect_iter(pair);
                vm.decref(pair);
                let kv = kv?;
                if kv.len() != 2 {
                    let n = kv.len();
                    vm.decref_all(kv);
                    return Err(vm.value_error(format!("dictionary update sequence element #0 has length {n}; 2 is required")));
                }
                let r = vm.dict_set(d, kv[0], kv[1]);
                vm.decref_all(kv);
                r?;
            }
        }
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

fn new_range(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "range", 1, 3)?;
    let mut vals = [0i64; 3];
    for (i, &a) in args.pos.iter().enumerate() {
        vals[i] = match vm.as_index(a) {
            Some(PyInt::Small(v)) => v,
            Some(PyInt::Big(_)) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            None => {
                let t = vm.type_name(a);
                return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
            }
        };
    }
    let (start, stop, step) = match args.pos.len() {
        1 => (0, vals[0], 1),
        2 => (vals[0], vals[1], 1),
        _ => (vals[0], vals[1], vals[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(Obj::Range { start, stop, step }))
}
