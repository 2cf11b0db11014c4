//! Numeric literals: scanning with CPython's tokenizer rules and error
//! messages, and conversion of integers to decimal digit strings.

use crate::token::Tok;
use num_bigint::BigUint;

/// A malformed number. `col` is the byte index (into the scanned text) of
/// the character CPython's caret points at; `end` likewise when it reports
/// a range.
#[derive(Debug, PartialEq, Eq)]
pub struct NumError {
    pub msg: String,
    pub col: usize,
    pub end: Option<usize>,
}

/// Scan the number starting at byte `start` of `src` (a digit, or `.`
/// followed by a digit). Returns the end byte index and the token.
pub fn scan(src: &str, start: usize) -> Result<(usize, Tok), NumError> {
    let mut s = Scanner { b: src.as_bytes(), i: start, start };
    let kind = s.literal()?;
    Ok((s.i, to_token(&src[start..s.i], kind)))
}

/// Convert the text of a well-formed literal to its token.
fn to_token(text: &str, kind: Kind) -> Tok {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    match kind {
        Kind::Int(10) => {
            let digits = clean.trim_start_matches('0');
            Tok::Int(if digits.is_empty() { "0".into() } else { digits.into() })
        }
        Kind::Int(radix) => {
            let value = BigUint::parse_bytes(&clean.as_bytes()[2..], radix).unwrap_or_default();
            Tok::Int(value.to_string())
        }
        Kind::Float => Tok::Float(clean.parse().unwrap_or(f64::INFINITY)),
        Kind::Imag => Tok::Imag(clean[..clean.len() - 1].parse().unwrap_or(f64::INFINITY)),
    }
}

struct Scanner<'a> {
    b: &'a [u8],
    /// Index of the next unread byte.
    i: usize,
    start: usize,
}

