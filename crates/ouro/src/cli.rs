//! Parsing the command line, modelled on `python3`'s (getopt-style short
//! options that may be clustered, `-c`/`-m` ending the option list, CPython's
//! exact error messages). Parsing is pure: it returns what to do and
//! [`crate::launch`] does it.

/// The options that take an argument (attached, `-Xfoo`, or separate).
const WITH_ARGUMENT: &[char] = &['c', 'm', 'W', 'X'];
/// Single-letter options accepted, most without effect in Ouro (as in
/// CPython where they concern `.pyc` files, `site`, warnings, ...).
const FLAGS: &[char] = &['b', 'B', 'd', 'E', 'h', '?', 'i', 'I', 'O', 'P', 'q', 's', 'S', 'u', 'v', 'V', 'x'];

/// What runs as `__main__`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Program {
    /// `-c CMD`.
    Command(String),
    /// `-m MODULE`.
    Module(String),
    /// A script path.
    File(String),
    /// `-` or no script: standard input (the REPL on a terminal).
    Stdin { dash: bool },
}

/// Everything the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub program: Program,
    /// `sys.argv[1:]`.
    pub args: Vec<String>,
    /// `-i`: the REPL after the program (also when stdin is not a terminal).
    pub inspect: bool,
    /// `-q`: no banner.
    pub quiet: bool,
    /// `-u`: unbuffered output (accepted; the VM has no switch for it yet).
    pub unbuffered: bool,
    /// `-X gc-trace` or `--gc-trace`: explain every collection on stderr.
    pub gc_trace: bool,
    /// `-X` options, in order.
    pub xoptions: Vec<String>,
}

/// The result of parsing: run, or answer at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Run(Options),
    /// `-V`/`--version` (`verbose` when given twice).
    Version {
        verbose: bool,
    },
    /// `-h`, `-?`, `--help` (and `--help-all`, `--help-env`, `--help-xoptions`).
    Help,
    /// A usage error: the first line of CPython's message (`unknown option
    /// --foo`, `Unknown option: -z`, `Argument expected for the -c option`).
    Usage(String),
}

/// Parse `args` (without the program name).
pub fn parse(args: &[String]) -> Parsed {
    let mut opts = Options {
        program: Program::Stdin { dash: false },
        args: Vec::new(),
        inspect: false,
        quiet: false,
        unbuffered: false,
        gc_trace: false,
        xoptions: Vec::new(),
    };
    let (mut version, mut help) = (0, false);
    let mut i = 0;
    let mut program = None;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "version" => version += 1,
                "help" | "help-all" | "help-env" | "help-xoptions" => help = true,
                "gc-trace" => opts.gc_trace = true,
                "check-hash-based-pycs" => {
                    if i >= args.len() {
                        return Parsed::Usage("Argument expected for the --check-hash-based-pycs options".into());
                    }
                    i += 1;
                }
                _ => return Parsed::Usage(format!("unknown option {arg}")),
            }
            continue;
        }
        if arg == "-" || !arg.starts_with('-') {
            i -= 1;
            break;
        }
        let letters: Vec<char> = arg.chars().skip(1).collect();
        for (k, &c) in letters.iter().enumerate() {
            if WITH_ARGUMENT.contains(&c) {
                let attached: String = letters[k + 1..].iter().collect();
                let value = if !attached.is_empty() {
                    attached
                } else if i < args.len() {
                    i += 1;
                    args[i - 1].clone()
                } else {
                    return Parsed::Usage(format!("Argument expected for the -{c} option"));
                };
                match c {
                    'c' => program = Some(Program::Command(value)),
                    'm' => program = Some(Program::Module(value)),
                    'X' => {
                        opts.gc_trace |= value == "gc-trace";
                        opts.xoptions.push(value);
                    }
                    _ => {}
                }
                break;
            }
            if !FLAGS.contains(&c) {
                return Parsed::Usage(format!("Unknown option: -{c}"));
            }
            match c {
                'h' | '?' => help = true,
                'V' => version += 1,
                'i' => opts.inspect = true,
                'q' => opts.quiet = true,
                'u' => opts.unbuffered = true,
                _ => {}
            }
        }
        if program.is_some() {
            break;
        }
    }
    if help {
        return Parsed::Help;
    }
    if version > 0 {
        return Parsed::Version { verbose: version > 1 };
    }
    let rest = &args[i.min(args.len())..];
    opts.program = match program {
        Some(p) => {
            opts.args = rest.to_vec();
            p
        }
        None => match rest.first() {
            Some(first) => {
                opts.args = rest[1..].to_vec();
                if first == "-" {
                    Program::Stdin { dash: true }
                } else {
                    Program::File(first.clone())
                }
            }
            None => Program::Stdin { dash: false },
        },
    };
    Parsed::Run(opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Parsed {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    fn run(args: &[&str]) -> Options {
        match p(args) {
            Parsed::Run(o) => o,
            other => panic!("expected Run, got {other:?}"),
        }
    }

    #[test]
    fn scripts_and_arguments() {
        let o = run(&["s.py", "-c", "x"]);
        assert_eq!(o.program, Program::File("s.py".into()));
        assert_eq!(o.args, vec!["-c", "x"]);
        assert_eq!(run(&[]).program, Program::Stdin { dash: false });
        assert_eq!(run(&["-", "a"]).program, Program::Stdin { dash: true });
        assert_eq!(run(&["--", "s.py"]).program, Program::File("s.py".into()));
    }

    #[test]
    fn clustered_and_attached_options() {
        let o = run(&["-qic", "print(1)", "a"]);
        assert!(o.quiet && o.inspect);
        assert_eq!(o.program, Program::Command("print(1)".into()));
        assert_eq!(o.args, vec!["a"]);
        assert_eq!(run(&["-cprint(2)"]).program, Program::Command("print(2)".into()));
        assert_eq!(run(&["-mmod", "x"]).program, Program::Module("mod".into()));
        assert!(run(&["-X", "gc-trace", "s.py"]).gc_trace);
        assert!(run(&["--gc-trace", "-u", "s.py"]).gc_trace);
        assert!(run(&["-u", "s.py"]).unbuffered);
    }

    #[test]
    fn answers_and_errors() {
        assert_eq!(p(&["-V", "-c", "1"]), Parsed::Version { verbose: false });
        assert_eq!(p(&["-VV"]), Parsed::Version { verbose: true });
        assert_eq!(p(&["-h"]), Parsed::Help);
        assert_eq!(p(&["--foo"]), Parsed::Usage("unknown option --foo".into()));
        assert_eq!(p(&["-z"]), Parsed::Usage("Unknown option: -z".into()));
        assert_eq!(p(&["-qz"]), Parsed::Usage("Unknown option: -z".into()));
        assert_eq!(p(&["-c"]), Parsed::Usage("Argument expected for the -c option".into()));
        assert_eq!(p(&["-m"]), Parsed::Usage("Argument expected for the -m option".into()));
    }
}
