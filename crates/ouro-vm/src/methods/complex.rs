//! The `complex` type: its constructor (`complex_new_impl`: numbers,
//! strings, `__complex__`, the `real=`/`imag=` keywords) and its methods
//! `conjugate`, `__complex__` and `__getnewargs__`.

use crate::builtins::args::{clinic, lift, noargs};
use crate::call::Args;
use crate::errors::PyResult;
use crate::num::Complex;
use crate::object::{Obj, ObjRef};
use crate::ops::arith::Num;
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.complex;
    vm.add_methods(t, "complex", &[("conjugate", conjugate), ("__complex__", dunder_complex), ("__getnewargs__", getnewargs)]);
}

/// The receiver of a `complex` method.
fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Complex> {
    match args.pos.first().map(|&h| vm.get(h)) {
        Some(Obj::Complex(z)) => {
            let z = *z;
            noargs(vm, args, &format!("complex.{name}"))?;
            Ok(z)
        }
        Some(_) => {
            let t = vm.type_name(args.pos[0]);
            Err(vm.type_error(format!("descriptor '{name}' for 'complex' objects doesn't apply to a '{t}' object")))
        }
        None => Err(vm.type_error(format!("unbound method complex.{name}() needs an argument"))),
    }
}

fn conjugate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let z = receiver(vm, args, "conjugate")?;
    Ok(vm.new_complex(z.conjugate()))
}

fn dunder_complex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    receiver(vm, args, "__complex__")?;
    Ok(vm.incref(args.pos[0]))
}

fn getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let z = receiver(vm, args, "__getnewargs__")?;
    let (re, im) = (vm.new_float(z.re), vm.new_float(z.im));
    Ok(vm.new_tuple(vec![re, im]))
}

/// `complex(real=0, imag=0)`.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = clinic(vm, args, args.pos, "complex", &["real", "imag"], 0)?;
    let (real, imag) = (a[0], a[1]);
    if let Some(r) = real {
        match vm.get(r) {
            Obj::Complex(_) if imag.is_none() => return Ok(vm.incref(r)),
            Obj::Str(s) => {
                let text = s.text.to_string();
                return from_string(vm, &text, imag.is_some());
            }
            _ => {}
        }
    }
    if imag.is_some_and(|i| matches!(vm.get(i), Obj::Str(_))) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    // Both arguments are checked before either is converted, as in CPython.
    let real_complex = match real {
        Some(r) => real_arg(vm, r)?,
        None => None,
    };
    let imag_complex = match imag {
        Some(i) => imag_arg(vm, i)?,
        None => None,
    };
    let re = match (real_complex, real) {
        (Some(z), _) => z,
        (None, Some(r)) => Complex::real(to_float(vm, r)?),
        (None, None) => Complex::real(0.0),
    };
    let Some(i) = imag else {
        return Ok(vm.new_complex(re));
    };
    let im = match imag_complex {
        Some(w) => w,
        None => Complex::real(to_float(vm, i)?),
    };
    // `real + imag*1j` when either part is itself complex.
    let re_part = if imag_complex.is_some() { re.re - im.im } else { re.re };
    let im_part = if real_complex.is_some() { im.re + re.im } else { im.re };
    Ok(vm.new_complex(Complex::new(re_part, im_part)))
}

/// `complex(s)`: a string cannot come with a second argument.
fn from_string(vm: &mut Vm, text: &str, has_imag: bool) -> PyResult<ObjRef> {
    if has_imag {
        return Err(vm.type_error("complex() can't take second arg if first is a string"));
    }
    let z = lift(vm, crate::num::complex_text::parse_complex_str(text))?;
    Ok(vm.new_complex(z))
}

/// The first argument when it is a complex (itself, or what its
/// `__complex__` returns); None for a number to convert to float.
fn real_arg(vm: &mut Vm, r: ObjRef) -> PyResult<Option<Complex>> {
    if let Some(v) = vm.call_dunder(r, "__complex__", &[])? {
        let z = match vm.get(v) {
            Obj::Complex(z) => Ok(Some(*z)),
            _ => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")))
            }
        };
        vm.decref(v);
        return z;
    }
    if let Obj::Complex(z) = vm.get(r) {
        return Ok(Some(*z));
    }
    if !is_number(vm, r) {
        let t = vm.type_name(r);
        return Err(vm.type_error(format!("complex() first argument must be a string or a number, not '{t}'")));
    }
    Ok(None)
}

/// The second argument when it is a complex; None for a number.
fn imag_arg(vm: &mut Vm, i: ObjRef) -> PyResult<Option<Complex>> {
    if let Obj::Complex(z) = vm.get(i) {
        return Ok(Some(*z));
    }
    if !is_number(vm, i) {
        let t = vm.type_name(i);
        return Err(vm.type_error(format!("complex() second argument must be a number, not '{t}'")));
    }
    Ok(None)
}

/// Has `nb_float` or `nb_index`: an int, bool, float, or a user object
/// with `__float__` or `__index__`.
fn is_number(vm: &mut Vm, h: ObjRef) -> bool {
    vm.as_num(h).is_some() || vm.lookup_dunder(h, "__float__").is_some() || vm.lookup_dunder(h, "__index__").is_some()
}

fn to_float(vm: &mut Vm, h: ObjRef) -> PyResult<f64> {
    match vm.as_num(h) {
        Some(Num::Float(f)) => Ok(f),
        Some(Num::Int(i)) => vm.int_to_float(&i),
        None => crate::modules::margs::real(vm, h),
    }
}
