//! Parser tests: AST shapes and spans of representative programs.

use ouro_syntax::ast::*;
use ouro_syntax::parse_module;

fn parse(src: &str) -> Vec<Stmt> {
    match parse_module(src, "t.py") {
        Ok(m) => m.body,
        Err(e) => panic!("{src:?} failed:\n{}", e.render()),
    }
}

fn expr(src: &str) -> Expr {
    match parse(src).pop().map(|s| s.node) {
        Some(StmtKind::Expr(e)) => e,
        other => panic!("not an expression statement: {other:?}"),
    }
}

fn name(e: &Expr) -> &str {
    match &e.node {
        ExprKind::Name { id, .. } => id,
        other => panic!("not a name: {other:?}"),
    }
}

fn sp(line: u32, col: u32, end_line: u32, end_col: u32) -> Span {
    Span { line, col, end_line, end_col }
}

#[test]
fn precedence_and_associativity() {
    let e = expr("a + b * c ** -d ** e\n");
    let ExprKind::BinOp { op: Operator::Add, right, .. } = e.node else { panic!() };
    let ExprKind::BinOp { op: Operator::Mult, right, .. } = right.node else { panic!() };
    let ExprKind::BinOp { op: Operator::Pow, right, .. } = right.node else { panic!() };
    assert!(matches!(right.node, ExprKind::UnaryOp { op: UnaryOperator::USub, .. }));
    let e = expr("a - b - c\n");
    let ExprKind::BinOp { left, op: Operator::Sub, .. } = e.node else { panic!() };
    assert!(matches!(left.node, ExprKind::BinOp { op: Operator::Sub, .. }));
}

#[test]
fn boolean_and_comparison_chains_are_flat() {
    let e = expr("a or b or not c and d\n");
    let ExprKind::BoolOp { op: BoolOperator::Or, values } = e.node else { panic!() };
    assert_eq!(values.len(), 3);
    let e = expr("a < b is not c not in d\n");
    let ExprKind::Compare { ops, comparators, .. } = e.node else { panic!() };
    assert_eq!(ops, vec![CmpOperator::Lt, CmpOperator::IsNot, CmpOperator::NotIn]);
    assert_eq!(comparators.len(), 3);
}

#[test]
fn assignment_forms_and_contexts() {
    let body = parse("a = b = 1\nx, *y = z\nn += 1\nv: int = 3\n(w): int\nobj.attr[0] = 2\n");
    let StmtKind::Assign { targets, .. } = &body[0].node else { panic!() };
    assert_eq!(targets.len(), 2);
    let StmtKind::Assign { targets, .. } = &body[1].node else { panic!() };
    let ExprKind::Tuple { elts, ctx: ExprContext::Store } = &targets[0].node else { panic!() };
    assert!(matches!(&elts[1].node, ExprKind::Starred { ctx: ExprContext::Store, .. }));
    assert!(matches!(&body[2].node, StmtKind::AugAssign { op: Operator::Add, .. }));
    assert!(matches!(&body[3].node, StmtKind::AnnAssign { simple: true, value: Some(_), .. }));
    assert!(matches!(&body[4].node, StmtKind::AnnAssign { simple: false, value: None, .. }));
    let StmtKind::Assign { targets, .. } = &body[5].node else { panic!() };
    let ExprKind::Subscript { value, ctx: ExprContext::Store, .. } = &targets[0].node else { panic!() };
    assert!(matches!(&value.node, ExprKind::Attribute { ctx: ExprContext::Load, .. }));
}

#[test]
fn delete_targets() {
    let body = parse("del a, b[0], (c, d)\n");
    let StmtKind::Delete(t) = &body[0].node else { panic!() };
    assert_eq!(t.len(), 3);
    assert!(matches!(&t[2].node, ExprKind::Tuple { ctx: ExprContext::Del, .. }));
}

