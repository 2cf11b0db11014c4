//! Methods of `object` and `BaseException` that user classes reach through
//! `super()` or explicit calls (`object.__init__(self)`).

use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let object = vm.t.object;
    vm.add_methods(
        object,
        "object",
        &[
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
        ],
    );
    vm.add_methods(
        object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__hash__", object_hash),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__sizeof__", object_sizeof),
        ],
    );
    // `object.__new__` is a static method: a plain function in the dict.
    let new = vm.make_builtin("__new__", object_new, "object");
    let dict = vm.type_obj(object).dict;
    let _ = vm.dict_set_str(dict, "__new__", new);
    let base_exc = vm.t.exc("BaseException");
    vm.add_methods(base_exc, "BaseException", &[("__init__", exception_init), ("__str__", exception_str), ("__repr__", exception_repr)]);
}

fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&s) => Ok(s),
        None => Err(vm.type_error(format!("descriptor '{name}' of 'object' object needs an argument"))),
    }
}

/// `object.__new__(cls, ...)`: a new, empty instance of `cls`.
fn object_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&cls) if vm.is_type(cls) && !vm.type_obj(cls).is_static => {
            let kind = vm.type_obj(cls).kind;
            if crate::class::is_immutable_kind(kind) || kind == crate::object::TypeKind::Type {
                let n = vm.type_obj(cls).name.clone();
                let sb = vm.new_staticbase(cls);
                let sn = vm.type_obj(sb).name.clone();
                return Err(vm.type_error(format!("object.__new__({n}) is not safe, use {sn}.__new__()")));
            }
            vm.check_abstract(cls)?;
            Ok(vm.allocate_instance(cls, &Args::positional(&[])))
        }
        Some(&cls) if cls == vm.t.object => Ok(vm.new_instance(cls)),
        Some(&cls) if vm.is_type(cls) => {
            let n = vm.type_obj(cls).name.clone();
            Err(vm.type_error(format!("object.__new__({n}) is not safe, use {n}.__new__()")))
        }
        Some(&cls) => {
            let t = vm.type_name(cls);
            Err(vm.type_error(format!("object.__new__(X): X is not a type object ({t})")))
        }
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

fn attr_args(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if args.pos.len() != n || !matches!(vm.get(args.pos[1]), Obj::Str(_)) {
        return Err(vm.type_error(format!("{name} expected {} arguments and a str name", n - 1)));
    }
    Ok(())
}

/// `object.__getattribute__(self, name)`: the generic lookup.
fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    attr_args(vm, args, "__getattribute__", 2)?;
    if vm.is_user_object(args.pos[0]) {
        return vm.generic_getattr(args.pos[0], args.pos[1]);
    }
    vm.get_attr(args.pos[0], args.pos[1])
}

/// `object.__setattr__(self, name, value)`: the generic store.
fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    attr_args(vm, args, "__setattr__", 3)?;
    if vm.is_user_object(args.pos[0]) {
        vm.generic_setattr(args.pos[0], args.pos[1], Some(args.pos[2]))?;
    } else {
        vm.set_attr(args.pos[0], args.pos[1], args.pos[2])?;
    }
    Ok(vm.none())
}

/// `object.__delattr__(self, name)`.
fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    attr_args(vm, args, "__delattr__", 2)?;
    if vm.is_user_object(args.pos[0]) {
        vm.generic_setattr(args.pos[0], args.pos[1], None)?;
    } else {
        vm.del_attr(args.pos[0], args.pos[1])?;
    }
    Ok(vm.none())
}

fn object_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    receiver(vm, args, "__init__")?;
    Ok(vm.none())
}

/// The default repr, even for classes that override `__repr__`.
fn object_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "__repr__")?;
    let t = vm.type_of(s);
    let tobj = vm.type_obj(t);
    let qual = if &*tobj.module == "builtins" { tobj.qualname.to_string() } else { format!("{}.{}", tobj.module, tobj.qualname) };
    let addr = vm.heap.address(s);
    Ok(vm.new_str(format!("<{qual} object at {addr:#x}>")))
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "__str__")?;
    vm.repr(s)
}

fn object_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "__hash__")?;
    let h = crate::hash::identity_hash(vm.heap.address(s));
    Ok(vm.new_int(h))
}

/// `object.__sizeof__`: the modelled layout of the receiver, without the
/// pre-headers `sys.getsizeof` adds.
fn object_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "__sizeof__")?;
    let n = crate::sizeof::layout_sizeof(vm, s);
    Ok(vm.new_int(n as i64))
}

fn object_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos {
        [a, b] if a == b => Ok(vm.new_bool(true)),
        _ => Ok(vm.incref(vm.s.not_implemented)),
    }
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos {
        [a, b] if a == b => Ok(vm.new_bool(false)),
        _ => Ok(vm.incref(vm.s.not_implemented)),
    }
}

/// `BaseException.__init__(self, *args)`: sets `args`.
fn exception_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "__init__")?;
    let items: Vec<ObjRef> = args.pos[1..].iter().map(|&a| vm.incref(a)).collect();
    let t = vm.new_tuple(items);
    let old = match vm.get_mut(s) {
        Obj::Exception(e) => Some(std::mem::replace(&mut e.args, t)),
        _ => None,
    };
    match old {
        Some(o) => vm.decref(o),
        None => vm.decref(t),
    }
    Ok(vm.none())
}

fn exception_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "__str__")?;
    let text = vm.exception_default_str(s)?;
    Ok(vm.new_str(text))
}

fn exception_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = receiver(vm, args, "__repr__")?;
    let text = vm.exception_default_repr(s)?;
    Ok(vm.new_str(text))
}
