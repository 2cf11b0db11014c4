//! Code shapes CPython 3.11 produces that are observable at run time.
mod common;

use common::{compile_ok, dis, nested};

fn lines(code: &str) -> Vec<&str> {
    code.lines().collect()
}

#[test]
fn list_display_shapes() {
    let code = compile_ok("list_shapes");
    let d = dis(&code);
    let expected_start = "BuildList 0\nLoadConst (1, 2, 3)\nListExtend 1\nStoreName a\n\
LoadName x\nLoadConst 1\nLoadConst 2\nBuildList 3\nStoreName b\n\
LoadConst 1\nLoadConst 2\nBuildList 2\nStoreName c\n";
    assert!(d.starts_with(expected_start), "{d}");
    // [*x, 1]
    assert!(
        d.contains("BuildList 0\nLoadName x\nListExtend 1\nLoadConst 1\nListAppend 1\nStoreName d"),
        "{d}"
    );
    assert!(d.contains("BuildList 0\nStoreName e"), "{d}");
    // 31 items: built incrementally.
    let big: Vec<&str> = lines(&d)
        .into_iter()
        .skip_while(|l| *l != "StoreName e")
        .skip(1)
        .collect();
    assert_eq!(big[0], "BuildList 0");
    assert_eq!(big.iter().filter(|l| **l == "ListAppend 1").count(), 31);
}

#[test]
fn set_and_tuple_shapes() {
    let d = dis(&compile_ok("set_shapes"));
    assert!(
        d.starts_with("BuildSet 0\nLoadConst frozenset({1, 2, 3})\nSetUpdate 1\nStoreName a"),
        "{d}"
    );
    assert!(
        d.contains("LoadName x\nLoadName y\nBuildSet 2\nStoreName b"),
        "{d}"
    );
    assert!(
        d.contains("LoadName x\nBuildList 1\nLoadName y\nListExtend 1\nListToTuple\nStoreName c"),
        "{d}"
    );
}

#[test]
fn constant_folding() {
    let d = dis(&compile_ok("fold"));
    for want in [
        "LoadConst -1\nStoreName a",
        "LoadConst 1000000\nStoreName b",
        "LoadConst 2\nLoadConst 100000\nBinaryOp 8\nStoreName c",
        "LoadConst \"abcabcabc\"\nStoreName d",
        "LoadConst (1, 2, (3, 4))\nStoreName e",
        "LoadName x\nLoadConst (1, 2, 3)\nContainsOp 0\nStoreName f",
        "LoadConst 2.0\nStoreName g",
        "LoadConst False\nStoreName h",
        "LoadName x\nLoadName y\nLoadName z\nBuildTuple 2\nContainsOp 0\nStoreName i",
        "LoadConst True\nStoreName j",
    ] {
        assert!(d.contains(want), "missing {want:?} in\n{d}");
    }
}

#[test]
fn constants_are_deduplicated_by_type_and_value() {
    let code = compile_ok("consts_dedup");
    let reprs: Vec<String> = code.constants.iter().map(common::const_repr).collect();
    assert_eq!(reprs, ["1", "1.0", "True", "0.0", "-0.0", "(1, 2)", "None"]);
}

