//! Building compile-time `SyntaxError` values with CPython's positions.
//!
//! CPython's compiler and symbol table report `offset`/`end_offset` as the
//! node's 0-based UTF-8 byte column plus one (they are not converted to
//! characters, unlike parser errors), and `text` is the offending line.

use ouro_syntax::ast::Span;
use ouro_syntax::{SyntaxError, SyntaxErrorKind};

/// The message CPython's `RecursionError` carries when an AST is too deep.
/// It is returned as a `SyntaxError` value with this exact `msg`; the VM
/// raises it as `RecursionError`.
pub const RECURSION_MSG: &str = "maximum recursion depth exceeded during compilation";

/// Source text and file name, for filling in error positions.
pub struct ErrorSource<'s> {
    source: &'s str,
    filename: &'s str,
}

impl<'s> ErrorSource<'s> {
    pub fn new(source: &'s str, filename: &'s str) -> Self {
        ErrorSource { source, filename }
    }

    /// A `SyntaxError` located at `span`.
    pub fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno: span.line,
            offset: span.col + 1,
            end_lineno: span.end_line,
            end_offset: span.end_col + 1,
            text: self.line_text(span.line),
            incomplete: false,
        }
    }

    /// The "too deep" error (see [`RECURSION_MSG`]); it carries no position.
    pub fn recursion_error(&self) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: RECURSION_MSG.to_string(),
            filename: self.filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
            incomplete: false,
        }
    }

    fn line_text(&self, line: u32) -> Option<String> {
        if line == 0 {
            return None;
        }
        let text = self.source.split('\n').nth(line as usize - 1)?;
        Some(text.strip_suffix('\r').unwrap_or(text).to_string())
    }
}
