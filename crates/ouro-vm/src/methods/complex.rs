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
    let (re, re_is_complex) = match real {
        Some(r) => real_part(vm, r)?,
        None => (Complex::real(0.0), false),
    };
    let z = match imag {
        None => Complex::new(re.re, re.im),
        Some(i) => {
            let (im, im_is_complex) = imag_part(vm, i)?;
            // `real + imag*1j` when either part is itself complex.
            let re_real = if im_is_complex { re.re - im.im } else { re.re };
            let im_real = if re_is_complex { im.re + re.im } else { im.re };
            Complex::new(re_real, im_real)
        }
    };
    Ok(vm.new_complex(z))
}

/// `complex(s)`: a string cannot come with a second argument.
fn from_string(vm: &mut Vm, text: &str, has_imag: bool) -> PyResult<ObjRef> {
    if has_imag {
        return Err(vm.type_error("complex() can't take second arg if first is a string"));
    }
    let z = lift(vm, crate::num::complex_text::parse_complex_str(text))?;
    Ok(vm.new_complex(z))
}

/// The first argument as a complex (via `__complex__` for user objects),
/// and whether it was one.
fn real_part(vm: &mut Vm, r: ObjRef) -> PyResult<(Complex, bool)> {
    if let Some(v) = vm.call_dunder(r, "__complex__", &[])? {
        let z = match vm.get(v) {
            Obj::Complex(z) => Ok(*z),
            _ => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")))
            }
        };
        vm.decref(v);
        return Ok((z?, true));
    }
    if let Obj::Complex(z) = vm.get(r) {
        return Ok((*z, true));
    }
    if !is_number(vm, r) {
        let t = vm.type_name(r);
        return Err(vm.type_error(format!("complex() first argument must be a string or a number, not '{t}'")));
    }
    Ok((Complex::real(to_float(vm, r)?), false))
}

/// The second argument as a complex, and whether it was one.
fn imag_part(vm: &mut Vm, i: ObjRef) -> PyResult<(Complex, bool)> {
    if let Obj::Complex(z) = vm.get(i) {
        return Ok((*z, true));
    }
    if !is_number(vm, i) {
        let t = vm.type_name(i);
        return Err(vm.type_error(format!("complex() second argument must be a number, not '{t}'")));
    }
    Ok((Complex::real(to_float(vm, i)?), false))
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
