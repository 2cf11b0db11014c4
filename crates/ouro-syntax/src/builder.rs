//! AST construction for the grammar's actions. Every expression is built
//! through an [`Ex`], which tracks nesting depth so no tree deeper than
//! [`MAX_DEPTH`] is ever built (deep trees would overflow the stack when
//! walked or dropped recursively).

use crate::ast::*;
use crate::error::Located;
use crate::targets::{self, TargetKind};
use crate::token::{Pos, Tok};

/// Deepest expression nesting accepted, approximating the point where
/// CPython 3.11 gives up ("maximum recursion depth exceeded during
/// compilation" at a nesting of about 3000).
pub const MAX_DEPTH: u32 = 2990;
/// Longest `if`/`elif` chain accepted (each `elif` nests one `If`).
pub const MAX_ELIFS: usize = 2990;

pub type PE = lalrpop_util::ParseError<Pos, Tok, Located>;
pub type R<T> = Result<T, PE>;

pub fn user(e: Located) -> PE {
    PE::User { error: e }
}

/// An expression under construction: the node, its nesting depth, and
/// whether it was written in parentheses (CPython's rules care).
#[derive(Debug)]
pub struct Ex {
    pub e: Expr,
    pub d: u32,
    pub parens: bool,
    /// The span including any parentheses around the expression; CPython
    /// builds enclosing nodes' spans from it.
    pub outer: Span,
}

/// What the grammar's start symbol produced.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Ex),
    Eval(Ex),
}

pub fn span(l: Pos, r: Pos) -> Span {
    Span { line: l.line, col: l.col, end_line: r.line, end_col: r.col }
}

pub fn start_of(s: Span) -> Pos {
    Pos::new(s.line, s.col)
}

pub fn end_of(s: Span) -> Pos {
    Pos::new(s.end_line, s.end_col)
}

fn too_deep(s: Span) -> PE {
    user(Located::at("maximum recursion depth exceeded during compilation", s.line, s.col, s.col))
}

/// A node whose deepest child has depth `child_depth`.
pub fn node(kind: ExprKind, s: Span, child_depth: u32) -> R<Ex> {
    let d = child_depth + 1;
    if d > MAX_DEPTH {
        return Err(too_deep(s));
    }
    Ok(Ex { e: Expr { node: kind, span: s }, d, parens: false, outer: s })
}

pub fn leaf(kind: ExprKind, l: Pos, r: Pos) -> Ex {
    Ex { e: Expr { node: kind, span: span(l, r) }, d: 1, parens: false, outer: span(l, r) }
}

pub fn depth<'a>(items: impl IntoIterator<Item = &'a Ex>) -> u32 {
    items.into_iter().map(|x| x.d).max().unwrap_or(0)
}

pub fn unwrap(items: Vec<Ex>) -> Vec<Expr> {
    items.into_iter().map(|x| x.e).collect()
}

fn bx(x: Ex) -> Box<Expr> {
    Box::new(x.e)
}

// ----- atoms -----------------------------------------------------------

pub fn name(id: String, l: Pos, r: Pos) -> Ex {
    leaf(ExprKind::Name { id, ctx: ExprContext::Load }, l, r)
}

pub fn constant(c: Constant, l: Pos, r: Pos) -> Ex {
    leaf(ExprKind::Constant(c), l, r)
}

/// `( expr )` spanning `l..r`: the same node, marked as parenthesized.
pub fn paren(mut x: Ex, l: Pos, r: Pos) -> Ex {
    x.parens = true;
    x.outer = span(l, r);
    x
}

pub fn tuple(elts: Vec<Ex>, l: Pos, r: Pos, parens: bool) -> R<Ex> {
    let d = depth(&elts);
    let mut x = node(ExprKind::Tuple { elts: unwrap(elts), ctx: ExprContext::Load }, span(l, r), d)?;
    x.parens = parens;
    Ok(x)
}

/// A comma list that is a tuple only if it has a comma.
pub fn maybe_tuple(mut elts: Vec<Ex>, comma: bool, l: Pos, r: Pos) -> R<Ex> {
    if elts.len() == 1 && !comma {
        return Ok(elts.pop().expect("one element"));
    }
    tuple(elts, l, r, false)
}

