//! The backtracking matcher. Choice points and undo records share one
//! explicit stack: failing pops it, undoing capture and counter changes
//! until a choice point resumes. Look-around and atomic groups push a
//! barrier; when their body succeeds, the choice points above the barrier
//! are cut (the undo records stay, so later backtracking still restores
//! captures). The Rust stack depth is constant whatever the pattern.

use super::chars::{is_word, key, CharMatcher};
use super::compile::{Inst, LookKind, Program};
use super::parser::At;
use super::Subject;

const NONE: usize = usize::MAX;

/// How a match must be anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// At the start position (`match`).
    Match,
    /// At the start position and up to the end (`fullmatch`).
    FullMatch,
    /// At the first position that matches (`search`).
    Search,
}

/// A successful match: `slots[2g]..slots[2g + 1]` is group `g` (`usize::MAX`
/// when the group did not take part); `lastindex` is 0 when no group closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

impl Captures {
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        let (a, b) = (*self.slots.get(2 * g)?, *self.slots.get(2 * g + 1)?);
        (a != NONE && b != NONE).then_some((a, b))
    }
}

enum Frame {
    Alt { pc: usize, pos: usize },
    Slot { idx: usize, old: usize, lastindex: usize },
    Reg { idx: usize, old: (u32, usize) },
    Greedy { pc: usize, base: usize, n: usize, min: usize },
    Lazy { pc: usize, base: usize, n: usize },
    Barrier { kind: LookKind, negate: bool, pos: usize, end: usize },
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(self, Frame::Slot { .. } | Frame::Reg { .. })
    }
}

struct Matcher<'a, S: Subject + ?Sized> {
    prog: &'a Program,
    s: &'a S,
    end: usize,
    slots: Vec<usize>,
    lastindex: usize,
    regs: Vec<(u32, usize)>,
    stack: Vec<Frame>,
    /// Where the search began, for `must_advance`.
    origin: usize,
    full: bool,
    must_advance: bool,
}

/// Finds a match of `prog` in `s[..endpos]` starting at `pos` (anchored or
/// not by `mode`). With `must_advance`, an empty match at `pos` is refused
/// (how `findall`, `sub` and `split` step over empty matches).
pub fn search<S: Subject + ?Sized>(prog: &Program, s: &S, pos: usize, endpos: usize, mode: Mode, must_advance: bool) -> Option<Captures> {
    let end = endpos.min(s.len());
    let pos = pos.min(s.len());
    if pos > end && mode == Mode::Search {
        return None;
    }
    let mut m = Matcher {
        prog,
        s,
        end,
        slots: vec![NONE; 2 * prog.groups],
        lastindex: 0,
        regs: vec![(0, NONE); prog.regs],
        stack: Vec::new(),
        origin: pos,
        full: mode == Mode::FullMatch,
        must_advance,
    };
    if mode != Mode::Search {
        return m.try_at(pos);
    }
    let first = first_char(prog);
    for start in pos..=end {
        if start > 0 && prog.anchored {
            break;
        }
        if let Some(f) = first {
            if start >= end || !f.matches(s.at(start)) {
                continue;
            }
        }
        if let Some(c) = m.try_at(start) {
            return Some(c);
        }
    }
    None
}

/// A test every match's first character must pass, when there is one.
fn first_char(prog: &Program) -> Option<&CharMatcher> {
    match prog.insts.first()? {
        Inst::Char(m) => Some(m),
        Inst::RepeatChar { m, min, .. } if *min > 0 => Some(m),
        _ => None,
    }
}

