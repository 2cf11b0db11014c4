//! Statements: dispatch, expression statements, `if`/`while`/`for`,
//! `assert` and imports.

use ouro_syntax::ast::{self, Expr, Stmt, StmtKind};

use super::{CResult, Compiler, Ctx, FBlock};
use crate::bytecode::{ConstValue, Op};
use crate::Mode;

impl<'a> Compiler<'a, '_> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let saved = self.set_loc(s.span);
        let result = self.stmt_here(s);
        self.restore_loc(saved);
        result
    }

    fn stmt_here(&mut self, s: &'a Stmt) -> CResult {
        match &s.node {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(value) => self.return_stmt(value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete_target(t)),
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::With { items, body } => self.with_stmt(s, items, body, 0),
            StmtKind::Raise { exc, cause } => self.raise_stmt(exc.as_ref(), cause.as_ref()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_ref()),
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            // CPython keeps a NOP for `pass` when no other instruction has
            // its line, so that a trace function sees the line (`for ...:
            // pass`). A redundant NOP changes no line event, so it is kept.
            StmtKind::Pass => {
                self.emit(Op::Nop, 0);
                Ok(())
            }
            StmtKind::Expr(value) => self.expr_stmt(value),
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
        }
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> CResult {
        if self.mode == Mode::Interactive && self.units.len() == 1 {
            self.expr(value)?;
            self.emit(Op::PrintExpr, 0);
            return Ok(());
        }
        if self.folder.fold(value).is_some() {
            return Ok(());
        }
        self.expr(value)?;
        self.emit_artificial(Op::PopTop, 0);
        Ok(())
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(test, next, false)?;
        self.stmts(body)?;
        if !orelse.is_empty() {
            self.emit_artificial(Op::Jump, end.0);
            self.bind(next);
            self.stmts(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (start, body_label, anchor, end) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.bind(start);
        self.u().push_fblock(FBlock::WhileLoop { start, exit: end });
        self.jump_if(test, anchor, false)?;
        self.bind(body_label);
        self.stmts(body)?;
        self.set_loc(s.span);
        self.jump_if(test, body_label, true)?;
        self.u().pop_fblock();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (start, cleanup, end) = (self.new_label(), self.new_label(), self.new_label());
        self.u().push_fblock(FBlock::ForLoop { start, exit: end });
        self.iter_expr(iter)?;
        self.emit(Op::GetIter, 0);
        self.bind(start);
        self.emit_jump(Op::ForIter, cleanup);
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_artificial(Op::Jump, start.0);
        self.bind(cleanup);
        self.u().pop_fblock();
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        // CPython leaves the test's location current for the raise.
        self.set_loc(test.span);
        self.emit(Op::LoadAssertionError, 0);
        if let Some(msg) = msg {
            self.expr(msg)?;
            self.emit(Op::CallFunction, 1);
        }
        self.emit(Op::RaiseVarargs, 1);
        self.bind(end);
        Ok(())
    }

    /// `import a.b.c` binds `a`; `import a.b as c` binds the submodule.
    fn import(&mut self, names: &'a [ast::Alias]) -> CResult {
        for alias in names {
            self.load_const(ConstValue::Int(0.into()));
            self.load_none();
            self.emit_name(Op::ImportName, &alias.name);
            match &alias.asname {
                Some(asname) => self.import_as(&alias.name, asname)?,
                None => {
                    let first = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.name_op(first, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_as(&mut self, name: &str, asname: &str) -> CResult {
        let parts: Vec<&str> = name.split('.').collect();
        if parts.len() == 1 {
            return self.name_op(asname, Ctx::Store);
        }
        for (i, attr) in parts[1..].iter().enumerate() {
            self.emit_name(Op::ImportFrom, attr);
            if i + 2 < parts.len() {
                self.emit(Op::Swap, 2);
                self.emit(Op::PopTop, 0);
            }
        }
        self.name_op(asname, Ctx::Store)?;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    fn import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [ast::Alias],
        level: u32,
    ) -> CResult {
        self.load_const(ConstValue::Int(level.into()));
        let fromlist: Vec<ConstValue> = names
            .iter()
            .map(|a| ConstValue::Str(a.name.as_str().into()))
            .collect();
        self.load_const(ConstValue::Tuple(fromlist.into()));
        self.emit_name(Op::ImportName, module.unwrap_or(""));
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name == "*" {
                self.emit(Op::ImportStar, 0);
                return Ok(());
            }
            self.emit_name(Op::ImportFrom, &alias.name);
            self.name_op(alias.asname.as_deref().unwrap_or(&alias.name), Ctx::Store)?;
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}
