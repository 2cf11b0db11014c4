//! Lowers a parsed pattern to a `Program`: a flat list of instructions for
//! the backtracking matcher in `exec`. Single-character repeats become one
//! `RepeatChar` instruction; other repeats use a counter register, so no
//! pattern is expanded by its repeat counts.

use super::chars::{CharMatcher, Fold};
use super::parser::{node_width, At, Node, Parsed, RepeatKind};
use super::ReError;

/// What kind of zero-width group a `LookStart` opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookKind {
    Ahead,
    /// Look-behind over exactly this many characters.
    Behind(usize),
    /// `(?>...)`: keeps the position, drops the alternatives.
    Atomic,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inst {
    Char(CharMatcher),
    At(At, bool),
    /// Records the position in capture slot `n` (group `n / 2`).
    Save(usize),
    /// Try the next instruction; on failure, resume at the target.
    Split(usize),
    Jmp(usize),
    RepeatChar { m: CharMatcher, min: u32, max: u32, greedy: bool },
    /// Resets counter register `reg` before a loop.
    RepeatInit(usize),
    /// Loop head: decides between another iteration (next instruction)
    /// and leaving the loop (`exit`).
    RepeatLoop { reg: usize, min: u32, max: u32, greedy: bool, exit: usize },
    /// Counts an iteration and remembers where it started.
    RepeatIncr(usize),
    Backref { group: usize, fold: Fold },
    LookStart { kind: LookKind, negate: bool, end: usize },
    LookEnd,
    /// Continues if the group matched, else jumps to `no`.
    GroupExists { group: usize, no: usize },
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    /// Groups, counting group 0.
    pub groups: usize,
    pub regs: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
    /// True when a match can start only at position 0 (`\A`, or `^`
    /// without MULTILINE, leading the pattern).
    pub anchored: bool,
}

struct Compiler<'a> {
    insts: Vec<Inst>,
    regs: usize,
    widths: &'a [(u64, u64)],
}

pub fn compile(p: &Parsed) -> Result<Program, ReError> {
    let mut c = Compiler { insts: Vec::new(), regs: 0, widths: &p.widths };
    c.node(&p.node)?;
    c.insts.push(Inst::Match);
    let anchored = matches!(c.insts.first(), Some(Inst::At(At::Beginning | At::BeginningString, _)));
    Ok(Program { insts: c.insts, groups: p.groups, regs: c.regs, names: p.names.clone(), flags: p.flags, anchored })
}

impl Compiler<'_> {
    fn here(&self) -> usize {
        self.insts.len()
    }

    /// Emits a placeholder to patch later.
    fn hole(&mut self) -> usize {
        self.insts.push(Inst::Jmp(usize::MAX));
        self.insts.len() - 1
    }

    fn node(&mut self, n: &Node) -> Result<(), ReError> {
        match n {
            Node::Char(m) => self.insts.push(Inst::Char(m.clone())),
            Node::At(a, u) => self.insts.push(Inst::At(*a, *u)),
            Node::Group(None, b) => self.node(b)?,
            Node::Group(Some(g), b) => {
                self.insts.push(Inst::Save(2 * g));
                self.node(b)?;
                self.insts.push(Inst::Save(2 * g + 1));
            }
            Node::Concat(items) => {
                for i in items {
                    self.node(i)?;
                }
            }
            Node::Alt(items) => self.alt(items)?,
            Node::Repeat { item, min, max, kind } => self.repeat(item, *min, *max, *kind)?,
            Node::Backref { group, fold } => self.insts.push(Inst::Backref { group: *group, fold: *fold }),
            Node::Look { behind, negate, body } => {
                let kind = if *behind { LookKind::Behind(self.behind_width(body)?) } else { LookKind::Ahead };
                self.look(kind, *negate, body)?;
            }
            Node::Atomic(body) => self.look(LookKind::Atomic, false, body)?,
            Node::Cond { group, yes, no } => self.cond(*group, yes, no.as_deref())?,
        }
        Ok(())
    }

    fn behind_width(&self, body: &Node) -> Result<usize, ReError> {
        let widths = self.widths;
        let (lo, hi) = node_width(body, &|g| widths.get(g).copied().unwrap_or((0, 0)));
        if lo > u32::MAX as u64 {
            return Err(ReError::bare("looks too much behind"));
        }
        if lo != hi {
            return Err(ReError::bare("look-behind requires fixed-width pattern"));
        }
        Ok(lo as usize)
    }

    fn alt(&mut self, items: &[Node]) -> Result<(), ReError> {
        let mut jumps = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let last = i + 1 == items.len();
            let split = if last { None } else { Some(self.hole()) };
            self.node(item)?;
            if let Some(s) = split {
                jumps.push(self.hole());
                self.insts[s] = Inst::Split(self.here());
            }
        }
        let end = self.here();
        for j in jumps {
            self.insts[j] = Inst::Jmp(end);
        }
        Ok(())
    }

    fn repeat(&mut self, item: &Node, min: u32, max: u32, kind: RepeatKind) -> Result<(), ReError> {
        if kind == RepeatKind::Possessive {
            let inner = Node::Repeat { item: Box::new(item.clone()), min, max, kind: RepeatKind::Greedy };
            return self.look(LookKind::Atomic, false, &inner);
        }
        let greedy = kind == RepeatKind::Greedy;
        if let Some(m) = single_char(item) {
            self.insts.push(Inst::RepeatChar { m: m.clone(), min, max, greedy });
            return Ok(());
        }
        let reg = self.regs;
        self.regs += 1;
        self.insts.push(Inst::RepeatInit(reg));
        let head = self.hole();
        self.insts.push(Inst::RepeatIncr(reg));
        self.node(item)?;
        self.insts.push(Inst::Jmp(head));
        let exit = self.here();
        self.insts[head] = Inst::RepeatLoop { reg, min, max, greedy, exit };
        Ok(())
    }

    fn look(&mut self, kind: LookKind, negate: bool, body: &Node) -> Result<(), ReError> {
        let start = self.hole();
        self.node(body)?;
        self.insts.push(Inst::LookEnd);
        let end = self.here();
        self.insts[start] = Inst::LookStart { kind, negate, end };
        Ok(())
    }

    fn cond(&mut self, group: usize, yes: &Node, no: Option<&Node>) -> Result<(), ReError> {
        let test = self.hole();
        self.node(yes)?;
        let skip = self.hole();
        let no_pc = self.here();
        if let Some(no) = no {
            self.node(no)?;
        }
        let end = self.here();
        self.insts[test] = Inst::GroupExists { group, no: no_pc };
        self.insts[skip] = Inst::Jmp(end);
        Ok(())
    }
}

/// The matcher of a repeat item that is exactly one character.
fn single_char(n: &Node) -> Option<&CharMatcher> {
    match n {
        Node::Char(m) => Some(m),
        Node::Group(None, b) => single_char(b),
        Node::Concat(items) if items.len() == 1 => single_char(&items[0]),
        _ => None,
    }
}
