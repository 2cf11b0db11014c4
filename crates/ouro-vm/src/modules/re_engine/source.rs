//! The pattern tokenizer, modelled on CPython's: a token is one character
//! or a backslash with the character after it, and positions in errors are
//! counted from where the current token starts.

use super::ReError;

/// One token of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Ch(u32),
    /// `\` followed by this character.
    Esc(u32),
}

impl Tok {
    pub fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }

    /// The token's text, as CPython quotes it in messages.
    pub fn text(self) -> String {
        let mut s = String::new();
        if let Tok::Esc(_) = self {
            s.push('\\');
        }
        let (Tok::Ch(c) | Tok::Esc(c)) = self;
        s.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        s
    }

    pub fn is(self, c: char) -> bool {
        self == Tok::Ch(c as u32)
    }
}

pub struct Source<'a> {
    s: &'a [u32],
    index: usize,
    pub next: Option<Tok>,
    pub is_text: bool,
}

impl<'a> Source<'a> {
    pub fn new(s: &'a [u32], is_text: bool) -> Result<Source<'a>, ReError> {
        let mut src = Source { s, index: 0, next: None, is_text };
        src.load()?;
        Ok(src)
    }

    fn load(&mut self) -> Result<(), ReError> {
        let i = self.index;
        self.next = match self.s.get(i) {
            None => None,
            Some(&c) if c == '\\' as u32 => match self.s.get(i + 1) {
                None => return Err(ReError::at("bad escape (end of pattern)", self.s.len() - 1)),
                Some(&d) => {
                    self.index = i + 2;
                    Some(Tok::Esc(d))
                }
            },
            Some(&c) => {
                self.index = i + 1;
                Some(Tok::Ch(c))
            }
        };
        Ok(())
    }

    /// Where the current token starts.
    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    pub fn seek(&mut self, index: usize) -> Result<(), ReError> {
        self.index = index;
        self.load()
    }

    /// Takes the current token.
    pub fn get(&mut self) -> Result<Option<Tok>, ReError> {
        let t = self.next;
        if t.is_some() {
            self.load()?;
        }
        Ok(t)
    }

    /// Takes the current token if it is the plain character `c`.
    pub fn eat(&mut self, c: char) -> Result<bool, ReError> {
        if self.peek_is(c) {
            self.load()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn peek_is(&self, c: char) -> bool {
        self.next.is_some_and(|t| t.is(c))
    }

    /// The current token's character if it is a plain one in `set`.
    pub fn peek_in(&self, set: fn(u32) -> bool) -> Option<u32> {
        match self.next {
            Some(Tok::Ch(c)) if set(c) => Some(c),
            _ => None,
        }
    }

    /// Up to `n` plain characters satisfying `set`.
    pub fn get_while(&mut self, n: usize, set: fn(u32) -> bool) -> Result<Vec<u32>, ReError> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.peek_in(set) {
                Some(c) => {
                    out.push(c);
                    self.load()?;
                }
                None => break,
            }
        }
        Ok(out)
    }

    /// The text up to `term` (consumed), for names: `missing >, unterminated name`.
    pub fn get_until(&mut self, term: char, what: &str) -> Result<String, ReError> {
        let mut out = String::new();
        let mut len = 0;
        loop {
            let t = self.get()?;
            match t {
                None if len == 0 => return Err(self.error(format!("missing {what}"), 0)),
                None => return Err(self.error(format!("missing {term}, unterminated name"), len)),
                Some(t) if t.is(term) => {
                    if len == 0 {
                        return Err(self.error(format!("missing {what}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => {
                    out.push_str(&t.text());
                    len += t.len();
                }
            }
        }
    }

    /// `re.error` at `offset` code points before the current token.
    pub fn error(&self, msg: impl Into<String>, offset: usize) -> ReError {
        ReError::at(msg, self.tell().saturating_sub(offset))
    }
}

pub fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

pub fn is_octal(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

pub fn is_hex(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_hexdigit()
}

/// The value of digits already checked to be in `radix`.
pub fn value(digits: &[u32], radix: u32) -> u64 {
    digits.iter().fold(0u64, |v, &d| v.saturating_mul(radix as u64).saturating_add(char::from_u32(d).and_then(|c| c.to_digit(radix)).unwrap_or(0) as u64))
}
