//! The terminal line source: rustyline with Emacs keys, Ctrl-R history
//! search, persistent history in `~/.ouro_history` (one entry per
//! statement, multi-line blocks included), completion, colouring, and
//! bracketed paste (a paste arrives as one multi-line buffer, never as
//! typed lines, so auto-indent cannot double its indentation).
//!
//! Keys beyond rustyline's Emacs set: Alt-Enter inserts a newline inside a
//! recalled or pasted block; Backspace in indentation removes one level.
//! A recalled block shows its continuation lines without `... ` (rustyline
//! has no continuation prompt); it runs on Enter.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use ouro_vm::Vm;
use rustyline::config::{BellStyle, ColorMode, CompletionType, EditMode};
use rustyline::error::ReadlineError;
use rustyline::history::{FileHistory, History};
use rustyline::{Cmd, Config, Editor, EventHandler, KeyCode, KeyEvent, Modifiers};

use super::helper::{DedentOnBackspace, OuroHelper};
use super::{Input, LineSource};

const HISTORY_FILE: &str = ".ouro_history";
const HISTORY_SIZE: usize = 10_000;

pub struct TerminalSource {
    editor: Editor<OuroHelper, FileHistory>,
    history_path: Option<PathBuf>,
}

impl TerminalSource {
    /// A line editor on the terminal, or None if the terminal cannot be
    /// set up (the caller falls back to plain reading).
    pub fn new(vm: Rc<RefCell<Vm>>, color: bool) -> Option<TerminalSource> {
        let config = Config::builder()
            .edit_mode(EditMode::Emacs)
            .completion_type(CompletionType::List)
            .auto_add_history(false)
            .history_ignore_dups(true)
            .ok()?
            .max_history_size(HISTORY_SIZE)
            .ok()?
            .bell_style(BellStyle::None)
            .indent_size(4)
            .bracketed_paste(true)
            .color_mode(if color { ColorMode::Enabled } else { ColorMode::Disabled })
            .build();
        let mut editor: Editor<OuroHelper, FileHistory> = Editor::with_config(config).ok()?;
        editor.set_helper(Some(OuroHelper { vm, color }));
        // Alt-Enter starts a new line inside a recalled or pasted block.
        editor.bind_sequence(KeyEvent(KeyCode::Enter, Modifiers::ALT), Cmd::Newline);
        editor.bind_sequence(
            KeyEvent(KeyCode::Backspace, Modifiers::NONE),
            EventHandler::Conditional(Box::new(DedentOnBackspace)),
        );
        let history_path = history_path();
        if let Some(path) = &history_path {
            let _ = editor.load_history(path);
        }
        Some(TerminalSource { editor, history_path })
    }
}

/// `$HOME/.ouro_history` (no persistent history without `$HOME`).
fn history_path() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(HISTORY_FILE))
}

impl LineSource for TerminalSource {
    fn read(&mut self, prompt: &str, indent: &str) -> Input {
        match self.editor.readline_with_initial(prompt, (indent, "")) {
            Ok(text) => Input::Text(text),
            Err(ReadlineError::Interrupted) => Input::Interrupted,
            // End of input, or a terminal that went away: leave cleanly.
            Err(_) => Input::Eof,
        }
    }

    fn remember(&mut self, entry: &str) {
        if entry.trim().is_empty() {
            return;
        }
        if matches!(self.editor.add_history_entry(entry), Ok(true)) {
            if let Some(path) = &self.history_path {
                let _ = self.editor.history_mut().append(path);
            }
        }
    }

    fn is_terminal(&self) -> bool {
        true
    }
}
