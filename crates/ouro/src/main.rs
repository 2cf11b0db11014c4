//! The `ouro` command: run a Python script (`ouro script.py args...`), a
//! string (`ouro -c code`), a module (`ouro -m mod`), a program read from
//! standard input, or the interactive prompt; options as `python3`'s.
//!
//! Layout: [`cli`] parses the command line, [`launch`] runs what it asked
//! for, [`repl`] is the interactive prompt, [`usage`] the help texts,
//! [`signals`] routes Ctrl-C to the VM.
//!
//! Invariant: this crate only parses the command line, reads input and
//! hands source to `ouro-vm` through its public entry points (`run_main`,
//! `run_interactive`, `main_globals`, attribute lookup for completion); it
//! knows nothing about how objects are stored or about bytecode.
#![forbid(unsafe_code)]

mod cli;
mod launch;
mod repl;
mod signals;
mod usage;

use std::process::ExitCode;

/// The interpreter runs on its own thread with a large stack: Python calls
/// do not recurse on the Rust stack, but natives that call back into Python
/// (repr of nested containers, `sorted(key=...)`) do, bounded by the
/// recursion limit.
const INTERPRETER_STACK: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let handle =
        std::thread::Builder::new().name("ouro".into()).stack_size(INTERPRETER_STACK).spawn(move || launch::run(args));
    match handle.map(|h| h.join()) {
        Ok(Ok(status)) => ExitCode::from(status as u8),
        _ => {
            eprintln!("ouro: internal error");
            ExitCode::from(70)
        }
    }
}
