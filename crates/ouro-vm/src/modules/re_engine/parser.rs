//! Pattern text to a `Node` tree, following CPython's `re._parser`: the
//! same grammar, the same error messages at the same positions, and inline
//! flags resolved into each node (so `(?i:a)` yields a case-insensitive
//! literal). Nesting is limited so that parsing never exhausts the stack.

use super::chars::{CharMatcher, CharTest, Fold, SetItem};
use super::escape::{self, Escape};
use super::flags::*;
use super::source::{is_digit, Source, Tok};
use super::{ErrorKind, ReError};

/// CPython's `MAXREPEAT` (a repeat bound meaning "no limit").
pub const MAXREPEAT: u32 = u32::MAX;
/// Deepest group nesting accepted (CPython's own parser recurses too).
const MAX_DEPTH: usize = 400;

/// A zero-width position test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Char(CharMatcher),
    /// A position test; `unicode` matters for the boundaries only.
    At(At, bool),
    /// A capturing group, or (None) a non-capturing one.
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat { item: Box<Node>, min: u32, max: u32, kind: RepeatKind },
    Backref { group: usize, fold: Fold },
    Look { behind: bool, negate: bool, body: Box<Node> },
    Atomic(Box<Node>),
    Cond { group: usize, yes: Box<Node>, no: Option<Box<Node>> },
}

/// The result of parsing.
pub struct Parsed {
    pub node: Node,
    /// Number of groups, counting group 0.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// The final flags (inline global flags included, UNICODE added).
    pub flags: u32,
    /// The (min, max) width of each group.
    pub widths: Vec<(u64, u64)>,
}

/// What the parser knows about groups so far.
pub struct State {
    pub flags: u32,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    cond_refs: Vec<(usize, usize)>,
}

impl State {
    pub fn groups(&self) -> usize {
        self.widths.len()
    }

    pub fn group_closed(&self, g: usize) -> bool {
        self.widths.get(g).is_some_and(|w| w.is_some())
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    pub fn check_lookbehind_group(&self, g: usize, src: &Source) -> Result<(), ReError> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.group_closed(g) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(src.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }

    fn width_of(&self, g: usize) -> (u64, u64) {
        self.widths.get(g).copied().flatten().unwrap_or((0, 0))
    }
}

pub(super) struct Parser<'a> {
    pub src: Source<'a>,
    pub st: State,
    /// Scoped `(?flags:...)` changes, innermost last.
    scopes: Vec<(u32, u32)>,
}

pub fn parse(pattern: &[u32], flags: u32, is_text: bool) -> Result<Parsed, ReError> {
    let src = Source::new(pattern, is_text)?;
    let st = State { flags, names: Vec::new(), widths: vec![None], lookbehind_groups: None, cond_refs: Vec::new() };
    let mut p = Parser { src, st, scopes: Vec::new() };
    let node = p.parse_alt(flags & VERBOSE != 0, 0)?;
    let flags = fix_flags(p.st.flags, is_text)?;
    if p.src.next.is_some() {
        return Err(p.src.error("unbalanced parenthesis", 0));
    }
    let groups = p.st.groups();
    if let Some(&(g, pos)) = p.st.cond_refs.iter().find(|&&(g, _)| g >= groups) {
        return Err(ReError::at(format!("invalid group reference {g}"), pos));
    }
    let widths = (0..groups).map(|g| p.st.width_of(g)).collect();
    Ok(Parsed { node, groups, names: p.st.names, flags, widths })
}

