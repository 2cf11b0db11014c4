//! Where an interactive entry ends, decided with the real parser the way
//! CPython's tokenizer decides it in interactive mode:
//!
//! * a simple statement runs as soon as it parses (`x = (1,` waits for `2)`);
//! * a compound statement (`def`, `if x: y`, ...) waits for an empty line;
//! * an empty line ends the entry unless a bracket or a triple-quoted
//!   string is still open (a line of spaces does not end a block, as in
//!   CPython);
//! * blank and comment-only lines at `>>> ` are skipped.

use ouro_syntax::ast::{Stmt, StmtKind};
use ouro_syntax::{SyntaxError, SyntaxErrorKind};

const FILENAME: &str = "<stdin>";

/// What to do after a line was added.
#[derive(Debug)]
pub enum Step {
    /// The entry goes on: show `... `.
    More,
    /// Nothing to run (a blank or comment line at `>>> `).
    Skip,
    /// Run this source (it may still hold a syntax error for the VM to
    /// report).
    Run(String),
    /// A syntax error found here (a statement after a compound statement
    /// without the empty line between them), and the entry's source.
    Error(Box<SyntaxError>, String),
}

/// Why an unfinished entry goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    /// Inside (or right after the header of) an indented block.
    Block,
    /// Inside brackets or after a trailing backslash.
    Open,
    /// Inside a triple-quoted string.
    Text,
}

/// The lines of the entry being typed.
#[derive(Debug, Default)]
pub struct EntryBuffer {
    lines: Vec<String>,
    pending: Option<Pending>,
    /// The lines so far form a complete compound statement.
    complete: bool,
}

impl EntryBuffer {
    pub fn new() -> EntryBuffer {
        EntryBuffer::default()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// Why the entry goes on (None when empty).
    pub fn pending(&self) -> Option<Pending> {
        self.pending
    }

    /// The lines form a complete compound statement (only the empty line
    /// is missing).
    pub fn awaiting_blank(&self) -> bool {
        self.complete
    }

    pub fn clear(&mut self) {
        *self = EntryBuffer::default();
    }

    /// The pending source, ending the entry (at end of input).
    pub fn take(&mut self) -> Option<String> {
        if self.lines.is_empty() {
            return None;
        }
        let src = self.source();
        self.clear();
        Some(src)
    }

    /// For a pasted block: would `line` start a new statement after a
    /// complete one (so the entry should end before it)?
    pub fn splits_before(&self, line: &str) -> bool {
        const CONTINUATIONS: &[&str] = &["else", "elif", "except", "finally"];
        let starts_statement = !line.is_empty() && !line.starts_with([' ', '\t', '#']);
        let word: String = line.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        self.complete && starts_statement && !CONTINUATIONS.contains(&word.as_str())
    }

    /// Add one line (without its newline).
    pub fn push(&mut self, line: &str) -> Step {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if self.lines.is_empty() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                return Step::Skip;
            }
        }
        self.lines.push(line.to_string());
        let src = self.source();
        let parsed = ouro_syntax::parse_module(&src, FILENAME);
        if line.is_empty() {
            return match parsed {
                Err(e) if e.incomplete && matches!(self.classify(&e), Pending::Open | Pending::Text) => {
                    self.pending = Some(self.classify(&e));
                    Step::More
                }
                _ => self.finish(src),
            };
        }
        match parsed {
            Ok(module) => match module.body.as_slice() {
                [] => self.more(Pending::Block, false),
                [first, second, ..] if is_compound(first) => {
                    let err = statement_after_block(second, &self.lines);
                    self.clear();
                    Step::Error(Box::new(err), src)
                }
                [first, ..] if is_compound(first) => self.more(Pending::Block, true),
                _ => self.finish(src),
            },
            Err(e) if e.incomplete => {
                let why = self.classify(&e);
                self.more(why, false)
            }
            Err(_) => self.finish(src),
        }
    }

    fn more(&mut self, why: Pending, complete: bool) -> Step {
        self.pending = Some(why);
        self.complete = complete;
        Step::More
    }

    fn finish(&mut self, src: String) -> Step {
        self.clear();
        Step::Run(src)
    }

    fn source(&self) -> String {
        let mut s = self.lines.join("\n");
        s.push('\n');
        s
    }

    fn classify(&self, e: &SyntaxError) -> Pending {
        let backslash = self.lines.last().is_some_and(|l| l.ends_with('\\'));
        if e.msg.starts_with("unterminated triple-quoted") {
            Pending::Text
        } else if e.msg.ends_with("was never closed") || backslash {
            Pending::Open
        } else {
            Pending::Block
        }
    }
}

