//! Print every node's kind and span, sorted, in the format of
//! `ast.walk`-based dumps, to cross-check against CPython's `ast` module.
//! Usage: cargo run -p ouro-syntax --example spans -- FILE

use ouro_syntax::ast::*;

fn out(v: &mut Vec<String>, kind: &str, s: Span) {
    v.push(format!("{kind} {} {} {} {}", s.line, s.col, s.end_line, s.end_col));
}

fn stmts(v: &mut Vec<String>, body: &[Stmt]) {
    for s in body {
        stmt(v, s);
    }
}

fn args(v: &mut Vec<String>, a: &Arguments) {
    let all = a.posonlyargs.iter().chain(&a.args).chain(&a.vararg).chain(&a.kwonlyargs).chain(&a.kwarg);
    for arg in all {
        out(v, "arg", arg.span);
        arg.annotation.iter().for_each(|e| expr(v, e));
    }
    a.defaults.iter().for_each(|e| expr(v, e));
    a.kw_defaults.iter().flatten().for_each(|e| expr(v, e));
}

fn stmt(v: &mut Vec<String>, s: &Stmt) {
    let name = match &s.node {
        StmtKind::FunctionDef(f) if f.is_async => "AsyncFunctionDef",
        other => {
            let d = format!("{other:?}");
            let end = d.find(|c: char| !c.is_alphanumeric()).unwrap_or(d.len());
            Box::leak(d[..end].to_string().into_boxed_str())
        }
    };
    out(v, name, s.span);
    match &s.node {
        StmtKind::FunctionDef(f) => {
            args(v, &f.args);
            stmts(v, &f.body);
            f.decorators.iter().chain(&f.returns).for_each(|e| expr(v, e));
        }
        StmtKind::ClassDef(c) => {
            c.bases.iter().chain(&c.decorators).for_each(|e| expr(v, e));
            c.keywords.iter().for_each(|k| keyword(v, k));
            stmts(v, &c.body);
        }
        StmtKind::Return(e) => e.iter().for_each(|e| expr(v, e)),
        StmtKind::Delete(t) => t.iter().for_each(|e| expr(v, e)),
        StmtKind::Assign { targets, value } => targets.iter().chain([value]).for_each(|e| expr(v, e)),
        StmtKind::AugAssign { target, value, .. } => [target, value].into_iter().for_each(|e| expr(v, e)),
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            [target, annotation].into_iter().chain(value).for_each(|e| expr(v, e))
        }
        StmtKind::For { target, iter, body, orelse } => {
            expr(v, target);
            expr(v, iter);
            stmts(v, body);
            stmts(v, orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            expr(v, test);
            stmts(v, body);
            stmts(v, orelse);
        }
        StmtKind::With { items, body } => {
            for i in items {
                expr(v, &i.context_expr);
                i.optional_vars.iter().for_each(|e| expr(v, e));
            }
            stmts(v, body);
        }
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(|e| expr(v, e)),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            stmts(v, body);
            for h in handlers {
                out(v, "ExceptHandler", h.span);
                h.typ.iter().for_each(|e| expr(v, e));
                stmts(v, &h.body);
            }
            stmts(v, orelse);
            stmts(v, finalbody);
        }
        StmtKind::Assert { test, msg } => [test].into_iter().chain(msg).for_each(|e| expr(v, e)),
        StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
            names.iter().for_each(|a| out(v, "alias", a.span))
        }
        StmtKind::Expr(e) => expr(v, e),
        _ => {}
    }
}

fn keyword(v: &mut Vec<String>, k: &Keyword) {
    out(v, "keyword", k.span);
    expr(v, &k.value);
}

fn comps(v: &mut Vec<String>, gens: &[Comprehension]) {
    for g in gens {
        expr(v, &g.target);
        expr(v, &g.iter);
        g.ifs.iter().for_each(|e| expr(v, e));
    }
}

fn expr(v: &mut Vec<String>, e: &Expr) {
    let d = format!("{:?}", e.node);
    let end = d.find(|c: char| !c.is_alphanumeric()).unwrap_or(d.len());
    out(v, &d[..end], e.span);
    match &e.node {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|x| expr(v, x)),
        ExprKind::NamedExpr { target, value } => [target, value].into_iter().for_each(|x| expr(v, x)),
        ExprKind::BinOp { left, right, .. } => [left, right].into_iter().for_each(|x| expr(v, x)),
        ExprKind::UnaryOp { operand, .. } => expr(v, operand),
        ExprKind::Lambda { args: a, body } => {
            args(v, a);
            expr(v, body);
        }
        ExprKind::IfExp { test, body, orelse } => [test, body, orelse].into_iter().for_each(|x| expr(v, x)),
        ExprKind::Dict { keys, values } => keys.iter().flatten().chain(values).for_each(|x| expr(v, x)),
        ExprKind::Set(elts) | ExprKind::JoinedStr(elts) => elts.iter().for_each(|x| expr(v, x)),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(|x| expr(v, x)),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            expr(v, elt);
            comps(v, generators);
        }
        ExprKind::DictComp { key, value, generators } => {
            expr(v, key);
            expr(v, value);
            comps(v, generators);
        }
        ExprKind::Await(x) | ExprKind::YieldFrom(x) => expr(v, x),
        ExprKind::Yield(x) => x.iter().for_each(|x| expr(v, x)),
        ExprKind::Compare { left, comparators, .. } => {
            expr(v, left);
            comparators.iter().for_each(|x| expr(v, x));
        }
        ExprKind::Call { func, args, keywords } => {
            expr(v, func);
            args.iter().for_each(|x| expr(v, x));
            keywords.iter().for_each(|k| keyword(v, k));
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            expr(v, value);
            format_spec.iter().for_each(|x| expr(v, x));
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => expr(v, value),
        ExprKind::Subscript { value, slice, .. } => {
            expr(v, value);
            expr(v, slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper).chain(step).for_each(|x| expr(v, x))
        }
        _ => {}
    }
}

fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).expect("readable file");
        match ouro_syntax::parse_module(&src, &path) {
            Ok(m) => {
                let mut v = Vec::new();
                stmts(&mut v, &m.body);
                v.sort();
                println!("{}", v.join("\n"));
            }
            Err(e) => print!("{}", e.render()),
        }
    }
}
