//! `[...]` character sets: members, ranges and escapes, with CPython's
//! errors (`unterminated character set`, `bad character range z-a`).

use super::chars::{CharTest, SetItem};
use super::escape::{self, Escape};
use super::parser::{Node, Parser};
use super::source::Tok;
use super::ReError;

/// A set member before ranges are formed.
enum Member {
    Lit(u32),
    Item(SetItem),
}

impl Parser<'_> {
    /// Parses a set; the `[` has been consumed.
    pub(super) fn parse_set(&mut self) -> Result<Node, ReError> {
        let here = self.src.tell() - 1;
        let negate = self.src.eat('^')?;
        let mut items: Vec<SetItem> = Vec::new();
        loop {
            let this = self.next_in_set(here)?;
            if this.is(']') && !items.is_empty() {
                break;
            }
            let first = self.member(this)?;
            if !self.src.eat('-')? {
                items.push(first.into_item());
                continue;
            }
            let that = self.next_in_set(here)?;
            if that.is(']') {
                items.push(first.into_item());
                items.push(SetItem::Lit('-' as u32));
                break;
            }
            let second = self.member(that)?;
            let bad = || {
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                self.src.error(msg, this.len() + 1 + that.len())
            };
            match (first, second) {
                (Member::Lit(lo), Member::Lit(hi)) if lo <= hi => items.push(SetItem::Range(lo, hi)),
                _ => return Err(bad()),
            }
        }
        dedup(&mut items);
        Ok(self.char_node(CharTest::Set { negate, items }))
    }

    fn next_in_set(&mut self, here: usize) -> Result<Tok, ReError> {
        match self.src.get()? {
            Some(t) => Ok(t),
            None => Err(self.src.error("unterminated character set", self.src.tell() - here)),
        }
    }

    fn member(&mut self, t: Tok) -> Result<Member, ReError> {
        Ok(match t {
            Tok::Ch(c) => Member::Lit(c),
            Tok::Esc(c) => match escape::in_set(&mut self.src, c)? {
                Escape::Lit(v) => Member::Lit(v),
                Escape::Cat(cat) => Member::Item(SetItem::Cat(cat)),
                // in_set yields only literals and categories.
                Escape::At(_) | Escape::Ref(_) => Member::Lit(c),
            },
        })
    }
}

impl Member {
    fn into_item(self) -> SetItem {
        match self {
            Member::Lit(c) => SetItem::Lit(c),
            Member::Item(i) => i,
        }
    }
}

fn dedup(items: &mut Vec<SetItem>) {
    let mut seen: Vec<SetItem> = Vec::with_capacity(items.len());
    for it in items.drain(..) {
        if !seen.contains(&it) {
            seen.push(it);
        }
    }
    *items = seen;
}
