//! Syntax errors: the public `SyntaxError`, its CPython-exact rendering, and
//! the located form every stage of the front end reports in.
//!
//! All translation from internal failures (lexer, indentation, LALRPOP) to
//! CPython's messages lives in this module and in `diagnose.rs`.

use crate::source::{chars_before, Lines};

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

impl SyntaxError {
    /// The Python exception class name.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }

    /// Exactly what CPython 3.11 prints to stderr for this error when it is
    /// raised by compiling a script (`print_exception` + `print_error_text`).
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if let Some(text) = &self.text {
            // CPython draws a single caret for indentation errors.
            let single = self.kind != SyntaxErrorKind::SyntaxError;
            // CPython's text came from the file and carries its newline.
            let line_size = text.len() as i64 + 1;
            let mut end_offset = self.end_offset as i64;
            if self.end_lineno > self.lineno {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            if single {
                end_offset = 0;
            }
            render_text(&mut out, self.offset as i64, end_offset, text);
        }
        out.push_str(self.type_name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

/// CPython's `print_error_text`: the offending line (indentation stripped)
/// and a caret run under `offset..end_offset` (1-based character offsets;
/// no carets when the offset falls left of the stripped text). `text` may
/// end with a newline, and may hold several lines: the one holding the
/// offset is shown.
pub fn render_error_text(offset: i64, end_offset: i64, text: &str) -> String {
    let mut out = String::new();
    render_text(&mut out, offset, end_offset, text);
    out
}

fn render_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let reps = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    let mut rest = text.trim_start_matches([' ', '\t', '\x0c']);
    let mut offset = offset - 1 - (text.len() - rest.len()) as i64;
    let mut len = rest.strip_suffix('\n').unwrap_or(rest).len() as i64;
    offset = offset.min(len);
    // Move to the line of `offset` when the text holds several.
    while let Some(nl) = rest.find('\n') {
        if nl as i64 >= offset {
            break;
        }
        rest = &rest[nl + 1..];
        len -= nl as i64 + 1;
        offset -= nl as i64 + 1;
    }
    out.push_str("    ");
    out.push_str(rest);
    if usize::try_from(len).ok().and_then(|l| rest.as_bytes().get(l)) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', offset as usize));
    out.extend(std::iter::repeat_n('^', reps as usize));
    out.push('\n');
}

/// A column of an error position, before conversion to CPython's offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Col {
    /// 0-based UTF-8 byte column; becomes `chars + 1`.
    Byte(u32),
    /// Already CPython's final value (1-based characters; 0 = none).
    Raw(u32),
}

/// An error with its position, produced by any stage before the text of
/// the offending line is attached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub col: Col,
    pub end_lineno: u32,
    pub end_col: Col,
    pub incomplete: bool,
    /// Replaces the source line as the error's text (f-string fields).
    pub text: Option<String>,
}

impl Located {
    /// A `SyntaxError` spanning byte columns `col..end_col` of one line.
    pub fn at(msg: impl Into<String>, line: u32, col: u32, end_col: u32) -> Located {
        Located::range(msg, line, col, line, end_col)
    }

    /// A `SyntaxError` spanning `(line, col)..(end_line, end_col)` (byte columns).
    pub fn range(msg: impl Into<String>, line: u32, col: u32, end_line: u32, end_col: u32) -> Located {
        Located {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: line,
            col: Col::Byte(col),
            end_lineno: end_line,
            end_col: Col::Byte(end_col),
            incomplete: false,
            text: None,
        }
    }

    pub fn kind(mut self, kind: SyntaxErrorKind) -> Located {
        self.kind = kind;
        self
    }

    pub fn incomplete(mut self) -> Located {
        self.incomplete = true;
        self
    }

    pub fn raw_end(mut self, end_col: u32) -> Located {
        self.end_col = Col::Raw(end_col);
        self
    }

    pub fn raw_cols(mut self, col: u32, end_col: u32) -> Located {
        self.col = Col::Raw(col);
        self.end_col = Col::Raw(end_col);
        self
    }

    /// Attach the source line and convert columns to CPython offsets.
    pub fn finish(self, lines: &Lines<'_>, filename: &str) -> SyntaxError {
        let text = self.text.as_deref().or_else(|| lines.text(self.lineno));
        let end_text = if self.text.is_some() { text } else { lines.text(self.end_lineno) };
        let conv = |col: Col, line: Option<&str>| match col {
            Col::Raw(v) => v,
            Col::Byte(b) => line.map_or(b, |l| chars_before(l, b as usize)) + 1,
        };
        SyntaxError {
            kind: self.kind,
            offset: conv(self.col, text),
            end_offset: conv(self.end_col, end_text),
            text: text.map(str::to_string),
            msg: self.msg,
            filename: filename.to_string(),
            lineno: self.lineno,
            end_lineno: self.end_lineno,
            incomplete: self.incomplete,
        }
    }
}
