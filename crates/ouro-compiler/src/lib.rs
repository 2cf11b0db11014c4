//! ouro-compiler: turns an `ouro_syntax` AST into code objects.
//!
//! **Owns:** everything between the parsed AST and executable bytecode —
//! the nesting-depth guard (`depth`), constant folding (`fold`,
//! `constops`, `constops_complex`), the symbol table (`symtable`), code
//! generation (`codegen`), assembly (`assemble`) and stack-depth analysis
//! (`stackdepth`), plus the instruction-set contract itself (`bytecode`).
//! It reproduces CPython 3.11's compile-time shapes that are observable at
//! run time (constant folding and merging, display building, positions).
//!
//! **Must not know:** runtime objects, the heap or the VM. Constants are
//! plain [`ConstValue`]s; the VM decides how to materialize them.
//!
//! Errors are `ouro_syntax::SyntaxError` values with CPython's messages and
//! positions. An AST nested deeper than CPython accepts yields a
//! `SyntaxError` whose `msg` is [`errors::RECURSION_MSG`]
//! (`"maximum recursion depth exceeded during compilation"`); the VM raises
//! it as `RecursionError`.
#![forbid(unsafe_code)]

mod assemble;
pub mod bytecode;
mod codegen;
mod constops;
mod constops_complex;
mod depth;
pub mod errors;
mod fold;
mod mangle;
pub mod stackdepth;
mod symtable;

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
    /// `eval` input: the code returns the value of its one expression
    /// (compiled through [`compile_expression`]).
    Eval,
}

/// Compile a parsed module into its top-level code object. `source` is the
/// text it was parsed from (for the line shown with compile-time errors).
pub fn compile(
    module: &ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let errs = errors::ErrorSource::new(source, filename);
    if depth::too_deep(module) {
        return Err(errs.recursion_error());
    }
    let table = symtable::SymbolTable::build(module, &errs)?;
    codegen::Compiler::new(table, &errs, filename, mode).compile_module(module)
}

/// Compile parsed `eval` input into a `<module>` code object that returns
/// the expression's value (CPython's compile mode 'eval').
pub fn compile_expression(
    expression: &ast::Expression,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    // The passes walk statements: the expression is given as the only one.
    let body = &expression.body;
    let stmt = ast::Stmt { node: ast::StmtKind::Expr(body.clone()), span: body.span };
    compile(&ast::Module { body: vec![stmt] }, source, filename, Mode::Eval)
}
