//! `try`/`except`/`finally`, `with`, `raise`, and leaving blocks early
//! (`return`/`break`/`continue`), following the runtime block protocol
//! documented in `bytecode.rs`:
//!
//! * `SetupFinally h` pushes a `Finally` block; an exception unwinds the
//!   stack to its depth, pushes the exception and jumps to `h`.
//! * A handler starts with `PushExcInfo` (pushes an `ExceptHandler` block
//!   and makes the exception the one being handled) and leaves with
//!   `PopExcept` on every normal path; on exceptional paths it re-raises and
//!   the VM's unwinding pops the `ExceptHandler` block, restoring the
//!   previously handled exception.
//!
//! Invariant kept here: every path through a handler executes exactly one
//! `PopExcept` (normal exit) or leaves by raising (exceptional exit).

use ouro_syntax::ast::{ExceptHandler, Expr, Stmt, WithItem};

use super::{CResult, Compiler, Ctx, FBlock};
use crate::bytecode::Op;
use crate::symtable::BlockKind;

impl<'a> Compiler<'a, '_> {
    pub(super) fn raise_stmt(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> CResult {
        let mut n = 0;
        if let Some(exc) = exc {
            self.expr(exc)?;
            n += 1;
            if let Some(cause) = cause {
                self.expr(cause)?;
                n += 1;
            }
        }
        self.emit(Op::RaiseVarargs, n);
        Ok(())
    }

    /// ```text
    ///     SetupFinally L_except
    ///     <body>
    ///     PopBlock
    ///     <orelse>
    ///     Jump L_end
    /// L_except:                 [exc]
    ///     PushExcInfo
    ///     (per handler) <type> CheckExcMatch PopJumpIfFalse L_next
    ///        ... handler body (see `handler`) ... Jump L_end
    /// L_next:
    ///     Reraise               (no handler matched)
    /// L_end:
    /// ```
    pub(super) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (except, end) = (self.new_label(), self.new_label());
        self.emit_jump(Op::SetupFinally, except);
        self.u().push_fblock(FBlock::TryExcept);
        self.stmts(body)?;
        self.u().pop_fblock();
        self.emit_artificial(Op::PopBlock, 0);
        self.stmts(orelse)?;
        self.emit_artificial(Op::Jump, end.0);
        self.bind(except);
        self.emit_artificial(Op::PushExcInfo, 0);
        for (i, h) in handlers.iter().enumerate() {
            let saved = self.set_loc(h.span);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error_here("default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(typ) = &h.typ {
                self.expr(typ)?;
                self.emit(Op::CheckExcMatch, 0);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            self.handler(h, end)?;
            self.bind(next);
            self.restore_loc(saved);
        }
        self.emit_artificial(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    /// A matched handler, with `[exc]` on the stack.
    ///
    /// ```text
    /// as name:   Store name; SetupFinally L_cleanup; <body>; PopBlock; PopExcept;
    ///            name = None; del name; Jump L_end
    /// L_cleanup: [exc2] name = None; del name; Reraise
    /// no name:   PopTop; <body>; PopExcept; Jump L_end
    /// ```
    fn handler(&mut self, h: &'a ExceptHandler, end: super::Label) -> CResult {
        let Some(name) = h.name.as_deref() else {
            self.emit(Op::PopTop, 0);
            self.u().push_fblock(FBlock::HandlerCleanup { name: None });
            self.stmts(&h.body)?;
            self.u().pop_fblock();
            self.emit_artificial(Op::PopExcept, 0);
            self.emit_artificial(Op::Jump, end.0);
            return Ok(());
        };
        let cleanup = self.new_label();
        self.name_op(name, Ctx::Store)?;
        self.emit_jump(Op::SetupFinally, cleanup);
        self.u()
            .push_fblock(FBlock::HandlerCleanup { name: Some(name) });
        self.stmts(&h.body)?;
        self.u().pop_fblock();
        let saved = self.artificial_loc();
        self.emit(Op::PopBlock, 0);
        self.emit(Op::PopExcept, 0);
        self.clear_name(name)?;
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.clear_name(name)?;
        self.emit(Op::Reraise, 0);
        self.restore_loc(saved);
        Ok(())
    }

    /// Make the current location that of the last instruction (for runs of
    /// artificial instructions); returns the previous location.
    fn artificial_loc(&mut self) -> ouro_syntax::ast::Span {
        let last = self
            .unit()
            .positions
            .last()
            .copied()
            .unwrap_or(self.unit().loc);
        self.set_loc(last)
    }

    /// `name = None; del name` (the end of `except E as name`).
    fn clear_name(&mut self, name: &str) -> CResult {
        self.load_none();
        self.name_op(name, Ctx::Store)?;
        self.name_op(name, Ctx::Del)
    }

    /// ```text
    ///     SetupFinally L_final
    ///     <try/except, or body>
    ///     PopBlock
    ///     <finalbody>
    ///     Jump L_exit
    /// L_final:                  [exc]
    ///     PushExcInfo
    ///     <finalbody>
    ///     Reraise
    /// L_exit:
    /// ```
    pub(super) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let (final_label, exit) = (self.new_label(), self.new_label());
        self.emit_jump(Op::SetupFinally, final_label);
        self.u().push_fblock(FBlock::FinallyTry { finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.emit_artificial(Op::PopBlock, 0);
        self.u().pop_fblock();
        self.stmts(finalbody)?;
        self.emit_artificial(Op::Jump, exit.0);
        self.bind(final_label);
        self.emit_artificial(Op::PushExcInfo, 0);
        self.u().push_fblock(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.u().pop_fblock();
        self.emit_artificial(Op::Reraise, 0);
        self.bind(exit);
        Ok(())
    }

    /// One item of a `with` statement (further items nest inside).
    ///
    /// ```text
    ///     <mgr>
    ///     SetupWith L_final     [exit, enter_result]
    ///     <store target> / PopTop
    ///     <body>
    ///     PopBlock
    ///     LoadConst None ×3; CallFunction 3; PopTop      (exit(None, None, None))
    ///     Jump L_exit
    /// L_final:                  [exit, exc]
    ///     PushExcInfo
    ///     WithExceptStart       [exit, exc, result]
    ///     PopJumpIfTrue L_suppress
    ///     Reraise
    /// L_suppress:               [exit, exc]
    ///     PopTop; PopExcept; PopTop
    /// L_exit:
    /// ```
    pub(super) fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let item = &items[pos];
        let (final_label, exit) = (self.new_label(), self.new_label());
        self.expr(&item.context_expr)?;
        self.emit_jump(Op::SetupWith, final_label);
        self.u().push_fblock(FBlock::With { stmt: s });
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Op::PopTop, 0),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, items, body, pos + 1)?;
        }
        self.emit_artificial(Op::PopBlock, 0);
        self.u().pop_fblock();
        let saved = self.set_loc(s.span);
        self.call_exit_with_nones();
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, exit);
        self.bind(final_label);
        self.emit(Op::PushExcInfo, 0);
        self.emit(Op::WithExceptStart, 0);
        let suppress = self.new_label();
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.restore_loc(saved);
        self.bind(exit);
        Ok(())
    }

    /// `[exit] -> [exit(None, None, None)]`
    fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_none();
        }
        self.emit(Op::CallFunction, 3);
    }

    pub(super) fn return_stmt(&mut self, value: Option<&'a Expr>) -> CResult {
        if self.table.scopes[self.unit().scope].kind != BlockKind::Function {
            return Err(self.error_here("'return' outside function"));
        }
        let constant = value.and_then(|v| self.folder.fold(v));
        let preserve_tos = value.is_some() && constant.is_none();
        if let (Some(v), true) = (value, preserve_tos) {
            self.expr(v)?;
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match (value, constant) {
            (None, _) => self.load_none(),
            (Some(v), Some(c)) => {
                let saved = self.set_loc(v.span);
                self.load_const(c);
                self.restore_loc(saved);
            }
            _ => {}
        }
        self.emit(Op::ReturnValue, 0);
        Ok(())
    }

    pub(super) fn break_stmt(&mut self, s: &'a Stmt) -> CResult {
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop", s.span));
        };
        self.unwind_fblock(lp, false)?;
        if let FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } = lp {
            self.emit_jump(Op::Jump, exit);
        }
        Ok(())
    }

    pub(super) fn continue_stmt(&mut self, s: &'a Stmt) -> CResult {
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop", s.span));
        };
        if let FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } = lp {
            self.emit_jump(Op::Jump, start);
        }
        Ok(())
    }

    /// Undo the blocks from the innermost outwards, stopping at the first
    /// loop (returned) when `to_loop`. The blocks stay on the compile-time
    /// stack: code after the jump is still inside them.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> Result<Option<FBlock<'a>>, ouro_syntax::SyntaxError> {
        let Some(&top) = self.unit().fblocks.last() else {
            return Ok(None);
        };
        if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.u().pop_fblock();
        let result = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, to_loop));
        self.u().push_fblock(top);
        result
    }

    /// The code leaving one block early. With `preserve_tos`, the value on
    /// top of the stack (a return value) is kept on top.
    fn unwind_fblock(&mut self, block: FBlock<'a>, preserve_tos: bool) -> CResult {
        match block {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::TryExcept => self.emit(Op::PopBlock, 0),
            FBlock::FinallyTry { finalbody } => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.u().push_fblock(FBlock::PopValue);
                }
                self.stmts(finalbody)?;
                if preserve_tos {
                    self.u().pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopExcept, 0);
            }
            FBlock::With { stmt } => {
                let saved = self.set_loc(stmt.span);
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones();
                self.emit(Op::PopTop, 0);
                self.restore_loc(saved);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Op::PopBlock, 0);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(name) = name {
                    self.clear_name(name)?;
                }
            }
        }
        Ok(())
    }
}