fn fix_flags(flags: u32, is_text: bool) -> Result<u32, ReError> {
    let value = |m: &str| Err(ReError::other(ErrorKind::Value, m));
    if is_text {
        if flags & LOCALE != 0 {
            return value("cannot use LOCALE flag with a str pattern");
        }
        if flags & ASCII == 0 {
            return Ok(flags | UNICODE);
        }
        if flags & UNICODE != 0 {
            return value("ASCII and UNICODE flags are incompatible");
        }
    } else {
        if flags & UNICODE != 0 {
            return value("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return value("ASCII and LOCALE flags are incompatible");
        }
    }
    Ok(flags)
}

/// Applies a scoped flag change the way CPython's compiler does.
pub fn combine(flags: u32, add: u32, del: u32) -> u32 {
    let base = if add & TYPE_FLAGS != 0 { flags & !TYPE_FLAGS } else { flags };
    (base | add) & !del
}

impl Parser<'_> {
    /// The flags in force at this point of the pattern.
    pub fn flags(&self) -> u32 {
        self.scopes.iter().fold(self.st.flags, |f, &(a, d)| combine(f, a, d))
    }

    fn unicode(&self) -> bool {
        self.src.is_text && self.flags() & ASCII == 0
    }

    pub fn char_node(&self, test: CharTest) -> Node {
        let f = self.flags();
        let unicode = self.unicode();
        let fold = match (f & IGNORECASE != 0, unicode) {
            (false, _) => Fold::None,
            (true, true) => Fold::Unicode,
            (true, false) => Fold::Ascii,
        };
        Node::Char(CharMatcher { test, fold, unicode })
    }

    fn fold(&self) -> Fold {
        match self.char_node(CharTest::Any) {
            Node::Char(m) => m.fold,
            _ => Fold::None,
        }
    }

    /// `a|b|c`.
    pub fn parse_alt(&mut self, mut verbose: bool, nested: usize) -> Result<Node, ReError> {
        if nested > MAX_DEPTH {
            return Err(ReError::other(ErrorKind::Recursion, "maximum recursion depth exceeded"));
        }
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(Node::Concat(self.parse_seq(verbose, nested + 1, first)?));
            if !self.src.eat('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.st.flags & VERBOSE != 0;
            }
        }
        Ok(if items.len() == 1 { items.pop().unwrap_or(Node::Concat(Vec::new())) } else { Node::Alt(items) })
    }

    /// A sequence of items up to `|`, `)` or the end.
    pub fn parse_seq(&mut self, mut verbose: bool, nested: usize, first: bool) -> Result<Vec<Node>, ReError> {
        let mut seq = Vec::new();
        while let Some(this) = self.src.next {
            if this.is('|') || this.is(')') {
                break;
            }
            self.src.get()?;
            if verbose && self.skip_verbose(this)? {
                continue;
            }
            let c = match this {
                Tok::Esc(c) => {
                    let e = escape::in_expr(&mut self.src, c, &self.st)?;
                    seq.push(self.escape_node(e));
                    continue;
                }
                Tok::Ch(c) => c,
            };
            match char::from_u32(c).unwrap_or('\0') {
                '[' => {
                    let n = self.parse_set()?;
                    seq.push(n);
                }
                '?' | '*' | '+' | '{' => self.parse_repeat(&mut seq, this)?,
                '.' => {
                    let dotall = self.flags() & DOTALL != 0;
                    seq.push(self.char_node(if dotall { CharTest::AnyAll } else { CharTest::Any }));
                }
                '(' => {
                    if let Some(v) = self.parse_group(&mut seq, verbose, nested, first)? {
                        verbose = v;
                    }
                }
                '^' => seq.push(Node::At(if self.flags() & MULTILINE != 0 { At::BeginningLine } else { At::Beginning }, false)),
                '$' => seq.push(Node::At(if self.flags() & MULTILINE != 0 { At::EndLine } else { At::End }, false)),
                _ => seq.push(self.char_node(CharTest::Lit(c))),
            }
        }
        Ok(seq)
    }

    /// Whitespace and `#` comments in verbose mode; true if `this` was one.
    fn skip_verbose(&mut self, this: Tok) -> Result<bool, ReError> {
        if [' ', '\t', '\n', '\r', '\x0b', '\x0c'].iter().any(|&w| this.is(w)) {
            return Ok(true);
        }
        if !this.is('#') {
            return Ok(false);
        }
        while let Some(t) = self.src.get()? {
            if t.is('\n') {
                break;
            }
        }
        Ok(true)
    }

    fn escape_node(&self, e: Escape) -> Node {
        match e {
            Escape::Lit(c) => self.char_node(CharTest::Lit(c)),
            Escape::Cat(cat) => self.char_node(CharTest::Set { negate: false, items: vec![SetItem::Cat(cat)] }),
            Escape::At(at) => Node::At(at, self.unicode()),
            Escape::Ref(group) => Node::Backref { group, fold: self.fold() },
        }
    }

    /// `*`, `+`, `?`, `{m,n}` (then `?` lazy or `+` possessive) applied to
    /// the last item of `seq`.
    fn parse_repeat(&mut self, seq: &mut Vec<Node>, this: Tok) -> Result<(), ReError> {
        let here = self.src.tell();
        let (min, max) = match this {
            t if t.is('?') => (0, 1),
            t if t.is('*') => (0, MAXREPEAT),
            t if t.is('+') => (1, MAXREPEAT),
            _ => match self.parse_braces(here)? {
                Some(b) => b,
                None => {
                    seq.push(self.char_node(CharTest::Lit('{' as u32)));
                    return Ok(());
                }
            },
        };
        let pos = here - 1;
        let item = match seq.pop() {
            None | Some(Node::At(..)) => return Err(ReError::at("nothing to repeat", pos)),
            Some(Node::Repeat { .. }) => return Err(ReError::at("multiple repeat", pos)),
            Some(Node::Group(None, inner)) => *inner,
            Some(n) => n,
        };
        let kind = if self.src.eat('?')? {
            RepeatKind::Lazy
        } else if self.src.eat('+')? {
            RepeatKind::Possessive
        } else {
            RepeatKind::Greedy
        };
        seq.push(Node::Repeat { item: Box::new(item), min, max, kind });
        Ok(())
    }

    /// The bounds of `{m,n}` (`here` is just after `{`), or None when the
    /// brace is a literal.
    fn parse_braces(&mut self, here: usize) -> Result<Option<(u32, u32)>, ReError> {
        if self.src.peek_is('}') {
            return Ok(None);
        }
        let lo = self.digits()?;
        let hi = if self.src.eat(',')? { self.digits()? } else { lo.clone() };
        if !self.src.eat('}')? {
            self.src.seek(here)?;
            return Ok(None);
        }
        let too_large = || ReError::other(ErrorKind::Overflow, "the repetition number is too large");
        let num = |d: &[u32]| super::source::value(d, 10);
        let min = if lo.is_empty() { 0 } else { num(&lo) };
        if min >= MAXREPEAT as u64 {
            return Err(too_large());
        }
        let mut max = MAXREPEAT as u64;
        if !hi.is_empty() {
            max = num(&hi);
            if max >= MAXREPEAT as u64 {
                return Err(too_large());
            }
            if max < min {
                return Err(ReError::at("min repeat greater than max repeat", here));
            }
        }
        Ok(Some((min as u32, max as u32)))
    }

    fn digits(&mut self) -> Result<Vec<u32>, ReError> {
        let mut out = Vec::new();
        while let Some(d) = self.src.peek_in(is_digit) {
            self.src.get()?;
            out.push(d);
        }
        Ok(out)
    }

    pub fn open_group(&mut self, name: Option<&str>, name_len: usize) -> Result<usize, ReError> {
        let gid = self.st.groups();
        self.st.widths.push(None);
        if let Some(name) = name {
            if let Some(old) = self.st.lookup(name) {
                let msg = format!("redefinition of group name {} as group {gid}; was group {old}", py_repr(name));
                return Err(self.src.error(msg, name_len + 1));
            }
            self.st.names.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    pub fn close_group(&mut self, gid: usize, body: &Node) {
        let w = self.width(body);
        self.st.widths[gid] = Some(w);
    }

    pub fn lookup_name(&self, name: &str) -> Option<usize> {
        self.st.lookup(name)
    }

    pub fn set_lookbehind(&mut self, v: Option<usize>) -> Option<usize> {
        std::mem::replace(&mut self.st.lookbehind_groups, v)
    }

    pub fn add_cond_ref(&mut self, g: usize, pos: usize) {
        if !self.st.cond_refs.iter().any(|&(h, _)| h == g) {
            self.st.cond_refs.push((g, pos));
        }
    }

    pub fn push_scope(&mut self, add: u32, del: u32) {
        self.scopes.push((add, del));
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    /// (min, max) width in code points, saturating (CPython's `getwidth`).
    pub fn width(&self, n: &Node) -> (u64, u64) {
        node_width(n, &|g| self.st.width_of(g))
    }
}

/// CPython's `MAXWIDTH` stands in for "unbounded".
pub const MAXWIDTH: u64 = u64::MAX;

pub fn node_width(n: &Node, group: &dyn Fn(usize) -> (u64, u64)) -> (u64, u64) {
    match n {
        Node::Char(_) => (1, 1),
        Node::At(..) | Node::Look { .. } => (0, 0),
        Node::Group(_, b) | Node::Atomic(b) => node_width(b, group),
        Node::Concat(items) => items.iter().fold((0, 0), |(lo, hi), i| {
            let (a, b) = node_width(i, group);
            (lo.saturating_add(a), hi.saturating_add(b))
        }),
        Node::Alt(items) => {
            let ws: Vec<(u64, u64)> = items.iter().map(|i| node_width(i, group)).collect();
            (ws.iter().map(|w| w.0).min().unwrap_or(0), ws.iter().map(|w| w.1).max().unwrap_or(0))
        }
        Node::Repeat { item, min, max, .. } => {
            let (a, b) = node_width(item, group);
            let hi = if *max == MAXREPEAT && b > 0 { MAXWIDTH } else { b.saturating_mul(*max as u64) };
            (a.saturating_mul(*min as u64), hi)
        }
        Node::Backref { group: g, .. } => group(*g),
        Node::Cond { yes, no, .. } => {
            let (a, b) = node_width(yes, group);
            match no {
                Some(no) => {
                    let (c, d) = node_width(no, group);
                    (a.min(c), b.max(d))
                }
                None => (0, b),
            }
        }
    }
}

/// Python's `repr()` of a short str (for messages).
pub fn py_repr(s: &str) -> String {
    crate::text::pystr::repr(s)
}
