//! The interactive prompt: `>>> ` / `... ` entries run one at a time in
//! `__main__` through the VM's interactive API, exactly as CPython 3.11's
//! REPL shows them (echo of expression values, `_`, tracebacks naming
//! `<stdin>`).
//!
//! The loop is the same for a terminal ([`editor`]: line editing, history,
//! completion, auto-indent, colour) and for other input ([`plain`]: prompts
//! on stderr, as `python3 -i < file`). [`entry`] decides where an entry
//! ends, with the real parser.

pub mod complete;
pub mod editor;
pub mod entry;
pub mod helper;
pub mod highlight;
pub mod indent;
pub mod plain;

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ouro_vm::repl_api::EntryOutcome;
use ouro_vm::Vm;

use entry::{EntryBuffer, Step};

pub const PS1: &str = ">>> ";
pub const PS2: &str = "... ";
const FILENAME: &str = "<stdin>";

/// What a line source produced.
pub enum Input {
    /// One line, or several (a paste or a recalled block) from a terminal.
    Text(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// End of input (Ctrl-D), or input that can no longer be read.
    Eof,
}

/// Where entries come from.
pub trait LineSource {
    /// Show `prompt`, read a line pre-filled with `indent` (terminals only).
    fn read(&mut self, prompt: &str, indent: &str) -> Input;
    /// Record a finished entry in the history.
    fn remember(&mut self, _entry: &str) {}
    /// Line editing is on: auto-indent, multi-line buffers.
    fn is_terminal(&self) -> bool {
        false
    }
}

/// Run the REPL on standard input until exit; returns the exit status.
/// The caller finalizes the VM.
pub fn run(vm: Rc<RefCell<Vm>>) -> i32 {
    let interrupt = vm.borrow().interrupt_flag();
    // Terminals that cannot be driven (Emacs' shell, `dumb`) get plain
    // reading, as rustyline itself would fall back to.
    let editable = !std::env::var("TERM").is_ok_and(|t| ["dumb", "cons25", "emacs"].contains(&t.as_str()));
    let terminal = editable && std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let source: Box<dyn LineSource> = match terminal.then(|| editor::TerminalSource::new(vm.clone(), color_wanted())) {
        Some(Some(t)) => Box::new(t),
        _ => Box::new(plain::PlainSource::new(std::io::stdin().lock())),
    };
    Repl { vm, source, entry: EntryBuffer::new(), interrupt }.run()
}

/// Colour only on a terminal, and never with `NO_COLOR` set (no-color.org).
fn color_wanted() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    !no_color && !dumb && std::io::stdout().is_terminal()
}

/// The banner, on stderr as CPython's.
pub fn banner() -> String {
    format!("Ouro {} (Python 3.11 compatible) on {}\n", env!("CARGO_PKG_VERSION"), std::env::consts::OS)
}

/// The entry loop over a line source.
struct Repl {
    vm: Rc<RefCell<Vm>>,
    source: Box<dyn LineSource>,
    entry: EntryBuffer,
    interrupt: Arc<AtomicBool>,
}

impl Repl {
    fn run(&mut self) -> i32 {
        // Indentation chosen by the user's last Enter on a blank line.
        let mut dedented: Option<String> = None;
        loop {
            let (prompt, indent) = if self.entry.is_empty() {
                (PS1, String::new())
            } else if self.source.is_terminal() {
                (PS2, dedented.take().unwrap_or_else(|| indent::next_indent(&self.entry)))
            } else {
                (PS2, String::new())
            };
            let exit = match self.source.read(prompt, &indent) {
                // Enter on a line holding only the offered indentation
                // dedents one level; Enter on an empty line ends the block.
                Input::Text(text) if !indent.is_empty() && text == indent => {
                    dedented = Some(indent::dedent_level(&text));
                    None
                }
                Input::Text(text) => self.feed(&text),
                Input::Interrupted => {
                    self.entry.clear();
                    let _ = writeln!(std::io::stderr(), "KeyboardInterrupt");
                    None
                }
                Input::Eof => match self.entry.take() {
                    Some(src) => self.execute(&src),
                    None => return 0,
                },
            };
            if let Some(status) = exit {
                return status;
            }
        }
    }

    /// Text from the source: one line, or (terminal) a pasted or recalled
    /// block, split into statements as if typed with the empty lines that
    /// end blocks; a complete block at its end runs at once.
    fn feed(&mut self, text: &str) -> Option<i32> {
        if !text.contains('\n') || !self.source.is_terminal() {
            return self.feed_line(text);
        }
        let text = text.strip_suffix('\n').unwrap_or(text);
        for line in text.split('\n') {
            if self.entry.splits_before(line) {
                if let Some(src) = self.entry.take() {
                    if let Some(status) = self.execute(&src) {
                        return Some(status);
                    }
                }
            }
            if let Some(status) = self.feed_line(line) {
                return Some(status);
            }
        }
        if self.entry.awaiting_blank() {
            let src = self.entry.take()?;
            return self.execute(&src);
        }
        None
    }

    fn feed_line(&mut self, line: &str) -> Option<i32> {
        match self.entry.push(line) {
            Step::More | Step::Skip => None,
            Step::Run(src) => self.execute(&src),
            Step::Error(err, src) => {
                self.source.remember(src.trim_end_matches('\n'));
                self.vm.borrow_mut().report_syntax_error(&err);
                None
            }
        }
    }

    /// Run one entry; Some(status) when the REPL should end.
    fn execute(&mut self, src: &str) -> Option<i32> {
        self.source.remember(src.trim_end_matches('\n'));
        let mut vm = self.vm.borrow_mut();
        match exit_request(&mut vm, src) {
            Some(ExitRequest::Leave(status)) => return Some(status),
            Some(ExitRequest::Hint(name)) => {
                vm.out.write_stdout(&format!("Use {name}() or Ctrl-D (i.e. EOF) to exit\n"));
                vm.out.flush_stdout();
                return None;
            }
            None => {}
        }
        self.interrupt.store(false, Ordering::Relaxed);
        match vm.run_interactive(src, FILENAME) {
            EntryOutcome::Done => None,
            EntryOutcome::Exit(status) => Some(status),
        }
    }
}

enum ExitRequest {
    Leave(i32),
    /// Bare `exit` or `quit`: CPython echoes how to leave.
    Hint(&'static str),
}

/// `exit()`, `quit()`, `exit(N)`, bare `exit`/`quit`, while the VM has no
/// such builtins and `__main__` does not define them.
fn exit_request(vm: &mut Vm, src: &str) -> Option<ExitRequest> {
    let text = src.trim();
    let name = ["exit", "quit"].into_iter().find(|n| text.starts_with(n))?;
    let globals = vm.main_globals();
    let builtins = vm.builtins;
    for dict in [globals, builtins] {
        if let Ok(Some(v)) = vm.dict_get_str(dict, name) {
            vm.decref(v);
            return None;
        }
    }
    let rest = text[name.len()..].trim_start();
    if rest.is_empty() {
        return Some(ExitRequest::Hint(name));
    }
    let arg = rest.strip_prefix('(')?.strip_suffix(')')?.trim();
    match arg {
        "" | "None" => Some(ExitRequest::Leave(0)),
        _ => arg.parse::<i64>().ok().map(|n| ExitRequest::Leave(n as i32)),
    }
}
