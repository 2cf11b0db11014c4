//! `complex` operands of the operators: `+ - * / **` mixing int, float
//! and complex (CPython's `TO_COMPLEX`: an int converts through float, so
//! a huge one overflows), unary `-` and `+`, the complex result of a
//! negative float to a fractional power, and `==` with ints, floats and
//! complexes (`complex_richcompare`). Other operators (`//`, `%`, bitwise,
//! ordering) are left to fail as unsupported.

use ouro_compiler::Op;

use crate::errors::PyResult;
use crate::num::Complex;
use crate::object::{Obj, ObjRef};
use crate::ops::arith::{binop, Num};
use crate::ops::compare::num_cmp;
use crate::vm::Vm;

impl Vm {
    /// A number as a complex: None for a non-number, an error for an int
    /// too large for a float.
    fn to_complex(&mut self, h: ObjRef) -> Option<PyResult<Complex>> {
        match self.get(h) {
            Obj::Complex(z) => Some(Ok(*z)),
            _ => match self.as_num(h)? {
                Num::Int(i) => Some(self.int_to_float(&i).map(Complex::real)),
                Num::Float(f) => Some(Ok(Complex::real(f))),
            },
        }
    }

    /// `lhs OP rhs` when one operand is a complex and the other a number;
    /// None otherwise, and for the operators complex does not define.
    pub(crate) fn complex_binop(&mut self, op: u32, lhs: ObjRef, rhs: ObjRef) -> Option<PyResult<ObjRef>> {
        if !matches!(self.get(lhs), Obj::Complex(_)) && !matches!(self.get(rhs), Obj::Complex(_)) {
            return None;
        }
        if !matches!(op, binop::ADD | binop::SUB | binop::MUL | binop::DIV | binop::POW) {
            return None;
        }
        let a = self.to_complex(lhs)?;
        let b = self.to_complex(rhs)?;
        Some(a.and_then(|a| b.and_then(|b| self.complex_arith(op, a, b))))
    }

    fn complex_arith(&mut self, op: u32, a: Complex, b: Complex) -> PyResult<ObjRef> {
        let r = match op {
            binop::ADD => Ok(a.add(b)),
            binop::SUB => Ok(a.sub(b)),
            binop::MUL => Ok(a.mul(b)),
            binop::DIV => a.div(b),
            _ => a.pow(b),
        };
        match r {
            Ok(z) => Ok(self.new_complex(z)),
            Err(e) => Err(self.num_err(e)),
        }
    }

    /// `x ** y` for a negative float `x` and a non-integral `y`: Python
    /// computes it in complex.
    pub(crate) fn negative_float_pow(&mut self, x: f64, y: f64) -> PyResult<ObjRef> {
        self.complex_arith(binop::POW, Complex::real(x), Complex::real(y))
    }

    /// `-z` and `+z` (the latter is `z` itself); None for other operands.
    pub(crate) fn complex_unary(&mut self, op: Op, v: ObjRef) -> Option<ObjRef> {
        let Obj::Complex(z) = self.get(v) else {
            return None;
        };
        let z = *z;
        match op {
            Op::UnaryNegative => Some(self.new_complex(z.neg())),
            Op::UnaryPositive => Some(self.incref(v)),
            _ => None,
        }
    }

    /// `a == b` when either is a complex: None when the other is not a
    /// number (then they are unequal).
    pub(crate) fn complex_eq(&self, a: ObjRef, b: ObjRef) -> Option<bool> {
        let (z, other) = match (self.get(a), self.get(b)) {
            (Obj::Complex(z), _) => (*z, b),
            (_, Obj::Complex(z)) => (*z, a),
            _ => return None,
        };
        match self.get(other) {
            Obj::Complex(w) => Some(z.re == w.re && z.im == w.im),
            // An int compares exactly with the real part, not through float.
            _ => match self.as_num(other)? {
                Num::Float(f) => Some(z.re == f && z.im == 0.0),
                int => Some(z.im == 0.0 && num_cmp(&Num::Float(z.re), &int) == Some(std::cmp::Ordering::Equal)),
            },
        }
    }
}
