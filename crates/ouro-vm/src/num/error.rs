//! The small error type shared by every pure module (`num`, `text`, `table`).
//!
//! A [`PyErr`] names the Python exception class the VM must raise ([`ExcKind`])
//! and carries CPython's exact message text, so the VM can build the exception
//! object without re-deriving the wording.

use std::fmt;

/// The Python exception class an operation raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcKind {
    /// `ValueError`.
    ValueError,
    /// `TypeError`.
    TypeError,
    /// `OverflowError`.
    OverflowError,
    /// `ZeroDivisionError`.
    ZeroDivisionError,
    /// `UnicodeDecodeError` (message is CPython's `str()` of the exception).
    UnicodeDecodeError,
    /// `UnicodeEncodeError` (message is CPython's `str()` of the exception).
    UnicodeEncodeError,
    /// `IndexError`.
    IndexError,
    /// `MemoryError`.
    MemoryError,
    /// `LookupError` (unknown codec or error handler).
    LookupError,
}

impl ExcKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::IndexError => "IndexError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::LookupError => "LookupError",
        }
    }
}

/// A Python exception to raise: its class and CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyErr {
    /// Exception class.
    pub kind: ExcKind,
    /// Exact message text (what `str(exc)` prints).
    pub msg: String,
}

impl PyErr {
    /// Builds an error of `kind` with message `msg`.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr { kind, msg: msg.into() }
    }
    /// `ValueError(msg)`.
    pub fn value(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }
    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }
    /// `OverflowError(msg)`.
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }
    /// `ZeroDivisionError(msg)`.
    pub fn zero_div(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }
}

impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for PyErr {}

/// Result alias used across the pure modules.
pub type PyResult<T> = Result<T, PyErr>;
