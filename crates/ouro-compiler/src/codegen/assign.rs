//! Assignment targets: plain, chained, unpacking, augmented, annotated
//! assignment and `del`.

use ouro_syntax::ast::{Expr, ExprKind, Operator};

use super::{CResult, Compiler, Ctx, ScopeType};
use crate::bytecode::{Op, INPLACE_OFFSET};

impl<'a> Compiler<'a, '_> {
    /// `t1 = t2 = value`: the value once, copied for all but the last target.
    pub(super) fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        self.expr(value)?;
        for (i, target) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::Copy, 1);
            }
            self.store_target(target)?;
        }
        Ok(())
    }

    /// Store the value on top of the stack into `target`.
    pub(super) fn store_target(&mut self, target: &'a Expr) -> CResult {
        let saved = self.set_loc(target.span);
        let result = self.store_here(target);
        self.restore_loc(saved);
        result
    }

    fn store_here(&mut self, target: &'a Expr) -> CResult {
        match &target.node {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.at_attr(target, attr, |c| c.emit_name(Op::StoreAttr, attr));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => self.unpack_into(elts),
            ExprKind::Starred { .. } => {
                Err(self.error_here("starred assignment target must be in a list or tuple"))
            }
            _ => Err(self.error_here("cannot assign to expression")),
        }
    }

    fn unpack_into(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if !matches!(e.node, ExprKind::Starred { .. }) {
                continue;
            }
            if seen_star {
                return Err(self.error_here("multiple starred expressions in assignment"));
            }
            if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                return Err(self.error_here("too many expressions in star-unpacking assignment"));
            }
            self.emit(Op::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
            seen_star = true;
        }
        if !seen_star {
            self.emit(Op::UnpackSequence, n as u32);
        }
        for e in elts {
            match &e.node {
                ExprKind::Starred { value, .. } => self.store_target(value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    /// `target op= value`: the container and key are evaluated once.
    pub(super) fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CResult {
        let stmt_loc = self.set_loc(target.span);
        match &target.node {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Op::Copy, 1);
                self.at_attr(target, attr, |c| c.emit_name(Op::LoadAttr, attr));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
            }
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Load)?,
            _ => {
                return Err(self
                    .error_here("'expression' is an illegal expression for augmented assignment"))
            }
        }
        self.restore_loc(stmt_loc);
        self.expr(value)?;
        self.emit(Op::BinaryOp, op as u32 + INPLACE_OFFSET);
        self.set_loc(target.span);
        match &target.node {
            ExprKind::Attribute { attr, .. } => {
                self.at_attr(target, attr, |c| {
                    c.emit(Op::Swap, 2);
                    c.emit_name(Op::StoreAttr, attr);
                });
            }
            ExprKind::Subscript { .. } => {
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store)?,
            _ => {}
        }
        self.restore_loc(stmt_loc);
        Ok(())
    }

    /// `target: annotation [= value]`. Simple names at module/class level
    /// store the annotation in `__annotations__`; in functions annotations
    /// are not evaluated.
    pub(super) fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(value) = value {
            self.expr(value)?;
            self.store_target(target)?;
        }
        let namespace = matches!(self.unit().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.node {
            ExprKind::Name { id, .. } => {
                if simple && namespace {
                    self.expr(annotation)?;
                    self.emit_name(Op::LoadName, "__annotations__");
                    let mangled = crate::mangle::mangle(self.unit().private.as_deref(), id);
                    self.load_str(&mangled);
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop, 0);
                    self.expr(slice)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            _ => return Err(self.error_here("invalid node type for annotated assignment")),
        }
        if !simple && namespace {
            self.expr(annotation)?;
            self.emit(Op::PopTop, 0);
        }
        Ok(())
    }

    /// `del target`.
    pub(super) fn delete_target(&mut self, target: &'a Expr) -> CResult {
        let saved = self.set_loc(target.span);
        let result = self.delete_here(target);
        self.restore_loc(saved);
        result
    }

    fn delete_here(&mut self, target: &'a Expr) -> CResult {
        match &target.node {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.at_attr(target, attr, |c| c.emit_name(Op::DeleteAttr, attr));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            _ => Err(self.error_here("cannot delete expression")),
        }
    }
}
