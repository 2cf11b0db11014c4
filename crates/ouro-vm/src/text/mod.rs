//! `str` and `bytes` algorithms with CPython 3.11 semantics.
#![forbid(unsafe_code)]

pub mod pystr;
pub mod slice;
pub mod unicode;
pub mod unicode_tables;
pub mod bytes_repr;
pub mod search;
pub mod str_case;
pub mod str_pad;
pub mod str_predicates;
pub mod str_search;
pub mod str_split;
pub mod str_strip;
pub mod codec;
pub mod bytearray_growth;
pub mod bytes_methods;