/// The inside of `a[...]`: one slice, or a tuple of them.
pub fn slices(mut items: Vec<Ex>, comma: bool, l: Pos, r: Pos) -> R<Ex> {
    let single = items.len() == 1 && !comma;
    if single && !matches!(items[0].e.node, ExprKind::Starred { .. }) {
        return Ok(items.pop().expect("one item"));
    }
    tuple(items, l, r, false)
}

pub fn list(elts: Vec<Ex>, l: Pos, r: Pos) -> R<Ex> {
    let d = depth(&elts);
    node(ExprKind::List { elts: unwrap(elts), ctx: ExprContext::Load }, span(l, r), d)
}

pub fn set(elts: Vec<Ex>, l: Pos, r: Pos) -> R<Ex> {
    let d = depth(&elts);
    node(ExprKind::Set(unwrap(elts)), span(l, r), d)
}

pub fn dict(items: Vec<(Option<Ex>, Ex)>, l: Pos, r: Pos) -> R<Ex> {
    let mut d = 0;
    let (mut keys, mut values) = (Vec::new(), Vec::new());
    for (k, v) in items {
        d = d.max(v.d).max(k.as_ref().map_or(0, |k| k.d));
        keys.push(k.map(|k| k.e));
        values.push(v.e);
    }
    node(ExprKind::Dict { keys, values }, span(l, r), d)
}

/// Comprehension clauses with their depth.
pub struct Comps {
    pub gens: Vec<Comprehension>,
    pub d: u32,
}

pub fn comprehension(is_async: bool, target: Ex, iter: Ex, ifs: Vec<Ex>) -> R<Comps> {
    let target = targets::store(target, TargetKind::For)?;
    let d = target.d.max(iter.d).max(depth(&ifs));
    let gen = Comprehension { target: target.e, iter: iter.e, ifs: unwrap(ifs), is_async };
    Ok(Comps { gens: vec![gen], d })
}

pub fn comps(clauses: Vec<Comps>) -> Comps {
    let d = clauses.iter().map(|c| c.d).max().unwrap_or(0);
    Comps { gens: clauses.into_iter().flat_map(|c| c.gens).collect(), d }
}

pub enum CompKind {
    List,
    Set,
    Gen,
}

pub fn comp(kind: CompKind, elt: Ex, c: Comps, l: Pos, r: Pos) -> R<Ex> {
    let d = elt.d.max(c.d);
    let (elt, generators) = (bx(elt), c.gens);
    let k = match kind {
        CompKind::List => ExprKind::ListComp { elt, generators },
        CompKind::Set => ExprKind::SetComp { elt, generators },
        CompKind::Gen => ExprKind::GeneratorExp { elt, generators },
    };
    node(k, span(l, r), d)
}

pub fn dict_comp(key: Ex, value: Ex, c: Comps, l: Pos, r: Pos) -> R<Ex> {
    let d = key.d.max(value.d).max(c.d);
    node(ExprKind::DictComp { key: bx(key), value: bx(value), generators: c.gens }, span(l, r), d)
}

// ----- operators -------------------------------------------------------

pub fn binop(a: Ex, op: Operator, b: Ex) -> R<Ex> {
    let s = a.outer.to(b.outer);
    let d = a.d.max(b.d);
    node(ExprKind::BinOp { left: bx(a), op, right: bx(b) }, s, d)
}

pub fn unary(op: UnaryOperator, operand: Ex, l: Pos) -> R<Ex> {
    let s = span(l, end_of(operand.outer));
    let d = operand.d;
    node(ExprKind::UnaryOp { op, operand: bx(operand) }, s, d)
}

pub fn boolop(op: BoolOperator, first: Ex, rest: Vec<Ex>) -> R<Ex> {
    let s = first.outer.to(rest.last().map_or(first.outer, |x| x.outer));
    let d = first.d.max(depth(&rest));
    let mut values = vec![first.e];
    values.extend(unwrap(rest));
    node(ExprKind::BoolOp { op, values }, s, d)
}

