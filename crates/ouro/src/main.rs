//! The `ouro` command: run a Python script (`ouro script.py args...`),
//! a string (`ouro -c code`) or a program read from standard input.
//!
//! Invariant: this crate only parses the command line and hands source to
//! `ouro-vm`; it knows nothing about objects or bytecode.

mod cli;

use std::process::ExitCode;

/// The interpreter runs on its own thread with a large stack: Python calls
/// do not recurse on the Rust stack, but natives that call back into Python
/// (repr of nested containers, `sorted(key=...)`) do, bounded by the
/// recursion limit.
const INTERPRETER_STACK: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let handle = std::thread::Builder::new().name("ouro".into()).stack_size(INTERPRETER_STACK).spawn(move || cli::run(args));
    match handle.map(|h| h.join()) {
        Ok(Ok(status)) => ExitCode::from(status as u8),
        _ => {
            eprintln!("ouro: internal error");
            ExitCode::from(70)
        }
    }
}
