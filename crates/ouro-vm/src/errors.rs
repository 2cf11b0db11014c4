//! Raising Python exceptions from Rust: [`PyErr`] owns one reference to an
//! exception instance; [`PyResult`] is what every fallible VM operation
//! returns.

use crate::object::{ExceptionObj, Obj, ObjRef};
use crate::vm::Vm;

/// An exception in flight. Owns one reference to the exception instance.
#[derive(Debug)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T> = Result<T, PyErr>;

impl Vm {
    /// A new instance of exception class `cls` with the given args (owned).
    pub fn new_exception(&mut self, cls: ObjRef, args: Vec<ObjRef>) -> ObjRef {
        let args = self.new_tuple(args);
        self.heap.incref(cls);
        let exc = ExceptionObj { cls, args, traceback: None, context: None, cause: None, suppress_context: false, dict: None };
        self.alloc_tracked(Obj::Exception(Box::new(exc)))
    }

    /// An exception of the builtin class `name` with one str argument.
    pub fn error(&mut self, name: &str, msg: impl Into<Box<str>>) -> PyErr {
        let cls = self.t.exc(name);
        let msg = self.new_str(msg);
        PyErr(self.new_exception(cls, vec![msg]))
    }

    pub fn type_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.error("TypeError", msg)
    }

    pub fn value_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.error("ValueError", msg)
    }

    pub fn index_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.error("IndexError", msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.error("OverflowError", msg)
    }

    pub fn zero_division(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.error("ZeroDivisionError", msg)
    }

    pub fn attribute_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.error("AttributeError", msg)
    }

    /// `KeyError(key)`: the key itself is the argument (its repr is shown).
    pub fn key_error(&mut self, key: ObjRef) -> PyErr {
        let cls = self.t.exc("KeyError");
        self.incref(key);
        PyErr(self.new_exception(cls, vec![key]))
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        self.error("NameError", format!("name '{name}' is not defined"))
    }

    /// Raise the Python exception a pure algorithm (`num`, `text`) reported.
    pub fn num_err(&mut self, e: crate::num::error::PyErr) -> PyErr {
        self.error(e.kind.name(), e.msg)
    }

    /// The exception class of an exception instance (borrowed).
    pub fn exc_class(&self, exc: ObjRef) -> ObjRef {
        match self.get(exc) {
            Obj::Exception(e) => e.cls,
            _ => self.type_of(exc),
        }
    }

    pub fn exc_data(&self, exc: ObjRef) -> Option<&ExceptionObj> {
        match self.get(exc) {
            Obj::Exception(e) => Some(e),
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, exc: ObjRef) -> Option<&mut ExceptionObj> {
        match self.get_mut(exc) {
            Obj::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// True if the error is an instance of the builtin class `name`.
    pub fn err_is(&self, err: &PyErr, name: &str) -> bool {
        let cls = self.t.exc(name);
        self.is_subtype(self.exc_class(err.0), cls)
    }
}
