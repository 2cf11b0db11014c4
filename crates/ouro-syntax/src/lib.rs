//! ouro-syntax: source text to a spanned AST. (STUB: being implemented.)
#![forbid(unsafe_code)]
pub mod ast;

/// Which builtin exception a syntax error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A syntax error with everything CPython's `SyntaxError` carries.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{msg} ({filename}, line {lineno})")]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column in characters (CPython's `offset`), 0 when unknown.
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The offending source line (without its newline), if known.
    pub text: Option<String>,
    /// True when more input could complete the source (REPL continuation).
    pub incomplete: bool,
}

/// Parse a whole module.
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let _ = (source, filename);
    todo!()
}