pub fn compare(left: Ex, rest: Vec<(CmpOperator, Ex)>) -> R<Ex> {
    let s = left.outer.to(rest.last().map_or(left.outer, |(_, x)| x.outer));
    let d = left.d.max(rest.iter().map(|(_, x)| x.d).max().unwrap_or(0));
    let (ops, comparators) = rest.into_iter().map(|(o, x)| (o, x.e)).unzip();
    node(ExprKind::Compare { left: bx(left), ops, comparators }, s, d)
}

pub fn if_exp(body: Ex, test: Ex, orelse: Ex) -> R<Ex> {
    let s = body.outer.to(orelse.outer);
    let d = body.d.max(test.d).max(orelse.d);
    node(ExprKind::IfExp { test: bx(test), body: bx(body), orelse: bx(orelse) }, s, d)
}

pub fn named(target: Ex, value: Ex) -> R<Ex> {
    if !matches!(target.e.node, ExprKind::Name { .. }) {
        let what = targets::expr_name(&target.e);
        return Err(targets::error_at(&target.e, format!("cannot use assignment expressions with {what}")));
    }
    let target = targets::store(target, TargetKind::Star)?;
    let s = target.outer.to(value.outer);
    let d = value.d.max(1);
    node(ExprKind::NamedExpr { target: bx(target), value: bx(value) }, s, d)
}

pub fn starred(value: Ex, l: Pos) -> R<Ex> {
    let s = span(l, end_of(value.outer));
    let d = value.d;
    node(ExprKind::Starred { value: bx(value), ctx: ExprContext::Load }, s, d)
}

pub fn await_(value: Ex, l: Pos) -> R<Ex> {
    let s = span(l, end_of(value.outer));
    let d = value.d;
    node(ExprKind::Await(bx(value)), s, d)
}

pub fn yield_(value: Option<Ex>, l: Pos, r: Pos) -> R<Ex> {
    let d = value.as_ref().map_or(0, |v| v.d);
    node(ExprKind::Yield(value.map(bx)), span(l, r), d)
}

pub fn yield_from(value: Ex, l: Pos, r: Pos) -> R<Ex> {
    let d = value.d;
    node(ExprKind::YieldFrom(bx(value)), span(l, r), d)
}

// ----- trailers --------------------------------------------------------

pub fn attribute(value: Ex, attr: String, r: Pos) -> R<Ex> {
    let s = span(start_of(value.outer), r);
    let d = value.d;
    node(ExprKind::Attribute { value: bx(value), attr, ctx: ExprContext::Load }, s, d)
}

pub fn subscript(value: Ex, slice: Ex, r: Pos) -> R<Ex> {
    let s = span(start_of(value.outer), r);
    let d = value.d.max(slice.d);
    node(ExprKind::Subscript { value: bx(value), slice: bx(slice), ctx: ExprContext::Load }, s, d)
}

pub fn slice(lower: Option<Ex>, upper: Option<Ex>, step: Option<Option<Ex>>, l: Pos, r: Pos) -> R<Ex> {
    let step = step.flatten();
    let d = [&lower, &upper, &step].iter().filter_map(|x| x.as_ref().map(|x| x.d)).max().unwrap_or(0);
    node(ExprKind::Slice { lower: lower.map(bx), upper: upper.map(bx), step: step.map(bx) }, span(l, r), d)
}

/// One call argument as written.
pub enum Argument {
    Pos(Ex),
    Star(Ex, Pos),
    Kw(String, Ex, Pos),
    DoubleStar(Ex, Pos),
    /// `f(x for x in y)`: element, clauses, start of the element.
    Gen(Ex, Comps),
}

/// Positional and keyword arguments with their depth.
pub struct Args {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub d: u32,
}

