//! Frame and traceback objects: the Python-visible side of a running (or
//! finished) frame, as CPython 3.11 has them.
//!
//! A frame object is made on demand, when a traceback entry, a trace
//! function or `sys._getframe` needs one. While its frame runs, the frame
//! object holds no locals and is untracked (the interpreter frame owns
//! them). When the frame ends while something else still holds its frame
//! object, the frame object takes the locals over ("take ownership" in
//! CPython's frameobject.c), links to its caller's frame object through
//! `f_back`, and starts being tracked. That is what makes an exception kept
//! in a local a reference cycle: exception → traceback → frame → locals →
//! exception.
//!
//! A traceback object is one link of `__traceback__`: the frame an exception
//! passed through, the instruction it was at, and the next (inner) link.

use std::rc::Rc;

use crate::call::Args;
use crate::errors::PyResult;
use crate::frame::Frame;
use crate::object::{CodeData, Obj, ObjRef};
use crate::vm::Vm;

pub struct FrameObj {
    pub code: Rc<CodeData>,
    /// `f_code` (owned), when the frame's code object is known.
    pub code_obj: Option<ObjRef>,
    /// `f_globals` (owned).
    pub globals: ObjRef,
    /// The instruction last seen (updated at calls, trace events and the end).
    pub lasti: usize,
    /// `f_back` of a finished frame (owned).
    pub back: Option<ObjRef>,
    /// The `f_locals` snapshot dict of a function frame (owned).
    pub locals_dict: Option<ObjRef>,
    /// The locals of a finished frame (owned), None while it runs.
    pub owned: Option<OwnedLocals>,
    /// `f_trace`: the local trace function (owned).
    pub trace: Option<ObjRef>,
    /// At a `call` trace event `f_lineno` is the `def` line.
    pub at_call: bool,
}

/// What a finished frame hands to its frame object.
pub struct OwnedLocals {
    pub fast: Vec<Option<ObjRef>>,
    pub cells: Vec<ObjRef>,
    pub locals: Option<ObjRef>,
    pub func: Option<ObjRef>,
}

pub struct TracebackObj {
    /// `tb_next`: the link one frame further in (owned).
    pub next: Option<ObjRef>,
    /// `tb_frame` (owned).
    pub frame: ObjRef,
    pub lasti: u32,
}

impl FrameObj {
    /// Every reference, in CPython's `frame_tp_traverse` order.
    pub fn for_each_ref(&self, visit: &mut dyn FnMut(ObjRef)) {
        let FrameObj { code: _, code_obj, globals, lasti: _, back, locals_dict, owned, trace, at_call: _ } = self;
        back.iter().chain(trace.iter()).for_each(|&h| visit(h));
        if let Some(OwnedLocals { fast, cells, locals, func }) = owned {
            locals.iter().chain(func.iter()).for_each(|&h| visit(h));
            fast.iter().flatten().chain(cells.iter()).for_each(|&h| visit(h));
        }
        code_obj.iter().chain(locals_dict.iter()).for_each(|&h| visit(h));
        visit(*globals);
    }

    /// Hand every reference out (the collector's `tp_clear`, or the free).
    pub fn take_refs(&mut self, out: &mut Vec<ObjRef>) {
        out.extend(self.back.take());
        out.extend(self.trace.take());
        out.extend(self.locals_dict.take());
        if let Some(o) = self.owned.take() {
            out.extend(o.locals);
            out.extend(o.func);
            out.extend(o.fast.into_iter().flatten());
            out.extend(o.cells);
        }
    }

    pub fn lineno(&self) -> u32 {
        if self.at_call {
            return self.code.code.first_line;
        }
        self.code.code.line_of(self.lasti)
    }
}

impl TracebackObj {
    pub fn for_each_ref(&self, visit: &mut dyn FnMut(ObjRef)) {
        let TracebackObj { next, frame, lasti: _ } = self;
        next.iter().for_each(|&h| visit(h));
        visit(*frame);
    }
}

impl Vm {
    /// The frame object of `frame` (borrowed: the frame holds it), made now
    /// if it has none. Its `lasti` is brought up to date.
    pub fn frame_object(&mut self, frame: &mut Frame) -> ObjRef {
        let lasti = frame.current_instr();
        if let Some(h) = frame.frame_obj {
            self.set_frame_lasti(h, lasti);
            return h;
        }
        let h = self.new_frame_object(frame);
        frame.frame_obj = Some(h);
        h
    }

