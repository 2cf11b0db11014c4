//! Compile-time errors: CPython's messages and positions.
mod common;

use ouro_compiler::Mode;

fn err(name: &str) -> (String, u32, u32, u32, u32, Option<String>) {
    let e = common::try_compile(name, Mode::Module).expect_err(name);
    (
        e.msg,
        e.lineno,
        e.offset,
        e.end_lineno,
        e.end_offset,
        e.text,
    )
}

fn check(name: &str, msg: &str, pos: (u32, u32, u32, u32)) {
    let (m, l, o, el, eo, _) = err(name);
    assert_eq!((m.as_str(), (l, o, el, eo)), (msg, pos), "{name}");
}

#[test]
fn misplaced_statements() {
    check("err_return", "'return' outside function", (2, 1, 2, 9));
    check("err_break", "'break' outside loop", (1, 7, 1, 12));
    check(
        "err_continue",
        "'continue' not properly in loop",
        (3, 5, 3, 13),
    );
    check("err_yield", "'yield' outside function", (1, 1, 1, 8));
    check("err_await", "'await' outside function", (1, 1, 1, 8));
}

#[test]
fn scope_errors() {
    check(
        "err_nonlocal_module",
        "nonlocal declaration not allowed at module level",
        (1, 1, 1, 11),
    );
    check(
        "err_global_param",
        "name 'a' is parameter and global",
        (2, 3, 2, 11),
    );
    check(
        "err_global_after_use",
        "name 'x' is used prior to global declaration",
        (3, 3, 3, 11),
    );
    check(
        "err_dup_arg",
        "duplicate argument 'a' in function definition",
        (1, 10, 1, 11),
    );
    check(
        "err_no_binding",
        "no binding for nonlocal 'a' found",
        (3, 5, 3, 15),
    );
    check(
        "err_yield_listcomp",
        "'yield' inside list comprehension",
        (2, 14, 2, 19),
    );
    check(
        "err_kw_repeat",
        "keyword argument repeated: a",
        (1, 8, 1, 11),
    );
}

#[test]
fn error_text_is_the_source_line() {
    let (_, _, _, _, _, text) = err("err_return");
    assert_eq!(text.as_deref(), Some("return 5"));
}
