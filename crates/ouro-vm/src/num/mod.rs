//! Python int and float semantics (TEMPORARY minimal version).
pub mod float;
pub mod int;
pub mod format_spec;
pub use float::float_repr;
pub use int::PyInt;
