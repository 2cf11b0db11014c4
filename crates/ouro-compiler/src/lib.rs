//! ouro-compiler: AST to bytecode. (STUB: being implemented.)
#![forbid(unsafe_code)]
pub mod bytecode;

use std::rc::Rc;

pub use bytecode::{CodeObject, ConstValue, Instr, Op};
use ouro_syntax::{ast, SyntaxError};

/// What the source is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script or imported module.
    Module,
    /// One REPL entry: expression statements echo their value (PrintExpr).
    Interactive,
}

/// Compile a parsed module into its top-level code object. `source` is the
/// text it was parsed from (for the line shown with compile-time errors).
pub fn compile(module: &ast::Module, source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, SyntaxError> {
    let _ = (module, source, filename, mode);
    todo!()
}
