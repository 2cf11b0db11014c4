//! Binary and unary operators (`BinaryOp`, `Unary*`) with CPython's
//! results and error messages.

use ouro_compiler::bytecode::INPLACE_OFFSET;
use ouro_compiler::Op;

use crate::errors::PyResult;
use crate::num::float_ops::{self, FloatPow};
use crate::num::int_arith::IntPow;
use crate::num::PyInt;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// `BinaryOp` argument values (the order of `ast::Operator`).
pub mod binop {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIV: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATMUL: u32 = 4;
    pub const MUL: u32 = 5;
    pub const MOD: u32 = 6;
    pub const OR: u32 = 7;
    pub const POW: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUB: u32 = 10;
    pub const DIV: u32 = 11;
    pub const XOR: u32 = 12;
}

const SYMBOLS: [&str; 13] = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

/// A number operand, copied out of the heap.
#[derive(Clone)]
pub enum Num {
    Int(PyInt),
    Float(f64),
}

impl Vm {
    /// The numeric value of an int, bool or float.
    pub fn as_num(&self, h: ObjRef) -> Option<Num> {
        // `raw` and an explicit arm for subclass instances: one match on
        // the hot path instead of `get`'s unwrapping first.
        match self.raw(h) {
            Obj::Int(i) => Some(Num::Int(i.clone())),
            Obj::Bool(b) => Some(Num::Int(PyInt::Small(*b as i64))),
            Obj::Float(f) => Some(Num::Float(*f)),
            Obj::Sub(s) => match &s.base {
                Obj::Int(i) => Some(Num::Int(i.clone())),
                Obj::Float(f) => Some(Num::Float(*f)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Fast path of `BinaryOp` for two machine-sized ints: the result, or
    /// None when the general path is needed (overflow, division by zero,
    /// true division, powers, other types).
    #[inline]
    pub fn small_int_binop(&self, arg: u32, lhs: ObjRef, rhs: ObjRef) -> Option<i64> {
        let (Obj::Int(PyInt::Small(a)), Obj::Int(PyInt::Small(b))) = (self.raw(lhs), self.raw(rhs)) else {
            return None;
        };
        let (a, b) = (*a, *b);
        let op = if arg >= INPLACE_OFFSET { arg - INPLACE_OFFSET } else { arg };
        match op {
            binop::ADD => a.checked_add(b),
            binop::SUB => a.checked_sub(b),
            binop::MUL => a.checked_mul(b),
            binop::AND => Some(a & b),
            binop::OR => Some(a | b),
            binop::XOR => Some(a ^ b),
            binop::FLOOR_DIV if b != 0 && !(a == i64::MIN && b == -1) => {
                let q = a / b;
                Some(if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q })
            }
            binop::MOD if b != 0 && b != -1 => {
                let r = a % b;
                Some(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
            }
            binop::RSHIFT if b >= 0 => Some(a >> b.min(63)),
            binop::LSHIFT if (0..63).contains(&b) => {
                let r = a << b;
                (r >> b == a).then_some(r)
            }
            _ => None,
        }
    }

    /// Fast path of `BinaryOp` for two floats (+, -, *, and / by a
    /// non-zero divisor); None for anything else.
    #[inline]
    pub fn float_binop_fast(&self, arg: u32, lhs: ObjRef, rhs: ObjRef) -> Option<f64> {
        let (Obj::Float(a), Obj::Float(b)) = (self.raw(lhs), self.raw(rhs)) else {
            return None;
        };
        let op = if arg >= INPLACE_OFFSET { arg - INPLACE_OFFSET } else { arg };
        match op {
            binop::ADD => Some(a + b),
            binop::SUB => Some(a - b),
            binop::MUL => Some(a * b),
            binop::DIV if *b != 0.0 => Some(a / b),
            _ => None,
        }
    }

    /// `lhs OP rhs` for `BinaryOp`'s argument (borrowed operands).
    pub fn binary_op(&mut self, arg: u32, lhs: ObjRef, rhs: ObjRef) -> PyResult<ObjRef> {
        let inplace = arg >= INPLACE_OFFSET;
        let op = if inplace { arg - INPLACE_OFFSET } else { arg };
        let user = self.is_user_object(lhs) || self.is_user_object(rhs);
        if !user {
            if let (Some(a), Some(b)) = (self.as_num(lhs), self.as_num(rhs)) {
                return self.numeric_op(op, a, b);
            }
            if let Some(r) = self.complex_binop(op, lhs, rhs) {
                return r;
            }
        } else {
            if let Some(r) = self.binary_dunder(op, inplace, lhs, rhs)? {
                return Ok(r);
            }
            if op == binop::MOD && matches!(self.get(lhs), Obj::Str(_)) {
                // `'%s' % obj`: str's own % takes any right operand.
                return crate::format::percent_format(self, lhs, rhs);
            }
            let builtin_base = |vm: &Vm, h| !vm.is_user_object(h) || vm.has_builtin_base(h);
            if !(builtin_base(self, lhs) && builtin_base(self, rhs)) {
                return Err(self.unsupported(op, inplace, lhs, rhs));
            }
            // Subclasses of int and float keep the builtin arithmetic.
            if let (Some(a), Some(b)) = (self.as_num(lhs), self.as_num(rhs)) {
                return self.numeric_op(op, a, b);
            }
        }
        if let Some(r) = self.sequence_op(op, inplace, lhs, rhs)? {
            return Ok(r);
        }
        if let Some(r) = self.through_proxies(lhs, rhs, |vm, l, r| vm.binary_op(arg, l, r)) {
            return r;
        }
        Err(self.unsupported(op, inplace, lhs, rhs))
    }

    /// `lhs OP rhs` by the builtin types' own rules, whatever user class
    /// the operands have (what `int.__add__(self, other)` does).
    pub fn binary_op_builtin(&mut self, arg: u32, lhs: ObjRef, rhs: ObjRef) -> PyResult<ObjRef> {
        let inplace = arg >= INPLACE_OFFSET;
        let op = if inplace { arg - INPLACE_OFFSET } else { arg };
        if let (Some(a), Some(b)) = (self.as_num(lhs), self.as_num(rhs)) {
            return self.numeric_op(op, a, b);
        }
        if let Some(r) = self.complex_binop(op, lhs, rhs) {
            return r;
        }
        if let Some(r) = self.sequence_op(op, inplace, lhs, rhs)? {
            return Ok(r);
        }
        Err(self.unsupported(op, inplace, lhs, rhs))
    }

    fn unsupported(&mut self, op: u32, inplace: bool, lhs: ObjRef, rhs: ObjRef) -> crate::errors::PyErr {
        let (a, b) = (self.type_name(lhs), self.type_name(rhs));
        let sym = SYMBOLS[op as usize];
        let sym = if op == binop::POW && !inplace {
            "** or pow()".to_string()
        } else if inplace {
            format!("{sym}=")
        } else {
            sym.to_string()
        };
        self.type_error(format!("unsupported operand type(s) for {sym}: '{a}' and '{b}'"))
    }

    fn numeric_op(&mut self, op: u32, a: Num, b: Num) -> PyResult<ObjRef> {
        match (a, b) {
            (Num::Int(x), Num::Int(y)) => self.int_op(op, &x, &y),
            (Num::Int(x), Num::Float(y)) => {
                let x = self.int_to_float(&x)?;
                self.float_op(op, x, y)
            }
            (Num::Float(x), Num::Int(y)) => {
                let y = self.int_to_float(&y)?;
                self.float_op(op, x, y)
            }
            (Num::Float(x), Num::Float(y)) => self.float_op(op, x, y),
        }
    }

    pub fn int_to_float(&mut self, i: &PyInt) -> PyResult<f64> {
        i.to_f64().map_err(|e| self.num_err(e))
    }

    fn int_op(&mut self, op: u32, x: &PyInt, y: &PyInt) -> PyResult<ObjRef> {
        use binop::*;
        let r = match op {
            ADD => Ok(x.add(y)),
            SUB => Ok(x.sub(y)),
            MUL => Ok(x.mul(y)),
            FLOOR_DIV => x.floordiv(y),
            MOD => x.modulo(y),
            DIV => {
                let f = x.truediv(y).map_err(|e| self.num_err(e))?;
                return Ok(self.new_float(f));
            }
            POW => match x.pow(y).map_err(|e| self.num_err(e))? {
                IntPow::Int(i) => Ok(i),
                IntPow::Float(f) => return Ok(self.new_float(f)),
            },
            AND => Ok(x.bitand(y)),
            OR => Ok(x.bitor(y)),
            XOR => Ok(x.bitxor(y)),
            LSHIFT => x.lshift(y),
            RSHIFT => x.rshift(y),
            _ => return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        };
        match r {
            Ok(i) => Ok(self.new_pyint(i)),
            Err(e) => Err(self.num_err(e)),
        }
    }

    fn float_op(&mut self, op: u32, x: f64, y: f64) -> PyResult<ObjRef> {
        use binop::*;
        let r = match op {
            ADD => Ok(x + y),
            SUB => Ok(x - y),
            MUL => Ok(x * y),
            DIV => float_ops::div(x, y),
            FLOOR_DIV => float_ops::floordiv(x, y),
            MOD => float_ops::rem(x, y),
            POW => match float_ops::pow(x, y) {
                Ok(FloatPow::Real(f)) => Ok(f),
                Ok(FloatPow::NeedsComplex) => return self.negative_float_pow(x, y),
                Err(e) => Err(e),
            },
            _ => {
                let sym = SYMBOLS[op as usize];
                return Err(self.type_error(format!("unsupported operand type(s) for {sym}: 'float' and 'float'")));
            }
        };
        match r {
            Ok(f) => Ok(self.new_float(f)),
            Err(e) => Err(self.num_err(e)),
        }
    }

    /// `+`, `*` and `+=` on str, list and tuple. None when not applicable.
    fn sequence_op(&mut self, op: u32, inplace: bool, lhs: ObjRef, rhs: ObjRef) -> PyResult<Option<ObjRef>> {
        match op {
            binop::ADD => self.concat(inplace, lhs, rhs),
            binop::MUL => {
                if let Some(n) = self.as_repeat_count(rhs) {
                    let n = n?;
                    if inplace && matches!(self.get(lhs), Obj::List(_)) {
                        self.list_inplace_repeat(lhs, n);
                        return Ok(Some(self.incref(lhs)));
                    }
                    return self.repeat(lhs, n);
                }
                if let Some(n) = self.as_repeat_count(lhs) {
                    return self.repeat(rhs, n?);
                }
                if self.is_sequence(lhs) || self.is_sequence(rhs) {
                    let other = if self.is_sequence(lhs) { rhs } else { lhs };
                    if !self.is_sequence(other) || self.is_sequence(lhs) && self.is_sequence(rhs) {
                        let t = self.type_name(other);
                        return Err(self.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
                    }
                }
                Ok(None)
            }
            binop::OR if matches!(self.get(lhs), Obj::Dict(_)) => crate::methods::dict::dict_or(self, inplace, lhs, rhs),
            binop::MOD if matches!(self.get(lhs), Obj::Str(_)) => crate::format::percent_format(self, lhs, rhs).map(Some),
            binop::OR | binop::AND | binop::SUB | binop::XOR if self.is_anyset(lhs) && self.is_anyset(rhs) => {
                let sym = match op {
                    binop::OR => '|',
                    binop::AND => '&',
                    binop::SUB => '-',
                    _ => '^',
                };
                if inplace && matches!(self.get(lhs), Obj::Set(_)) {
                    let r = self.set_binop(sym, lhs, rhs)?;
                    let items: Vec<ObjRef> = self.set_items(r);
                    self.set_clear(lhs);
                    for k in items {
                        self.set_add(lhs, k)?;
                    }
                    self.decref(r);
                    return Ok(Some(self.incref(lhs)));
                }
                self.set_binop(sym, lhs, rhs).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn is_sequence(&self, h: ObjRef) -> bool {
        matches!(self.get(h), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_))
    }

    /// An int usable as a repeat count (None if `h` is not an int).
    fn as_repeat_count(&mut self, h: ObjRef) -> Option<PyResult<i64>> {
        match self.get(h) {
            Obj::Int(PyInt::Small(n)) => Some(Ok(*n)),
            Obj::Bool(b) => Some(Ok(*b as i64)),
            Obj::Int(PyInt::Big(_)) => Some(Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))),
            _ => None,
        }
    }

    fn concat(&mut self, inplace: bool, lhs: ObjRef, rhs: ObjRef) -> PyResult<Option<ObjRef>> {
        if let Some(r) = crate::builtins::bytes_ops::concat(self, inplace, lhs, rhs)? {
            return Ok(Some(r));
        }
        let r = match (self.get(lhs), self.get(rhs)) {
            (Obj::Str(a), Obj::Str(b)) => {
                let mut s = String::with_capacity(a.text.len() + b.text.len());
                s.push_str(&a.text);
                s.push_str(&b.text);
                self.new_str(s)
            }
            (Obj::List(_), Obj::List(_)) if inplace => {
                self.list_extend(lhs, rhs)?;
                self.incref(lhs)
            }
            (Obj::List(a), Obj::List(b)) => {
                let items: Vec<ObjRef> = a.items.iter().chain(b.items.iter()).copied().collect();
                for &i in &items {
                    self.incref(i);
                }
                self.new_list(items)
            }
            (Obj::List(_), _) if inplace => {
                if !self.is_iterable(rhs) {
                    return Ok(None);
                }
                self.list_extend(lhs, rhs)?;
                self.incref(lhs)
            }
            (Obj::Tuple(a), Obj::Tuple(b)) => {
                let items: Vec<ObjRef> = a.iter().chain(b.iter()).copied().collect();
                for &i in &items {
                    self.incref(i);
                }
                self.new_tuple(items)
            }
            (Obj::Str(_), _) => {
                let t = self.type_name(rhs);
                return Err(self.type_error(format!("can only concatenate str (not \"{t}\") to str")));
            }
            (Obj::List(_), _) => {
                let t = self.type_name(rhs);
                return Err(self.type_error(format!("can only concatenate list (not \"{t}\") to list")));
            }
            (Obj::Tuple(_), _) => {
                let t = self.type_name(rhs);
                return Err(self.type_error(format!("can only concatenate tuple (not \"{t}\") to tuple")));
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    fn repeat(&mut self, seq: ObjRef, n: i64) -> PyResult<Option<ObjRef>> {
        if let Some(r) = crate::builtins::bytes_ops::repeat(self, seq, n) {
            return Ok(Some(r));
        }
        let n = n.max(0) as usize;
        let r = match self.get(seq) {
            Obj::Str(s) => {
                let text = s.text.repeat(n);
                self.new_str(text)
            }
            Obj::List(l) => {
                let items: Vec<ObjRef> = l.items.iter().copied().cycle().take(l.items.len() * n).collect();
                for &i in &items {
                    self.incref(i);
                }
                self.new_list(items)
            }
            Obj::Tuple(t) => {
                if n == 1 && matches!(self.raw(seq), Obj::Tuple(_)) {
                    return Ok(Some(self.incref(seq)));
                }
                let items: Vec<ObjRef> = t.iter().copied().cycle().take(t.len() * n).collect();
                for &i in &items {
                    self.incref(i);
                }
                self.new_tuple(items)
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    pub fn unary_op(&mut self, op: Op, v: ObjRef) -> PyResult<ObjRef> {
        if self.is_user_object(v) {
            let name = match op {
                Op::UnaryNegative => "__neg__",
                Op::UnaryPositive => "__pos__",
                _ => "__invert__",
            };
            if let Some(r) = self.call_dunder(v, name, &[])? {
                return Ok(r);
            }
        }
        self.unary_op_builtin(op, v)
    }

    /// `-v`, `+v`, `~v` by the builtin types' own rules.
    pub fn unary_op_builtin(&mut self, op: Op, v: ObjRef) -> PyResult<ObjRef> {
        match (op, self.as_num(v)) {
            (Op::UnaryNegative, Some(Num::Int(i))) => Ok(self.new_pyint(i.neg())),
            (Op::UnaryNegative, Some(Num::Float(f))) => Ok(self.new_float(-f)),
            (Op::UnaryPositive, Some(Num::Int(i))) => Ok(self.new_pyint(i)),
            (Op::UnaryPositive, Some(Num::Float(f))) => Ok(self.new_float(f)),
            (Op::UnaryInvert, Some(Num::Int(i))) => Ok(self.new_pyint(i.invert())),
            _ => {
                if let Some(r) = self.complex_unary(op, v) {
                    return Ok(r);
                }
                let sym = match op {
                    Op::UnaryNegative => "-",
                    Op::UnaryPositive => "+",
                    _ => "~",
                };
                let t = self.type_name(v);
                Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")))
            }
        }
    }
}
