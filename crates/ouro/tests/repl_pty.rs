//! The REPL on a real pseudo-terminal, typed at as a person would: blocks
//! with auto-indent, Tab completion, Ctrl-C while code runs and at the
//! prompt, history across two sessions, colour, and the lesson transcript
//! `tests/repl/24_slicing.repl` reproduced line by line.
//!
//! `rexpect` gives the child a pty as its controlling terminal (so Ctrl-C is
//! a real SIGINT from the line discipline) and waits for expected text with
//! a timeout, so no test sleeps. Every session gets `TERM=xterm` (CI's TERM
//! may be unset or `dumb`, where the line editor turns itself off), a fresh
//! `HOME` (history) and, unless colour is under test, `NO_COLOR=1`.
//!
//!     cargo test -p ouro --test repl_pty

mod common;

use std::path::Path;
use std::process::Command;

use common::{fresh_dir, ouro_bin, repo_root};
use rexpect::session::PtySession;

/// Generous: a loaded CI machine may be slow to start the binary.
const TIMEOUT_MS: u64 = 15_000;
const UP: &str = "\x1b[A";
const BACKSPACE: &str = "\x7f";

fn spawn(home: &Path, color: bool) -> PtySession {
    let mut cmd = Command::new(ouro_bin());
    cmd.env("TERM", "xterm").env("HOME", home).env_remove("OURO_GC_STRESS").current_dir(home);
    if color {
        cmd.env_remove("NO_COLOR");
    } else {
        cmd.env("NO_COLOR", "1");
    }
    let mut p = rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn ouro on a pty");
    p.exp_string("Ouro 0.1.0 (Python 3.11 compatible)").expect("banner");
    prompt(&mut p);
    p
}

fn prompt(p: &mut PtySession) -> String {
    p.exp_string(">>> ").expect("the >>> prompt")
}

/// Type `line` and Enter; return what the terminal showed up to the next
/// `>>> ` with colour and cursor sequences and carriage returns removed.
fn entry(p: &mut PtySession, line: &str) -> String {
    type_line(p, line);
    plain(&prompt(p))
}

/// Type `line` and Enter inside a block; return what the terminal showed
/// up to the next `... ` (as [`entry`]).
fn more(p: &mut PtySession, line: &str) -> String {
    type_line(p, line);
    plain(&p.exp_string("... ").expect("the ... prompt"))
}

/// Type `text` (no Enter).
fn keys(p: &mut PtySession, text: &str) {
    p.send(text).expect("type");
    p.flush().expect("flush");
}

/// Type `line` and press Enter (a terminal sends `\r`).
fn type_line(p: &mut PtySession, line: &str) {
    keys(p, &format!("{line}\r"));
}

