//! The interpreter loop: executes frames instruction by instruction.
//!
//! Python-to-Python calls do not recurse on the Rust stack: the caller's
//! frame is parked in `Vm::frames` and the callee becomes the current frame.
//! Only natives that call back into Python (e.g. `sorted(key=f)`) re-enter
//! `run_frame`, and `Vm::depth` bounds the total against the recursion limit.
//!
//! Invariant: on entry to each instruction, every stack slot owns one
//! reference; an instruction that pops a value either stores it (moving the
//! reference) or decrefs it.

use ouro_compiler::bytecode::{CompareArg, Op, FORMAT_CONV_MASK, FORMAT_HAS_SPEC, MAKE_FUNCTION_CLOSURE};
use ouro_compiler::bytecode::{MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS};

use crate::call::Args;
use crate::errors::{PyErr, PyResult};
use crate::frame::{Block, Frame};
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// What the loop does after an instruction.
enum Flow {
    Next,
    /// A generator frame suspends with a value.
    Yield(ObjRef),
    /// Start running a new callee frame (the current one is parked).
    Call(Box<Frame>),
    Return(ObjRef),
}

/// How a `run` ended.
pub enum Outcome {
    Return(PyResult<ObjRef>),
    /// The (generator) frame yielded; it is handed back to be resumed.
    Yield(ObjRef, Box<Frame>),
}

