//! CPython container layouts that drive `sys.getsizeof`: list growth, the
//! compact dict table and the set table.
#![forbid(unsafe_code)]

pub mod list_growth;
pub mod dict_table;
pub mod set_table;
pub use dict_table::DictTable;