#[test]
fn compound_statements() {
    let src = "\
@dec
@other(1)
async def f(a, /, b=1, *args, c, d=2, **kw) -> int:
    if a:
        pass
    elif b:
        return
    else:
        yield x
    while c:
        break
    else:
        continue
    for i, j in k:
        pass
    with open(p) as fh, g():
        pass
    with (a as b, c as d,):
        pass
    try:
        raise E from e
    except (A, B) as err:
        pass
    except C:
        pass
    else:
        pass
    finally:
        pass
    global g1, g2
    nonlocal n1
    assert x, 'msg'
class C(B, metaclass=M):
    x = 1
";
    let body = parse(src);
    assert_eq!(body.len(), 2);
    let StmtKind::FunctionDef(f) = &body[0].node else { panic!() };
    assert!(f.is_async);
    assert_eq!(f.decorators.len(), 2);
    assert_eq!(f.args.posonlyargs.len(), 1);
    assert_eq!(f.args.args.len(), 1);
    assert_eq!(f.args.defaults.len(), 1);
    assert_eq!(f.args.vararg.as_ref().unwrap().name, "args");
    assert_eq!(f.args.kwonlyargs.len(), 2);
    assert!(f.args.kw_defaults[0].is_none() && f.args.kw_defaults[1].is_some());
    assert_eq!(f.args.kwarg.as_ref().unwrap().name, "kw");
    assert!(f.returns.is_some());
    assert_eq!(f.body.len(), 9);
    let StmtKind::If { orelse, .. } = &f.body[0].node else { panic!() };
    assert!(matches!(&orelse[0].node, StmtKind::If { orelse, .. } if orelse.len() == 1));
    let StmtKind::With { items, .. } = &f.body[3].node else { panic!() };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = &f.body[4].node else { panic!() };
    assert_eq!(items.len(), 2);
    assert!(items[1].optional_vars.is_some());
    let StmtKind::Try { handlers, orelse, finalbody, .. } = &f.body[5].node else { panic!() };
    assert_eq!((handlers.len(), orelse.len(), finalbody.len()), (2, 1, 1));
    assert_eq!(handlers[0].name.as_deref(), Some("err"));
    let StmtKind::ClassDef(c) = &body[1].node else { panic!() };
    assert_eq!((c.bases.len(), c.keywords.len()), (1, 1));
    assert_eq!(c.keywords[0].arg.as_deref(), Some("metaclass"));
}

#[test]
fn imports() {
    let body = parse("import a.b as c, d\nfrom ..x.y import (p as q, r,)\nfrom . import z\nfrom m import *\n");
    let StmtKind::Import(names) = &body[0].node else { panic!() };
    assert_eq!((names[0].name.as_str(), names[0].asname.as_deref()), ("a.b", Some("c")));
    let StmtKind::ImportFrom { module, names, level } = &body[1].node else { panic!() };
    assert_eq!((module.as_deref(), names.len(), *level), (Some("x.y"), 2, 2));
    let StmtKind::ImportFrom { module: None, level: 1, .. } = &body[2].node else { panic!() };
    let StmtKind::ImportFrom { names, .. } = &body[3].node else { panic!() };
    assert_eq!(names[0].name, "*");
}

#[test]
fn calls_and_arguments() {
    let e = expr("f(a, *b, c=1, **d)\n");
    let ExprKind::Call { args, keywords, .. } = e.node else { panic!() };
    assert_eq!(args.len(), 2);
    assert!(matches!(args[1].node, ExprKind::Starred { .. }));
    assert_eq!(keywords[0].arg.as_deref(), Some("c"));
    assert_eq!(keywords[1].arg, None);
    let e = expr("f(x for x in y)\n");
    let ExprKind::Call { args, .. } = e.node else { panic!() };
    assert!(matches!(args[0].node, ExprKind::GeneratorExp { .. }));
    assert_eq!(args[0].span, sp(1, 1, 1, 15));
}

