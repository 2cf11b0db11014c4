//! The nesting-depth guard, run before every recursive pass.
//!
//! CPython refuses ASTs nested deeper than its compile-time recursion limit
//! (3000 levels from a top-level compile, counting each statement and
//! expression level) with `RecursionError: maximum recursion depth exceeded
//! during compilation`. This pass measures the depth *iteratively*, so the
//! later recursive passes (folding, symbol table, code generation) may rely
//! on the invariant: **no node is nested deeper than [`MAX_DEPTH`]**.

use ouro_syntax::ast::{self, Arguments, Expr, ExprKind, Module, Stmt, StmtKind};

/// Deepest statement/expression nesting accepted (CPython 3.11's limit for
/// code compiled from the top level, e.g. a script).
pub const MAX_DEPTH: usize = 3000;

#[derive(Clone, Copy)]
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// True when some node of `module` is nested deeper than [`MAX_DEPTH`].
pub fn too_deep(module: &Module) -> bool {
    let mut stack: Vec<(Node, usize)> = module.body.iter().map(|s| (Node::Stmt(s), 1)).collect();
    let mut kids = Vec::new();
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            return true;
        }
        match node {
            Node::Stmt(s) => stmt_children(s, &mut kids),
            Node::Expr(e) => expr_children(e, &mut kids),
        }
        stack.extend(kids.drain(..).map(|k| (k, depth + 1)));
    }
    false
}

fn exprs<'a>(es: impl IntoIterator<Item = &'a Expr>, out: &mut Vec<Node<'a>>) {
    out.extend(es.into_iter().map(Node::Expr));
}

fn stmts<'a>(ss: &'a [Stmt], out: &mut Vec<Node<'a>>) {
    out.extend(ss.iter().map(Node::Stmt));
}

fn arguments<'a>(a: &'a Arguments, out: &mut Vec<Node<'a>>) {
    exprs(&a.defaults, out);
    exprs(a.kw_defaults.iter().flatten(), out);
    let all = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.kwonlyargs)
        .chain(&a.vararg)
        .chain(&a.kwarg);
    exprs(all.filter_map(|arg| arg.annotation.as_ref()), out);
}

fn stmt_children<'a>(s: &'a Stmt, out: &mut Vec<Node<'a>>) {
    match &s.node {
        StmtKind::FunctionDef(f) => {
            exprs(&f.decorators, out);
            arguments(&f.args, out);
            exprs(&f.returns, out);
            stmts(&f.body, out);
        }
        StmtKind::ClassDef(c) => {
            exprs(&c.decorators, out);
            exprs(&c.bases, out);
            exprs(c.keywords.iter().map(|k| &k.value), out);
            stmts(&c.body, out);
        }
        StmtKind::Return(v) => exprs(v, out),
        StmtKind::Delete(ts) => exprs(ts, out),
        StmtKind::Assign { targets, value } => {
            exprs(targets, out);
            out.push(Node::Expr(value));
        }
        StmtKind::AugAssign { target, value, .. } => exprs([target, value], out),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            exprs([target, annotation], out);
            exprs(value, out);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            exprs([target, iter], out);
            stmts(body, out);
            stmts(orelse, out);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            out.push(Node::Expr(test));
            stmts(body, out);
            stmts(orelse, out);
        }
        StmtKind::With { items, body } => {
            for item in items {
                out.push(Node::Expr(&item.context_expr));
                exprs(&item.optional_vars, out);
            }
            stmts(body, out);
        }
        StmtKind::Raise { exc, cause } => {
            exprs(exc, out);
            exprs(cause, out);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body, out);
            for h in handlers {
                exprs(&h.typ, out);
                stmts(&h.body, out);
            }
            stmts(orelse, out);
            stmts(finalbody, out);
        }
        StmtKind::Assert { test, msg } => {
            out.push(Node::Expr(test));
            exprs(msg, out);
        }
        StmtKind::Expr(e) => out.push(Node::Expr(e)),
        StmtKind::Match { subject, cases } => {
            out.push(Node::Expr(subject));
            for c in cases {
                pattern_exprs(&c.pattern, out);
                exprs(&c.guard, out);
                stmts(&c.body, out);
            }
        }
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