#[test]
fn call_shapes() {
    let d = dis(&compile_ok("calls"));
    let expected = "LoadName f\nLoadName a\nCallFunction 1\nPopTop
LoadName f\nLoadName a\nLoadConst 1\nLoadConst (\"k\",)\nCallFunctionKw 2\nPopTop
LoadName f\nLoadName a\nCallFunctionEx 0\nPopTop
LoadName f\nLoadConst ()\nBuildMap 0\nLoadName k\nDictMerge 1\nCallFunctionEx 1\nPopTop
LoadName f\nLoadName a\nBuildList 1\nLoadName b\nListExtend 1\nLoadName c\nListAppend 1\nListToTuple\nCallFunctionEx 0\nPopTop
LoadName o\nLoadMethod m\nLoadConst 1\nLoadConst 2\nCallMethod 2\nPopTop
LoadName o\nLoadAttr m\nLoadConst 1\nLoadConst (\"k\",)\nCallFunctionKw 1\nPopTop
LoadName f\nLoadName a\nBuildTuple 1\nLoadConst \"k\"\nLoadConst 1\nBuildMap 1\nLoadName m\nDictMerge 1\nCallFunctionEx 1\nPopTop
LoadConst None\nReturnValue";
    assert_eq!(d, expected);
}

#[test]
fn dict_display_shapes() {
    let d = dis(&compile_ok("dict_display"));
    assert!(
        d.starts_with("LoadName x\nLoadName y\nLoadConst (1, 2)\nBuildConstKeyMap 2\nStoreName a"),
        "{d}"
    );
    assert!(
        d.contains("LoadName x\nLoadConst 1\nBuildMap 1\nStoreName b"),
        "{d}"
    );
    assert!(d.contains("BuildMap 0\nLoadName m\nDictUpdate 1\nLoadConst \"b\"\nLoadConst 1\nBuildMap 1\nDictUpdate 1\nStoreName c"), "{d}");
    let big: Vec<&str> = lines(&d)
        .into_iter()
        .skip_while(|l| *l != "StoreName c")
        .skip(1)
        .collect();
    assert_eq!(big[0], "BuildMap 0");
    assert_eq!(big.iter().filter(|l| **l == "MapAdd 1").count(), 17);
    assert!(d.contains("BuildMap 0\nStoreName e"), "{d}");
}

#[test]
fn chained_comparison_evaluates_operands_once() {
    let d = dis(&compile_ok("compare_chain"));
    assert_eq!(
        d,
        "LoadName a\nLoadName b\nSwap 2\nCopy 2\nCompareOp 0\nJumpIfFalseOrPop ->11\nLoadName c\nCompareOp 0\nJump ->13\nSwap 2\nPopTop\nStoreName x\nLoadConst None\nReturnValue"
            .replace("->11", "->9")
            .replace("->13", "->11")
    );
}

#[test]
fn boolean_operators_short_circuit() {
    let d = dis(&compile_ok("boolop"));
    assert_eq!(d, "LoadName a\nJumpIfFalseOrPop ->4\nLoadName b\nJumpIfTrueOrPop ->5\nLoadName c\nStoreName x\nLoadConst None\nReturnValue"
        .replace("->4", "->3"));
}

#[test]
fn unpacking_targets() {
    let d = dis(&compile_ok("unpack"));
    assert!(
        d.starts_with("LoadName c\nUnpackSequence 2\nStoreName a\nStoreName b"),
        "{d}"
    );
    assert!(
        d.contains("LoadName d\nUnpackEx 257\nStoreName a\nStoreName b\nStoreName c"),
        "{d}"
    );
    assert!(
        d.contains(
            "LoadName e\nUnpackSequence 2\nStoreName a\nUnpackSequence 2\nStoreName b\nStoreName c"
        ),
        "{d}"
    );
    assert!(
        d.contains("LoadName c\nCopy 1\nStoreName a\nStoreName b"),
        "{d}"
    );
    assert!(
        d.contains("LoadName b\nLoadName a\nSwap 2\nStoreName a\nStoreName b"),
        "{d}"
    );
}

#[test]
fn augmented_assignment_evaluates_container_once() {
    let d = dis(&compile_ok("augassign"));
    assert_eq!(
        d,
        "LoadName a\nLoadConst 1\nBinaryOp 13\nStoreName a
LoadName a\nCopy 1\nLoadAttr b\nLoadConst 2\nBinaryOp 23\nSwap 2\nStoreAttr b
LoadName a\nLoadName i\nCopy 2\nCopy 2\nBinarySubscr\nLoadConst 3\nBinaryOp 18\nSwap 3\nSwap 2\nStoreSubscr
LoadConst None\nReturnValue"
    );
}

#[test]
fn comprehension_shapes() {
    let code = compile_ok("comprehensions");
    let d = dis(&code);
    assert!(d.starts_with("LoadConst <code <listcomp>>\nMakeFunction 0\nLoadName y\nGetIter\nCallFunction 1\nStoreName a"), "{d}");
    let lc = nested(&code, "<listcomp>");
    assert_eq!(
        dis(&lc),
        "BuildList 0\nLoadFast .0\nForIter ->11\nStoreFast x\nLoadFast x\nPopJumpIfFalse ->10\nLoadFast x\nLoadConst 2\nBinaryOp 5\nListAppend 2\nJump ->2\nReturnValue"
    );
    assert_eq!(lc.argcount, 1);
    let ge = nested(&code, "<genexpr>");
    assert!(ge.is_generator());
    assert!(dis(&ge).contains("LoadFast x\nYieldValue\nPopTop"));
    let dc = nested(&code, "<dictcomp>");
    assert!(
        dis(&dc).contains("LoadFast k\nLoadFast v\nMapAdd 2"),
        "{}",
        dis(&dc)
    );
}

#[test]
fn function_definition_shape() {
    let code = compile_ok("function");
    let d = dis(&code);
    assert_eq!(
        d,
        "LoadName dec1\nLoadName dec2\nLoadConst (1,)\nLoadConst 2\nLoadConst (\"d\",)\nBuildConstKeyMap 1\nLoadConst \"return\"\nLoadName int\nBuildTuple 2\nLoadConst <code f>\nMakeFunction 7\nCallFunction 1\nCallFunction 1\nStoreName f\nLoadConst None\nReturnValue"
    );
    let f = nested(&code, "f");
    assert_eq!(f.first_line, 1);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 0, 2));
    let names: Vec<&str> = f.varnames.iter().map(|s| &**s).collect();
    assert_eq!(names, ["a", "b", "c", "d", "args", "kw"]);
    assert_eq!(f.doc.as_deref(), Some("doc"));
    assert_eq!(common::const_repr(&f.constants[0]), "\"doc\"");
    use ouro_compiler::bytecode::flags::*;
    assert_eq!(f.flags, OPTIMIZED | NEWLOCALS | VARARGS | VARKEYWORDS);
}

