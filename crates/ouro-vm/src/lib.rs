//! ouro-vm: Ouro's object model, interpreter loop, builtins and modules.
//!
//! It owns what a Python object *is* (`object.rs`), how bytecode runs
//! (`interp.rs`, `call.rs`), the builtin types' behaviour (`ops/`,
//! `methods/`, `builtins/`), the `sys` and `gc` modules (`modules/`), and
//! how CPython's memory observables are computed (`sizeof.rs`,
//! `gc_driver.rs`).
//!
//! Invariant: it must not know how objects are stored or collected; that is
//! `ouro-heap`'s business, reached only through `Heap`'s API and the
//! `Trace` implementation in `object.rs`. It must not parse or compile
//! beyond calling `ouro-syntax` and `ouro-compiler`'s entry points.
#![forbid(unsafe_code)]

pub mod builtins;
pub mod call;
pub mod class;
pub mod errors;
mod exceptions;
pub mod file;
pub mod finalize;
pub mod fast_hash;
pub mod format;
pub mod frame;
pub mod frame_obj;
pub mod gc_driver;
pub mod gc_trace;
pub mod generator;
pub mod hash;
pub mod heap_bytes;
pub mod heap_check;
pub mod immutable_sub;
pub mod instance;
pub mod interp;
pub mod metaclass;
pub mod methods;
pub mod modules;
pub mod num;
pub mod object;
pub mod ops;
pub mod output;
pub mod pylib;
pub mod repl_api;
pub mod repr;
pub mod run;
pub mod sizeof;
pub mod syntax_errors;
pub mod table;
pub mod teardown;
pub mod text;
pub mod traceback;
pub mod tracing;
pub mod types;
pub mod vm;

pub use errors::{PyErr, PyResult};
pub use vm::Vm;