impl Vm {
    /// Run `frame` (and every Python frame it calls) to completion.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<ObjRef> {
        match self.run(frame, None) {
            Outcome::Return(r) => r,
            Outcome::Yield(v, f) => {
                // Only generator frames yield, and they are run by
                // `resume_generator`; a stray yield is a compiler bug.
                self.decref(v);
                self.release_frame(f);
                Err(self.error("SystemError", "yield outside a generator frame"))
            }
        }
    }

    /// Run `frame` until it returns, raises, or (a generator frame) yields.
    /// With `pending`, the exception is raised at the frame's current
    /// instruction first (`generator.throw`).
    pub fn run(&mut self, frame: Box<Frame>, pending: Option<PyErr>) -> Outcome {
        if let Err(e) = self.enter_call() {
            self.release_frame(frame);
            return Outcome::Return(Err(e));
        }
        let base = self.frames.len();
        let mut frame = frame;
        let mut pending = pending;
        if self.trace_fn.is_some() {
            if let Err(e) = self.trace_call(&mut frame) {
                pending = Some(self.replace_err(pending, e));
            }
        }
        if let Some(err) = pending {
            self.add_traceback(&mut frame, &err);
            if let Err(e) = self.unwind(&mut frame, err, base) {
                self.leave_call();
                self.release_frame(frame);
                return Outcome::Return(Err(e));
            }
        }
        let result = loop {
            if frame.traced | self.heap.has_dying() {
                if let Err(err) = self.before_instruction(&mut frame) {
                    if let Err(e) = self.raise_in_frame(&mut frame, err, base) {
                        break Err(e);
                    }
                    continue;
                }
            }
            let step = self.execute(&mut frame);
            match step {
                Ok(Flow::Next) => {}
                Ok(Flow::Call(callee)) => match self.enter_call() {
                    Ok(()) => {
                        let caller = std::mem::replace(&mut frame, callee);
                        self.frames.push(caller);
                        if self.trace_fn.is_some() {
                            if let Err(err) = self.trace_call(&mut frame) {
                                if let Err(e) = self.raise_in_frame(&mut frame, err, base) {
                                    break Err(e);
                                }
                            }
                        }
                    }
                    Err(err) => {
                        self.release_frame(callee);
                        if let Err(e) = self.raise_in_frame(&mut frame, err, base) {
                            break Err(e);
                        }
                    }
                },
                Ok(Flow::Return(value)) => {
                    if frame.traced {
                        if let Err(err) = self.trace_return(&mut frame, Some(value)) {
                            self.decref(value);
                            if let Err(e) = self.raise_in_frame(&mut frame, err, base) {
                                break Err(e);
                            }
                            continue;
                        }
                    }
                    if self.frames.len() == base {
                        self.release_frame(frame);
                        self.leave_call();
                        return Outcome::Return(Ok(value));
                    }
                    self.leave_call();
                    let caller = self.frames.pop().unwrap_or_else(|| unreachable_frames());
                    let done = std::mem::replace(&mut frame, caller);
                    self.release_frame_returning_to(done, &mut frame);
                    frame.push(value);
                }
                Ok(Flow::Yield(value)) => {
                    if frame.traced {
                        if let Err(err) = self.trace_return(&mut frame, Some(value)) {
                            self.decref(value);
                            if let Err(e) = self.raise_in_frame(&mut frame, err, base) {
                                break Err(e);
                            }
                            continue;
                        }
                    }
                    self.leave_call();
                    return Outcome::Yield(value, frame);
                }
                Err(err) => {
                    if let Err(e) = self.raise_in_frame(&mut frame, err, base) {
                        break Err(e);
                    }
                }
            }
        };
        self.leave_call();
        self.release_frame(frame);
        Outcome::Return(result)
    }

    /// The slow path before an instruction: objects whose count reached
    /// zero are finalized, and a traced frame gets its `line` event.
    #[cold]
    fn before_instruction(&mut self, frame: &mut Frame) -> PyResult<()> {
        if self.heap.has_dying() {
            self.finish_dying();
        }
        if frame.traced {
            self.trace_line(frame)?;
        }
        Ok(())
    }

    /// `err` was raised at `frame`'s current instruction: record the
    /// traceback link, tell a trace function, and unwind to a handler (or
    /// give the error back when no frame of this run handles it).
    fn raise_in_frame(&mut self, frame: &mut Box<Frame>, err: PyErr, base: usize) -> Result<(), PyErr> {
        self.add_traceback(frame, &err);
        let err = self.trace_exception_event(frame, err);
        self.unwind(frame, err, base)
    }

    /// The `exception` trace event of a traced frame; an error raised by
    /// the trace function replaces `err`.
    fn trace_exception_event(&mut self, frame: &mut Frame, err: PyErr) -> PyErr {
        if !frame.traced {
            return err;
        }
        match self.trace_exception(frame, err.0) {
            Ok(()) => err,
            Err(e) => self.replace_err(Some(err), e),
        }
    }

    /// `new` takes the place of the exception in flight (if any).
    fn replace_err(&mut self, old: Option<PyErr>, new: PyErr) -> PyErr {
        if let Some(o) = old {
            self.decref(o.0);
        }
        new
    }

    /// Handle `err` raised in `frame`: jump to a handler in it or in one of
    /// its callers (parked above `base`), or give the error back once no
    /// frame of this `run_frame` call handles it.
    fn unwind(&mut self, frame: &mut Box<Frame>, err: PyErr, base: usize) -> Result<(), PyErr> {
        let mut err = err;
        loop {
            if self.handle_in_frame(frame, &err) {
                return Ok(());
            }
            if frame.traced {
                if let Err(e) = self.trace_return(frame, None) {
                    err = self.replace_err(Some(err), e);
                }
            }
            if self.frames.len() == base {
                return Err(err);
            }
            self.leave_call();
            let caller = self.frames.pop().unwrap_or_else(|| unreachable_frames());
            let done = std::mem::replace(frame, caller);
            self.release_frame_returning_to(done, frame);
            self.add_traceback(frame, &err);
            err = self.trace_exception_event(frame, err);
        }
    }

    /// Pop blocks of `frame` until a `Finally` block takes the exception.
    fn handle_in_frame(&mut self, frame: &mut Frame, err: &PyErr) -> bool {
        while let Some(block) = frame.blocks.pop() {
            match block {
                Block::ExceptHandler { prev, depth } => {
                    self.truncate_stack(frame, depth as usize);
                    let old = std::mem::replace(&mut self.handling, prev);
                    self.decref_all(old);
                }
                Block::Finally { handler, depth } => {
                    self.truncate_stack(frame, depth as usize);
                    self.incref(err.0);
                    frame.push(err.0);
                    frame.pc = handler as usize;
                    // The in-flight reference is handed to the stack.
                    self.decref(err.0);
                    return true;
                }
            }
        }
        false
    }

    fn truncate_stack(&mut self, frame: &mut Frame, depth: usize) {
        while frame.stack.len() > depth {
            let v = frame.pop();
            self.decref(v);
        }
    }

    /// Record that `err` passed through `frame` (at its current instruction)
    /// as a new outermost traceback link, and chain it to the exception
    /// being handled (`__context__`) when it starts its journey.
    fn add_traceback(&mut self, frame: &mut Frame, err: &PyErr) {
        if std::mem::take(&mut self.skip_traceback_once) {
            return;
        }
        let exc = err.0;
        let Some(old) = self.exc_data_mut(exc).map(|e| e.traceback.take()) else { return };
        let handling = self.handling;
        let mut set_context = None;
        if old.is_none() {
            if let Some(h) = handling {
                if let Some(e) = self.exc_data_mut(exc) {
                    if h != exc && e.context.is_none() {
                        e.context = Some(h);
                        set_context = Some(h);
                    }
                }
            }
        }
        let tb = self.new_traceback(frame, old);
        match self.exc_data_mut(exc) {
            Some(e) => e.traceback = Some(tb),
            None => self.decref(tb),
        }
        if let Some(h) = set_context {
            self.incref(h);
        }
    }

    fn enter_call(&mut self) -> PyResult<()> {
        self.check_interrupt()?;
        self.depth += 1;
        if self.depth > self.recursion_limit {
            self.depth -= 1;
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    fn leave_call(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Drop every reference a finished frame owns and keep its buffers.
    pub fn release_frame(&mut self, mut frame: Box<Frame>) {
        let frame_obj = self.detach_frame_object(&mut frame, None);
        self.release_frame_contents(&mut frame);
        self.decref_all(frame_obj);
        self.pool_frame(frame);
    }

    /// `release_frame` for a frame whose caller (now current) is `caller`:
    /// a surviving frame object links to the caller's as its `f_back`.
    #[inline]
    fn release_frame_returning_to(&mut self, mut frame: Box<Frame>, caller: &mut Frame) {
        let frame_obj = match frame.frame_obj {
            Some(_) => self.detach_frame_object(&mut frame, Some(caller)),
            None => None,
        };
        self.release_frame_contents(&mut frame);
        self.decref_all(frame_obj);
        self.pool_frame(frame);
    }

    #[inline]
    fn pool_frame(&mut self, frame: Box<Frame>) {
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(frame);
        }
    }

    #[inline]
    fn release_frame_contents(&mut self, frame: &mut Frame) {
        while let Some(v) = frame.stack.pop() {
            self.decref(v);
        }
        while let Some(b) = frame.blocks.pop() {
            if let Block::ExceptHandler { prev, .. } = b {
                let old = std::mem::replace(&mut self.handling, prev);
                self.decref_all(old);
            }
        }
        let fast = std::mem::take(&mut frame.fast);
        self.decref_all(fast.iter().flatten().copied());
        frame.fast = fast;
        frame.fast.clear();
        let cells = std::mem::take(&mut frame.cells);
        self.decref_all(cells.iter().copied());
        frame.cells = cells;
        frame.cells.clear();
        if let Some(l) = frame.locals.take() {
            self.decref(l);
        }
        if let Some(f) = frame.func.take() {
            self.decref(f);
        }
        let g = frame.globals;
        frame.globals = self.s.null;
        self.decref(g);
    }

    /// Execute one instruction of `f`.
    #[inline(always)]
    fn execute(&mut self, f: &mut Frame) -> PyResult<Flow> {
        let ins = f.code.code.instructions[f.pc];
        f.pc += 1;
        let arg = ins.arg;
        match ins.op {
            Op::Nop => {}
            Op::PopTop => {
                let v = f.pop();
                self.decref(v);
            }
            Op::Copy => {
                let v = f.peek(arg as usize);
                self.incref(v);
                f.push(v);
            }
            Op::Swap => {
                let n = f.stack.len();
                f.stack.swap(n - 1, n - arg as usize);
            }
            Op::LoadConst => {
                let v = f.code.consts[arg as usize];
                self.incref(v);
                f.push(v);
            }
            Op::LoadFast => match f.fast[arg as usize] {
                Some(v) => {
                    self.incref(v);
                    f.push(v);
                }
                None => return Err(self.unbound_local(f, arg)),
            },
            Op::StoreFast => {
                let v = f.pop();
                if let Some(old) = f.fast[arg as usize].replace(v) {
                    self.decref(old);
                }
            }
            Op::DeleteFast => match f.fast[arg as usize].take() {
                Some(old) => self.decref(old),
                None => return Err(self.unbound_local(f, arg)),
            },
            Op::LoadGlobal => {
                let versions = (self.dict_version(f.globals), self.dict_version(self.builtins));
                let cached = f.code.global_cache[arg as usize].get();
                if versions.0 != 0 && (cached.0, cached.1) == versions {
                    self.incref(cached.2);
                    f.push(cached.2);
                    return Ok(Flow::Next);
                }
                let name = f.code.names[arg as usize];
                let v = self.load_global(f.globals, name)?;
                f.code.global_cache[arg as usize].set((versions.0, versions.1, v));
                f.push(v);
            }
            Op::StoreGlobal => {
                let name = f.code.names[arg as usize];
                let v = f.pop();
                self.dict_set_owned(f.globals, name, v)?;
            }
            Op::DeleteGlobal => {
                let name = f.code.names[arg as usize];
                if !self.dict_del_str(f.globals, name)? {
                    let n = self.str_text(name).to_owned();
                    return Err(self.name_error(&n));
                }
            }
            Op::LoadName => {
                let name = f.code.names[arg as usize];
                let locals = f.locals.unwrap_or(f.globals);
                let found = if self.is_user_object(locals) { self.mapping_get(locals, name)? } else { self.dict_get_item(locals, name)? };
                let v = match found {
                    Some(v) => v,
                    None => self.load_global(f.globals, name)?,
                };
                f.push(v);
            }
            Op::StoreName => {
                let name = f.code.names[arg as usize];
                let v = f.pop();
                let locals = f.locals.unwrap_or(f.globals);
                if self.is_user_object(locals) {
                    // A `__prepare__` namespace: its own `__setitem__`.
                    let r = self.setitem(locals, name, v);
                    self.decref(v);
                    r?;
                } else {
                    self.dict_set_owned(locals, name, v)?;
                }
            }
            Op::DeleteName => {
                let name = f.code.names[arg as usize];
                let locals = f.locals.unwrap_or(f.globals);
                if !self.dict_del_str(locals, name)? {
                    let n = self.str_text(name).to_owned();
                    return Err(self.name_error(&n));
                }
            }
            Op::LoadDeref | Op::LoadClassDeref => {
                let cell = f.cells[arg as usize];
                if ins.op == Op::LoadClassDeref {
                    let name = self.deref_name(f, arg);
                    let locals = f.locals.unwrap_or(f.globals);
                    if let Some(v) = self.dict_get_item(locals, name)? {
                        self.decref(name);
                        f.push(v);
                        return Ok(Flow::Next);
                    }
                    self.decref(name);
                }
                match self.get(cell) {
                    Obj::Cell(Some(v)) => {
                        let v = *v;
                        self.incref(v);
                        f.push(v);
                    }
                    _ => return Err(self.unbound_deref(f, arg)),
                }
            }
            Op::StoreDeref => {
                let v = f.pop();
                let cell = f.cells[arg as usize];
                let old = match self.get_mut(cell) {
                    Obj::Cell(c) => c.replace(v),
                    _ => None,
                };
                self.decref_all(old);
            }
            Op::DeleteDeref => {
                let cell = f.cells[arg as usize];
                let old = match self.get_mut(cell) {
                    Obj::Cell(c) => c.take(),
                    _ => None,
                };
                match old {
                    Some(o) => self.decref(o),
                    None => return Err(self.unbound_deref(f, arg)),
                }
            }
            Op::LoadClosure => {
                let cell = f.cells[arg as usize];
                self.incref(cell);
                f.push(cell);
            }
            Op::LoadAttr => {
                let obj = f.pop();
                let name = f.code.names[arg as usize];
                if f.frame_obj == Some(obj) {
                    // `sys._getframe().f_lineno`: the frame reads itself.
                    self.sync_frame_object(f)?;
                }
                let r = self.get_attr(obj, name);
                self.decref(obj);
                f.push(r?);
            }
            Op::StoreAttr => {
                let obj = f.pop();
                let value = f.pop();
                let name = f.code.names[arg as usize];
                let r = self.set_attr(obj, name, value);
                self.decref(obj);
                self.decref(value);
                r?;
            }
            Op::DeleteAttr => {
                let obj = f.pop();
                let name = f.code.names[arg as usize];
                let r = self.del_attr(obj, name);
                self.decref(obj);
                r?;
            }
            Op::LoadMethod => {
                let obj = f.pop();
                let name = f.code.names[arg as usize];
                match self.load_method(obj, name) {
                    Ok(Some(meth)) => {
                        f.push(meth);
                        f.push(obj);
                    }
                    Ok(None) => {
                        let r = self.get_attr(obj, name);
                        self.decref(obj);
                        let attr = r?;
                        let null = self.s.null;
                        f.push(null);
                        f.push(attr);
                    }
                    Err(e) => {
                        self.decref(obj);
                        return Err(e);
                    }
                }
            }
            Op::CallFunction => return self.op_call(f, arg as usize, None),
            Op::CallMethod => {
                let argc = arg as usize;
                let meth_pos = f.stack.len() - argc - 2;
                if f.stack[meth_pos] == self.s.null {
                    // `[NULL, callable, args]`: drop the NULL marker.
                    f.stack.remove(meth_pos);
                    return self.op_call(f, argc, None);
                }
                return self.op_call(f, argc + 1, None);
            }
            Op::CallFunctionKw => {
                let kwnames = f.pop();
                let r = self.op_call(f, arg as usize, Some(kwnames));
                self.decref(kwnames);
                return r;
            }
            Op::CallFunctionEx => return self.op_call_ex(f, arg & 1 != 0),
            Op::BinaryOp => {
                let rhs = f.pop();
                let lhs = f.pop();
                if let Some(v) = self.small_int_binop(arg, lhs, rhs) {
                    self.decref(lhs);
                    self.decref(rhs);
                    let r = self.new_int(v);
                    f.push(r);
                    return Ok(Flow::Next);
                }
                if let Some(v) = self.float_binop_fast(arg, lhs, rhs) {
                    self.decref(lhs);
                    self.decref(rhs);
                    let r = self.new_float(v);
                    f.push(r);
                    return Ok(Flow::Next);
                }
                let r = self.binary_op(arg, lhs, rhs);
                self.decref(lhs);
                self.decref(rhs);
                f.push(r?);
            }
            Op::UnaryPositive | Op::UnaryNegative | Op::UnaryInvert => {
                let v = f.pop();
                let r = self.unary_op(ins.op, v);
                self.decref(v);
                f.push(r?);
            }
            Op::UnaryNot => {
                let v = f.pop();
                let r = self.is_true(v);
                self.decref(v);
                let b = self.new_bool(!r?);
                f.push(b);
            }
            Op::CompareOp => {
                let rhs = f.pop();
                let lhs = f.pop();
                if let Some(b) = self.small_int_compare(arg, lhs, rhs) {
                    self.decref(lhs);
                    self.decref(rhs);
                    let r = self.new_bool(b);
                    f.push(r);
                    return Ok(Flow::Next);
                }
                let r = self.compare(CompareArg::from_arg(arg), lhs, rhs);
                self.decref(lhs);
                self.decref(rhs);
                f.push(r?);
            }
            Op::IsOp => {
                let rhs = f.pop();
                let lhs = f.pop();
                let b = self.new_bool((lhs == rhs) != (arg == 1));
                self.decref(lhs);
                self.decref(rhs);
                f.push(b);
            }
            Op::ContainsOp => {
                let container = f.pop();
                let item = f.pop();
                let r = self.contains(container, item);
                self.decref(container);
                self.decref(item);
                let b = self.new_bool(r? != (arg == 1));
                f.push(b);
            }
            Op::BinarySubscr => {
                let key = f.pop();
                let container = f.pop();
                if let Some(v) = self.index_fast(container, key) {
                    self.incref(v);
                    self.decref(key);
                    self.decref(container);
                    f.push(v);
                    return Ok(Flow::Next);
                }
                let r = self.getitem(container, key);
                self.decref(key);
                self.decref(container);
                f.push(r?);
            }
            Op::StoreSubscr => {
                let key = f.pop();
                let container = f.pop();
                let value = f.pop();
                if let Some(old) = self.store_index_fast(container, key, value) {
                    // The list now owns `value`; release the replaced item.
                    self.decref(old);
                    self.decref(key);
                    self.decref(container);
                    return Ok(Flow::Next);
                }
                let r = self.setitem(container, key, value);
                self.decref_all([key, container, value]);
                r?;
            }
            Op::DeleteSubscr => {
                let key = f.pop();
                let container = f.pop();
                let r = self.delitem(container, key);
                self.decref_all([key, container]);
                r?;
            }
            Op::BuildSlice => {
                let step = if arg == 3 { f.pop() } else { self.none() };
                let stop = f.pop();
                let start = f.pop();
                let s = self.alloc_tracked(Obj::Slice { start, stop, step });
                f.push(s);
            }
            Op::BuildTuple => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                let t = self.new_tuple(items);
                f.push(t);
            }
            Op::BuildList => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                let l = self.new_list(items);
                f.push(l);
            }
            Op::BuildMap => {
                let items = f.stack.split_off(f.stack.len() - 2 * arg as usize);
                let d = self.new_dict();
                let mut result = Ok(());
                for pair in items.chunks(2) {
                    if result.is_ok() {
                        result = self.dict_set(d, pair[0], pair[1]);
                    }
                }
                self.decref_all(items);
                if let Err(e) = result {
                    self.decref(d);
                    return Err(e);
                }
                f.push(d);
            }
            Op::BuildConstKeyMap => {
                let keys = f.pop();
                let values = f.stack.split_off(f.stack.len() - arg as usize);
                let key_list: Vec<ObjRef> = match self.get(keys) {
                    Obj::Tuple(t) => t.to_vec(),
                    _ => Vec::new(),
                };
                let d = self.new_dict();
                let mut result = Ok(());
                for (k, v) in key_list.iter().zip(values.iter()) {
                    if result.is_ok() {
                        result = self.dict_set(d, *k, *v);
                    }
                }
                self.decref_all(values);
                self.decref(keys);
                if let Err(e) = result {
                    self.decref(d);
                    return Err(e);
                }
                f.push(d);
            }
            Op::ListAppend => {
                let v = f.pop();
                let list = f.peek(arg as usize);
                self.list_append_owned(list, v);
            }
            Op::ListExtend => {
                let iterable = f.pop();
                let list = f.peek(arg as usize);
                let r = self.list_extend(list, iterable);
                self.decref(iterable);
                r?;
            }
            Op::MapAdd => {
                let v = f.pop();
                let k = f.pop();
                let d = f.peek(arg as usize);
                let r = self.dict_set(d, k, v);
                self.decref_all([k, v]);
                r?;
            }
            Op::DictUpdate | Op::DictMerge => {
                let src = f.pop();
                let d = f.peek(arg as usize);
                let r = self.dict_update(d, src);
                self.decref(src);
                r?;
            }
            Op::ListToTuple => {
                let l = f.pop();
                let items = self.list_items(l);
                for &i in &items {
                    self.incref(i);
                }
                self.decref(l);
                let t = self.new_tuple(items);
                f.push(t);
            }
            Op::BuildString => {
                let parts = f.stack.split_off(f.stack.len() - arg as usize);
                let mut s = String::new();
                for &p in &parts {
                    s.push_str(self.str_text(p));
                }
                self.decref_all(parts);
                let r = self.new_str(s);
                f.push(r);
            }
            Op::FormatValue => {
                let spec = if arg & FORMAT_HAS_SPEC != 0 { Some(f.pop()) } else { None };
                let value = f.pop();
                let r = self.format_value(value, arg & FORMAT_CONV_MASK, spec);
                self.decref(value);
                self.decref_all(spec);
                f.push(r?);
            }
            Op::UnpackSequence => {
                let seq = f.pop();
                // Fast path: a tuple of the right length (no temporary Vec).
                if matches!(self.raw(seq), Obj::Tuple(t) if t.len() == arg as usize) {
                    for i in (0..arg as usize).rev() {
                        let v = match self.get(seq) {
                            Obj::Tuple(t) => t[i],
                            _ => self.s.none,
                        };
                        self.incref(v);
                        f.push(v);
                    }
                    self.decref(seq);
                    return Ok(Flow::Next);
                }
                let items = self.unpack(seq, arg as usize);
                self.decref(seq);
                f.stack.extend(items?.into_iter().rev());
            }
            Op::Jump => {
                if (arg as usize) < f.pc {
                    // A loop's back edge: where Ctrl-C is noticed.
                    self.check_interrupt()?;
                }
                f.pc = arg as usize;
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let v = f.pop();
                let truth = self.truth_fast(v);
                let t = match truth {
                    Some(t) => t,
                    None => {
                        let r = self.is_true(v);
                        self.decref(v);
                        r?
                    }
                };
                if truth.is_some() {
                    self.decref(v);
                }
                if t == (ins.op == Op::PopJumpIfTrue) {
                    f.pc = arg as usize;
                }
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let v = f.top();
                let t = self.is_true(v)?;
                if t == (ins.op == Op::JumpIfTrueOrPop) {
                    f.pc = arg as usize;
                } else {
                    f.pop();
                    self.decref(v);
                }
            }
            Op::GetIter => {
                let v = f.pop();
                let r = self.get_iter(v);
                self.decref(v);
                f.push(r?);
            }
            Op::ForIter => {
                let it = f.top();
                match self.next(it)? {
                    Some(v) => f.push(v),
                    None => {
                        f.pop();
                        self.decref(it);
                        f.pc = arg as usize;
                    }
                }
            }
            Op::ReturnValue => {
                let v = f.pop();
                return Ok(Flow::Return(v));
            }
            Op::MakeFunction => {
                let code = f.pop();
                let closure = self.pop_if(f, arg & MAKE_FUNCTION_CLOSURE != 0);
                let annotations = self.pop_if(f, arg & MAKE_FUNCTION_ANNOTATIONS != 0);
                let kwdefaults = self.pop_if(f, arg & MAKE_FUNCTION_KWDEFAULTS != 0);
                let defaults = self.pop_if(f, arg & MAKE_FUNCTION_DEFAULTS != 0);
                let func = self.make_function(code, f.globals, defaults, kwdefaults, annotations, closure);
                f.push(func);
            }
            Op::SetupFinally => {
                f.blocks.push(Block::Finally { handler: arg, depth: f.stack.len() as u32 });
            }
            Op::SetupWith => {
                let mgr = f.pop();
                let r = self.enter_with(mgr);
                self.decref(mgr);
                let (exit, entered) = r?;
                f.push(exit);
                f.blocks.push(Block::Finally { handler: arg, depth: f.stack.len() as u32 });
                f.push(entered);
            }
            Op::PopBlock => {
                f.blocks.pop();
            }
            Op::PushExcInfo => {
                let exc = f.top();
                self.incref(exc);
                let prev = self.handling.replace(exc);
                f.blocks.push(Block::ExceptHandler { prev, depth: f.stack.len() as u32 - 1 });
            }
            Op::PopExcept => {
                if let Some(Block::ExceptHandler { prev, .. }) = f.blocks.pop() {
                    let old = std::mem::replace(&mut self.handling, prev);
                    self.decref_all(old);
                }
            }
            Op::CheckExcMatch => {
                let typ = f.pop();
                let exc = f.top();
                let r = self.exception_matches(exc, typ);
                self.decref(typ);
                let b = self.new_bool(r?);
                f.push(b);
            }
            Op::Reraise => {
                let exc = f.pop();
                return Err(self.reraise(exc));
            }
            Op::RaiseVarargs => return Err(self.op_raise(f, arg)),
            Op::WithExceptStart => {
                let exc = f.top();
                let exit = f.peek(2);
                let r = self.call_exit(exit, exc)?;
                f.push(r);
            }
            Op::LoadAssertionError => {
                let a = self.t.exc("AssertionError");
                self.incref(a);
                f.push(a);
            }
            Op::ImportName => {
                let fromlist = f.pop();
                let level = f.pop();
                let name = f.code.names[arg as usize];
                let r = self.import_name(name, fromlist, level);
                self.decref_all([fromlist, level]);
                f.push(r?);
            }
            Op::ImportFrom => {
                let module = f.top();
                let name = f.code.names[arg as usize];
                let v = self.import_from(module, name)?;
                f.push(v);
            }
            Op::PrintExpr => {
                let v = f.pop();
                let r = self.print_expr(v);
                self.decref(v);
                r?;
            }
            Op::SetupAnnotations => {
                let locals = f.locals.unwrap_or(f.globals);
                let key = self.intern("__annotations__");
                if self.dict_get_item(locals, key)?.map(|v| self.decref(v)).is_none() {
                    let d = self.new_dict();
                    self.dict_set_owned(locals, key, d)?;
                }
                self.decref(key);
            }
            Op::MatchSequence | Op::MatchMapping => {
                let v = f.peek(1);
                let b = if ins.op == Op::MatchSequence { self.match_is_sequence(v) } else { self.match_is_mapping(v) };
                let b = self.new_bool(b);
                f.push(b);
            }
            Op::GetLen => {
                let v = f.peek(1);
                let n = self.len_of(v)?;
                let n = self.new_int(n as i64);
                f.push(n);
            }
            Op::MatchKeys => {
                let keys = f.peek(1);
                let v = f.peek(2);
                let r = self.match_keys(v, keys)?;
                f.push(r);
            }
            Op::CopyDictWithoutKeys => {
                let keys = f.pop();
                let v = f.peek(1);
                let r = self.copy_dict_without_keys(v, keys);
                self.decref(keys);
                f.push(r?);
            }
            Op::MatchClass => {
                let names = f.pop();
                let cls = f.pop();
                let v = f.pop();
                let r = self.match_class(v, cls, names, arg as usize);
                self.decref(names);
                self.decref(cls);
                self.decref(v);
                f.push(r?);
            }
            Op::LoadLocals => {
                let l = f.locals.unwrap_or(f.globals);
                self.incref(l);
                f.push(l);
            }
            Op::LoadBuildClass => {
                let b = self.build_class_fn;
                self.incref(b);
                f.push(b);
            }
            Op::YieldValue => {
                let v = f.pop();
                return Ok(Flow::Yield(v));
            }
            Op::GetYieldFromIter => {
                let v = f.pop();
                let r = if matches!(self.get(v), Obj::Generator(_)) { Ok(self.incref(v)) } else { self.get_iter(v) };
                self.decref(v);
                f.push(r?);
            }
            Op::Send => {
                let value = f.pop();
                let it = f.top();
                match self.send_to(it, value)? {
                    crate::generator::Sent::Yielded(y) => f.push(y),
                    crate::generator::Sent::Returned(r) => {
                        f.pop();
                        self.decref(it);
                        f.push(r);
                        f.pc = arg as usize;
                    }
                }
            }
            Op::BuildSet => {
                let items = f.stack.split_off(f.stack.len() - arg as usize);
                let s = self.new_set(false);
                let mut r = Ok(());
                for &i in &items {
                    if r.is_ok() {
                        r = self.set_add(s, i);
                    }
                }
                self.decref_all(items);
                if let Err(e) = r {
                    self.decref(s);
                    return Err(e);
                }
                f.push(s);
            }
            Op::SetAdd => {
                let v = f.pop();
                let s = f.peek(arg as usize);
                let r = self.set_add(s, v);
                self.decref(v);
                r?;
            }
            Op::SetUpdate => {
                let v = f.pop();
                let s = f.peek(arg as usize);
                let r = self.set_update(s, v);
                self.decref(v);
                r?;
            }
            Op::ImportStar => {
                let module = f.pop();
                let target = f.locals.unwrap_or(f.globals);
                let r = self.import_star(module, target);
                self.decref(module);
                r?;
            }
            Op::UnpackEx => {
                let seq = f.pop();
                let (before, after) = ((arg & 0xff) as usize, (arg >> 8) as usize);
                let items = self.collect_iter(seq);
                self.decref(seq);
                let mut items = items?;
                if items.len() < before + after {
                    let n = items.len();
                    self.decref_all(items);
                    return Err(self.value_error(format!("not enough values to unpack (expected at least {}, got {n})", before + after)));
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                let star = self.new_list(middle);
                for v in tail.into_iter().rev() {
                    f.push(v);
                }
                f.push(star);
                for v in items.into_iter().rev() {
                    f.push(v);
                }
            }
        }
        Ok(Flow::Next)
    }

    fn pop_if(&mut self, f: &mut Frame, present: bool) -> Option<ObjRef> {
        present.then(|| f.pop())
    }

    fn op_raise(&mut self, f: &mut Frame, arg: u32) -> PyErr {
        match arg {
            0 => match self.handling {
                Some(exc) => {
                    self.incref(exc);
                    self.reraise(exc)
                }
                None => self.error("RuntimeError", "No active exception to reraise"),
            },
            1 => {
                let exc = f.pop();
                self.make_raisable(exc, None)
            }
            _ => {
                let cause = f.pop();
                let exc = f.pop();
                self.make_raisable(exc, Some(cause))
            }
        }
    }

    /// A call instruction: `argc` values above the callable, the last
    /// `len(kwnames)` of them keyword values. A Python function gets a new
    /// frame (run by the loop, no Rust recursion); anything else is called
    /// here.
    fn op_call(&mut self, f: &mut Frame, argc: usize, kwnames: Option<ObjRef>) -> PyResult<Flow> {
        let names: Vec<ObjRef> = match kwnames.map(|k| self.get(k)) {
            Some(Obj::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let func_pos = f.stack.len() - argc - 1;
        let callable = f.stack[func_pos];
        let (pos, kw) = f.stack[func_pos + 1..].split_at(argc - names.len());
        let args = Args { pos, kwnames: &names, kwvalues: kw };
        if let Obj::Function(func) = self.get(callable) {
            if func.code.code.flags & (ouro_compiler::bytecode::flags::GENERATOR | ouro_compiler::bytecode::flags::COROUTINE | ouro_compiler::bytecode::flags::ASYNC_GENERATOR) != 0 {
                let result = self.call_with_args(callable, &args);
                let rest = f.stack.split_off(func_pos);
                self.decref_all(rest);
                f.push(result?);
                return Ok(Flow::Next);
            }
            let frame = self.function_frame(callable, &args);
            // The callable's reference moves into the frame (`frame.func`).
            let rest = f.stack.split_off(func_pos + 1);
            f.stack.pop();
            self.decref_all(rest);
            return match frame {
                Ok(mut fr) => {
                    fr.func = Some(callable);
                    Ok(Flow::Call(fr))
                }
                Err(e) => {
                    self.decref(callable);
                    Err(e)
                }
            };
        }
        let result = if callable == self.t.super_ && argc == 0 {
            self.zero_arg_super(f)
        } else if callable == self.t.type_ && argc == 3 {
            // type(name, bases, ns) reads the caller's `__name__`.
            self.type_call_globals = Some(f.globals);
            let r = self.call_with_args(callable, &args);
            self.type_call_globals = None;
            r
        } else if let Some(kind) = self.frame_builtin_kind(callable, argc).filter(|_| names.is_empty()) {
            // globals() / locals() / vars() / dir() / sys._getframe() read
            // the caller's frame.
            let pos = f.stack[func_pos + 1..].to_vec();
            self.frame_builtin(kind, f, &pos)
        } else if let Some(kind) = self.eval_exec_kind(callable) {
            // So do eval() and exec() by default.
            self.eval_exec(kind, &args, Some(&*f))
        } else {
            self.call_with_args(callable, &args)
        };
        let rest = f.stack.split_off(func_pos);
        self.decref_all(rest);
        f.push(result?);
        Ok(Flow::Next)
    }

    /// `f(*args, **kwargs)`.
    fn op_call_ex(&mut self, f: &mut Frame, has_kwargs: bool) -> PyResult<Flow> {
        let kwargs = if has_kwargs { Some(f.pop()) } else { None };
        let args = f.pop();
        let callable = f.pop();
        let r = self.call_ex(callable, args, kwargs);
        self.decref_all([callable, args]);
        self.decref_all(kwargs);
        f.push(r?);
        Ok(Flow::Next)
    }

    fn unbound_local(&mut self, f: &Frame, arg: u32) -> PyErr {
        let name = f.code.code.varnames[arg as usize].clone();
        self.error("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    fn unbound_deref(&mut self, f: &Frame, arg: u32) -> PyErr {
        let code = &f.code.code;
        let i = arg as usize;
        if i < code.cellvars.len() {
            let name = code.cellvars[i].clone();
            return self.error("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value"));
        }
        let name = code.freevars[i - code.cellvars.len()].clone();
        self.error("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    }

    fn deref_name(&mut self, f: &Frame, arg: u32) -> ObjRef {
        let code = &f.code.code;
        let i = arg as usize;
        let name = if i < code.cellvars.len() { code.cellvars[i].clone() } else { code.freevars[i - code.cellvars.len()].clone() };
        self.intern(&name)
    }
}

#[cold]
fn unreachable_frames() -> Box<Frame> {
    panic!("frame stack underflow")
}