/// Sort written arguments into `args`/`keywords`, checking CPython's order
/// rules. `lpar..r` spans the parentheses (a lone generator takes it).
pub fn arguments(items: Vec<Argument>, trailing_comma: bool, lpar: Pos, r: Pos) -> R<Args> {
    let n = items.len();
    let mut out = Args { args: Vec::new(), keywords: Vec::new(), d: 0 };
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        match item {
            Argument::Pos(x) => {
                if seen_dstar {
                    return Err(arg_error(&x.e, "positional argument follows keyword argument unpacking"));
                }
                if seen_kw {
                    return Err(arg_error(&x.e, "positional argument follows keyword argument"));
                }
                out.d = out.d.max(x.d);
                out.args.push(x.e);
            }
            Argument::Star(x, l) => {
                if seen_dstar {
                    return Err(arg_error(&x.e, "iterable argument unpacking follows keyword argument unpacking"));
                }
                let s = starred(x, l)?;
                out.d = out.d.max(s.d);
                out.args.push(s.e);
            }
            Argument::Kw(arg, value, l) => {
                seen_kw = true;
                out.d = out.d.max(value.d);
                let s = span(l, end_of(value.outer));
                out.keywords.push(Keyword { arg: Some(arg), value: value.e, span: s });
            }
            Argument::DoubleStar(value, l) => {
                seen_dstar = true;
                out.d = out.d.max(value.d);
                let s = span(l, end_of(value.outer));
                out.keywords.push(Keyword { arg: None, value: value.e, span: s });
            }
            Argument::Gen(elt, c) => {
                if n > 1 || trailing_comma {
                    let l = start_of(elt.outer);
                    let r = c.gens.last().map_or(l, |g| end_of(g.ifs.last().unwrap_or(&g.iter).span));
                    let g = comp(CompKind::Gen, elt, c, l, r)?;
                    return Err(arg_error(&g.e, "Generator expression must be parenthesized"));
                }
                let g = comp(CompKind::Gen, elt, c, lpar, r)?;
                out.d = out.d.max(g.d);
                out.args.push(g.e);
            }
        }
    }
    Ok(out)
}

fn arg_error(e: &Expr, msg: &str) -> PE {
    targets::error_at(e, msg.to_string())
}

pub fn call(func: Ex, items: (Vec<Argument>, bool), lpar: Pos, r: Pos) -> R<Ex> {
    let args = arguments(items.0, items.1, lpar, r)?;
    let s = span(start_of(func.outer), r);
    let d = func.d.max(args.d);
    node(ExprKind::Call { func: bx(func), args: args.args, keywords: args.keywords }, s, d)
}

// ----- functions -------------------------------------------------------

/// One parameter-list item as written.
pub enum Param {
    Plain(Arg, Option<Ex>),
    /// `*` or `*name`.
    Star(Option<Arg>, Pos),
    DoubleStar(Arg),
    Slash(Pos),
}

pub fn arg(name: String, annotation: Option<Ex>, l: Pos, r: Pos) -> (Arg, u32) {
    let d = annotation.as_ref().map_or(0, |a| a.d);
    (Arg { name, annotation: annotation.map(|a| a.e), span: span(l, r) }, d)
}

fn param_error(at: Span, msg: &str) -> PE {
    user(Located::range(msg, at.line, at.col, at.end_line, at.end_col))
}

/// The span of a one-character token at `at`.
fn char_span(at: Pos) -> Span {
    span(at, Pos::new(at.line, at.col + 1))
}