#[test]
fn closures_and_cells() {
    let code = compile_ok("closure");
    let outer = nested(&code, "outer");
    let cells: Vec<&str> = outer.cellvars.iter().map(|s| &**s).collect();
    assert_eq!(cells, ["a", "b"]);
    assert_eq!(outer.cell2arg, [Some(0), None]);
    assert!(dis(&outer).contains("LoadClosure a\nLoadClosure b\nBuildTuple 2\nLoadConst <code outer.<locals>.inner>\nMakeFunction 8"), "{}", dis(&outer));
    let inner = nested(&code, "outer.<locals>.inner");
    let frees: Vec<&str> = inner.freevars.iter().map(|s| &**s).collect();
    assert_eq!(frees, ["a", "b"]);
    assert_eq!(
        dis(&inner),
        "LoadDeref b\nLoadDeref a\nBinaryOp 13\nStoreDeref b\nLoadGlobal c\nReturnValue"
    );
    use ouro_compiler::bytecode::flags::*;
    assert_eq!(inner.flags, OPTIMIZED | NEWLOCALS | NESTED);
}

#[test]
fn class_definition_shape() {
    let code = compile_ok("class");
    assert_eq!(
        dis(&code),
        "LoadBuildClass\nLoadConst <code C>\nMakeFunction 0\nLoadConst \"C\"\nLoadName Base\nLoadName M\nLoadConst (\"metaclass\",)\nCallFunctionKw 4\nStoreName C\nLoadConst None\nReturnValue"
    );
    let body = nested(&code, "C");
    assert_eq!(
        dis(&body),
        "LoadName __name__\nStoreName __module__\nLoadConst \"C\"\nStoreName __qualname__\nLoadConst \"doc\"\nStoreName __doc__\nLoadConst 1\nStoreName x\nLoadClosure __class__\nBuildTuple 1\nLoadConst <code C.m>\nMakeFunction 8\nStoreName m\nLoadClosure __class__\nCopy 1\nStoreName __classcell__\nReturnValue"
    );
    let m = nested(&code, "C.m");
    assert_eq!(
        dis(&m),
        "LoadGlobal super\nCallFunction 0\nLoadMethod m\nCallMethod 0\nReturnValue"
    );
    let plain = nested(&compile_ok("class_plain"), "D");
    assert!(dis(&plain).ends_with("StoreName y\nLoadConst None\nReturnValue"));
}