impl<S: Subject + ?Sized> Matcher<'_, S> {
    fn try_at(&mut self, start: usize) -> Option<Captures> {
        self.stack.clear();
        self.slots.iter_mut().for_each(|s| *s = NONE);
        self.regs.iter_mut().for_each(|r| *r = (0, NONE));
        self.lastindex = 0;
        let end = self.run(start)?;
        self.slots[0] = start;
        self.slots[1] = end;
        Some(Captures { slots: self.slots.clone(), lastindex: self.lastindex })
    }

    fn ch(&self, pos: usize) -> u32 {
        self.s.at(pos)
    }

    /// Runs from `start`; the end of the match, or None.
    fn run(&mut self, start: usize) -> Option<usize> {
        let (mut pc, mut pos) = (0usize, start);
        loop {
            let next = match &self.prog.insts[pc] {
                Inst::Char(m) => (pos < self.end && m.matches(self.ch(pos))).then_some((pc + 1, pos + 1)),
                Inst::At(a, u) => self.at(*a, *u, pos).then_some((pc + 1, pos)),
                Inst::Save(n) => {
                    let n = *n;
                    self.stack.push(Frame::Slot { idx: n, old: self.slots[n], lastindex: self.lastindex });
                    self.slots[n] = pos;
                    if n % 2 == 1 {
                        self.lastindex = n / 2;
                    }
                    Some((pc + 1, pos))
                }
                Inst::Split(t) => {
                    self.stack.push(Frame::Alt { pc: *t, pos });
                    Some((pc + 1, pos))
                }
                Inst::Jmp(t) => Some((*t, pos)),
                Inst::RepeatChar { m, min, max, greedy } => self.repeat_char(pc, pos, m, *min, *max, *greedy),
                Inst::RepeatInit(r) => {
                    self.set_reg(*r, (0, NONE));
                    Some((pc + 1, pos))
                }
                Inst::RepeatLoop { reg, min, max, greedy, exit } => Some(self.repeat_loop(pc, pos, *reg, *min, *max, *greedy, *exit)),
                Inst::RepeatIncr(r) => {
                    let count = self.regs[*r].0.saturating_add(1);
                    self.set_reg(*r, (count, pos));
                    Some((pc + 1, pos))
                }
                Inst::Backref { group, fold } => self.backref(*group, *fold, pos).map(|p| (pc + 1, p)),
                Inst::LookStart { kind, negate, end } => self.look_start(pc, pos, *kind, *negate, *end),
                Inst::LookEnd => self.look_end(pos),
                Inst::GroupExists { group, no } => {
                    let set = self.slots[2 * group] != NONE && self.slots[2 * group + 1] != NONE;
                    Some((if set { pc + 1 } else { *no }, pos))
                }
                Inst::Match => {
                    let refused = (self.full && pos != self.end) || (self.must_advance && pos == self.origin);
                    if !refused {
                        return Some(pos);
                    }
                    None
                }
            };
            (pc, pos) = match next {
                Some(n) => n,
                None => self.backtrack()?,
            };
        }
    }

    fn set_reg(&mut self, r: usize, v: (u32, usize)) {
        self.stack.push(Frame::Reg { idx: r, old: self.regs[r] });
        self.regs[r] = v;
    }

    fn at(&self, a: At, unicode: bool, pos: usize) -> bool {
        let nl = '\n' as u32;
        match a {
            At::Beginning | At::BeginningString => pos == 0,
            At::BeginningLine => pos == 0 || self.ch(pos - 1) == nl,
            At::End => pos == self.end || (pos + 1 == self.end && self.ch(pos) == nl),
            At::EndLine => pos == self.end || (pos < self.end && self.ch(pos) == nl),
            At::EndString => pos == self.end,
            At::Boundary | At::NonBoundary => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.ch(pos - 1), unicode);
                let after = pos < self.end && is_word(self.ch(pos), unicode);
                (before != after) == (a == At::Boundary)
            }
        }
    }

    fn count_matches(&self, m: &CharMatcher, pos: usize, limit: u32) -> usize {
        let room = self.end.saturating_sub(pos);
        let limit = (limit as usize).min(room);
        (0..limit).take_while(|&i| m.matches(self.ch(pos + i))).count()
    }

    fn repeat_char(&mut self, pc: usize, pos: usize, m: &CharMatcher, min: u32, max: u32, greedy: bool) -> Option<(usize, usize)> {
        let min_n = min as usize;
        if greedy {
            let n = self.count_matches(m, pos, max);
            if n < min_n {
                return None;
            }
            if n > min_n {
                self.stack.push(Frame::Greedy { pc, base: pos, n, min: min_n });
            }
            return Some((pc + 1, pos + n));
        }
        if self.count_matches(m, pos, min) < min_n {
            return None;
        }
        if min < max {
            self.stack.push(Frame::Lazy { pc, base: pos, n: min_n });
        }
        Some((pc + 1, pos + min_n))
    }

    #[allow(clippy::too_many_arguments)]
    fn repeat_loop(&mut self, pc: usize, pos: usize, reg: usize, min: u32, max: u32, greedy: bool, exit: usize) -> (usize, usize) {
        let (count, last) = self.regs[reg];
        if count < min {
            return (pc + 1, pos);
        }
        if count < max && pos != last {
            if greedy {
                self.stack.push(Frame::Alt { pc: exit, pos });
                return (pc + 1, pos);
            }
            self.stack.push(Frame::Alt { pc: pc + 1, pos });
        }
        (exit, pos)
    }

    fn backref(&self, group: usize, fold: super::chars::Fold, pos: usize) -> Option<usize> {
        let (a, b) = (self.slots[2 * group], self.slots[2 * group + 1]);
        if a == NONE || b == NONE || a > b {
            return None;
        }
        let len = b - a;
        if len > self.end.saturating_sub(pos) {
            return None;
        }
        let same = |i: usize| {
            let (x, y) = (self.ch(a + i), self.ch(pos + i));
            x == y || (fold != super::chars::Fold::None && key(x, fold) == key(y, fold))
        };
        (0..len).all(same).then_some(pos + len)
    }

    fn look_start(&mut self, pc: usize, pos: usize, kind: LookKind, negate: bool, end: usize) -> Option<(usize, usize)> {
        let body_pos = match kind {
            LookKind::Behind(w) if w > pos => return negate.then_some((end, pos)),
            LookKind::Behind(w) => pos - w,
            _ => pos,
        };
        self.stack.push(Frame::Barrier { kind, negate, pos, end });
        Some((pc + 1, body_pos))
    }

    fn look_end(&mut self, pos: usize) -> Option<(usize, usize)> {
        let b = self.stack.iter().rposition(|f| matches!(f, Frame::Barrier { .. }))?;
        let Frame::Barrier { kind, negate, pos: start, end } = self.stack[b] else { return None };
        if matches!(kind, LookKind::Behind(_)) && pos != start {
            return None;
        }
        if negate {
            while self.stack.len() > b {
                if let Some(f) = self.stack.pop() {
                    self.undo(f);
                }
            }
            return None;
        }
        let kept: Vec<Frame> = self.stack.drain(b + 1..).filter(Frame::is_undo).collect();
        self.stack.pop();
        self.stack.extend(kept);
        let resume = if kind == LookKind::Atomic { pos } else { start };
        Some((end, resume))
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Slot { idx, old, lastindex } => {
                self.slots[idx] = old;
                self.lastindex = lastindex;
            }
            Frame::Reg { idx, old } => self.regs[idx] = old,
            _ => {}
        }
    }

    /// Pops the stack to the next choice point: where to resume.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(f) = self.stack.pop() {
            match f {
                Frame::Alt { pc, pos } => return Some((pc, pos)),
                Frame::Greedy { pc, base, n, min } => {
                    let n = n - 1;
                    if n > min {
                        self.stack.push(Frame::Greedy { pc, base, n, min });
                    }
                    return Some((pc + 1, base + n));
                }
                Frame::Lazy { pc, base, n } => {
                    if let Some(r) = self.lazy_step(pc, base, n) {
                        return Some(r);
                    }
                }
                Frame::Barrier { negate: true, pos, end, .. } => return Some((end, pos)),
                f => self.undo(f),
            }
        }
        None
    }

    fn lazy_step(&mut self, pc: usize, base: usize, n: usize) -> Option<(usize, usize)> {
        let Inst::RepeatChar { m, max, .. } = &self.prog.insts[pc] else { return None };
        let p = base + n;
        if n >= *max as usize || p >= self.end || !m.matches(self.ch(p)) {
            return None;
        }
        let n = n + 1;
        if n < *max as usize {
            self.stack.push(Frame::Lazy { pc, base, n });
        }
        Some((pc + 1, base + n))
    }
}