/// The expressions inside a pattern (values, classes, mapping keys).
/// Patterns nest only inside brackets, which the parser bounds.
fn pattern_exprs<'a>(p: &'a ast::Pattern, out: &mut Vec<Node<'a>>) {
    use ast::PatternKind as P;
    match &p.node {
        P::MatchValue(e) => out.push(Node::Expr(e)),
        P::MatchSingleton(_) | P::MatchStar(_) => {}
        P::MatchSequence(ps) | P::MatchOr(ps) => ps.iter().for_each(|p| pattern_exprs(p, out)),
        P::MatchMapping { keys, patterns, .. } => {
            exprs(keys, out);
            patterns.iter().for_each(|p| pattern_exprs(p, out));
        }
        P::MatchClass { cls, patterns, kwd_patterns, .. } => {
            out.push(Node::Expr(cls));
            patterns.iter().chain(kwd_patterns).for_each(|p| pattern_exprs(p, out));
        }
        P::MatchAs { pattern, .. } => {
            if let Some(p) = pattern {
                pattern_exprs(p, out);
            }
        }
    }
}

fn expr_children<'a>(e: &'a Expr, out: &mut Vec<Node<'a>>) {
    use ExprKind as E;
    match &e.node {
        E::BoolOp { values, .. } => exprs(values, out),
        E::NamedExpr { target, value } => exprs([&**target, &**value], out),
        E::BinOp { left, right, .. } => exprs([&**left, &**right], out),
        E::UnaryOp { operand, .. } => out.push(Node::Expr(operand)),
        E::Lambda { args, body } => {
            arguments(args, out);
            out.push(Node::Expr(body));
        }
        E::IfExp { test, body, orelse } => exprs([&**test, &**body, &**orelse], out),
        E::Dict { keys, values } => {
            exprs(keys.iter().flatten(), out);
            exprs(values, out);
        }
        E::Set(elts) | E::JoinedStr(elts) => exprs(elts, out),
        E::List { elts, .. } | E::Tuple { elts, .. } => exprs(elts, out),
        E::ListComp { elt, generators }
        | E::SetComp { elt, generators }
        | E::GeneratorExp { elt, generators } => {
            out.push(Node::Expr(elt));
            for g in generators {
                exprs([&g.target, &g.iter], out);
                exprs(&g.ifs, out);
            }
        }
        E::DictComp {
            key,
            value,
            generators,
        } => {
            exprs([&**key, &**value], out);
            for g in generators {
                exprs([&g.target, &g.iter], out);
                exprs(&g.ifs, out);
            }
        }
        E::Await(v) | E::YieldFrom(v) => out.push(Node::Expr(v)),
        E::Yield(v) => exprs(v.as_deref(), out),
        E::Compare {
            left, comparators, ..
        } => {
            out.push(Node::Expr(left));
            exprs(comparators, out);
        }
        E::Call {
            func,
            args,
            keywords,
        } => {
            out.push(Node::Expr(func));
            exprs(args, out);
            exprs(keywords.iter().map(|k| &k.value), out);
        }
        E::FormattedValue {
            value, format_spec, ..
        } => {
            out.push(Node::Expr(value));
            exprs(format_spec.as_deref(), out);
        }
        E::Attribute { value, .. } | E::Starred { value, .. } => out.push(Node::Expr(value)),
        E::Subscript { value, slice, .. } => exprs([&**value, &**slice], out),
        E::Slice { lower, upper, step } => {
            exprs(lower.as_deref(), out);
            exprs(upper.as_deref(), out);
            exprs(step.as_deref(), out);
        }
        E::Constant(_) | E::Name { .. } => {}
    }
}