#[test]
fn private_names_are_mangled() {
    let code = compile_ok("class_private");
    assert!(dis(&nested(&code, "C")).contains("StoreName _C__x"));
    assert_eq!(
        dis(&nested(&code, "C.f")),
        "LoadFast self\nLoadAttr _C__x\nReturnValue"
    );
}

#[test]
fn class_bodies_load_free_variables_with_class_deref() {
    let code = compile_ok("class_free");
    let c = nested(&code, "f.<locals>.C");
    assert!(
        dis(&c).contains("LoadClassDeref x\nStoreName y"),
        "{}",
        dis(&c)
    );
    assert!(dis(&c).contains("LoadClosure x"), "{}", dis(&c));
    let f = nested(&code, "f");
    assert!(
        dis(&f)
            .starts_with("LoadConst 1\nStoreDeref x\nLoadBuildClass\nLoadClosure x\nBuildTuple 1"),
        "{}",
        dis(&f)
    );
}

#[test]
fn qualnames() {
    let code = compile_ok("nested_funcs_qualname");
    for q in [
        "f",
        "f.<locals>.g",
        "f.<locals>.g.<locals>.C",
        "f.<locals>.g.<locals>.C.h",
        "f.<locals>.g.<locals>.<lambda>",
        "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>",
    ] {
        nested(&code, q);
    }
}

#[test]
fn generator_shapes() {
    let code = compile_ok("generator");
    let g = nested(&code, "g");
    assert!(g.is_generator());
    assert_eq!(
        dis(&g),
        "LoadFast x\nYieldValue\nPopTop\nLoadConst None\nYieldValue\nStoreFast y\nLoadFast x\nGetYieldFromIter\nLoadConst None\nSend ->12\nYieldValue\nJump ->9\nStoreFast z\nLoadFast z\nReturnValue"
    );
}

