//! Operators on instances of user classes, through their special methods,
//! with CPython's reflected-operand and NotImplemented rules.

use ouro_compiler::bytecode::CompareArg;

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::vm::Vm;

/// Special-method stems in `BinaryOp` argument order.
const BINOP_NAMES: [&str; 13] = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

impl Vm {
    /// Call `obj.name(*args)` if defined; None when undefined or it returned
    /// NotImplemented.
    fn try_dunder(&mut self, obj: ObjRef, name: &str, args: &[ObjRef]) -> PyResult<Option<ObjRef>> {
        match self.call_dunder(obj, name, args)? {
            Some(v) if v == self.s.not_implemented => {
                self.decref(v);
                Ok(None)
            }
            r => Ok(r),
        }
    }

    /// `lhs OP rhs` through `__op__`, `__rop__` (and `__iop__` first for
    /// augmented assignment). None when neither side implements it.
    pub fn binary_dunder(&mut self, op: u32, inplace: bool, lhs: ObjRef, rhs: ObjRef) -> PyResult<Option<ObjRef>> {
        let stem = BINOP_NAMES[op as usize];
        if inplace {
            if let Some(r) = self.try_dunder(lhs, &format!("__i{stem}__"), &[rhs])? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.try_dunder(lhs, &format!("__{stem}__"), &[rhs])? {
            return Ok(Some(r));
        }
        if self.type_of(lhs) != self.type_of(rhs) {
            return self.try_dunder(rhs, &format!("__r{stem}__"), &[lhs]);
        }
        Ok(None)
    }

    /// Rich comparison through `__eq__`/`__lt__`/... and their reflections.
    pub fn compare_dunder(&mut self, op: CompareArg, lhs: ObjRef, rhs: ObjRef) -> PyResult<Option<bool>> {
        let (name, reflected) = match op {
            CompareArg::Lt => ("__lt__", "__gt__"),
            CompareArg::Le => ("__le__", "__ge__"),
            CompareArg::Eq => ("__eq__", "__eq__"),
            CompareArg::Ne => ("__ne__", "__ne__"),
            CompareArg::Gt => ("__gt__", "__lt__"),
            CompareArg::Ge => ("__ge__", "__le__"),
        };
        let mut result = self.try_dunder(lhs, name, &[rhs])?;
        if result.is_none() {
            result = self.try_dunder(rhs, reflected, &[lhs])?;
        }
        if result.is_none() && op == CompareArg::Ne {
            // object.__ne__ inverts __eq__ unless that is NotImplemented.
            return Ok(self.compare_dunder(CompareArg::Eq, lhs, rhs)?.map(|b| !b));
        }
        match result {
            Some(v) => {
                let t = self.is_true(v);
                self.decref(v);
                Ok(Some(t?))
            }
            None => Ok(None),
        }
    }

    /// `bool(obj)` via `__bool__` then `__len__`; None if neither exists.
    pub fn truth_dunder(&mut self, obj: ObjRef) -> PyResult<Option<bool>> {
        if let Some(v) = self.call_dunder(obj, "__bool__", &[])? {
            let b = match self.get(v) {
                crate::object::Obj::Bool(b) => Ok(*b),
                _ => {
                    let t = self.type_name(v);
                    Err(self.type_error(format!("__bool__ should return bool, returned {t}")))
                }
            };
            self.decref(v);
            return b.map(Some);
        }
        if self.lookup_dunder(obj, "__len__").is_some() {
            return Ok(Some(self.len_dunder(obj)? > 0));
        }
        Ok(None)
    }

    /// `len(obj)` via `__len__`.
    pub fn len_dunder(&mut self, obj: ObjRef) -> PyResult<usize> {
        let Some(v) = self.call_dunder(obj, "__len__", &[])? else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("object of type '{t}' has no len()")));
        };
        let n = self.as_index(v);
        let t = self.type_name(v);
        self.decref(v);
        match n.and_then(|n| n.as_i64()) {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None => Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer"))),
        }
    }

    /// `hash(obj)` for a user object: `__hash__`, unhashable when the class
    /// set it to None (defining `__eq__` alone does), else by identity.
    pub fn hash_dunder(&mut self, obj: ObjRef) -> PyResult<i64> {
        if let Some(m) = self.lookup_dunder(obj, "__hash__") {
            if self.is_none(m) {
                let t = self.type_name(obj);
                return Err(self.type_error(format!("unhashable type: '{t}'")));
            }
            if let Some(v) = self.call_dunder(obj, "__hash__", &[])? {
                let h = self.as_index(v);
                self.decref(v);
                // CPython uses a result that fits a Py_hash_t as it is (-1
                // becomes -2) and hashes larger ints.
                return match h {
                    Some(crate::num::PyInt::Small(v)) => Ok(if v == -1 { -2 } else { v }),
                    Some(big) => Ok(big.hash()),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                };
            }
        }
        Ok(crate::hash::identity_hash(self.heap.address(obj)))
    }

    /// `str(obj)` / `repr(obj)` through `__str__` / `__repr__`.
    pub fn text_dunder(&mut self, obj: ObjRef, name: &str) -> PyResult<Option<String>> {
        let Some(v) = self.call_dunder(obj, name, &[])? else {
            return Ok(None);
        };
        let r = match self.get(v) {
            crate::object::Obj::Str(s) => Ok(Some(s.text.to_string())),
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!("{name} returned non-string (type {t})")))
            }
        };
        self.decref(v);
        r
    }
}
