//! Deep ASTs: bounded recursion, CPython's "too deep" error, no overflow.
use ouro_compiler::errors::RECURSION_MSG;
use ouro_compiler::{compile, Mode};
use ouro_syntax::ast::*;

const SMALL_STACK: usize = 2 * 1024 * 1024;

/// `STACK_KB=n cargo test --test deep measure -- --ignored`: whether the
/// deepest accepted nesting compiles with an n KiB stack (aborts if not).
#[test]
#[ignore]
fn measure_stack_need() {
    let kb: usize = std::env::var("STACK_KB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2048);
    let which = std::env::var("WHICH").unwrap_or_default();
    std::thread::Builder::new()
        .stack_size(kb * 1024)
        .spawn(move || {
            let e = if which == "binop" {
                chain(2998, || name("x"))
            } else {
                unary_chain(2998)
            };
            let m = module_of(e);
            let _ = compile(&m, "x", "deep.py", Mode::Module);
            dismantle(take_expr(m));
        })
        .unwrap()
        .join()
        .unwrap();
}

fn sp() -> Span {
    Span {
        line: 1,
        col: 0,
        end_line: 1,
        end_col: 1,
    }
}

fn name(id: &str) -> Expr {
    Expr {
        node: ExprKind::Name {
            id: id.into(),
            ctx: ExprContext::Load,
        },
        span: sp(),
    }
}

fn int(n: u32) -> Expr {
    Expr {
        node: ExprKind::Constant(Constant::Int(n.to_string())),
        span: sp(),
    }
}

/// `leaf op leaf op ... ` with `n` operands, left-nested like the parser builds it.
fn chain(n: usize, leaf: impl Fn() -> Expr) -> Expr {
    let mut e = leaf();
    for _ in 1..n {
        e = Expr {
            node: ExprKind::BinOp {
                left: Box::new(e),
                op: Operator::Add,
                right: Box::new(leaf()),
            },
            span: sp(),
        };
    }
    e
}

fn unary_chain(n: usize) -> Expr {
    let mut e = name("x");
    for _ in 0..n {
        e = Expr {
            node: ExprKind::UnaryOp {
                op: UnaryOperator::USub,
                operand: Box::new(e),
            },
            span: sp(),
        };
    }
    e
}

/// Take a deep expression apart without recursion (the derived `Drop`
/// would recurse once per level).
fn dismantle(e: Expr) {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match e.node {
            ExprKind::BinOp { left, right, .. } => {
                stack.push(*left);
                stack.push(*right);
            }
            ExprKind::UnaryOp { operand, .. } => stack.push(*operand),
            _ => {}
        }
    }
}

fn module_of(e: Expr) -> Module {
    Module {
        body: vec![Stmt {
            node: StmtKind::Expr(e),
            span: sp(),
        }],
    }
}

fn take_expr(m: Module) -> Expr {
    match m.body.into_iter().next().map(|s| s.node) {
        Some(StmtKind::Expr(e)) => e,
        _ => unreachable!(),
    }
}

/// Build, compile and dismantle on a thread with a 2 MiB stack.
fn on_small_stack(build: fn() -> Expr) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let m = module_of(build());
            let result = compile(&m, "x", "deep.py", Mode::Module)
                .map(|_| ())
                .map_err(|e| e.msg);
            dismantle(take_expr(m));
            result
        })
        .unwrap()
        .join()
        .expect("compiler thread must not crash")
}

#[test]
fn hundred_thousand_term_chain_is_too_deep_like_cpython() {
    // CPython 3.11.7 rejects this (RecursionError during compilation).
    let r = on_small_stack(|| chain(100_000, || int(1)));
    assert_eq!(r, Err(RECURSION_MSG.to_string()));
    let r = on_small_stack(|| chain(100_000, || name("x")));
    assert_eq!(r, Err(RECURSION_MSG.to_string()));
}

#[test]
fn deepest_accepted_nesting_compiles_on_a_small_stack() {
    // Module-level statement (depth 1) + 2998 operators + a name = 3000.
    assert_eq!(on_small_stack(|| unary_chain(2998)), Ok(()));
    assert_eq!(
        on_small_stack(|| unary_chain(2999)),
        Err(RECURSION_MSG.to_string())
    );
    assert_eq!(on_small_stack(|| chain(2998, || name("x"))), Ok(()));
    assert_eq!(on_small_stack(|| chain(2998, || int(1))), Ok(()));
}

#[test]
fn deep_constant_chain_folds() {
    let r = std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(|| {
            let m = module_of(chain(2000, || int(1)));
            let code = compile(&m, "x", "deep.py", Mode::Module).unwrap();
            dismantle(take_expr(m));
            // Expression statements of constants vanish, like CPython.
            code.instructions.len()
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(r, 2);
}

#[test]
fn long_elif_chain() {
    // `if x: pass` followed by 1000 `elif x: pass` nests 1001 If statements.
    let mut stmt = Stmt {
        node: StmtKind::Pass,
        span: sp(),
    };
    for _ in 0..1001 {
        stmt = Stmt {
            node: StmtKind::If {
                test: name("x"),
                body: vec![Stmt {
                    node: StmtKind::Pass,
                    span: sp(),
                }],
                orelse: vec![stmt],
            },
            span: sp(),
        };
    }
    let m = Module { body: vec![stmt] };
    let r = std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            compile(&m, "x", "deep.py", Mode::Module)
                .map(|c| c.stacksize)
                .map_err(|e| e.msg)
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(r, Ok(1));
}
