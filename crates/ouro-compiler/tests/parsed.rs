//! Compiling real source through `ouro_syntax::parse_module`.
mod common;

use ouro_compiler::{compile, Mode};

/// `PARSE_DUMP=file.py cargo test --test parsed dump -- --ignored`: print
/// the disassembly with positions of a source file (for comparing with
/// CPython's `dis`).
#[test]
#[ignore]
fn dump() {
    let Ok(path) = std::env::var("PARSE_DUMP") else {
        return;
    };
    let source = std::fs::read_to_string(&path).unwrap();
    let module = ouro_syntax::parse_module(&source, &path).unwrap();
    let code = compile(&module, &source, &path, Mode::Module).unwrap();
    print_code(&code);
}

fn print_code(code: &ouro_compiler::CodeObject) {
    println!("-- {}", code.qualname);
    let consts: Vec<String> = code.constants.iter().map(common::const_repr).collect();
    println!("consts: {}", consts.join(" | "));
    let d = common::dis(code);
    for (line, p) in d.lines().zip(&code.positions) {
        println!(
            "{line:40} {}:{}-{}:{}",
            p.line, p.col, p.end_line, p.end_col
        );
    }
    for c in &code.constants {
        if let ouro_compiler::ConstValue::Code(inner) = c {
            print_code(inner);
        }
    }
}

/// `PARSE_DIR=/usr/lib/python3.11 cargo test --test parsed corpus -- --ignored`:
/// compile every parsable `.py` file of a directory and check every code
/// object against the block protocol.
#[test]
#[ignore]
fn corpus() {
    let Ok(dir) = std::env::var("PARSE_DIR") else {
        return;
    };
    let (mut compiled, mut parse_errors) = (0, 0);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        let name = path.display().to_string();
        let Ok(module) = ouro_syntax::parse_module(&source, &name) else {
            parse_errors += 1;
            continue;
        };
        match compile(&module, &source, &name, Mode::Module) {
            Ok(code) => common::check_all(&code),
            Err(e) => println!("{name}: {e:?}"),
        }
        compiled += 1;
    }
    println!("compiled {compiled}, parse errors {parse_errors}");
}

fn compile_source(source: &str) -> std::rc::Rc<ouro_compiler::CodeObject> {
    let module = ouro_syntax::parse_module(source, "t.py").expect("parses");
    let code = compile(&module, source, "t.py", Mode::Module).expect("compiles");
    common::check_all(&code);
    code
}

#[test]
fn end_to_end_program() {
    let code = compile_source(
        "import sys\nclass Node:\n    def __init__(self, v, nxt=None):\n        self.v, self.nxt = v, nxt\n\
def walk(n):\n    while n:\n        try:\n            yield n.v\n        finally:\n            n = n.nxt\n\
print(sum(x for x in walk(Node(1, Node(2)))), file=sys.stderr)\n",
    );
    let walk = common::nested(&code, "walk");
    assert!(walk.is_generator());
    assert!(common::dis(&code).contains("LoadConst (\"file\",)\nCallFunctionKw 2"));
}
