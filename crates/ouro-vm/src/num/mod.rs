//! Python `int` and `float` semantics, formatting and parsing.
#![forbid(unsafe_code)]

pub mod error;
pub mod float_ops;
pub mod float_parse;
pub mod float_round;
pub mod format;
pub mod format_spec;
pub mod float_repr;
pub mod int;
pub mod int_arith;
pub mod int_bits;
pub mod int_text;
pub mod percent;
pub mod ratio;

pub use float_repr::repr as float_repr;
pub use int::PyInt;
