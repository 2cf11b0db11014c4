//! Python `int`, `float` and `complex` semantics, formatting and parsing.
#![forbid(unsafe_code)]

pub mod complex;
pub mod complex_format;
pub mod complex_text;
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

pub use complex::Complex;
pub use float_repr::repr as float_repr;
pub use int::PyInt;