enum Kind {
    Int(u32),
    Float,
    Imag,
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(0)
    }

    fn peek_at(&self, k: usize) -> u8 {
        self.b.get(self.i + k).copied().unwrap_or(0)
    }

    /// An error whose caret sits on the character before the cursor
    /// (CPython's `syntaxerror` after a `tok_backup`).
    fn err(&self, msg: impl Into<String>) -> NumError {
        NumError { msg: msg.into(), col: self.i.saturating_sub(1), end: None }
    }

    fn literal(&mut self) -> Result<Kind, NumError> {
        if self.peek() == b'.' {
            self.i += 1;
            return self.fraction();
        }
        if self.peek() == b'0' {
            match self.peek_at(1) | 0x20 {
                b'x' => return self.radix(16, "hexadecimal"),
                b'o' => return self.radix(8, "octal"),
                b'b' => return self.radix(2, "binary"),
                _ => return self.zero(),
            }
        }
        self.decimal_tail()?;
        self.after_integer_part(false)
    }

    /// After the integer digits: fraction, exponent, imaginary or end.
    fn after_integer_part(&mut self, octal_like: bool) -> Result<Kind, NumError> {
        match self.peek() {
            b'.' => {
                self.i += 1;
                self.fraction()
            }
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => self.imaginary(),
            _ if octal_like => Err(self.leading_zeros()),
            c => {
                self.verify_end(c, "decimal")?;
                Ok(Kind::Int(10))
            }
        }
    }

    fn leading_zeros(&self) -> NumError {
        let zeros_end = self.b[self.start..].iter().position(|&c| c != b'0' && c != b'_').unwrap_or(0);
        NumError {
            msg: "leading zeros in decimal integer literals are not permitted; \
                  use an 0o prefix for octal integers"
                .into(),
            col: self.start,
            end: Some(self.start + zeros_end),
        }
    }

    /// `0`, `00`, `0_0`, `0777` (rejected), `0.5`, `0e1`, `0j`.
    fn zero(&mut self) -> Result<Kind, NumError> {
        loop {
            if self.peek() == b'_' {
                self.i += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.err("invalid decimal literal"));
                }
            }
            if self.peek() != b'0' {
                break;
            }
            self.i += 1;
        }
        let nonzero = self.peek().is_ascii_digit();
        if nonzero {
            self.decimal_tail()?;
        }
        self.after_integer_part(nonzero)
    }

    /// Digits with single underscores between them.
    fn decimal_tail(&mut self) -> Result<(), NumError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.i += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.i += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err("invalid decimal literal"));
            }
        }
    }

    fn fraction(&mut self) -> Result<Kind, NumError> {
        if self.peek().is_ascii_digit() {
            self.decimal_tail()?;
        }
        match self.peek() {
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => self.imaginary(),
            c => {
                self.verify_end(c, "decimal")?;
                Ok(Kind::Float)
            }
        }
    }

    fn exponent(&mut self) -> Result<Kind, NumError> {
        let e = self.peek();
        self.i += 1;
        let c = self.peek();
        if c == b'+' || c == b'-' {
            self.i += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err("invalid decimal literal"));
            }
        } else if !c.is_ascii_digit() {
            // `1else`: the `e` starts a keyword, the number ends before it.
            self.i -= 1;
            self.verify_end(e, "decimal")?;
            return Ok(if self.b[self.start..self.i].contains(&b'.') { Kind::Float } else { Kind::Int(10) });
        }
        self.decimal_tail()?;
        if matches!(self.peek(), b'j' | b'J') {
            return self.imaginary();
        }
        let c = self.peek();
        self.verify_end(c, "decimal")?;
        Ok(Kind::Float)
    }

    fn imaginary(&mut self) -> Result<Kind, NumError> {
        self.i += 1;
        let c = self.peek();
        self.verify_end(c, "imaginary")?;
        Ok(Kind::Imag)
    }

    fn radix(&mut self, radix: u32, name: &str) -> Result<Kind, NumError> {
        self.i += 2;
        let ok = |c: u8| (c as char).is_digit(radix);
        loop {
            if self.peek() == b'_' {
                self.i += 1;
            }
            let c = self.peek();
            if !ok(c) {
                if radix < 10 && c.is_ascii_digit() {
                    self.i += 1;
                    return Err(self.err(format!("invalid digit '{}' in {name} literal", c as char)));
                }
                self.i += 1;
                return Err(self.err_backup(format!("invalid {name} literal")));
            }
            while ok(self.peek()) {
                self.i += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        let c = self.peek();
        if radix < 10 && c.is_ascii_digit() {
            self.i += 1;
            return Err(self.err(format!("invalid digit '{}' in {name} literal", c as char)));
        }
        self.verify_end(c, name)?;
        Ok(Kind::Int(radix))
    }

    /// Error after consuming `c` and backing up over it.
    fn err_backup(&mut self, msg: String) -> NumError {
        self.i -= 1;
        self.err(msg)
    }

    /// CPython's `verify_end_of_number`: a number may be directly followed
    /// by one of the keywords that can follow it in valid code, but not by
    /// any other identifier character. `c` is the next, unconsumed byte.
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), NumError> {
        let rest = self.b.get(self.i + 1..).unwrap_or(&[]);
        let keyword_follows = match c {
            b'a' => rest.starts_with(b"nd"),
            b'e' => rest.starts_with(b"lse"),
            b'f' => rest.starts_with(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"r"),
            b'n' => rest.starts_with(b"ot"),
            _ => false,
        };
        if !keyword_follows && is_ident_char(c) {
            return Err(self.err(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(s: &str) -> Tok {
        let (end, t) = scan(s, 0).unwrap();
        assert_eq!(end, s.len(), "{s}");
        t
    }

    fn err(s: &str) -> (String, usize) {
        let e = scan(s, 0).unwrap_err();
        (e.msg, e.col)
    }

    #[test]
    fn integers_in_every_base() {
        assert_eq!(tok("0"), Tok::Int("0".into()));
        assert_eq!(tok("00_0"), Tok::Int("0".into()));
        assert_eq!(tok("1_000"), Tok::Int("1000".into()));
        assert_eq!(tok("0xff"), Tok::Int("255".into()));
        assert_eq!(tok("0X_F_F"), Tok::Int("255".into()));
        assert_eq!(tok("0o17"), Tok::Int("15".into()));
        assert_eq!(tok("0b1010"), Tok::Int("10".into()));
        assert_eq!(tok("0x1_0000_0000_0000_0000"), Tok::Int("18446744073709551616".into()));
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(tok("1."), Tok::Float(1.0));
        assert_eq!(tok(".5"), Tok::Float(0.5));
        assert_eq!(tok("1e10"), Tok::Float(1e10));
        assert_eq!(tok("1_000.5"), Tok::Float(1000.5));
        assert_eq!(tok("1E-2"), Tok::Float(0.01));
        assert_eq!(tok("3j"), Tok::Imag(3.0));
        assert_eq!(tok("1.5J"), Tok::Imag(1.5));
        assert_eq!(tok("0e0"), Tok::Float(0.0));
    }

    #[test]
    fn keyword_may_follow_a_number() {
        assert_eq!(scan("1if x", 0).unwrap().0, 1);
        assert_eq!(scan("1else", 0).unwrap().0, 1);
        assert_eq!(scan("0x1for", 0).unwrap().0, 4);
    }

    #[test]
    fn malformed_numbers() {
        assert_eq!(err("1__0"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1_"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1abc"), ("invalid decimal literal".into(), 0));
        assert_eq!(err("0x"), ("invalid hexadecimal literal".into(), 1));
        assert_eq!(err("0o8"), ("invalid digit '8' in octal literal".into(), 2));
        assert_eq!(err("0b12"), ("invalid digit '2' in binary literal".into(), 3));
        assert!(err("0777").0.starts_with("leading zeros in decimal integer literals"));
        assert_eq!(err("1e+"), ("invalid decimal literal".into(), 2));
        assert_eq!(err("3jx"), ("invalid imaginary literal".into(), 1));
    }
}