#[test]
fn subscripts_and_slices() {
    let e = expr("a[1:2, ::3]\n");
    let ExprKind::Subscript { slice, .. } = e.node else { panic!() };
    let ExprKind::Tuple { elts, .. } = slice.node else { panic!() };
    assert!(matches!(&elts[1].node, ExprKind::Slice { lower: None, upper: None, step: Some(_) }));
    assert_eq!(elts[0].span, sp(1, 2, 1, 5));
    let e = expr("a[:]\n");
    assert!(matches!(e.node, ExprKind::Subscript { .. }));
}

#[test]
fn displays_and_comprehensions() {
    assert!(matches!(expr("()\n").node, ExprKind::Tuple { ref elts, .. } if elts.is_empty()));
    assert!(matches!(expr("(1,)\n").node, ExprKind::Tuple { ref elts, .. } if elts.len() == 1));
    assert!(matches!(expr("(1)\n").node, ExprKind::Constant(Constant::Int(_))));
    assert!(matches!(expr("[*a, b]\n").node, ExprKind::List { ref elts, .. } if elts.len() == 2));
    assert!(matches!(expr("{}\n").node, ExprKind::Dict { .. }));
    let ExprKind::Dict { keys, .. } = expr("{1: 2, **m}\n").node else { panic!() };
    assert!(keys[1].is_none());
    assert!(matches!(expr("{1, *s}\n").node, ExprKind::Set(_)));
    let ExprKind::ListComp { generators, .. } = expr("[x for x in y if x if z for w in x]\n").node else { panic!() };
    assert_eq!(generators.len(), 2);
    assert_eq!(generators[0].ifs.len(), 2);
    assert!(matches!(generators[0].target.node, ExprKind::Name { ctx: ExprContext::Store, .. }));
    assert!(matches!(expr("{k: v for k, v in i}\n").node, ExprKind::DictComp { .. }));
    assert!(matches!(expr("{k for k in i}\n").node, ExprKind::SetComp { .. }));
    assert!(matches!(expr("(k async for k in i)\n").node, ExprKind::GeneratorExp { .. }));
}

#[test]
fn other_expressions() {
    assert!(matches!(expr("lambda a, *b, c=1, **d: a\n").node, ExprKind::Lambda { .. }));
    assert!(matches!(expr("lambda: 0\n").node, ExprKind::Lambda { .. }));
    assert!(matches!(expr("a if b else c\n").node, ExprKind::IfExp { .. }));
    assert!(matches!(expr("(y := 1)\n").node, ExprKind::NamedExpr { .. }));
    assert!(matches!(expr("await x\n").node, ExprKind::Await(_)));
    assert!(matches!(expr("...\n").node, ExprKind::Constant(Constant::Ellipsis)));
    let body = parse("def g():\n    x = yield\n    yield from y\n");
    let StmtKind::FunctionDef(f) = &body[0].node else { panic!() };
    assert!(matches!(&f.body[1].node, StmtKind::Expr(Expr { node: ExprKind::YieldFrom(_), .. })));
}

#[test]
fn literals() {
    assert_eq!(expr("0x_ff\n").node, ExprKind::Constant(Constant::Int("255".into())));
    assert_eq!(expr("1.5e3\n").node, ExprKind::Constant(Constant::Float(1500.0)));
    assert_eq!(expr("2j\n").node, ExprKind::Constant(Constant::Complex(2.0)));
    assert_eq!(expr("'a' \"b\" '''c'''\n").node, ExprKind::Constant(Constant::Str("abc".into())));
    assert_eq!(expr("b'a' b'\\x01'\n").node, ExprKind::Constant(Constant::Bytes(vec![b'a', 1])));
    assert_eq!(expr("None\n").node, ExprKind::Constant(Constant::None));
    assert_eq!(expr("True\n").node, ExprKind::Constant(Constant::Bool(true)));
}

