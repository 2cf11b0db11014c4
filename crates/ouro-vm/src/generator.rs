//! Generators: a suspended frame resumed by `next()`, `send()`, `throw()`
//! and `close()`, and the `yield from` delegation behind `Op::Send`.
//!
//! Invariant: a generator owns its frame while suspended (`frame` is Some);
//! while it runs the frame is on the Rust stack of `run` and `running` is
//! set; once finished `frame` is None for good.

use std::rc::Rc;

use crate::call::Args;
use crate::errors::{PyErr, PyResult};
use crate::frame::Frame;
use crate::interp::Outcome;
use crate::object::{CodeData, Obj, ObjRef};
use crate::vm::Vm;

pub struct GenObj {
    pub frame: Option<Box<Frame>>,
    pub code: Rc<CodeData>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub started: bool,
    pub running: bool,
}

/// What a delegated send produced.
pub enum Sent {
    Yielded(ObjRef),
    Returned(ObjRef),
}

impl Vm {
    /// Calling a generator function: bind the arguments into a frame and
    /// wrap it, unstarted, in a generator object (owned).
    pub fn new_generator(&mut self, func: ObjRef, frame: Box<Frame>) -> ObjRef {
        let (name, qualname) = match self.get(func) {
            Obj::Function(f) => (f.name, f.qualname),
            _ => (self.s.none, self.s.none),
        };
        self.incref(name);
        self.incref(qualname);
        let code = frame.code.clone();
        let g = GenObj { frame: Some(frame), code, name, qualname, started: false, running: false };
        self.alloc_tracked(Obj::Generator(Box::new(g)))
    }

    fn gen_mut(&mut self, g: ObjRef) -> Option<&mut GenObj> {
        match self.get_mut(g) {
            Obj::Generator(gen) => Some(gen),
            _ => None,
        }
    }