    /// Bring a running frame's frame object up to date: its instruction
    /// and its `f_locals` snapshot (CPython's `PyFrame_FastToLocals`).
    pub fn sync_frame_object(&mut self, frame: &mut Frame) -> PyResult<()> {
        let h = self.frame_object(frame);
        self.sync_frame_locals(frame, h)
    }

    /// Refresh the `f_locals` snapshot of frame object `fo` from its
    /// running `frame` (a module or class body's namespace needs none).
    pub fn sync_frame_locals(&mut self, frame: &Frame, fo: ObjRef) -> PyResult<()> {
        if frame.locals.is_some() {
            return Ok(());
        }
        let snapshot = (frame.fast.clone(), frame.cells.clone());
        let d = self.frame_f_locals(fo, Some(snapshot))?;
        self.decref(d);
        Ok(())
    }

    /// `frame_object` for the parked frame `self.frames[i]`.
    pub fn parked_frame_object(&mut self, i: usize) -> ObjRef {
        let lasti = self.frames[i].current_instr();
        if let Some(h) = self.frames[i].frame_obj {
            self.set_frame_lasti(h, lasti);
            return h;
        }
        let frame = &self.frames[i];
        let h = self.new_frame_object_from(frame.func, frame.code_obj, frame.globals, frame.locals, frame.code.clone(), lasti);
        self.frames[i].frame_obj = Some(h);
        h
    }

    fn set_frame_lasti(&mut self, h: ObjRef, lasti: usize) {
        if let Obj::Frame(f) = self.get_mut(h) {
            f.lasti = lasti;
        }
    }

    fn new_frame_object(&mut self, frame: &Frame) -> ObjRef {
        self.new_frame_object_from(frame.func, frame.code_obj, frame.globals, frame.locals, frame.code.clone(), frame.current_instr())
    }

    /// A new frame object (owned by the caller, who stores it in the frame).
    fn new_frame_object_from(
        &mut self,
        func: Option<ObjRef>,
        code_obj: Option<ObjRef>,
        globals: ObjRef,
        locals: Option<ObjRef>,
        code: Rc<CodeData>,
        lasti: usize,
    ) -> ObjRef {
        let code_obj = match func.map(|f| self.get(f)) {
            Some(Obj::Function(f)) => Some(f.code_obj),
            _ => code_obj,
        };
        code_obj.iter().for_each(|&c| self.heap.incref(c));
        self.incref(globals);
        let locals_dict = locals.map(|l| self.incref(l));
        let f = FrameObj { code, code_obj, globals, lasti, back: None, locals_dict, owned: None, trace: None, at_call: false };
        // Untracked while the frame runs, as in CPython.
        self.alloc(Obj::Frame(Box::new(f)))
    }

    /// The end of `frame`'s run: if its frame object outlives it, the frame
    /// object takes the locals over and links to `caller`'s frame object.
    /// Returns the frame object reference the frame held, to be dropped.
    pub fn detach_frame_object(&mut self, frame: &mut Frame, caller: Option<&mut Frame>) -> Option<ObjRef> {
        let h = frame.frame_obj.take()?;
        if self.heap.refcount(h) <= 1 {
            return Some(h);
        }
        let back = caller.map(|c| {
            let b = self.frame_object(c);
            self.incref(b)
        });
        let owned = OwnedLocals {
            fast: std::mem::take(&mut frame.fast),
            cells: std::mem::take(&mut frame.cells),
            locals: frame.locals.take(),
            func: frame.func.take(),
        };
        let lasti = frame.current_instr();
        if let Obj::Frame(f) = self.get_mut(h) {
            f.owned = Some(owned);
            f.back = back;
            f.lasti = lasti;
        }
        if !self.heap.is_tracked(h) {
            self.heap.track(h);
        }
        Some(h)
    }

    /// A traceback link for `frame` at its current instruction, in front of
    /// `next` (owned). Returns the new link (owned).
    pub fn new_traceback(&mut self, frame: &mut Frame, next: Option<ObjRef>) -> ObjRef {
        let lasti = frame.current_instr() as u32;
        let fo = self.frame_object(frame);
        self.incref(fo);
        self.alloc_tracked(Obj::Traceback(TracebackObj { next, frame: fo, lasti }))
    }

    /// The frames of a traceback chain, outermost first: (code, instruction).
    pub fn traceback_entries(&self, tb: Option<ObjRef>) -> Vec<(Rc<CodeData>, usize)> {
        let mut out = Vec::new();
        let mut cur = tb;
        while let Some(h) = cur {
            let Obj::Traceback(t) = self.get(h) else { break };
            if let Obj::Frame(f) = self.get(t.frame) {
                out.push((f.code.clone(), t.lasti as usize));
            }
            cur = t.next;
            if out.len() > 1_000_000 {
                break;
            }
        }
        out
    }

