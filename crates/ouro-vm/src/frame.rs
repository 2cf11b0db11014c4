//! A running activation of a code object: its fast locals, cells, value
//! stack, block stack and program counter.
//!
//! Invariant: every `ObjRef` in `stack`, `fast`, `cells`, `globals`,
//! `locals`, `func` and `frame_obj` is owned by the frame;
//! `Vm::release_frame` drops them (handing the locals to the frame object
//! when one outlives the frame, see `frame_obj.rs`).

use std::rc::Rc;

use crate::object::{CodeData, ObjRef};

/// A handler block (see `Op::SetupFinally` / `Op::PushExcInfo`).
#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// On an exception: truncate the stack to `depth`, push it, jump.
    Finally { handler: u32, depth: u32 },
    /// While handling an exception: the one handled before (owned).
    ExceptHandler { prev: Option<ObjRef>, depth: u32 },
}

pub struct Frame {
    pub code: Rc<CodeData>,
    /// Index of the next instruction.
    pub pc: usize,
    pub stack: Vec<ObjRef>,
    /// Fast locals (`co_varnames`), None when unbound.
    pub fast: Vec<Option<ObjRef>>,
    /// Cell objects: `co_cellvars` then `co_freevars`.
    pub cells: Vec<ObjRef>,
    pub globals: ObjRef,
    /// The locals dict of module and class bodies.
    pub locals: Option<ObjRef>,
    pub blocks: Vec<Block>,
    /// The function being run, if any.
    pub func: Option<ObjRef>,
    /// The Python-visible frame object, made on demand (a traceback, a
    /// trace function, `sys._getframe`), like CPython's `frame_obj`.
    pub frame_obj: Option<ObjRef>,
    /// The code object of a module-level frame (borrowed: the runner holds
    /// it); function frames find theirs through `func`.
    pub code_obj: Option<ObjRef>,
    /// The last instruction a trace function saw (`sys.settrace`).
    pub trace_last: usize,
    /// The frame object has a local trace function (see `tracing.rs`).
    pub traced: bool,
}

impl Frame {
    #[inline]
    pub fn push(&mut self, v: ObjRef) {
        self.stack.push(v);
    }

    /// Pop the top of the stack. Invariant: the compiler's stack analysis
    /// guarantees the stack is never popped below empty.
    #[inline]
    pub fn pop(&mut self) -> ObjRef {
        match self.stack.pop() {
            Some(v) => v,
            None => underflow(),
        }
    }

    #[inline]
    pub fn top(&self) -> ObjRef {
        match self.stack.last() {
            Some(v) => *v,
            None => underflow(),
        }
    }

    /// The item `n` places from the top (`peek(1)` is the top).
    #[inline]
    pub fn peek(&self, n: usize) -> ObjRef {
        self.stack[self.stack.len() - n]
    }

    /// Every reference the frame owns (for a suspended generator's trace).
    pub fn for_each_ref(&self, visit: &mut dyn FnMut(ObjRef)) {
        self.stack.iter().rev().for_each(|&h| visit(h));
        self.fast.iter().flatten().for_each(|&h| visit(h));
        self.cells.iter().for_each(|&h| visit(h));
        for b in &self.blocks {
            if let Block::ExceptHandler { prev: Some(p), .. } = b {
                visit(*p);
            }
        }
        self.locals.iter().chain(self.func.iter()).for_each(|&h| visit(h));
        visit(self.globals);
        self.frame_obj.iter().for_each(|&h| visit(h));
    }

    /// Consume a frame whose references were handed to the heap by
    /// `for_each_ref` (so they are not released twice).
    pub fn forget_refs(self: Box<Self>) {}

    /// The instruction being executed (the one before `pc`).
    pub fn current_instr(&self) -> usize {
        self.pc.saturating_sub(1)
    }
}

#[cold]
fn underflow() -> ! {
    panic!("value stack underflow: compiler stack analysis violated")
}
