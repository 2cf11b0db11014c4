//! Assignment, deletion and other targets: validating them with CPython's
//! messages (`cannot assign to literal`, ...) and setting their context.
//!
//! The grammar parses targets as ordinary expressions; this module turns
//! them into `Store`/`Del` targets afterwards.

use crate::ast::*;
use crate::builder::{user, Ex, PE, R};
use crate::error::Located;

/// Where a target appears; CPython's invalid-target search differs a bit.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// Assignment and `:=` targets (`star_targets`).
    Star,
    /// `for` loop and comprehension targets.
    For,
    /// `with ... as` targets.
    With,
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how messages name an expression.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// A SyntaxError spanning `e`.
pub fn error_at(e: &Expr, msg: String) -> PE {
    let s = e.span;
    user(Located::range(msg, s.line, s.col, s.end_line, s.end_col))
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that
/// cannot be a target, if any.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.node {
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops[0] == CmpOperator::In {
                invalid_target(left, kind)
            } else {
                Some(e)
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Set the context of a valid target and everything it unpacks into.
///
/// Invariant: only called after `invalid_target` returned None, so every
/// node reached is a Name, Attribute, Subscript, Starred, Tuple or List.
fn set_ctx(e: &mut Expr, c: ExprContext) {
    match &mut e.node {
        ExprKind::Name { ctx, .. } | ExprKind::Attribute { ctx, .. } | ExprKind::Subscript { ctx, .. } => *ctx = c,
        ExprKind::Starred { value, ctx } => {
            *ctx = c;
            set_ctx(value, c);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = c;
            for x in elts {
                set_ctx(x, c);
            }
        }
        _ => {}
    }
}

/// Validate `x` as an assignment-like target and give it `Store` context.
pub fn store(mut x: Ex, kind: TargetKind) -> R<Ex> {
    if let Some(bad) = invalid_target(&x.e, kind) {
        let msg = if matches!(bad.node, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && kind == TargetKind::Star {
            "assignment to yield expression not possible".to_string()
        } else {
            format!("cannot assign to {}", expr_name(bad))
        };
        return Err(error_at(bad, msg));
    }
    set_ctx(&mut x.e, ExprContext::Store);
    Ok(x)
}

/// Validate a `del` target and give it `Del` context.
pub fn delete(mut x: Ex) -> R<Ex> {
    if let Some(bad) = invalid_target(&x.e, TargetKind::Del) {
        return Err(error_at(bad, format!("cannot delete {}", expr_name(bad))));
    }
    set_ctx(&mut x.e, ExprContext::Del);
    Ok(x)
}

pub fn aug_target(mut x: Ex) -> R<Ex> {
    match x.e.node {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            set_ctx(&mut x.e, ExprContext::Store);
            Ok(x)
        }
        _ => {
            let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&x.e));
            Err(error_at(&x.e, msg))
        }
    }
}

pub fn ann_target(mut x: Ex) -> R<Ex> {
    let msg = match x.e.node {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            set_ctx(&mut x.e, ExprContext::Store);
            return Ok(x);
        }
        ExprKind::Tuple { .. } => "only single target (not tuple) can be annotated",
        ExprKind::List { .. } => "only single target (not list) can be annotated",
        _ => "illegal target for annotation",
    };
    Err(error_at(&x.e, msg.to_string()))
}

/// Whether the leftmost piece of `e` is a `bitwise_or` in CPython's
/// grammar (not `not`, `lambda`, `yield` or a starred item).
fn starts_with_bitwise_or(e: &Ex) -> bool {
    let mut cur = &e.e;
    loop {
        cur = match &cur.node {
            ExprKind::Tuple { elts, .. } if !e.parens && cur.span == e.e.span => match elts.first() {
                Some(x) => x,
                None => return true,
            },
            ExprKind::Compare { left, .. } => left,
            ExprKind::BoolOp { values, .. } => &values[0],
            ExprKind::IfExp { body, .. } => body,
            ExprKind::UnaryOp { op: UnaryOperator::Not, .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Starred { .. } => return false,
            _ => return true,
        };
    }
}

/// CPython's `invalid_named_expression` hint for `target = value` with a
/// single `=`: "cannot assign to X here. Maybe you meant '==' ...?".
pub fn check_single_assign(target: &Ex, value: &Ex) -> R<()> {
    let t = &target.e;
    if invalid_target(t, TargetKind::Star).is_none() {
        return Ok(());
    }
    let excluded = matches!(
        t.node,
        ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::Bool(_) | Constant::None)
    );
    let bitwise_or = !target.parens || !matches!(t.node, ExprKind::Tuple { .. });
    let bitwise_or = bitwise_or
        && !matches!(
            t.node,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp { op: UnaryOperator::Not, .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::Starred { .. }
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
        )
        || target.parens;
    if !excluded && bitwise_or && starts_with_bitwise_or(value) {
        let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(t));
        return Err(error_at(t, msg));
    }
    Ok(())
}
