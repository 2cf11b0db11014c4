//! ouro-syntax: Python 3.11 source text to a spanned AST.
//!
//! This crate owns tokenizing (logos plus an INDENT/DEDENT pass), parsing
//! (an LALRPOP grammar kept at `grammar/python.lalrpop` in the workspace
//! root), f-string and literal decoding, and producing `SyntaxError`s whose
//! text, position and rendering match CPython 3.11 exactly.
//!
//! It must not know about bytecode, objects or the VM: its only output is
//! the AST in [`ast`] or a [`SyntaxError`].
#![forbid(unsafe_code)]
pub mod ast;
mod builder;
mod diagnose;
mod error;
mod fstring;
mod indent;
mod lexer;
mod numbers;
mod parser;
mod patterns;
mod source;
mod strings;
mod targets;
mod token;

pub use error::{render_error_text, SyntaxError, SyntaxErrorKind};

/// Parse a whole module. `filename` is only used in the error.
/// (The other entry points, [`parse_expression`] and [`parse_single`],
/// parse `eval` input and compile mode 'single'.)
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let src = source::normalize(source);
    let lines = source::Lines::new(&src);
    if let Some(at) = src.find('\0') {
        return Err(null_byte_error(&src, at, filename));
    }
    parser::parse(&src).map_err(|e| e.finish(&lines, filename))
}

/// Parse `eval` input: an expression list followed only by newlines
/// (CPython's `eval` start symbol). `filename` is only used in the error.
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expression, SyntaxError> {
    let src = source::normalize(source);
    let lines = source::Lines::new(&src);
    if let Some(at) = src.find('\0') {
        return Err(null_byte_error(&src, at, filename));
    }
    parser::parse_eval(&src).map_err(|e| e.finish(&lines, filename))
}

/// Parse input for compile mode 'single' (CPython's `single_input`): one
/// line of simple statements or one compound statement, then only blank
/// lines. `filename` is only used in the error.
pub fn parse_single(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let src = source::normalize(source);
    let lines = source::Lines::new(&src);
    if let Some(at) = src.find('\0') {
        return Err(null_byte_error(&src, at, filename));
    }
    parser::parse_single(&src).map_err(|e| e.finish(&lines, filename))
}

/// CPython refuses NUL characters before tokenizing.
fn null_byte_error(src: &str, at: usize, filename: &str) -> SyntaxError {
    let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "source code cannot contain null bytes".into(),
        filename: filename.into(),
        lineno: src[..at].matches('\n').count() as u32 + 1,
        offset: 0,
        end_lineno: src[..at].matches('\n').count() as u32 + 1,
        end_offset: 0,
        text: Some(src[line_start..at].to_string()),
        incomplete: false,
    }
}