#[test]
fn fstrings() {
    let ExprKind::JoinedStr(parts) = expr("f'a{x!r:>{w}}b{y=}{{}}'\n").node else { panic!() };
    assert_eq!(parts.len(), 5);
    assert_eq!(parts[0].node, ExprKind::Constant(Constant::Str("a".into())));
    let ExprKind::FormattedValue { value, conversion, format_spec } = &parts[1].node else { panic!() };
    assert_eq!((name(value), *conversion), ("x", b'r'));
    let ExprKind::JoinedStr(spec) = &format_spec.as_ref().unwrap().node else { panic!() };
    assert_eq!(spec.len(), 2);
    assert_eq!(parts[2].node, ExprKind::Constant(Constant::Str("by=".into())));
    let ExprKind::FormattedValue { conversion, .. } = &parts[3].node else { panic!() };
    assert_eq!(*conversion, b'r');
    assert_eq!(parts[4].node, ExprKind::Constant(Constant::Str("{}".into())));
    // The field's expression has real source positions.
    let ExprKind::FormattedValue { value, .. } = &parts[1].node else { panic!() };
    assert_eq!(value.span, sp(1, 4, 1, 5));
    let ExprKind::JoinedStr(parts) = expr("'x' f'{a + b:5}' rf'\\{c}'\n").node else { panic!() };
    assert_eq!(parts[0].node, ExprKind::Constant(Constant::Str("x".into())));
    assert_eq!(parts[2].node, ExprKind::Constant(Constant::Str("\\".into())));
}

#[test]
fn spans_follow_cpython() {
    let body = parse("x = 1, 2,\nif a:\n  pass\nelif b:\n  pass # c\n\n@d\ndef f(): pass\n");
    assert_eq!(body[0].span, sp(1, 0, 1, 9));
    let StmtKind::Assign { value, .. } = &body[0].node else { panic!() };
    assert_eq!(value.span, sp(1, 4, 1, 9));
    assert_eq!(body[1].span, sp(2, 0, 5, 6));
    let StmtKind::If { orelse, .. } = &body[1].node else { panic!() };
    assert_eq!(orelse[0].span, sp(4, 0, 5, 6));
    assert_eq!(body[2].span, sp(8, 0, 8, 13));
    let e = expr("  (a)\n".trim_start());
    assert_eq!(e.span, sp(1, 1, 1, 2));
    let e = expr("f(x).y[0]\n");
    assert_eq!(e.span, sp(1, 0, 1, 9));
}

#[test]
fn newline_styles_and_semicolons() {
    let body = parse("a = 1; b = 2;\r\nif a: b; c\r\n\r\n# done");
    assert_eq!(body.len(), 3);
    let StmtKind::If { body, .. } = &body[2].node else { panic!() };
    assert_eq!(body.len(), 2);
    assert!(parse("").is_empty());
    assert!(parse("\n\n# only a comment\n").is_empty());
}

#[test]
fn deep_but_allowed_nesting() {
    let src = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    parse(&src);
    let src = format!("x = {}1\n", "-".repeat(2500));
    parse(&src);
}

#[test]
fn incomplete_input_is_flagged() {
    for src in ["x = (1,\n", "if x:\n", "s = '''abc\n", "x = \\\n", "def f():\n"] {
        let e = parse_module(src, "t.py").unwrap_err();
        assert!(e.incomplete, "{src:?} should be incomplete: {}", e.msg);
    }
    for src in ["x = )\n", "1 = 2\n", "x = 'abc\n"] {
        assert!(!parse_module(src, "t.py").unwrap_err().incomplete, "{src:?}");
    }
}

#[test]
fn error_attributes() {
    let e = parse_module("x = (1 +\n", "a.py").unwrap_err();
    assert_eq!((e.lineno, e.offset, e.end_offset), (1, 5, 0));
    assert_eq!(e.text.as_deref(), Some("x = (1 +"));
    assert_eq!(e.type_name(), "SyntaxError");
    let e = parse_module("if x:\npass\n", "a.py").unwrap_err();
    assert_eq!(e.type_name(), "IndentationError");
    assert_eq!((e.lineno, e.offset, e.end_offset), (2, 1, 5));
}
