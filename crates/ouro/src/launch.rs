//! Doing what the command line asked: run a script, `-c` code, a `-m`
//! module or standard input as `__main__` (with `sys.argv` as `python3`
//! sets it), and the REPL on a terminal or after `-i`.

use std::cell::RefCell;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use ouro_vm::Vm;

use crate::cli::{self, Options, Parsed, Program};
use crate::{repl, signals, usage};

/// Run according to `argv` (including the program name); returns the exit
/// status.
pub fn run(argv: Vec<String>) -> i32 {
    let program = argv.first().cloned().unwrap_or_else(|| "ouro".into());
    match cli::parse(argv.get(1..).unwrap_or(&[])) {
        Parsed::Version { .. } => {
            let _ = writeln!(std::io::stdout(), "Ouro {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
            0
        }
        Parsed::Help => {
            let _ = std::io::stdout().write_all(usage::help(&program).as_bytes());
            0
        }
        Parsed::Usage(message) => {
            let _ = std::io::stderr().write_all(usage::usage_error(&program, &message).as_bytes());
            2
        }
        Parsed::Run(opts) => launch(&program, &opts),
    }
}

fn launch(program: &str, opts: &Options) -> i32 {
    let with_args =
        |first: &str| std::iter::once(first.to_string()).chain(opts.args.iter().cloned()).collect::<Vec<_>>();
    match &opts.program {
        Program::Command(code) => run_program(code, "<string>", with_args("-c"), opts),
        Program::File(path) => {
            let shown = absolute(Path::new(path));
            match std::fs::read(path) {
                Ok(bytes) => run_program(&String::from_utf8_lossy(&bytes), &shown, with_args(path), opts),
                Err(e) => {
                    eprintln!(
                        "{program}: can't open file '{shown}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(2),
                        reason(&e)
                    );
                    2
                }
            }
        }
        Program::Module(name) => match find_module(name) {
            Some(file) => match std::fs::read(&file) {
                Ok(bytes) => {
                    let shown = file.display().to_string();
                    run_program(&String::from_utf8_lossy(&bytes), &shown, with_args(&shown), opts)
                }
                Err(e) => {
                    eprintln!("{program}: {}: {}", file.display(), reason(&e));
                    1
                }
            },
            None => {
                eprintln!("{program}: No module named {name}");
                1
            }
        },
        Program::Stdin { dash } => {
            let argv = with_args(if *dash { "-" } else { "" });
            if std::io::stdin().is_terminal() || opts.inspect {
                let mut vm = new_vm(argv, opts);
                // `sys.path[0]` is '' at the prompt: imports from the current directory.
                vm.script_dir = Some(".".into());
                if !opts.quiet {
                    vm.out.write_stderr(&repl::banner());
                }
                return interactive(vm);
            }
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("{program}: cannot read standard input: {e}");
                return 1;
            }
            run_program(&String::from_utf8_lossy(&bytes), "<stdin>", argv, opts)
        }
    }
}

/// Run `source` as `__main__`; with `-i`, the REPL follows in its globals.
fn run_program(source: &str, filename: &str, argv: Vec<String>, opts: &Options) -> i32 {
    let mut vm = new_vm(argv, opts);
    let status = vm.run_main(source, filename);
    if opts.inspect {
        adopt_main_globals(&mut vm);
        return interactive(vm);
    }
    vm.finalize();
    status
}

fn new_vm(argv: Vec<String>, opts: &Options) -> Vm {
    let mut vm = Vm::new(argv);
    signals::route_interrupts(vm.interrupt_flag());
    if opts.gc_trace {
        vm.set_gc_trace(true);
    }
    vm
}

fn interactive(vm: Vm) -> i32 {
    let vm = Rc::new(RefCell::new(vm));
    let status = repl::run(vm.clone());
    vm.borrow_mut().finalize();
    status
}

/// After `run_main`, make the finished program's `__main__` (still in
/// `sys.modules`, which keeps it alive) the REPL's namespace, as `python3
/// -i` does. `main_globals` is a borrowed reference, as the VM's own.
fn adopt_main_globals(vm: &mut Vm) {
    let modules = vm.modules;
    if let Ok(Some(main)) = vm.dict_get_str(modules, "__main__") {
        vm.main_globals = Some(vm.module_dict(main));
        vm.decref(main);
    }
}

/// `-m name`: `name.py` (or the package `name/__main__.py`) under the
/// current directory, which is `sys.path[0]` for `-m`.
fn find_module(name: &str) -> Option<PathBuf> {
    let valid = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
    };
    if !name.split('.').all(valid) {
        return None;
    }
    let base: PathBuf = std::env::current_dir().ok()?.join(name.split('.').collect::<PathBuf>());
    let file = base.with_extension("py");
    if file.is_file() {
        return Some(file);
    }
    Some(base.join("__main__.py")).filter(|f| f.is_file())
}

/// CPython 3.11 names the main script by its absolute path (not resolving
/// symbolic links or `..`).
fn absolute(path: &Path) -> String {
    std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.display().to_string())
}

fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        std::io::ErrorKind::IsADirectory => "Is a directory".into(),
        _ => e.to_string(),
    }
}
