//! The command line, compared with `python3`: scripts and `sys.argv`, `-c`,
//! `-m`, piped stdin and `-`, `-i`, usage errors and exit statuses
//! (`SystemExit` codes and messages).
//!
//! Each case states the expected stdout, stderr and status (CPython 3.11's,
//! with the temporary directory shown as `<tmp>` and the program name as
//! `PROG`). Ouro must produce exactly that; when `python3` is CPython 3.11,
//! it is run on the same case too and must agree, so the expectations stay
//! CPython's.
//!
//!     cargo test -p ouro --test cli

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{fresh_dir, ouro_bin};

/// One invocation, in a fresh directory holding `files`.
struct Case {
    name: &'static str,
    args: &'static [&'static str],
    stdin: &'static str,
    files: &'static [(&'static str, &'static str)],
    stdout: &'static str,
    stderr: &'static str,
    status: i32,
    /// Also run under CPython (false where Ouro differs by design).
    compare: bool,
}

const ARGV_SCRIPT: &str = "import sys\nprint(sys.argv)\nprint(__name__)\n";

const CASES: &[Case] = &[
    Case {
        name: "script with arguments",
        args: &["s.py", "a", "-b"],
        stdin: "",
        files: &[("s.py", ARGV_SCRIPT)],
        stdout: "['s.py', 'a', '-b']\n__main__\n",
        stderr: "",
        status: 0,
        compare: true,
    },
    Case {
        name: "script by relative path",
        args: &["./s.py"],
        stdin: "",
        files: &[("s.py", ARGV_SCRIPT)],
        stdout: "['./s.py']\n__main__\n",
        stderr: "",
        status: 0,
        compare: true,
    },
    Case {
        name: "-c with arguments",
        args: &["-c", "import sys; print(sys.argv, __name__)", "a", "-b"],
        stdin: "",
        files: &[],
        stdout: "['-c', 'a', '-b'] __main__\n",
        stderr: "",
        status: 0,
        compare: true,
    },
    Case {
        name: "options clustered before -c",
        args: &["-uqc", "print('clustered')"],
        stdin: "",
        files: &[],
        stdout: "clustered\n",
        stderr: "",
        status: 0,
        compare: true,
    },
    Case {
        name: "piped stdin is a program",
        args: &[],
        stdin: "import sys\nx = 6 * 7\nx\nprint(x, sys.argv)\n",
        files: &[],
        stdout: "42 ['']\n",
        stderr: "",
        status: 0,
        compare: true,
    },
    Case {
        name: "dash reads stdin",
        args: &["-", "a"],
        stdin: "import sys\nprint(sys.argv)\n",
        files: &[],
        stdout: "['-', 'a']\n",
        stderr: "",
        status: 0,
        compare: true,
    },
    Case {
        name: "traceback from stdin",
        args: &[],
        stdin: "print('before')\n1/0\n",
        files: &[],
        stdout: "before\n",
        stderr: "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: division by zero\n",
        status: 1,
        compare: true,
    },
    Case {
        name: "-m module",
        args: &["-m", "mod", "x"],
        stdin: "",
        files: &[("mod.py", ARGV_SCRIPT)],
        stdout: "['<tmp>/mod.py', 'x']\n__main__\n",
        stderr: "",
        status: 0,
        compare: true,
    },
    Case {
        name: "-m missing module",
        args: &["-m", "nosuch"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "PROG: No module named nosuch\n",
        status: 1,
        compare: true,
    },
    Case {
        name: "missing script",
        args: &["nosuch.py"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "PROG: can't open file '<tmp>/nosuch.py': [Errno 2] No such file or directory\n",
        status: 2,
        compare: true,
    },
    Case {
        name: "traceback names the script's absolute path",
        args: &["t.py"],
        stdin: "",
        files: &[("t.py", "def f():\n    return {}['k']\n\nf()\n")],
        stdout: "",
        stderr: "Traceback (most recent call last):\n  File \"<tmp>/t.py\", line 4, in <module>\n    f()\n  File \"<tmp>/t.py\", line 2, in f\n    return {}['k']\n           ~~^^^^^\nKeyError: 'k'\n",
        status: 1,
        compare: true,
    },
    Case {
        name: "sys.exit(3)",
        args: &["-c", "import sys; sys.exit(3)"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "",
        status: 3,
        compare: true,
    },
    Case {
        name: "sys.exit with a message",
        args: &["-c", "import sys; print('out'); sys.exit('bye')"],
        stdin: "",
        files: &[],
        stdout: "out\n",
        stderr: "bye\n",
        status: 1,
        compare: true,
    },
    Case {
        name: "raise SystemExit",
        args: &["-c", "raise SystemExit"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "",
        status: 0,
        compare: true,
    },
    Case {
        name: "SystemExit(None) and SystemExit(True)",
        args: &["-c", "raise SystemExit(True)"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "",
        status: 1,
        compare: true,
    },
    Case {
        name: "exception in -c",
        args: &["-c", "1/0"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n",
        status: 1,
        compare: true,
    },
    Case {
        name: "syntax error in -c",
        args: &["-c", "def f(:"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "  File \"<string>\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
        status: 1,
        compare: true,
    },
    Case {
        name: "-i runs the REPL in the script's globals",
        args: &["-i", "s.py"],
        stdin: "x * 2\nexit()\n",
        files: &[("s.py", "x = 21\nprint('ran')\n")],
        stdout: "ran\n42\n",
        stderr: ">>> >>> ",
        status: 0,
        compare: true,
    },
    Case {
        name: "-i after an exception",
        args: &["-i", "r.py"],
        stdin: "x\n",
        files: &[("r.py", "x = 5\n1/0\n")],
        stdout: "5\n",
        stderr: "Traceback (most recent call last):\n  File \"<tmp>/r.py\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n>>> >>> \n",
        status: 0,
        compare: true,
    },
    Case {
        name: "-i with -c",
        args: &["-i", "-c", "y = 2"],
        stdin: "y\n",
        files: &[],
        stdout: "2\n",
        stderr: ">>> >>> \n",
        status: 0,
        compare: true,
    },
    Case {
        name: "exit(5) at the prompt",
        args: &["-q", "-i"],
        stdin: "print('hi')\nexit(5)\nprint('not reached')\n",
        files: &[],
        stdout: "hi\n",
        stderr: ">>> >>> ",
        status: 5,
        compare: true,
    },
    Case {
        name: "sys.exit at the prompt",
        args: &["-q", "-i"],
        stdin: "import sys\nsys.exit('done')\n",
        files: &[],
        stdout: "",
        stderr: ">>> >>> done\n",
        status: 1,
        compare: true,
    },
    Case {
        name: "end of input leaves with 0",
        args: &["-q", "-i"],
        stdin: "1/0\n",
        files: &[],
        stdout: "",
        stderr: ">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> \n",
        status: 0,
        compare: true,
    },
    Case {
        name: "unknown long option",
        args: &["--foo"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "unknown option --foo\nusage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ouro -h' for more information.\n",
        status: 2,
        compare: true,
    },
    Case {
        name: "unknown short option",
        args: &["-z"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "Unknown option: -z\nusage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ouro -h' for more information.\n",
        status: 2,
        compare: true,
    },
    Case {
        name: "-c without its argument",
        args: &["-c"],
        stdin: "",
        files: &[],
        stdout: "",
        stderr: "Argument expected for the -c option\nusage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ouro -h' for more information.\n",
        status: 2,
        compare: true,
    },
];

struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
}

fn run(program: &Path, case: &Case, dir: &Path) -> Outcome {
    let mut child = Command::new(program)
        .args(case.args)
        .current_dir(dir)
        .env("HOME", dir)
        // Ouro verifies reference counts at exit (a report fails stderr).
        .env("OURO_HEAP_CHECK", "1")
        .env_remove("OURO_GC_STRESS")
        .env_remove("PYTHONSTARTUP")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(case.stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("wait");
    let mask = |b: &[u8]| {
        let text = String::from_utf8_lossy(b).into_owned();
        let text = text.replace(&dir.display().to_string(), "<tmp>");
        let text = text.replace(&program.display().to_string(), "PROG");
        // CPython names itself by its full path; only the message matters.
        text.replace("`python -h'", "`ouro -h'")
    };
    Outcome { stdout: mask(&out.stdout), stderr: mask(&out.stderr), status: out.status.code().unwrap_or(-1) }
}

fn check(program: &Path, case: &Case) -> Result<(), String> {
    let dir = fresh_dir("cli").map_err(|e| e.to_string())?;
    for (name, text) in case.files {
        std::fs::write(dir.join(name), text).map_err(|e| e.to_string())?;
    }
    let got = run(program, case, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    let mut problems = Vec::new();
    if got.stdout != case.stdout {
        problems.push(format!("stdout {:?}, expected {:?}", got.stdout, case.stdout));
    }
    if got.stderr != case.stderr {
        problems.push(format!("stderr {:?}, expected {:?}", got.stderr, case.stderr));
    }
    if got.status != case.status {
        problems.push(format!("status {}, expected {}", got.status, case.status));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{} ({}): {}", case.name, program.display(), problems.join("; ")))
    }
}

/// `python3` when it is CPython 3.11 (its path as it names itself), else None.
fn cpython() -> Option<std::path::PathBuf> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11), sys.executable)"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let path = text.trim().strip_prefix("True ")?;
    Some(std::path::PathBuf::from(path))
}

#[test]
fn command_line_cases() {
    let failures: Vec<String> = CASES.iter().filter_map(|c| check(&ouro_bin(), c).err()).collect();
    assert!(failures.is_empty(), "ouro differs:\n{}", failures.join("\n"));
}

#[test]
fn cases_are_cpythons_behaviour() {
    let Some(python) = cpython() else {
        eprintln!("skipped: python3 is not CPython 3.11");
        return;
    };
    let failures: Vec<String> = CASES.iter().filter(|c| c.compare).filter_map(|c| check(&python, c).err()).collect();
    assert!(failures.is_empty(), "CPython differs from the expectations:\n{}", failures.join("\n"));
}

#[test]
fn version_and_help() {
    let out = Command::new(ouro_bin()).arg("-V").output().expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Ouro 0.1.0 (Python 3.11 compatible)\n");
    assert!(out.status.success() && out.stderr.is_empty());
    let out = Command::new(ouro_bin()).args(["--version", "-c", "1/0"]).output().expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Ouro 0.1.0 (Python 3.11 compatible)\n");
    let out = Command::new(ouro_bin()).arg("-h").output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with(&format!(
        "usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n",
        ouro_bin().display()
    )));
    assert!(text.contains("-i     : inspect interactively") && text.contains("gc-trace"));
    assert!(out.status.success());
}

#[test]
fn closed_stdout_is_not_a_crash() {
    // `ouro -h | head -c 1`: writes to a closed pipe end quietly.
    let mut child =
        Command::new(ouro_bin()).arg("-h").stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("run");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn gc_trace_explains_collections() {
    for flags in [&["--gc-trace"][..], &["-X", "gc-trace"][..]] {
        let out = Command::new(ouro_bin())
            .args(flags)
            .args(["-c", "import gc; a = []; a.append(a); del a; print(gc.collect())"])
            .output()
            .expect("run");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("gc-trace: collecting generation 2 (gc.collect() called)\n"), "{flags:?}: {err}");
        assert!(out.status.success());
    }
}
