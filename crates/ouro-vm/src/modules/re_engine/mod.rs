//! A regular-expression engine with the semantics of CPython 3.11's `_sre`:
//! `parser` turns a pattern into a `Node` tree (raising `re.error` with
//! CPython's messages and positions), `compile` lowers the tree to a small
//! instruction program, and `exec` runs that program with a backtracking
//! matcher whose choice points live on an explicit heap stack (no Rust
//! recursion while matching, so no pattern can overflow the stack).
//!
//! Subjects are sequences of code points (`str`) or bytes; positions are
//! indices into that sequence, as in Python.

pub mod chars;
pub mod compile;
pub mod exec;
pub mod parser;
mod escape;
mod group;
mod set;
mod source;
#[cfg(test)]
mod tests;

pub use compile::Program;
pub use exec::{Captures, Mode};

/// The flag bits of `re` (`re.IGNORECASE` ...), as CPython numbers them.
pub mod flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
    /// The flags that choose how `\w`, `\d`, `\s` and case folding behave.
    pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
}

/// What Python exception a failed compilation raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`.
    Re,
    /// `ValueError` (incompatible flags).
    Value,
    /// `OverflowError` (a repeat count that is too large).
    Overflow,
    /// `RecursionError` (a pattern nested too deeply).
    Recursion,
}

/// A compilation error: the message without position, and the position in
/// the pattern (code points) when CPython reports one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReError {
    pub kind: ErrorKind,
    pub msg: String,
    pub pos: Option<usize>,
}

impl ReError {
    pub fn at(msg: impl Into<String>, pos: usize) -> ReError {
        ReError { kind: ErrorKind::Re, msg: msg.into(), pos: Some(pos) }
    }

    pub fn bare(msg: impl Into<String>) -> ReError {
        ReError { kind: ErrorKind::Re, msg: msg.into(), pos: None }
    }

    pub fn other(kind: ErrorKind, msg: impl Into<String>) -> ReError {
        ReError { kind, msg: msg.into(), pos: None }
    }
}

/// The text being matched: `len()` code units, each read as a `u32`.
pub trait Subject {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Subject for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Subject for [u32] {
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

/// Parses and compiles `pattern` (code points; bytes patterns are given as
/// their Latin-1 code points with `is_text` false) under `flags`.
pub fn compile(pattern: &[u32], flags: u32, is_text: bool) -> Result<Program, ReError> {
    let parsed = parser::parse(pattern, flags, is_text)?;
    compile::compile(&parsed)
}
