//! Raising, matching and re-raising exceptions; `with` enter and exit.

use crate::errors::{PyErr, PyResult};
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    fn is_exception_class(&self, h: ObjRef) -> bool {
        self.is_type(h) && self.is_subtype(h, self.t.exc("BaseException"))
    }

    /// `raise exc [from cause]`: `exc` (owned) may be a class or instance.
    pub fn make_raisable(&mut self, exc: ObjRef, cause: Option<ObjRef>) -> PyErr {
        let instance = if self.is_exception_class(exc) {
            let r = self.call(exc, &[]);
            self.decref(exc);
            match r {
                Ok(i) => i,
                Err(e) => return e,
            }
        } else if matches!(self.get(exc), Obj::Exception(_)) {
            exc
        } else {
            self.decref(exc);
            self.decref_all(cause);
            return self.type_error("exceptions must derive from BaseException");
        };
        if let Some(c) = cause {
            let c = if self.is_exception_class(c) {
                let r = self.call(c, &[]);
                self.decref(c);
                match r {
                    Ok(i) => Some(i),
                    Err(e) => return e,
                }
            } else if self.is_none(c) {
                self.decref(c);
                None
            } else if matches!(self.get(c), Obj::Exception(_)) {
                Some(c)
            } else {
                self.decref(c);
                self.decref(instance);
                return self.type_error("exception causes must derive from BaseException");
            };
            let old = self.exc_data_mut(instance).and_then(|e| {
                e.suppress_context = true;
                std::mem::replace(&mut e.cause, c)
            });
            self.decref_all(old);
        }
        // `raise e` of an exception that was raised before keeps its old
        // traceback entries; this frame's entry is added on top of them.
        PyErr(instance)
    }

    /// Re-raise `exc` (owned) keeping its traceback: the current frame is
    /// already in it, so it is not added again (CPython's RERAISE).
    pub fn reraise(&mut self, exc: ObjRef) -> PyErr {
        self.skip_traceback_once = true;
        PyErr(exc)
    }

    /// `except typ:` test (`typ` a class or tuple of classes).
    pub fn exception_matches(&mut self, exc: ObjRef, typ: ObjRef) -> PyResult<bool> {
        let classes: Vec<ObjRef> = match self.get(typ) {
            Obj::Tuple(t) => t.to_vec(),
            _ => vec![typ],
        };
        let cls = self.exc_class(exc);
        for c in classes {
            if !self.is_exception_class(c) {
                return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
            }
            if self.is_subtype(cls, c) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `with mgr:` entry: (bound `__exit__`, result of `__enter__`), owned.
    pub fn enter_with(&mut self, mgr: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        let enter_name = self.intern("__enter__");
        let exit_name = self.intern("__exit__");
        let enter = self.get_attr(mgr, enter_name);
        let exit = self.get_attr(mgr, exit_name);
        self.decref_all([enter_name, exit_name]);
        let (enter, exit) = match (enter, exit) {
            (Ok(a), Ok(b)) => (a, b),
            (a, b) => {
                for r in [a, b] {
                    match r {
                        Ok(v) => self.decref(v),
                        Err(e) => self.decref(e.0),
                    }
                }
                let t = self.type_name(mgr);
                return Err(self.type_error(format!("'{t}' object does not support the context manager protocol")));
            }
        };
        let r = self.call(enter, &[]);
        self.decref(enter);
        match r {
            Ok(v) => Ok((exit, v)),
            Err(e) => {
                self.decref(exit);
                Err(e)
            }
        }
    }

    /// `exit(type(exc), exc, tb)` for `WithExceptStart` (owned result).
    pub fn call_exit(&mut self, exit: ObjRef, exc: ObjRef) -> PyResult<ObjRef> {
        let cls = self.exc_class(exc);
        let tb = self.s.none;
        self.call(exit, &[cls, exc, tb])
    }
}
