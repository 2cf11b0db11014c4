//! Everything that starts with `(`: groups, named groups and references,
//! comments, lookaround, conditionals, atomic groups and inline flags.

use super::flags::*;
use super::parser::{py_repr, Node, Parser};
use super::source::Tok;
use super::ReError;

/// What `(?...` introduced, once its header has been read.
enum Head {
    Capture(Option<String>),
    NonCapture { add: u32, del: u32 },
    Atomic,
    /// Already complete (a comment, reference, lookaround or conditional).
    Done,
    /// Global flags `(?x)`.
    Global,
}

fn flag_bit(t: Tok) -> Option<u32> {
    let Tok::Ch(c) = t else { return None };
    Some(match char::from_u32(c)? {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

fn is_alpha(t: Tok) -> bool {
    matches!(t, Tok::Ch(c) if char::from_u32(c).is_some_and(crate::text::unicode::is_alpha))
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    let first = cs.next().is_some_and(|c| c == '_' || crate::text::unicode::is_xid_start(c));
    first && cs.all(crate::text::unicode::is_xid_continue)
}

impl Parser<'_> {
    /// Parses a group (the `(` has been consumed) onto `seq`. Returns the
    /// new verbose setting when global flags changed it.
    pub(super) fn parse_group(&mut self, seq: &mut Vec<Node>, verbose: bool, nested: usize, first: bool) -> Result<Option<bool>, ReError> {
        let start = self.src.tell() - 1;
        let head = if self.src.eat('?')? { self.extension(seq, verbose, nested, first, start)? } else { Head::Capture(None) };
        let (add, del) = match &head {
            Head::Done => return Ok(None),
            Head::Global => return Ok(Some(self.st.flags & VERBOSE != 0)),
            Head::NonCapture { add, del } => (*add, *del),
            _ => (0, 0),
        };
        let group = match &head {
            Head::Capture(name) => Some(self.open_group(name.as_deref(), name.as_ref().map_or(0, |n| n.chars().count()))?),
            _ => None,
        };
        let sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
        self.push_scope(add, del);
        let body = self.parse_alt(sub_verbose, nested + 1);
        self.pop_scope();
        let body = body?;
        self.expect_close(start)?;
        if let Some(g) = group {
            self.close_group(g, &body);
        }
        seq.push(match head {
            Head::Atomic => Node::Atomic(Box::new(body)),
            _ => Node::Group(group, Box::new(body)),
        });
        Ok(None)
    }

    fn expect_close(&mut self, start: usize) -> Result<(), ReError> {
        if !self.src.eat(')')? {
            return Err(ReError::at("missing ), unterminated subpattern", start));
        }
        Ok(())
    }

    fn next_or_end(&mut self) -> Result<Tok, ReError> {
        match self.src.get()? {
            Some(t) => Ok(t),
            None => Err(self.src.error("unexpected end of pattern", 0)),
        }
    }

    fn extension(&mut self, seq: &mut Vec<Node>, verbose: bool, nested: usize, first: bool, start: usize) -> Result<Head, ReError> {
        let c = self.next_or_end()?;
        let ch = match c {
            Tok::Ch(ch) => char::from_u32(ch).unwrap_or('\0'),
            Tok::Esc(_) => '\0',
        };
        match ch {
            'P' => self.python_ext(seq),
            ':' => Ok(Head::NonCapture { add: 0, del: 0 }),
            '#' => {
                loop {
                    if self.src.next.is_none() {
                        return Err(ReError::at("missing ), unterminated comment", start));
                    }
                    if self.src.get()?.is_some_and(|t| t.is(')')) {
                        return Ok(Head::Done);
                    }
                }
            }
            '=' | '!' | '<' => self.lookaround(seq, ch, verbose, nested, start),
            '(' => self.conditional(seq, verbose, nested, start),
            '>' => Ok(Head::Atomic),
            _ if flag_bit(c).is_some() || ch == '-' => match self.parse_flags(c)? {
                None => {
                    if !first || !seq.is_empty() {
                        return Err(ReError::at("global flags not at the start of the expression", start));
                    }
                    Ok(Head::Global)
                }
                Some((add, del)) => Ok(Head::NonCapture { add, del }),
            },
            _ => Err(self.src.error(format!("unknown extension ?{}", c.text()), c.len() + 1)),
        }
    }

    fn group_name(&mut self, term: char) -> Result<String, ReError> {
        let name = self.src.get_until(term, "group name")?;
        if !is_identifier(&name) {
            let n = name.chars().count();
            return Err(self.src.error(format!("bad character in group name {}", py_repr(&name)), n + 1));
        }
        Ok(name)
    }

    /// `(?P<name>...)`, `(?P=name)`.
    fn python_ext(&mut self, seq: &mut Vec<Node>) -> Result<Head, ReError> {
        if self.src.eat('<')? {
            return Ok(Head::Capture(Some(self.group_name('>')?)));
        }
        if self.src.eat('=')? {
            let name = self.group_name(')')?;
            let n = name.chars().count() + 1;
            let Some(gid) = self.lookup_name(&name) else {
                return Err(self.src.error(format!("unknown group name {}", py_repr(&name)), n));
            };
            if !self.st.group_closed(gid) {
                return Err(self.src.error("cannot refer to an open group", n));
            }
            self.st.check_lookbehind_group(gid, &self.src)?;
            seq.push(Node::Backref { group: gid, fold: self.backref_fold() });
            return Ok(Head::Done);
        }
        let c = self.next_or_end()?;
        Err(self.src.error(format!("unknown extension ?P{}", c.text()), c.len() + 2))
    }

    fn backref_fold(&self) -> super::chars::Fold {
        match self.char_node(super::chars::CharTest::Any) {
            Node::Char(m) => m.fold,
            _ => super::chars::Fold::None,
        }
    }

    fn lookaround(&mut self, seq: &mut Vec<Node>, ch: char, verbose: bool, nested: usize, start: usize) -> Result<Head, ReError> {
        let mut kind = ch;
        let behind = ch == '<';
        let mut saved = None;
        if behind {
            let c = self.next_or_end()?;
            if !(c.is('=') || c.is('!')) {
                return Err(self.src.error(format!("unknown extension ?<{}", c.text()), c.len() + 2));
            }
            kind = if c.is('=') { '=' } else { '!' };
            saved = Some(self.st_lookbehind());
        }
        let body = self.parse_alt(verbose, nested + 1);
        if let Some(old) = saved {
            if old.is_none() {
                self.set_lookbehind(None);
            }
        }
        let body = body?;
        self.expect_close(start)?;
        seq.push(Node::Look { behind, negate: kind == '!', body: Box::new(body) });
        Ok(Head::Done)
    }

    /// Marks the start of a lookbehind; returns the previous marker.
    fn st_lookbehind(&mut self) -> Option<usize> {
        let groups = self.st.groups();
        let old = self.set_lookbehind(None);
        self.set_lookbehind(Some(old.unwrap_or(groups)));
        old
    }

    /// `(?(1)yes|no)` and `(?(name)yes|no)`.
    fn conditional(&mut self, seq: &mut Vec<Node>, verbose: bool, nested: usize, start: usize) -> Result<Head, ReError> {
        let name = self.src.get_until(')', "group name")?;
        let n = name.chars().count() + 1;
        let group = if is_identifier(&name) {
            match self.lookup_name(&name) {
                Some(g) => g,
                None => return Err(self.src.error(format!("unknown group name {}", py_repr(&name)), n)),
            }
        } else {
            let digits: Option<Vec<u32>> = name.chars().map(crate::text::unicode::decimal_value).collect();
            let Some(digits) = digits.filter(|d| !d.is_empty()) else {
                return Err(self.src.error(format!("bad character in group name {}", py_repr(&name)), n));
            };
            let g = digits.iter().fold(0u64, |v, &d| v.saturating_mul(10).saturating_add(d as u64));
            if g == 0 {
                return Err(self.src.error("bad group number", n));
            }
            if g >= 1 << 30 {
                return Err(self.src.error(format!("invalid group reference {g}"), n));
            }
            let pos = self.src.tell() - n;
            self.add_cond_ref(g as usize, pos);
            g as usize
        };
        self.st.check_lookbehind_group(group, &self.src)?;
        let yes = Node::Concat(self.parse_seq(verbose, nested + 1, false)?);
        let no = if self.src.eat('|')? {
            let no = Node::Concat(self.parse_seq(verbose, nested + 1, false)?);
            if self.src.peek_is('|') {
                return Err(self.src.error("conditional backref with more than two branches", 0));
            }
            Some(Box::new(no))
        } else {
            None
        };
        self.expect_close(start)?;
        seq.push(Node::Cond { group, yes: Box::new(yes), no });
        Ok(Head::Done)
    }

    /// Inline flags after `(?`; None for global flags `(?i)`.
    fn parse_flags(&mut self, mut c: Tok) -> Result<Option<(u32, u32)>, ReError> {
        let (mut add, mut del) = (0u32, 0u32);
        let text = self.src.is_text;
        if !c.is('-') {
            loop {
                let flag = flag_bit(c).unwrap_or(0);
                if text && c.is('L') {
                    return Err(self.src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
                if !text && c.is('u') {
                    return Err(self.src.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
                }
                c = self.src.get()?.ok_or_else(|| self.src.error("missing -, : or )", 0))?;
                if c.is(')') || c.is('-') || c.is(':') {
                    break;
                }
                if flag_bit(c).is_none() {
                    let msg = if is_alpha(c) { "unknown flag" } else { "missing -, : or )" };
                    return Err(self.src.error(msg, c.len()));
                }
            }
        }
        if c.is(')') {
            self.st.flags |= add;
            return Ok(None);
        }
        if add & (DEBUG | TEMPLATE) != 0 {
            return Err(self.src.error("bad inline flags: cannot turn on global flag", 1));
        }
        if c.is('-') {
            c = self.src.get()?.ok_or_else(|| self.src.error("missing flag", 0))?;
            if flag_bit(c).is_none() {
                let msg = if is_alpha(c) { "unknown flag" } else { "missing flag" };
                return Err(self.src.error(msg, c.len()));
            }
            loop {
                let flag = flag_bit(c).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
                }
                del |= flag;
                c = self.src.get()?.ok_or_else(|| self.src.error("missing :", 0))?;
                if c.is(':') {
                    break;
                }
                if flag_bit(c).is_none() {
                    let msg = if is_alpha(c) { "unknown flag" } else { "missing :" };
                    return Err(self.src.error(msg, c.len()));
                }
            }
        }
        if del & (DEBUG | TEMPLATE) != 0 {
            return Err(self.src.error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.src.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}