/// Assemble `ast::Arguments`, enforcing CPython's ordering rules.
pub fn parameters(items: Vec<(Param, u32)>) -> R<(Arguments, u32)> {
    let mut a = Arguments::default();
    let mut d = 0;
    let mut star_seen = false;
    let mut kwarg_seen = false;
    let mut slash_seen = false;
    let mut bare_star = None;
    for (p, pd) in items {
        d = d.max(pd);
        if kwarg_seen {
            let at = match &p {
                Param::Plain(arg, _) | Param::DoubleStar(arg) => arg.span,
                Param::Star(_, at) | Param::Slash(at) => char_span(*at),
            };
            return Err(param_error(at, "arguments cannot follow var-keyword argument"));
        }
        match p {
            Param::Plain(arg, default) => {
                if star_seen {
                    a.kw_defaults.push(default.map(|x| x.e));
                    a.kwonlyargs.push(arg);
                } else {
                    if default.is_none() && !a.defaults.is_empty() {
                        return Err(param_error(arg.span, "non-default argument follows default argument"));
                    }
                    a.defaults.extend(default.map(|x| x.e));
                    a.args.push(arg);
                }
            }
            Param::Star(arg, at) => {
                if star_seen {
                    return Err(param_error(char_span(at), "* argument may appear only once"));
                }
                star_seen = true;
                if arg.is_none() {
                    bare_star = Some(at);
                }
                a.vararg = arg;
            }
            Param::DoubleStar(arg) => {
                kwarg_seen = true;
                a.kwarg = Some(arg);
            }
            Param::Slash(at) => {
                if slash_seen {
                    return Err(param_error(char_span(at), "/ may appear only once"));
                }
                if star_seen {
                    return Err(param_error(char_span(at), "/ must be ahead of *"));
                }
                if a.args.is_empty() {
                    return Err(param_error(char_span(at), "at least one argument must precede /"));
                }
                slash_seen = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
        }
    }
    if let Some(at) = bare_star.filter(|_| a.kwonlyargs.is_empty()) {
        let end = Pos::new(at.line, at.col + 1);
        return Err(user(Located::at("named arguments must follow bare *", at.line, at.col, end.col)));
    }
    Ok((a, d))
}

pub fn lambda(params: (Arguments, u32), body: Ex, l: Pos) -> R<Ex> {
    let s = span(l, end_of(body.outer));
    let d = params.1.max(body.d);
    node(ExprKind::Lambda { args: Box::new(params.0), body: bx(body) }, s, d)
}

// ----- statements ------------------------------------------------------

pub fn stmt(node: StmtKind, l: Pos, r: Pos) -> Stmt {
    Stmt { node, span: span(l, r) }
}

/// End of a block: the end of its last statement.
pub fn block_end(body: &[Stmt]) -> Pos {
    body.last().map_or(Pos::default(), |s| end_of(s.span))
}

/// End of a compound statement: the end of its last non-empty block.
fn blocks_end(blocks: &[&[Stmt]]) -> Pos {
    blocks.iter().rev().find(|b| !b.is_empty()).map_or(Pos::default(), |b| block_end(b))
}

pub fn expr_stmt(x: Ex, l: Pos, r: Pos) -> Stmt {
    stmt(StmtKind::Expr(x.e), l, r)
}

pub fn assign(first: Ex, rest: Vec<Ex>, l: Pos, r: Pos) -> R<Stmt> {
    let mut all = vec![first];
    all.extend(rest);
    let value = all.pop().expect("at least two parts");
    if all.len() == 1 {
        targets::check_single_assign(&all[0], &value)?;
    }
    let targets = all
        .into_iter()
        .map(|t| targets::store(t, TargetKind::Star).map(|t| t.e))
        .collect::<R<Vec<_>>>()?;
    Ok(stmt(StmtKind::Assign { targets, value: value.e }, l, r))
}

pub fn aug_assign(target: Ex, op: Operator, value: Ex, l: Pos, r: Pos) -> R<Stmt> {
    let target = targets::aug_target(target)?;
    Ok(stmt(StmtKind::AugAssign { target: target.e, op, value: value.e }, l, r))
}

pub fn ann_assign(target: Ex, annotation: Ex, value: Option<Ex>, l: Pos, r: Pos) -> R<Stmt> {
    let simple = matches!(target.e.node, ExprKind::Name { .. }) && !target.parens;
    let target = targets::ann_target(target)?;
    let kind = StmtKind::AnnAssign { target: target.e, annotation: annotation.e, value: value.map(|v| v.e), simple };
    Ok(stmt(kind, l, r))
}

pub fn delete(items: Vec<Ex>, comma: bool, l: Pos, r: Pos) -> R<Stmt> {
    let _ = comma;
    let targets = items
        .into_iter()
        .map(|t| targets::delete(t).map(|t| t.e))
        .collect::<R<Vec<_>>>()?;
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

pub fn if_stmt(
    l: Pos,
    test: Ex,
    body: Vec<Stmt>,
    elifs: Vec<(Pos, Ex, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> R<Stmt> {
    if elifs.len() > MAX_ELIFS {
        let at = elifs[MAX_ELIFS].0;
        return Err(too_deep(span(at, at)));
    }
    let mut orelse = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        let end = blocks_end(&[&b, &orelse]);
        orelse = vec![stmt(StmtKind::If { test: t.e, body: b, orelse }, el, end)];
    }
    let end = blocks_end(&[&body, &orelse]);
    Ok(stmt(StmtKind::If { test: test.e, body, orelse }, l, end))
}

pub fn while_stmt(l: Pos, test: Ex, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = blocks_end(&[&body, &orelse]);
    stmt(StmtKind::While { test: test.e, body, orelse }, l, end)
}

/// `async for` and `async with` have no representation in the AST yet.
fn no_async(l: Pos, what: &str) -> PE {
    user(Located::at(format!("'async {what}' is not supported yet"), l.line, l.col, l.col + 5))
}

pub fn for_stmt(l: Pos, is_async: bool, target: Ex, iter: Ex, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> R<Stmt> {
    if is_async {
        return Err(no_async(l, "for"));
    }
    let target = targets::store(target, TargetKind::For)?;
    let orelse = orelse.unwrap_or_default();
    let end = blocks_end(&[&body, &orelse]);
    Ok(stmt(StmtKind::For { target: target.e, iter: iter.e, body, orelse }, l, end))
}

pub fn with_item(context: Ex, vars: Option<Ex>) -> R<WithItem> {
    let optional_vars = match vars {
        Some(v) => Some(targets::store(v, TargetKind::With)?.e),
        None => None,
    };
    Ok(WithItem { context_expr: context.e, optional_vars })
}

pub fn with_stmt(l: Pos, is_async: bool, items: Vec<WithItem>, body: Vec<Stmt>) -> R<Stmt> {
    if is_async {
        return Err(no_async(l, "with"));
    }
    let end = block_end(&body);
    Ok(stmt(StmtKind::With { items, body }, l, end))
}

pub fn handler(l: Pos, typ: Option<(Ex, Option<String>)>, body: Vec<Stmt>) -> ExceptHandler {
    let (typ, name) = match typ {
        Some((t, n)) => (Some(t.e), n),
        None => (None, None),
    };
    let s = span(l, block_end(&body));
    ExceptHandler { typ, name, body, span: s }
}

pub fn try_stmt(
    l: Pos,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let last_handler = handlers.last().map(|h| h.body.as_slice()).unwrap_or(&[]);
    let end = blocks_end(&[&body, last_handler, &orelse, &finalbody]);
    stmt(StmtKind::Try { body, handlers, orelse, finalbody }, l, end)
}

pub struct FuncHeader {
    pub is_async: bool,
    pub name: String,
    pub params: (Arguments, u32),
    pub returns: Option<Ex>,
}

pub fn function(l: Pos, h: FuncHeader, body: Vec<Stmt>) -> Stmt {
    let end = block_end(&body);
    let f = FunctionDef {
        name: h.name,
        args: h.params.0,
        body,
        decorators: Vec::new(),
        returns: h.returns.map(|r| r.e),
        is_async: h.is_async,
    };
    stmt(StmtKind::FunctionDef(Box::new(f)), l, end)
}

pub fn class(l: Pos, name: String, args: Option<(Pos, (Vec<Argument>, bool), Pos)>, body: Vec<Stmt>) -> R<Stmt> {
    let end = block_end(&body);
    let (bases, keywords) = match args {
        Some((lp, items, r)) => {
            let a = arguments(items.0, items.1, lp, r)?;
            (a.args, a.keywords)
        }
        None => (Vec::new(), Vec::new()),
    };
    let c = ClassDef { name, bases, keywords, body, decorators: Vec::new() };
    Ok(stmt(StmtKind::ClassDef(Box::new(c)), l, end))
}

pub fn decorate(decorators: Vec<Ex>, mut s: Stmt) -> Stmt {
    let decorators = unwrap(decorators);
    match &mut s.node {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => unreachable!("only definitions are decorated"),
    }
    s
}

pub fn alias(name: String, asname: Option<String>, l: Pos, r: Pos) -> Alias {
    Alias { name, asname, span: span(l, r) }
}
