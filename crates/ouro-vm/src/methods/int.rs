//! `int` methods (`bit_length`, `to_bytes`, `int.from_bytes`, ...), and
//! `add_class_method`, which puts a type-bound builtin into a type's dict
//! (how `int.from_bytes`, `bytes.fromhex` and `float.fromhex` behave as
//! class methods).

use num_bigint::{BigInt, Sign};

use crate::builtins::args::{clinic, index_i64, noargs, str_or};
use crate::call::Args;
use crate::errors::PyResult;
use crate::num::PyInt;
use crate::object::{BuiltinObj, NativeFn, Obj, ObjRef};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.int;
    vm.add_methods(
        t,
        "int",
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("to_bytes", to_bytes),
            ("conjugate", conjugate),
            ("as_integer_ratio", as_integer_ratio),
        ],
    );
    add_class_method(vm, t, "from_bytes", from_bytes);
}

/// Put `func` into type `t`'s dict bound to `t` itself: called as
/// `T.name(...)` or `obj.name(...)`, it receives `T` as `args.pos[0]`.
pub fn add_class_method(vm: &mut Vm, t: ObjRef, name: &'static str, func: NativeFn) {
    let owner: &'static str = match vm.get(t) {
        Obj::Type(_) if t == vm.t.int => "int",
        Obj::Type(_) if t == vm.t.float => "float",
        Obj::Type(_) if t == vm.t.bytes => "bytes",
        Obj::Type(_) if t == vm.t.bytearray => "bytearray",
        Obj::Type(_) if t == vm.t.dict => "dict",
        _ => "type",
    };
    let b = BuiltinObj { name, func, self_obj: Some(t), owner, is_method_descriptor: false };
    let m = vm.alloc_tracked(Obj::Builtin(Box::new(b)));
    let dict = vm.type_obj(t).dict;
    let _ = vm.dict_set_str(dict, name, m);
}

/// The receiver's value (ints and bools).
fn value(vm: &mut Vm, args: &Args, name: &str) -> PyResult<PyInt> {
    match args.pos.first().and_then(|&h| vm.as_index(h)) {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!("descriptor '{name}' for 'int' objects doesn't apply to this object"))),
    }
}

fn bit_length(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = value(vm, args, "bit_length")?;
    noargs(vm, args, "int.bit_length")?;
    Ok(vm.new_int(v.bit_length() as i64))
}

fn bit_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = value(vm, args, "bit_count")?;
    noargs(vm, args, "int.bit_count")?;
    let ones: u64 = v.to_big().magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(vm.new_int(ones as i64))
}

fn conjugate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = value(vm, args, "conjugate")?;
    noargs(vm, args, "int.conjugate")?;
    Ok(vm.new_pyint(v))
}

fn as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = value(vm, args, "as_integer_ratio")?;
    noargs(vm, args, "int.as_integer_ratio")?;
    let (n, d) = (vm.new_pyint(v), vm.new_int(1));
    Ok(vm.new_tuple(vec![n, d]))
}

/// `byteorder` and `signed` of `to_bytes`/`from_bytes`.
fn order_and_sign(vm: &mut Vm, order: Option<ObjRef>, signed: Option<ObjRef>, name: &str) -> PyResult<(bool, bool)> {
    let little = match order {
        Some(h) => match str_or(vm, h, |t| format!("{name}() argument 'byteorder' must be str, not {t}"))?.as_str() {
            "little" => true,
            "big" => false,
            _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        None => false,
    };
    let signed = match signed {
        Some(h) => vm.is_true(h)?,
        None => false,
    };
    Ok((little, signed))
}

/// Clinic parsing with `signed` keyword-only after two positionals.
fn two_plus_signed(vm: &mut Vm, args: &Args, pos: &[ObjRef], name: &str, names: &[&str; 3]) -> PyResult<Vec<Option<ObjRef>>> {
    if pos.len() > 2 {
        return Err(vm.type_error(format!("{name}() takes at most 2 positional arguments ({} given)", pos.len())));
    }
    clinic(vm, args, pos, name, names, 0)
}

fn to_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = value(vm, args, "to_bytes")?;
    let a = two_plus_signed(vm, args, &args.pos[1..], "to_bytes", &["length", "byteorder", "signed"])?;
    let length = match a[0] {
        Some(h) => index_i64(vm, h)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let (little, signed) = order_and_sign(vm, a[1], a[2], "to_bytes")?;
    let big = v.to_big();
    if !signed && big.sign() == Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if big.sign() == Sign::NoSign {
        Vec::new()
    } else if signed {
        big.to_signed_bytes_be()
    } else {
        big.to_bytes_be().1
    };
    if bytes.len() > length as usize {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if big.sign() == Sign::Minus { 0xff } else { 0 };
    let mut out = vec![fill; length as usize - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(crate::builtins::bytes_ops::new_bytes(vm, out))
}

fn from_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = two_plus_signed(vm, args, &args.pos[1..], "from_bytes", &["bytes", "byteorder", "signed"])?;
    let Some(src) = a[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let (little, signed) = order_and_sign(vm, a[1], a[2], "from_bytes")?;
    let mut data = match crate::builtins::bytes_ops::bytes_of(vm, src) {
        Some(b) => b.to_vec(),
        None if matches!(vm.get(src), Obj::Str(_) | Obj::Int(_) | Obj::Float(_) | Obj::Bool(_) | Obj::None) => {
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
        }
        None => {
            let b = crate::builtins::bytes_ops::construct(vm, &Args::positional(&[src]), false)?;
            let d = crate::builtins::bytes_ops::bytes_of(vm, b).unwrap_or(&[]).to_vec();
            vm.decref(b);
            d
        }
    };
    if little {
        data.reverse();
    }
    let big = if signed { BigInt::from_signed_bytes_be(&data) } else { BigInt::from_bytes_be(Sign::Plus, &data) };
    Ok(vm.new_pyint(PyInt::from_big(big)))
}
