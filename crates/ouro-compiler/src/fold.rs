//! Constant folding, as CPython's AST optimizer (`Python/ast_opt.c`) does.
//!
//! Instead of rewriting the AST, code generation asks [`Folder::fold`]
//! whether an expression is a compile-time constant. Results are memoized by
//! node address (the AST is borrowed immutably during compilation), so a
//! left-deep chain is folded in linear time even though codegen asks at
//! every level. Folded: literals, `__debug__`, unary and binary operators on
//! constants (within CPython's size limits, see `constops`), constant
//! subscripts and tuples of constants.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ouro_syntax::ast::{Constant, Expr, ExprContext, ExprKind};

use crate::bytecode::ConstValue;
use crate::constops;

#[derive(Default)]
pub struct Folder {
    memo: HashMap<usize, Option<ConstValue>>,
}

/// A literal's value.
pub fn literal(c: &Constant) -> ConstValue {
    match c {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Int(digits) => {
            ConstValue::Int(BigInt::parse_bytes(digits.as_bytes(), 10).unwrap_or_default())
        }
        Constant::Float(f) => ConstValue::Float(*f),
        Constant::Complex(im) => ConstValue::Complex { re: 0.0, im: *im },
        Constant::Str(s) => ConstValue::Str(Rc::from(s.as_str())),
        Constant::Bytes(b) => ConstValue::Bytes(Rc::from(b.as_slice())),
        Constant::Ellipsis => ConstValue::Ellipsis,
    }
}

impl Folder {
    /// The constant `e` folds to, if any.
    pub fn fold(&mut self, e: &Expr) -> Option<ConstValue> {
        match &e.node {
            ExprKind::Constant(c) => Some(literal(c)),
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } if id == "__debug__" => Some(ConstValue::Bool(true)),
            ExprKind::UnaryOp { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::Tuple {
                ctx: ExprContext::Load,
                ..
            }
            | ExprKind::Subscript {
                ctx: ExprContext::Load,
                ..
            } => {
                let key = e as *const Expr as usize;
                if let Some(known) = self.memo.get(&key) {
                    return known.clone();
                }
                let value = self.compute(e);
                self.memo.insert(key, value.clone());
                value
            }
            _ => None,
        }
    }

    fn compute(&mut self, e: &Expr) -> Option<ConstValue> {
        match &e.node {
            ExprKind::UnaryOp { .. } => self.unary_chain(e),
            ExprKind::BinOp { left, op, right } => {
                let l = self.fold(left);
                let r = self.fold(right)?;
                constops::binary(*op, &l?, &r)
            }
            ExprKind::Tuple { elts, .. } => {
                self.all(elts).map(|items| ConstValue::Tuple(items.into()))
            }
            ExprKind::Subscript { value, slice, .. } => {
                let container = self.fold(value);
                let index = self.fold(slice)?;
                constops::subscript(&container?, &index)
            }
            _ => None,
        }
    }

    /// Fold a run of nested unary operators without recursing per level:
    /// fold the innermost operand, then apply (and memoize) outwards.
    fn unary_chain(&mut self, e: &Expr) -> Option<ConstValue> {
        let mut chain = Vec::new();
        let mut inner = e;
        while let ExprKind::UnaryOp { op, operand } = &inner.node {
            let key = inner as *const Expr as usize;
            if !std::ptr::eq(inner, e) && self.memo.contains_key(&key) {
                break;
            }
            chain.push((*op, key));
            inner = operand;
        }
        let mut value = self.fold(inner);
        for (op, key) in chain.into_iter().rev() {
            value = value.and_then(|v| constops::unary(op, &v));
            self.memo.insert(key, value.clone());
        }
        value
    }

    /// All of `elts` as constants, or None if any is not constant.
    pub fn all(&mut self, elts: &[Expr]) -> Option<Vec<ConstValue>> {
        let mut out = Vec::with_capacity(elts.len());
        for elt in elts {
            out.push(self.fold(elt)?);
        }
        Some(out)
    }

    /// CPython's `fold_iter`: the iterable of a `for` or the right side of
    /// `in`: a list display of constants becomes a constant tuple, a set
    /// display of constants a constant frozenset.
    pub fn fold_iter(&mut self, e: &Expr) -> Option<ConstValue> {
        match &e.node {
            ExprKind::List { elts, .. } => {
                self.all(elts).map(|items| ConstValue::Tuple(items.into()))
            }
            ExprKind::Set(elts) => self
                .all(elts)
                .map(|items| ConstValue::FrozenSet(items.into())),
            _ => self.fold(e),
        }
    }
}
