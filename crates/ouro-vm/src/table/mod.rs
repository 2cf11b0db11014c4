//! CPython container layouts (TEMPORARY minimal version).
pub mod dict_table;
pub mod list_growth;
pub use dict_table::DictTable;