#[test]
fn import_shapes() {
    let d = dis(&compile_ok("imports"));
    assert_eq!(
        d,
        "LoadConst 0\nLoadConst None\nImportName a.b.c\nStoreName a
LoadConst 0\nLoadConst None\nImportName a.b\nImportFrom b\nStoreName c\nPopTop
LoadConst 1\nLoadConst (\"x\",)\nImportName m\nImportFrom x\nStoreName y\nPopTop
LoadConst 0\nLoadConst (\"*\",)\nImportName m\nImportStar
LoadConst 0\nLoadConst None\nImportName os\nStoreName os
LoadName os\nLoadAttr getcwd\nCallFunction 0\nPopTop
LoadConst None\nReturnValue"
    );
}

#[test]
fn annotation_shapes() {
    let d = dis(&compile_ok("annotations"));
    assert_eq!(
        d,
        "SetupAnnotations
LoadConst 1\nStoreName x\nLoadName int\nLoadName __annotations__\nLoadConst \"x\"\nStoreSubscr
LoadName str\nLoadName __annotations__\nLoadConst \"y\"\nStoreSubscr
LoadName a\nPopTop\nLoadName int\nPopTop
LoadConst 2\nStoreName z\nLoadName int\nPopTop
LoadConst None\nReturnValue"
    );
}

#[test]
fn fstring_shapes() {
    let d = dis(&compile_ok("fstring"));
    assert_eq!(
        d,
        "LoadName a\nLoadConst \">\"\nLoadName w\nFormatValue 0\nBuildString 2\nFormatValue 6\nLoadConst \" b \"\nLoadName c\nFormatValue 0\nBuildString 3\nStoreName s
LoadName a\nFormatValue 0\nStoreName t
LoadConst None\nReturnValue"
    );
}

#[test]
fn walrus_binds_in_enclosing_function() {
    let code = compile_ok("walrus");
    let f = nested(&code, "f");
    let cells: Vec<&str> = f.cellvars.iter().map(|s| &**s).collect();
    assert_eq!(cells, ["y"]);
    let lc = nested(&code, "f.<locals>.<listcomp>");
    assert!(dis(&lc).contains("Copy 1\nStoreDeref y"), "{}", dis(&lc));
    let d = dis(&code);
    assert!(
        d.contains("CallFunction 1\nCopy 1\nStoreName n\nLoadConst 10\nCompareOp 4"),
        "{d}"
    );
}

#[test]
fn lambda_shapes() {
    let code = compile_ok("lambda");
    let l = nested(&code, "<lambda>");
    assert_eq!(dis(&l), "LoadFast x\nReturnValue");
    assert_eq!(common::const_repr(&l.constants[0]), "None");
    assert!(dis(&code).starts_with("LoadConst 1\nLoadConst (\"k\",)\nBuildConstKeyMap 1\nLoadConst <code <lambda>>\nMakeFunction 2"));
}

#[test]
fn module_docstring() {
    let code = compile_ok("docstring");
    assert_eq!(code.doc.as_deref(), Some("module doc"));
    assert!(dis(&code).starts_with("LoadConst \"module doc\"\nStoreName __doc__"));
}

#[test]
fn interactive_mode_prints_expressions() {
    let code = common::try_compile("interactive", ouro_compiler::Mode::Interactive).unwrap();
    assert_eq!(
        dis(&code),
        "LoadConst 1\nLoadName x\nBinaryOp 0\nPrintExpr\nLoadConst 2\nStoreName x\nLoadConst \"doc\"\nPrintExpr\nLoadConst None\nReturnValue"
    );
}

#[test]
fn explicit_globals() {
    let code = compile_ok("global_decl");
    assert_eq!(
        dis(&nested(&code, "f")),
        "LoadConst 1\nStoreGlobal x\nLoadGlobal y\nReturnValue"
    );
    assert!(dis(&code).contains("LoadConst 2\nStoreGlobal x"));
}

#[test]
fn assert_and_raise() {
    let d = dis(&compile_ok("assert"));
    assert!(d.starts_with("LoadName x\nPopJumpIfTrue ->6\nLoadAssertionError\nLoadConst \"msg\"\nCallFunction 1\nRaiseVarargs 1"), "{d}");
    let code = compile_ok("raise");
    assert_eq!(
        dis(&nested(&code, "f")),
        "LoadGlobal E\nLoadGlobal c\nRaiseVarargs 2"
    );
    assert_eq!(dis(&nested(&code, "g")), "RaiseVarargs 0");
}

#[test]
fn slices() {
    let d = dis(&compile_ok("slices"));
    assert!(
        d.starts_with("LoadName a\nLoadConst 1\nLoadConst 2\nBuildSlice 2\nBinarySubscr\nPopTop"),
        "{d}"
    );
    assert!(
        d.contains(
            "LoadName a\nLoadConst None\nLoadConst None\nLoadConst 2\nBuildSlice 3\nBinarySubscr"
        ),
        "{d}"
    );
    assert!(
        d.contains("LoadName z\nLoadName a\nLoadName x\nLoadName y\nBuildSlice 2\nStoreSubscr"),
        "{d}"
    );
}

#[test]
fn not_of_identity_and_membership_is_inverted() {
    let d = dis(&compile_ok("not_in"));
    assert!(d.starts_with("LoadName a\nLoadName b\nContainsOp 1\nStoreName x\nLoadName a\nLoadName b\nIsOp 1\nStoreName y"), "{d}");
}

#[test]
fn disassembly_snapshot() {
    let code = compile_ok("comp_in_func");
    let expected = "\
Disassembly of <code object <module> line 1>:
   1      0 LoadConst            0
          1 MakeFunction         0
          2 StoreName            0
          3 LoadConst            1
          4 ReturnValue          0

Disassembly of <code object f line 1>:
   2      0 LoadClosure          0
          1 BuildTuple           1
          2 LoadConst            1
          3 MakeFunction         8
          4 LoadDeref            0
          5 GetIter              0
          6 CallFunction         1
          7 ReturnValue          0

Disassembly of <code object f.<locals>.<listcomp> line 2>:
   2      0 BuildList            0
          1 LoadFast             0
          2 ForIter              9
          3 StoreFast            1
          4 LoadFast             1
          5 LoadDeref            0
          6 BinaryOp             0
          7 ListAppend           2
          8 Jump                 2
          9 ReturnValue          0
";
    assert_eq!(format!("{code}"), expected);
}
