//! `sys.settrace`: trace functions called with CPython 3.11's events.
//!
//! - `call` when a frame starts running (or a generator resumes), with the
//!   global trace function; what it returns becomes the frame's local trace
//!   function (`f_trace`), and only frames with one get the other events.
//! - `line` before an instruction that starts a new source line, or that a
//!   backward jump lands on (each loop iteration), as CPython's
//!   `maybe_call_line_trace` decides.
//! - `return` when the frame returns or yields (the value), or is left by
//!   an exception (None); `exception` when an exception reaches the frame.
//!
//! While a trace function runs, nothing is traced (CPython's
//! `tstate->tracing`). A trace function that raises is removed, and its
//! exception propagates from the traced code.
//!
//! Invariant: `Frame::traced` is true exactly when the frame's frame object
//! has a local trace function, so the interpreter loop checks one flag.

use ouro_compiler::bytecode::Op;

use crate::errors::PyResult;
use crate::frame::Frame;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// `trace_last` before the first traced instruction of a frame run.
const NO_PREVIOUS: usize = usize::MAX;

impl Vm {
    /// `sys.settrace(func)` (None removes it).
    pub fn set_trace_function(&mut self, func: Option<ObjRef>) {
        func.iter().for_each(|&f| self.heap.incref(f));
        let old = std::mem::replace(&mut self.trace_fn, func);
        self.decref_all(old);
    }

    /// The `call` event for a frame that starts (or resumes) running.
    pub fn trace_call(&mut self, frame: &mut Frame) -> PyResult<()> {
        if self.in_trace {
            return Ok(());
        }
        let Some(global) = self.trace_fn else { return Ok(()) };
        // A fresh frame reports its `def` line and traces its first line;
        // a resumed generator continues the line of its `yield`.
        let fresh = frame.pc == 0;
        frame.trace_last = if fresh { NO_PREVIOUS } else { frame.current_instr() };
        let fo = self.frame_object(frame);
        if let Obj::Frame(f) = self.get_mut(fo) {
            f.lasti = frame.current_instr();
            f.at_call = fresh;
        }
        self.incref(global);
        let r = self.fire(frame, global, "call", None);
        self.decref(global);
        r
    }

    /// The `line` event check, before the instruction at `frame.pc`.
    /// Called only for frames with a local trace function.
    pub fn trace_line(&mut self, frame: &mut Frame) -> PyResult<()> {
        if self.in_trace || self.trace_fn.is_none() {
            return Ok(());
        }
        let pc = frame.pc;
        let co = &frame.code.code;
        let line = co.line_of(pc);
        if line == 0 {
            // No line of its own (an implicit `return None`).
            return Ok(());
        }
        let prev = std::mem::replace(&mut frame.trace_last, pc);
        let fire = match prev {
            NO_PREVIOUS => true,
            _ => line != co.line_of(prev) || (pc < prev && co.instructions.get(prev).is_some_and(|i| i.op != Op::Send)),
        };
        if !fire {
            return Ok(());
        }
        self.fire_local(frame, "line", None)
    }

    /// The `return` event: `value` is borrowed (None when an exception
    /// leaves the frame).
    pub fn trace_return(&mut self, frame: &mut Frame, value: Option<ObjRef>) -> PyResult<()> {
        if self.in_trace || self.trace_fn.is_none() {
            return Ok(());
        }
        let v = value.unwrap_or(self.s.none);
        self.incref(v);
        let r = self.fire_local(frame, "return", Some(v));
        self.decref(v);
        r
    }

    /// The `exception` event with `(type, value, traceback)`.
    pub fn trace_exception(&mut self, frame: &mut Frame, exc: ObjRef) -> PyResult<()> {
        if self.in_trace || self.trace_fn.is_none() {
            return Ok(());
        }
        let cls = self.exc_class(exc);
        let tb = self.exc_data(exc).and_then(|e| e.traceback).unwrap_or(self.s.none);
        let items = vec![self.incref(cls), self.incref(exc), self.incref(tb)];
        let arg = self.new_tuple(items);
        let r = self.fire_local(frame, "exception", Some(arg));
        self.decref(arg);
        r
    }

    fn fire_local(&mut self, frame: &mut Frame, event: &str, arg: Option<ObjRef>) -> PyResult<()> {
        let Some(fo) = frame.frame_obj else { return Ok(()) };
        let local = match self.get(fo) {
            Obj::Frame(f) => f.trace,
            _ => None,
        };
        let Some(local) = local else { return Ok(()) };
        let mut lasti = if event == "line" { frame.pc } else { frame.current_instr() };
        if frame.code.code.line_of(lasti) == 0 && frame.trace_last != NO_PREVIOUS {
            lasti = frame.trace_last;
        }
        if let Obj::Frame(f) = self.get_mut(fo) {
            f.lasti = lasti;
            f.at_call = false;
        }
        self.incref(local);
        let r = self.fire(frame, local, event, arg);
        self.decref(local);
        r
    }

    /// Call `callback(frame, event, arg)` and keep what it returns as the
    /// frame's local trace function (None keeps the old one).
    fn fire(&mut self, frame: &mut Frame, callback: ObjRef, event: &str, arg: Option<ObjRef>) -> PyResult<()> {
        let fo = self.frame_object_keep_lasti(frame);
        // CPython refreshes `f_locals` before each trace call.
        self.sync_frame_locals(frame, fo)?;
        let ev = self.intern(event);
        let arg = arg.unwrap_or(self.s.none);
        self.in_trace = true;
        let r = self.call(callback, &[fo, ev, arg]);
        self.in_trace = false;
        self.decref(ev);
        match r {
            Ok(v) if self.is_none(v) => {
                self.decref(v);
                Ok(())
            }
            Ok(v) => {
                self.set_local_trace(frame, fo, Some(v));
                Ok(())
            }
            Err(e) => {
                self.set_trace_function(None);
                self.set_local_trace(frame, fo, None);
                Err(e)
            }
        }
    }

    /// Replace the frame's local trace function with `v` (owned).
    fn set_local_trace(&mut self, frame: &mut Frame, fo: ObjRef, v: Option<ObjRef>) {
        frame.traced = v.is_some();
        let old = match self.get_mut(fo) {
            Obj::Frame(f) => std::mem::replace(&mut f.trace, v),
            _ => v,
        };
        self.decref_all(old);
    }

    /// The frame object, without moving its `lasti` (set by the caller).
    fn frame_object_keep_lasti(&mut self, frame: &mut Frame) -> ObjRef {
        let lasti = match frame.frame_obj.map(|h| self.get(h)) {
            Some(Obj::Frame(f)) => Some(f.lasti),
            _ => None,
        };
        let fo = self.frame_object(frame);
        if let (Some(l), Obj::Frame(f)) = (lasti, self.get_mut(fo)) {
            f.lasti = l;
        }
        fo
    }
}
