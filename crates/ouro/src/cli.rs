//! Command-line handling, modelled on `python3`'s.

use std::io::{IsTerminal, Read};

use ouro_vm::Vm;

const USAGE: &str = "usage: ouro [option] ... [-c cmd | file | -] [arg] ...\n";

/// Run according to `args` (argv including the program name); returns the
/// exit status.
pub fn run(args: Vec<String>) -> i32 {
    let program = args.first().cloned().unwrap_or_else(|| "ouro".into());
    let rest = &args[1.min(args.len())..];
    match rest.first().map(String::as_str) {
        Some("-V") | Some("--version") => {
            println!("Ouro {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
            0
        }
        Some("-h") | Some("--help") => {
            print!("{USAGE}");
            0
        }
        Some("-c") => match rest.get(1) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(rest[2..].iter().cloned());
                run_source(code, "<string>", argv)
            }
            None => {
                eprint!("Argument expected for the -c option\n{USAGE}Try `python -h' for more information.\n");
                2
            }
        },
        Some(opt) if opt.starts_with('-') && opt != "-" => {
            eprint!("Unknown option: {opt}\n{USAGE}Try `python -h' for more information.\n");
            2
        }
        Some(path) if path != "-" => run_file(&program, path, rest.to_vec()),
        _ => {
            if std::io::stdin().is_terminal() {
                eprintln!("ouro: the interactive prompt is not available yet; run a script: ouro FILE.py");
                return 2;
            }
            let mut source = String::new();
            if std::io::stdin().read_to_string(&mut source).is_err() {
                eprintln!("ouro: cannot read standard input");
                return 1;
            }
            let argv = if rest.is_empty() { vec![String::new()] } else { rest.to_vec() };
            run_source(&source, "<stdin>", argv)
        }
    }
}

fn run_file(program: &str, path: &str, argv: Vec<String>) -> i32 {
    match std::fs::read(path) {
        Ok(bytes) => {
            let source = String::from_utf8_lossy(&bytes).into_owned();
            // CPython 3.11 reports the main script by its absolute path.
            let shown = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
            run_source(&source, &shown, argv)
        }
        Err(e) => {
            let shown = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
            let errno = e.raw_os_error().unwrap_or(2);
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => e.to_string(),
            };
            eprintln!("{program}: can't open file '{shown}': [Errno {errno}] {reason}");
            2
        }
    }
}

fn run_source(source: &str, filename: &str, argv: Vec<String>) -> i32 {
    let mut vm = Vm::new(argv);
    let status = vm.run_main(source, filename);
    vm.finalize();
    status
}