/// Statements that end with an indented block (and so with an empty line
/// at the prompt).
fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt.node,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
    )
}

/// CPython's error for `if x:` / `  y` / `z` typed without the empty line:
/// invalid syntax under the first token of `z`.
fn statement_after_block(stmt: &Stmt, lines: &[String]) -> SyntaxError {
    let text = lines.get(stmt.span.line.saturating_sub(1) as usize).cloned().unwrap_or_default();
    let rest: String = text.chars().skip(stmt.span.col as usize).collect();
    let word = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').count().max(1) as u32;
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "invalid syntax".into(),
        filename: FILENAME.into(),
        lineno: stmt.span.line,
        offset: stmt.span.col + 1,
        end_lineno: stmt.span.line,
        end_offset: stmt.span.col + 1 + word,
        text: Some(text),
        incomplete: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feed lines; describe each step as a letter: M(ore) S(kip) R(un) E(rror).
    fn steps(lines: &[&str]) -> String {
        let mut b = EntryBuffer::new();
        lines
            .iter()
            .map(|l| match b.push(l) {
                Step::More => 'M',
                Step::Skip => 'S',
                Step::Run(_) => 'R',
                Step::Error(..) => 'E',
            })
            .collect()
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(steps(&["x = 1"]), "R");
        assert_eq!(steps(&["x = (1,", "", "2)"]), "MMR");
        assert_eq!(steps(&["x = 1 \\", " + 2"]), "MR");
        assert_eq!(steps(&["s = '''a", "", "b'''"]), "MMR");
        assert_eq!(steps(&["def f(:"]), "R");
    }

    #[test]
    fn blocks_wait_for_an_empty_line() {
        assert_eq!(steps(&["for i in x:", "    print(i)", ""]), "MMR");
        assert_eq!(steps(&["if 1: pass", ""]), "MR");
        assert_eq!(steps(&["if 1:", "  pass", "  ", "else:", "  pass", ""]), "MMMMMR");
        assert_eq!(steps(&["if 1:", ""]), "MR");
        assert_eq!(steps(&["class A:", "    def f(self):", "        return 1", "", ""]), "MMMRS");
    }

    #[test]
    fn blank_and_comment_lines_at_the_first_prompt() {
        assert_eq!(steps(&["", "   ", "# c", "x"]), "SSSR");
    }

    #[test]
    fn statement_after_a_block_is_an_error() {
        let mut b = EntryBuffer::new();
        b.push("for i in x:");
        b.push("    print(i)");
        match b.push("print('after')") {
            Step::Error(e, _) => {
                assert_eq!((e.lineno, e.offset, e.end_offset), (3, 1, 6));
                assert_eq!(
                    e.render(),
                    "  File \"<stdin>\", line 3\n    print('after')\n    ^^^^^\nSyntaxError: invalid syntax\n"
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(b.is_empty());
    }

    #[test]
    fn pasted_blocks_split_at_new_statements() {
        let mut b = EntryBuffer::new();
        b.push("def f():");
        assert!(!b.splits_before("x"));
        b.push("    return 1");
        assert!(b.awaiting_blank());
        assert!(b.splits_before("f()"));
        assert!(!b.splits_before("    y"));
        assert!(!b.splits_before("else:"));
    }
}
