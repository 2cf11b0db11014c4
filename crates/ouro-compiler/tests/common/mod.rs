//! Helpers shared by the compiler tests: compiling fixtures, a symbolic
//! disassembly, and a checker of the runtime block protocol.
#![allow(dead_code)]

#[rustfmt::skip]
pub mod fixtures;

use std::rc::Rc;

use ouro_compiler::bytecode::{CodeObject, ConstValue, Op};
use ouro_compiler::stackdepth::{is_jump, is_terminator};
use ouro_compiler::{compile, Mode};
use ouro_syntax::SyntaxError;

pub fn try_compile(name: &str, mode: Mode) -> Result<Rc<CodeObject>, SyntaxError> {
    let (module, source) = fixtures::snippet(name);
    compile(&module, source, "test.py", mode)
}

/// Compile a fixture, check every code object is well formed.
pub fn compile_ok(name: &str) -> Rc<CodeObject> {
    let code = try_compile(name, Mode::Module).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    check_all(&code);
    code
}

pub fn const_repr(c: &ConstValue) -> String {
    match c {
        ConstValue::None => "None".into(),
        ConstValue::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => format!("{f:?}"),
        ConstValue::Complex { re, im } => format!("({re:?}+{im:?}j)"),
        ConstValue::Str(s) => format!("{s:?}"),
        ConstValue::Bytes(b) => format!("b{b:?}"),
        ConstValue::Ellipsis => "Ellipsis".into(),
        ConstValue::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        ConstValue::FrozenSet(t) => format!(
            "frozenset({{{}}})",
            t.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        ConstValue::Code(c) => format!("<code {}>", c.qualname),
    }
}

/// One line per instruction, with symbolic arguments.
pub fn dis(code: &CodeObject) -> String {
    let mut out = Vec::new();
    for ins in &code.instructions {
        let arg = ins.arg as usize;
        let deref = |i: usize| {
            if i < code.cellvars.len() {
                code.cellvars[i].to_string()
            } else {
                code.freevars[i - code.cellvars.len()].to_string()
            }
        };
        let shown = match ins.op {
            Op::LoadConst => const_repr(&code.constants[arg]),
            Op::LoadName
            | Op::StoreName
            | Op::DeleteName
            | Op::LoadGlobal
            | Op::StoreGlobal
            | Op::DeleteGlobal
            | Op::LoadAttr
            | Op::StoreAttr
            | Op::DeleteAttr
            | Op::LoadMethod
            | Op::ImportName
            | Op::ImportFrom => code.names[arg].to_string(),
            Op::LoadFast | Op::StoreFast | Op::DeleteFast => code.varnames[arg].to_string(),
            Op::LoadDeref
            | Op::StoreDeref
            | Op::DeleteDeref
            | Op::LoadClosure
            | Op::LoadClassDeref => deref(arg),
            op if is_jump(op) => format!("->{arg}"),
            Op::PopTop
            | Op::ReturnValue
            | Op::PopBlock
            | Op::PushExcInfo
            | Op::PopExcept
            | Op::CheckExcMatch
            | Op::WithExceptStart
            | Op::GetIter
            | Op::BinarySubscr
            | Op::StoreSubscr
            | Op::DeleteSubscr
            | Op::LoadBuildClass
            | Op::SetupAnnotations
            | Op::ImportStar
            | Op::PrintExpr
            | Op::YieldValue
            | Op::GetYieldFromIter
            | Op::LoadAssertionError
            | Op::ListToTuple
            | Op::Nop
            | Op::UnaryNot
            | Op::UnaryNegative
            | Op::UnaryPositive
            | Op::UnaryInvert => String::new(),
            _ => ins.arg.to_string(),
        };
        out.push(
            format!("{} {}", ins.op.name(), shown)
                .trim_end()
                .to_string(),
        );
    }
    out.join("\n")
}

/// The nested code object whose qualname is `qualname`.
pub fn nested(code: &Rc<CodeObject>, qualname: &str) -> Rc<CodeObject> {
    if &*code.qualname == qualname {
        return code.clone();
    }
    for c in &code.constants {
        if let ConstValue::Code(inner) = c {
            if let Some(found) = find(inner, qualname) {
                return found;
            }
        }
    }
    panic!("no code object {qualname}");
}

fn find(code: &Rc<CodeObject>, qualname: &str) -> Option<Rc<CodeObject>> {
    if &*code.qualname == qualname {
        return Some(code.clone());
    }
    code.constants.iter().find_map(|c| match c {
        ConstValue::Code(inner) => find(inner, qualname),
        _ => None,
    })
}

#[derive(Clone, Debug, PartialEq)]
enum Block {
    Finally { depth: u32, handler: u32 },
    ExceptHandler { depth: u32 },
}

/// Check `code` and its nested code objects against the block protocol:
/// consistent stack depth and block stack at every instruction, no negative
/// depth, `PopBlock` only pops `Finally`, `PopExcept` only pops
/// `ExceptHandler`, handlers entered at the recorded depth + 1, and no
/// block left open at `ReturnValue` (a frame never returns from inside a
/// block: `return` unwinds first).
pub fn check_all(code: &CodeObject) {
    check(code);
    for c in &code.constants {
        if let ConstValue::Code(inner) = c {
            check_all(inner);
        }
    }
}

pub fn check(code: &CodeObject) {
    let n = code.instructions.len();
    let mut seen: Vec<Option<(u32, Vec<Block>)>> = vec![None; n];
    let mut work = vec![(0usize, 0i64, Vec::<Block>::new())];
    let name = &code.qualname;
    while let Some((mut i, mut d, mut blocks)) = work.pop() {
        loop {
            assert!(i < n, "{name}: fell off the end");
            assert!(d >= 0, "{name}: negative depth at {i}");
            let state = (d as u32, blocks.clone());
            if let Some(prev) = &seen[i] {
                assert_eq!(
                    prev,
                    &state,
                    "{name}: inconsistent state at {i}\n{}",
                    dis(code)
                );
                break;
            }
            seen[i] = Some(state);
            let ins = code.instructions[i];
            match ins.op {
                Op::SetupFinally => blocks.push(Block::Finally {
                    depth: d as u32,
                    handler: ins.arg,
                }),
                Op::SetupWith => blocks.push(Block::Finally {
                    depth: d as u32,
                    handler: ins.arg,
                }),
                Op::PopBlock => {
                    let b = blocks.pop();
                    assert!(
                        matches!(b, Some(Block::Finally { .. })),
                        "{name}: PopBlock at {i} pops {b:?}\n{}",
                        dis(code)
                    );
                }
                Op::PushExcInfo => blocks.push(Block::ExceptHandler {
                    depth: d as u32 - 1,
                }),
                Op::PopExcept => {
                    let b = blocks.pop();
                    assert!(
                        matches!(b, Some(Block::ExceptHandler { .. })),
                        "{name}: PopExcept at {i} pops {b:?}\n{}",
                        dis(code)
                    );
                }
                Op::ReturnValue => assert!(
                    blocks.is_empty(),
                    "{name}: return at {i} inside blocks {blocks:?}\n{}",
                    dis(code)
                ),
                _ => {}
            }
            // An exception may be raised by (almost) any instruction: the
            // innermost Finally block's handler is entered with the
            // exception pushed at that block's depth, ExceptHandler blocks
            // above it popped by the unwinding.
            if let Some(pos) = blocks
                .iter()
                .rposition(|b| matches!(b, Block::Finally { .. }))
            {
                if let Block::Finally { depth, handler } = blocks[pos] {
                    work.push((handler as usize, depth as i64 + 1, blocks[..pos].to_vec()));
                }
            }
            if is_jump(ins.op) && !matches!(ins.op, Op::SetupFinally | Op::SetupWith) {
                let mut jd = d + ins.op.stack_effect(ins.arg, true) as i64;
                if jd < 0 {
                    jd = -1;
                }
                work.push((ins.arg as usize, jd, blocks.clone()));
            }
            // (A SetupWith block's depth, taken before the instruction,
            // counts `exit` in place of the manager: the same number.)
            d += ins.op.stack_effect(ins.arg, false) as i64;
            if is_terminator(ins.op) {
                break;
            }
            i += 1;
        }
    }
}
