//! Operations on objects: arithmetic (int, float, complex), comparison,
//! subscripts, attributes, iteration, dicts and lists.
pub mod arith;
pub mod complex;
pub mod attr;
pub mod compare;
pub mod dict;
pub mod dunder;
pub mod iter;
pub mod list;
pub mod pattern;
pub mod set;
pub mod subscript;