    /// Resume generator `g` with `value` (owned) or with `exc` raised at its
    /// current `yield`.
    pub fn resume_generator(&mut self, g: ObjRef, value: ObjRef, exc: Option<PyErr>) -> PyResult<Sent> {
        let Some(gen) = self.gen_mut(g) else {
            self.decref(value);
            return Err(self.type_error("not a generator"));
        };
        if gen.running {
            self.decref(value);
            return Err(self.value_error("generator already executing"));
        }
        let (frame, started) = (gen.frame.take(), gen.started);
        let Some(mut frame) = frame else {
            self.decref(value);
            return match exc {
                Some(e) => Err(e),
                None => {
                    let none = self.none();
                    Ok(Sent::Returned(none))
                }
            };
        };
        if !started && exc.is_none() && !self.is_none(value) {
            self.decref(value);
            if let Some(gen) = self.gen_mut(g) {
                gen.frame = Some(frame);
            }
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if started && exc.is_none() {
            frame.push(value);
        } else {
            self.decref(value);
        }
        if let Some(gen) = self.gen_mut(g) {
            gen.running = true;
            gen.started = true;
        }
        // Keep the generator alive while its frame runs.
        self.incref(g);
        let outcome = self.run(frame, exc);
        let result = match outcome {
            Outcome::Yield(v, frame) => {
                if let Some(gen) = self.gen_mut(g) {
                    gen.frame = Some(frame);
                }
                Ok(Sent::Yielded(v))
            }
            Outcome::Return(Ok(v)) => Ok(Sent::Returned(v)),
            Outcome::Return(Err(e)) => Err(self.generator_error(e)),
        };
        if let Some(gen) = self.gen_mut(g) {
            gen.running = false;
        }
        self.decref(g);
        result
    }

    /// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
    fn generator_error(&mut self, e: PyErr) -> PyErr {
        if !self.err_is(&e, "StopIteration") {
            return e;
        }
        let err = self.error("RuntimeError", "generator raised StopIteration");
        if let Some(data) = self.exc_data_mut(err.0) {
            data.cause = Some(e.0);
            data.suppress_context = true;
        }
        err
    }

    /// `next(g)` for a generator: Some(value), or None when it finished.
    pub fn generator_next(&mut self, g: ObjRef) -> PyResult<Option<ObjRef>> {
        let none = self.none();
        match self.resume_generator(g, none, None)? {
            Sent::Yielded(v) => Ok(Some(v)),
            Sent::Returned(v) => {
                self.decref(v);
                Ok(None)
            }
        }
    }

    /// `Op::Send`: pass `value` (owned) to the sub-iterator of `yield from`.
    pub fn send_to(&mut self, it: ObjRef, value: ObjRef) -> PyResult<Sent> {
        if matches!(self.get(it), Obj::Generator(_)) {
            return self.resume_generator(it, value, None);
        }
        if self.is_none(value) {
            self.decref(value);
            return Ok(match self.next(it)? {
                Some(v) => Sent::Yielded(v),
                None => Sent::Returned(self.none()),
            });
        }
        let send = self.intern("send");
        let m = self.get_attr(it, send);
        self.decref(send);
        let m = match m {
            Ok(m) => m,
            Err(e) => {
                self.decref(value);
                return Err(e);
            }
        };
        let r = self.call(m, &[value]);
        self.decref_all([m, value]);
        match self.stop_iteration_to_none(r)? {
            Some(v) => Ok(Sent::Yielded(v)),
            None => Ok(Sent::Returned(self.none())),
        }
    }

    /// `g.close()`: raise GeneratorExit inside a started generator.
    pub fn close_generator(&mut self, g: ObjRef) -> PyResult<()> {
        let started = match self.gen_mut(g) {
            Some(gen) if gen.frame.is_some() => gen.started,
            _ => return Ok(()),
        };
        if !started {
            let frame = self.gen_mut(g).and_then(|gen| gen.frame.take());
            if let Some(f) = frame {
                self.release_frame(f);
            }
            return Ok(());
        }
        let exit = self.t.exc("GeneratorExit");
        let exc = PyErr(self.new_exception(exit, vec![]));
        let none = self.none();
        match self.resume_generator(g, none, Some(exc)) {
            Ok(Sent::Yielded(v)) => {
                self.decref(v);
                Err(self.error("RuntimeError", "generator ignored GeneratorExit"))
            }
            Ok(Sent::Returned(v)) => {
                self.decref(v);
                Ok(())
            }
            Err(e) if self.err_is(&e, "GeneratorExit") || self.err_is(&e, "StopIteration") => {
                self.decref(e.0);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&g) if matches!(vm.get(g), Obj::Generator(_)) => Ok(g),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'generator' objects doesn't apply to this object"))),
    }
}

/// A `StopIteration(value)` error for a generator that returned `value`.
fn stop_iteration(vm: &mut Vm, value: ObjRef) -> PyErr {
    let cls = vm.t.exc("StopIteration");
    let args = if vm.is_none(value) {
        vm.decref(value);
        vec![]
    } else {
        vec![value]
    };
    PyErr(vm.new_exception(cls, args))
}

fn gen_send(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = receiver(vm, args, "send")?;
    let value = args.pos.get(1).copied().unwrap_or(vm.s.none);
    vm.incref(value);
    match vm.resume_generator(g, value, None)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

fn gen_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = receiver(vm, args, "__next__")?;
    next_or_stop(vm, g)
}

/// `next(g)`: the next value, or StopIteration carrying the return value.
pub fn next_or_stop(vm: &mut Vm, g: ObjRef) -> PyResult<ObjRef> {
    let none = vm.none();
    match vm.resume_generator(g, none, None)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

fn gen_throw(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = receiver(vm, args, "throw")?;
    let Some(&typ) = args.pos.get(1) else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    vm.incref(typ);
    let exc = vm.make_raisable(typ, None);
    if let Some(&v) = args.pos.get(2) {
        if vm.is_type(typ) {
            let items = vec![vm.incref(v)];
            let t = vm.new_tuple(items);
            if let Some(old) = vm.exc_data_mut(exc.0).map(|e| std::mem::replace(&mut e.args, t)) {
                vm.decref(old);
            }
        }
    }
    let none = vm.none();
    match vm.resume_generator(g, none, Some(exc))? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

fn gen_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = receiver(vm, args, "close")?;
    vm.close_generator(g)?;
    Ok(vm.none())
}

fn gen_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = receiver(vm, args, "__iter__")?;
    Ok(vm.incref(g))
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.generator;
    vm.add_methods(t, "generator", &[("send", gen_send), ("throw", gen_throw), ("close", gen_close), ("__next__", gen_next), ("__iter__", gen_iter)]);
    let base = vm.t.exc("BaseException");
    vm.add_methods(base, "BaseException", &[("with_traceback", crate::frame_obj::with_traceback)]);
}
