//! The rustyline helper: completion through the VM, colouring, and the
//! key handlers (Backspace in indentation removes one level).

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use ouro_vm::Vm;
use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Cmd, ConditionalEventHandler, Context, Event, EventContext, Helper, Movement, RepeatCount};

use super::{complete, highlight};

pub struct OuroHelper {
    pub vm: Rc<RefCell<Vm>>,
    /// Colour the input (off with `NO_COLOR` or when stdout is no terminal).
    pub color: bool,
}

impl Completer for OuroHelper {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        match self.vm.try_borrow_mut() {
            Ok(mut vm) => Ok(complete::complete(&mut vm, line, pos)),
            Err(_) => Ok((pos, Vec::new())),
        }
    }
}

impl Highlighter for OuroHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(highlight::colorize(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _forced: bool) -> bool {
        self.color
    }
}

impl Hinter for OuroHelper {
    type Hint = String;
}

impl Validator for OuroHelper {}

impl Helper for OuroHelper {}

/// Backspace with only spaces before the cursor removes one level of
/// indentation (`Config::indent_size`, four spaces), like an editor.
pub struct DedentOnBackspace;

impl ConditionalEventHandler for DedentOnBackspace {
    fn handle(&self, _evt: &Event, n: RepeatCount, _positive: bool, ctx: &EventContext) -> Option<Cmd> {
        let before = &ctx.line()[..ctx.pos()];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let indent = &before[line_start..];
        if n != 1 || indent.is_empty() || !indent.chars().all(|c| c == ' ') {
            return None;
        }
        Some(Cmd::Dedent(Movement::WholeLine))
    }
}