    /// `f_locals`: the module or class namespace, or a dict snapshot of a
    /// function frame's locals (refreshed when the frame can be reached).
    /// `live` holds the running frame's fast locals and cells, if known.
    pub fn frame_f_locals(&mut self, h: ObjRef, live: Option<(Vec<Option<ObjRef>>, Vec<ObjRef>)>) -> PyResult<ObjRef> {
        let (existing, is_namespace) = match self.get(h) {
            Obj::Frame(f) => (f.locals_dict, f.owned.as_ref().is_some_and(|o| o.locals.is_some())),
            _ => return Ok(self.none()),
        };
        if is_namespace {
            if let Some(d) = existing {
                return Ok(self.incref(d));
            }
        }
        let d = match existing {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                if let Obj::Frame(f) = self.get_mut(h) {
                    f.locals_dict = Some(d);
                }
                d
            }
        };
        if let Some((fast, cells)) = live.or_else(|| self.owned_locals(h)) {
            self.fill_from(d, h, &fast, &cells)?;
        }
        Ok(self.incref(d))
    }

    fn owned_locals(&self, h: ObjRef) -> Option<(Vec<Option<ObjRef>>, Vec<ObjRef>)> {
        match self.get(h) {
            Obj::Frame(f) => f.owned.as_ref().filter(|o| o.locals.is_none()).map(|o| (o.fast.clone(), o.cells.clone())),
            _ => None,
        }
    }

    /// CPython's `PyFrame_FastToLocals`: bound names are set, unbound ones
    /// removed.
    fn fill_from(&mut self, d: ObjRef, h: ObjRef, fast: &[Option<ObjRef>], cells: &[ObjRef]) -> PyResult<()> {
        let Obj::Frame(f) = self.get(h) else { return Ok(()) };
        let code = f.code.clone();
        let co = &code.code;
        let names = co.varnames.iter().zip(fast.iter().copied());
        let cell_names = co.cellvars.iter().chain(co.freevars.iter());
        let cell_values: Vec<Option<ObjRef>> = cells.iter().map(|&c| if let Obj::Cell(v) = self.get(c) { *v } else { None }).collect();
        let pairs: Vec<(String, Option<ObjRef>)> =
            names.map(|(n, v)| (n.to_string(), v)).chain(cell_names.map(|n| n.to_string()).zip(cell_values)).collect();
        for (name, value) in pairs {
            match value {
                Some(v) => {
                    self.incref(v);
                    self.dict_set_str(d, &name, v)?;
                }
                None => {
                    let key = self.new_str(name.as_str());
                    let r = self.dict_del_str(d, key);
                    self.decref(key);
                    r?;
                }
            }
        }
        Ok(())
    }

    /// The attributes of frame and traceback objects.
    pub fn frame_attr(&mut self, obj: ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let v = match (name, self.get(obj)) {
            ("f_code", Obj::Frame(f)) => {
                let c = f.code_obj.unwrap_or(self.s.none);
                self.incref(c)
            }
            ("f_globals", Obj::Frame(f)) => {
                let g = f.globals;
                self.incref(g)
            }
            ("f_builtins", Obj::Frame(_)) => {
                let b = self.builtins;
                self.incref(b)
            }
            ("f_lineno", Obj::Frame(f)) => {
                let n = f.lineno();
                self.new_int(n as i64)
            }
            ("f_lasti", Obj::Frame(f)) => {
                let n = f.lasti * 2;
                self.new_int(n as i64)
            }
            ("f_back", Obj::Frame(_)) => self.frame_back(obj),
            ("f_locals", Obj::Frame(_)) => {
                let live = self.frames.iter().find(|f| f.frame_obj == Some(obj));
                let snapshot = live.filter(|f| f.locals.is_none()).map(|f| (f.fast.clone(), f.cells.clone()));
                self.frame_f_locals(obj, snapshot)?
            }
            ("f_trace", Obj::Frame(f)) => {
                let t = f.trace.unwrap_or(self.s.none);
                self.incref(t)
            }
            ("tb_frame", Obj::Traceback(t)) => {
                let f = t.frame;
                self.incref(f)
            }
            ("tb_next", Obj::Traceback(t)) => {
                let n = t.next.unwrap_or(self.s.none);
                self.incref(n)
            }
            ("tb_lasti", Obj::Traceback(t)) => {
                let n = t.lasti as i64 * 2;
                self.new_int(n)
            }
            ("tb_lineno", Obj::Traceback(t)) => {
                let (fr, lasti) = (t.frame, t.lasti as usize);
                let n = match self.get(fr) {
                    Obj::Frame(f) => f.code.code.line_of(lasti),
                    _ => 0,
                };
                self.new_int(n as i64)
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `f_back`: the finished frame's recorded caller, or for a running
    /// frame the Python frame parked below it.
    fn frame_back(&mut self, obj: ObjRef) -> ObjRef {
        if let Obj::Frame(f) = self.get(obj) {
            if f.owned.is_some() {
                let b = f.back.unwrap_or(self.s.none);
                return self.incref(b);
            }
        }
        // A running frame that is not parked is the current one (or a
        // suspended generator's, whose f_back is None): its caller is the
        // innermost parked frame.
        let below = match self.frames.iter().position(|f| f.frame_obj == Some(obj)) {
            Some(i) => i,
            None if self.is_generator_frame(obj) => 0,
            None => self.frames.len(),
        };
        if below == 0 {
            return self.none();
        }
        let b = self.parked_frame_object(below - 1);
        self.incref(b)
    }
}

/// `BaseException.with_traceback(tb)`: set `__traceback__`, return self.
pub fn with_traceback(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, args, "with_traceback", 2, 2)?;
    let (exc, tb) = (args.pos[0], args.pos[1]);
    vm.set_exc_traceback(exc, tb)?;
    Ok(vm.incref(exc))
}

impl Vm {
    /// `exc.__traceback__ = tb` (a traceback or None).
    pub fn set_exc_traceback(&mut self, exc: ObjRef, tb: ObjRef) -> PyResult<()> {
        let new = match self.get(tb) {
            Obj::Traceback(_) => Some(self.incref(tb)),
            Obj::None => None,
            _ => return Err(self.type_error("__traceback__ must be a traceback or None")),
        };
        let old = match self.exc_data_mut(exc) {
            Some(e) => std::mem::replace(&mut e.traceback, new),
            None => new,
        };
        self.decref_all(old);
        Ok(())
    }
}

impl Vm {
    /// The `co_*` attributes of a code object.
    pub fn code_attr(&mut self, obj: ObjRef, name: &str) -> Option<ObjRef> {
        let Obj::Code(c) = self.get(obj) else { return None };
        let data = c.clone();
        let co = &data.code;
        let strs = |vm: &mut Vm, names: &[Rc<str>]| {
            let items = names.iter().map(|n| vm.new_str(&**n)).collect();
            vm.new_tuple(items)
        };
        let v = match name {
            "co_name" => self.new_str(&*co.name),
            "co_qualname" => self.new_str(&*co.qualname),
            "co_filename" => self.new_str(&*co.filename),
            "co_firstlineno" => self.new_int(co.first_line as i64),
            "co_argcount" => self.new_int(co.argcount as i64),
            "co_posonlyargcount" => self.new_int(co.posonlyargcount as i64),
            "co_kwonlyargcount" => self.new_int(co.kwonlyargcount as i64),
            "co_nlocals" => self.new_int(co.nlocals() as i64),
            "co_stacksize" => self.new_int(co.stacksize as i64),
            "co_flags" => self.new_int(co.flags as i64),
            "co_varnames" => strs(self, &co.varnames),
            "co_cellvars" => strs(self, &co.cellvars),
            "co_freevars" => strs(self, &co.freevars),
            "co_names" => strs(self, &co.names),
            "co_consts" => {
                let items: Vec<ObjRef> = data.consts.iter().map(|&c| self.incref(c)).collect();
                self.new_tuple(items)
            }
            _ => return None,
        };
        Some(v)
    }
}

impl Vm {
    fn is_generator_frame(&self, h: ObjRef) -> bool {
        matches!(self.get(h), Obj::Frame(f) if f.code.code.is_generator())
    }

    /// Frame `f` and its callers, innermost first: (code, instruction).
    pub fn frame_stack(&mut self, f: ObjRef) -> Vec<(Rc<CodeData>, usize)> {
        let mut out = Vec::new();
        let mut cur = self.incref(f);
        loop {
            if let Obj::Frame(fo) = self.get(cur) {
                out.push((fo.code.clone(), fo.lasti));
            }
            let back = self.frame_back(cur);
            self.decref(cur);
            if self.is_none(back) || out.len() > 100_000 {
                self.decref(back);
                return out;
            }
            cur = back;
        }
    }
}