/// Terminal output as text: ANSI escape sequences and `\r` removed.
fn plain(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for d in chars.by_ref() {
                        if d.is_ascii_alphabetic() || d == '~' {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

fn quit(mut p: PtySession) {
    p.send_control('d').expect("Ctrl-D");
    p.exp_eof().expect("ouro exits on Ctrl-D");
    match p.process.wait() {
        Ok(rexpect::process::wait::WaitStatus::Exited(_, 0)) => {}
        other => panic!("expected exit status 0, got {other:?}"),
    }
}

#[test]
fn blocks_with_auto_indent() {
    let home = fresh_dir("pty").unwrap();
    let mut p = spawn(&home, false);
    // Auto-indent pre-fills the body's indentation; `return` dedents, so
    // the empty line that ends the block needs no deleting.
    assert_eq!(more(&mut p, "def square(n):"), "def square(n):\n");
    assert_eq!(more(&mut p, "return n * n"), "    return n * n\n");
    assert_eq!(entry(&mut p, ""), "\n");
    assert_eq!(entry(&mut p, "square(7)"), "square(7)\n49\n");
    more(&mut p, "class Point:");
    assert_eq!(more(&mut p, "def __init__(self, x):"), "    def __init__(self, x):\n");
    assert_eq!(more(&mut p, "self.x = x"), "        self.x = x\n");
    // Enter on the offered indentation dedents one level, then ends.
    assert_eq!(more(&mut p, ""), "        \n");
    assert_eq!(more(&mut p, ""), "    \n");
    entry(&mut p, "");
    assert_eq!(entry(&mut p, "Point(3).x"), "Point(3).x\n3\n");
    more(&mut p, "for i in range(2):");
    more(&mut p, "print('item', i)");
    more(&mut p, "");
    assert_eq!(entry(&mut p, ""), "\nitem 0\nitem 1\n");
    // Backspace in the offered indentation removes one level: `print('x')`
    // belongs to the loop, not to the `if`.
    more(&mut p, "for i in range(2):");
    more(&mut p, "if i:");
    more(&mut p, "print(i)");
    keys(&mut p, BACKSPACE);
    more(&mut p, "print('x')");
    more(&mut p, "");
    assert!(entry(&mut p, "").ends_with("\nx\n1\nx\n"));
    quit(p);
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn tab_completes_attributes_and_names() {
    let home = fresh_dir("pty").unwrap();
    let mut p = spawn(&home, false);
    entry(&mut p, "import gc");
    keys(&mut p, "gc.co\t");
    p.exp_string("gc.collect(").unwrap();
    type_line(&mut p, ")");
    p.exp_regex(r"\n\d+\r?\n").unwrap();
    prompt(&mut p);
    entry(&mut p, "long_variable_name = 7");
    keys(&mut p, "long_v\t");
    p.exp_string("long_variable_name").unwrap();
    assert_eq!(entry(&mut p, " + 1").lines().last(), Some("8"));
    quit(p);
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn ctrl_c_interrupts_running_code_and_the_prompt() {
    let home = fresh_dir("pty").unwrap();
    let mut p = spawn(&home, false);
    for line in ["def spin():", "print('spinning')", "while True:", "pass", ""] {
        more(&mut p, line);
    }
    entry(&mut p, "");
    type_line(&mut p, "spin()");
    p.exp_string("spinning").unwrap();
    p.send_control('c').unwrap();
    let shown = plain(&prompt(&mut p));
    assert!(
        shown.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"),
        "{shown:?}"
    );
    assert!(shown.ends_with("KeyboardInterrupt\n"), "{shown:?}");
    // Ctrl-C at the prompt discards the line.
    keys(&mut p, "half typed");
    p.exp_string("half typed").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    prompt(&mut p);
    assert_eq!(entry(&mut p, "6 * 7"), "6 * 7\n42\n");
    quit(p);
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn history_is_kept_across_sessions() {
    let home = fresh_dir("pty").unwrap();
    let mut p = spawn(&home, false);
    entry(&mut p, "remembered = 12345");
    more(&mut p, "def twice(x):");
    more(&mut p, "return 2 * x");
    entry(&mut p, "");
    quit(p);
    let saved = std::fs::read_to_string(home.join(".ouro_history")).unwrap_or_default();
    assert!(saved.contains("remembered = 12345"), "{saved:?}");

    let mut p = spawn(&home, false);
    // Up shows the block (cursor on its last line), Up moves to its first
    // line, Up again recalls the assignment; Enter runs it.
    keys(&mut p, UP);
    p.exp_string("return 2 * x").unwrap();
    keys(&mut p, UP);
    keys(&mut p, UP);
    p.exp_string("remembered = 12345").unwrap();
    type_line(&mut p, "");
    prompt(&mut p);
    // The two-line block comes back as one entry and runs on Enter.
    keys(&mut p, UP);
    keys(&mut p, UP);
    p.exp_string("return 2 * x").unwrap();
    type_line(&mut p, "");
    prompt(&mut p);
    assert_eq!(entry(&mut p, "twice(remembered)"), "twice(remembered)\n24690\n");
    // Ctrl-R searches the history.
    entry(&mut p, "remembered = 1");
    p.send_control('r').unwrap();
    keys(&mut p, "= 123");
    p.exp_string("remembered = 12345").unwrap();
    keys(&mut p, "\r");
    // The accepted line is redrawn after its prompt, then runs.
    p.exp_string("\n").unwrap();
    prompt(&mut p);
    assert_eq!(entry(&mut p, "remembered"), "remembered\n12345\n");
    quit(p);
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn colour_unless_no_color() {
    let home = fresh_dir("pty").unwrap();
    let mut p = spawn(&home, true);
    keys(&mut p, "def");
    p.exp_string("\x1b[1;34mdef").unwrap();
    p.send_control('u').unwrap();
    type_line(&mut p, "'ok'");
    prompt(&mut p);
    quit(p);
    let mut p = spawn(&home, false);
    type_line(&mut p, "'plain' # no colour");
    let shown = prompt(&mut p);
    assert!(!shown.contains("\x1b[32m") && !shown.contains("\x1b[1;34m"), "{shown:?}");
    quit(p);
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn exit_call_leaves_with_its_status() {
    let home = fresh_dir("pty").unwrap();
    let mut p = spawn(&home, false);
    type_line(&mut p, "exit(3)");
    p.exp_eof().unwrap();
    match p.process.wait() {
        Ok(rexpect::process::wait::WaitStatus::Exited(_, 3)) => {}
        other => panic!("expected exit status 3, got {other:?}"),
    }
    let _ = std::fs::remove_dir_all(home);
}

/// The lesson transcript, typed line by line: each entry shows exactly the
/// transcript's output.
#[test]
fn lesson_24_slicing_on_a_terminal() {
    let transcript = std::fs::read_to_string(repo_root().join("tests/repl/24_slicing.repl")).unwrap();
    let home = fresh_dir("pty").unwrap();
    let mut p = spawn(&home, false);
    let mut lines = transcript.lines().peekable();
    while let Some(line) = lines.next() {
        let input = line.strip_prefix(">>> ").unwrap_or_else(|| panic!("not an input line: {line:?}"));
        let mut expected = format!("{input}\n");
        while let Some(out) = lines.next_if(|l| !l.starts_with(">>> ")) {
            expected.push_str(out);
            expected.push('\n');
        }
        assert_eq!(entry(&mut p, input), expected);
    }
    quit(p);
    let _ = std::fs::remove_dir_all(home);
}
