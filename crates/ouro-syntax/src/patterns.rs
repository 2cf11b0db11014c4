//! Building `match` statements and patterns (PEP 634) for the grammar.

use crate::ast::*;
use crate::builder::{self as b, user, Ex, R};
use crate::error::Located;
use crate::token::Pos;

/// One argument of a class pattern.
pub enum ClassArg {
    Pos(Pattern),
    Kw(String, Pattern),
}

/// One item of a mapping pattern.
pub enum MapItem {
    Kv(Ex, Pattern),
    Rest(String, Pos, Pos),
}

fn pat(node: PatternKind, l: Pos, r: Pos) -> Pattern {
    Pattern { node, span: b::span(l, r) }
}

fn err_at(msg: &str, l: Pos, r: Pos) -> crate::builder::PE {
    let end = if r.line == l.line { r.col } else { l.col + 1 };
    user(Located::at(msg, l.line, l.col, end))
}

pub fn match_stmt(l: Pos, subject: Ex, cases: Vec<MatchCase>) -> Stmt {
    let end = cases.last().map_or(Pos::default(), |c| b::block_end(&c.body));
    b::stmt(StmtKind::Match { subject: subject.e, cases }, l, end)
}

pub fn case(pattern: Pattern, guard: Option<Ex>, body: Vec<Stmt>) -> MatchCase {
    MatchCase { pattern, guard: guard.map(|g| g.e), body }
}

/// A bare name: a capture, or the wildcard `_`.
pub fn capture(n: String, l: Pos, r: Pos) -> Pattern {
    let name = if n == "_" { None } else { Some(n) };
    pat(PatternKind::MatchAs { pattern: None, name }, l, r)
}

pub fn star(n: String, l: Pos, r: Pos) -> Pattern {
    let name = if n == "_" { None } else { Some(n) };
    pat(PatternKind::MatchStar(name), l, r)
}

pub fn as_pattern(p: Pattern, n: String, l: Pos, r: Pos, nl: Pos) -> R<Pattern> {
    if n == "_" {
        return Err(err_at("cannot use '_' as a target", nl, r));
    }
    Ok(pat(PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(n) }, l, r))
}

pub fn or_pattern(first: Pattern, rest: Vec<Pattern>, l: Pos, r: Pos) -> Pattern {
    let mut v = vec![first];
    v.extend(rest);
    pat(PatternKind::MatchOr(v), l, r)
}

pub fn sequence(v: Vec<Pattern>, l: Pos, r: Pos) -> Pattern {
    pat(PatternKind::MatchSequence(v), l, r)
}

/// A literal pattern from a literal expression: singletons compare by identity.
pub fn literal(x: Ex, l: Pos, r: Pos) -> R<Pattern> {
    if let ExprKind::Constant(c @ (Constant::None | Constant::Bool(_))) = &x.e.node {
        return Ok(pat(PatternKind::MatchSingleton(c.clone()), l, r));
    }
    if matches!(x.e.node, ExprKind::JoinedStr(_)) {
        return Err(err_at("patterns may only match literals and attribute lookups", l, r));
    }
    Ok(pat(PatternKind::MatchValue(x.e), l, r))
}

pub fn value(x: Ex, l: Pos, r: Pos) -> Pattern {
    pat(PatternKind::MatchValue(x.e), l, r)
}

fn is_imag(x: &Ex) -> bool {
    matches!(x.e.node, ExprKind::Constant(Constant::Complex(_)))
}

/// `real + imag` / `real - imag` in a literal pattern.
pub fn complex(real: Ex, op: Operator, imag: Ex) -> R<Ex> {
    if is_imag(&real) || matches!(&real.e.node, ExprKind::UnaryOp { operand, .. } if matches!(operand.node, ExprKind::Constant(Constant::Complex(_))))
    {
        let s = real.outer;
        return Err(user(Located::at("real number required in complex literal", s.line, s.col, s.end_col)));
    }
    if !is_imag(&imag) {
        let s = imag.outer;
        return Err(user(Located::at("imaginary number required in complex literal", s.line, s.col, s.end_col)));
    }
    b::binop(real, op, imag)
}

pub fn class_pattern(cls: Ex, args: Vec<ClassArg>, l: Pos, r: Pos) -> R<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for a in args {
        match a {
            ClassArg::Pos(p) => {
                if !kwd_attrs.is_empty() {
                    let s = p.span;
                    return Err(user(Located::at(
                        "positional patterns follow keyword patterns",
                        s.line,
                        s.col,
                        if s.end_line == s.line { s.end_col } else { s.col + 1 },
                    )));
                }
                patterns.push(p);
            }
            ClassArg::Kw(n, p) => {
                kwd_attrs.push(n);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pat(PatternKind::MatchClass { cls: cls.e, patterns, kwd_attrs, kwd_patterns }, l, r))
}

pub fn mapping(items: Vec<MapItem>, l: Pos, r: Pos) -> R<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        match item {
            MapItem::Kv(k, p) => {
                keys.push(k.e);
                patterns.push(p);
            }
            MapItem::Rest(name, nl, nr) => {
                if i + 1 != n || name == "_" {
                    return Err(err_at("invalid syntax", nl, nr));
                }
                rest = Some(name);
            }
        }
    }
    Ok(pat(PatternKind::MatchMapping { keys, patterns, rest }, l, r))
}
