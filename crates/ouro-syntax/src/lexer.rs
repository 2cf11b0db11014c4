//! The tokenizer: `logos` recognises raw tokens; this driver adds what
//! logos cannot know — line structure (NEWLINE, INDENT, DEDENT), bracket
//! matching, and hand-scanned numbers and string literals — and reports
//! errors with CPython's tokenizer messages and positions.

use crate::error::{Located, SyntaxErrorKind};
use crate::indent::{self, Change, IndentError, Indents};
use crate::numbers;
use crate::strings::{self, Prefix, ScanError};
use crate::token::{FStrBody, Pos, Spanned, StrLit, Tok};
use logos::Logos;

/// CPython's `MAXLEVEL`: brackets may nest at most this deep.
pub const MAX_BRACKETS: usize = 200;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
enum Raw {
    #[regex(r"[ \t\x0c]+")]
    Space,
    #[regex(r"#[^\n]*")]
    Comment,
    #[token("\n")]
    Newline,
    #[token("\\\n")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[a-zA-Z_\u{80}-\u{10FFFF}][a-zA-Z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r"[0-9]")]
    #[regex(r"\.[0-9]")]
    Number,
    #[regex(r#"[rRuUbBfF]?['"]"#)]
    #[regex(r#"([bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])['"]"#)]
    String,
    #[token("(")]
    Lpar,
    #[token("[")]
    Lsqb,
    #[token("{")]
    Lbrace,
    #[token(")")]
    Rpar,
    #[token("]")]
    Rsqb,
    #[token("}")]
    Rbrace,
    #[regex(r"[:,;+\-*/|&<>=.%~^@]|==|!=|<=|>=|<<|>>|\*\*|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<=|>>=|\*\*=|//|//=|@=|->|\.\.\.|:=")]
    Op,
}

fn operator(s: &str) -> Tok {
    match s {
        ":" => Tok::Colon,
        "," => Tok::Comma,
        ";" => Tok::Semi,
        "+" => Tok::Plus,
        "-" => Tok::Minus,
        "*" => Tok::Star,
        "/" => Tok::Slash,
        "|" => Tok::Vbar,
        "&" => Tok::Amper,
        "<" => Tok::Less,
        ">" => Tok::Greater,
        "=" => Tok::Equal,
        "." => Tok::Dot,
        "%" => Tok::Percent,
        "~" => Tok::Tilde,
        "^" => Tok::Circumflex,
        "@" => Tok::At,
        "==" => Tok::EqEqual,
        "!=" => Tok::NotEqual,
        "<=" => Tok::LessEqual,
        ">=" => Tok::GreaterEqual,
        "<<" => Tok::LeftShift,
        ">>" => Tok::RightShift,
        "**" => Tok::DoubleStar,
        "+=" => Tok::PlusEqual,
        "-=" => Tok::MinEqual,
        "*=" => Tok::StarEqual,
        "/=" => Tok::SlashEqual,
        "%=" => Tok::PercentEqual,
        "&=" => Tok::AmperEqual,
        "|=" => Tok::VbarEqual,
        "^=" => Tok::CircumflexEqual,
        "<<=" => Tok::LeftShiftEqual,
        ">>=" => Tok::RightShiftEqual,
        "**=" => Tok::DoubleStarEqual,
        "//" => Tok::DoubleSlash,
        "//=" => Tok::DoubleSlashEqual,
        "@=" => Tok::AtEqual,
        "->" => Tok::Rarrow,
        "..." => Tok::Ellipsis,
        ":=" => Tok::ColonEqual,
        _ => unreachable!("the Op regex only matches listed operators"),
    }
}

/// The result of tokenizing a whole module.
#[derive(Debug)]
pub struct Lexed {
    pub tokens: Vec<Spanned>,
    /// The innermost bracket still open at end of input. When set, the
    /// token stream stops without the final NEWLINE and DEDENTs, so the
    /// parser fails at end of input like CPython's does.
    pub unclosed: Option<(char, Pos)>,
    /// Position of the end of input.
    pub eof: Pos,
}

/// Tokenize a module (normalised source: `\n` newlines only, no NULs).
pub fn lex_module(src: &str) -> Result<Lexed, Located> {
    Driver::new(src, Pos::new(1, 0), false).run()
}

/// Tokenize an f-string replacement field's expression text, which starts
/// at `base`. Newlines are insignificant there, as inside brackets.
pub fn lex_expression(src: &str, base: Pos) -> Result<Lexed, Located> {
    Driver::new(src, base, true).run()
}

/// Maps byte offsets to positions; offsets must be asked for in
/// non-decreasing order.
struct Tracker<'a> {
    src: &'a str,
    line: u32,
    line_start: usize,
    scanned: usize,
    /// Column added on the first line (for embedded expressions).
    first_col: u32,
}

impl<'a> Tracker<'a> {
    fn pos(&mut self, at: usize) -> Pos {
        debug_assert!(at >= self.scanned);
        let bytes = &self.src.as_bytes()[self.scanned..at];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                self.line += 1;
                self.line_start = self.scanned + i + 1;
                self.first_col = 0;
            }
        }
        self.scanned = at;
        Pos::new(self.line, (at - self.line_start) as u32 + self.first_col)
    }
}

struct Driver<'a> {
    src: &'a str,
    lex: logos::Lexer<'a, Raw>,
    at: Tracker<'a>,
    out: Vec<Spanned>,
    brackets: Vec<(char, Pos)>,
    indents: Indents,
    /// True between a NEWLINE and the first token of the next logical line.
    at_line_start: bool,
    /// True once the current logical line produced a token.
    line_has_tokens: bool,
    /// Where the comment on the current line starts (NEWLINE spans it).
    comment: Option<Pos>,
    /// An embedded expression: no NEWLINE/INDENT/DEDENT at all.
    expression: bool,
}

impl<'a> Driver<'a> {
    fn new(src: &'a str, base: Pos, expression: bool) -> Driver<'a> {
        Driver {
            src,
            lex: Raw::lexer(src),
            at: Tracker { src, line: base.line, line_start: 0, scanned: 0, first_col: base.col },
            out: Vec::new(),
            brackets: Vec::new(),
            indents: Indents::default(),
            at_line_start: true,
            line_has_tokens: false,
            comment: None,
            expression,
        }
    }

    fn run(mut self) -> Result<Lexed, Located> {
        while let Some(raw) = self.lex.next() {
            let span = self.lex.span();
            match raw {
                Ok(raw) => self.raw(raw, span)?,
                Err(()) => self.unknown(span.start)?,
            }
        }
        self.finish()
    }

    fn push(&mut self, start: Pos, tok: Tok, end: Pos) {
        self.out.push((start, tok, end));
    }

    fn raw(&mut self, raw: Raw, span: std::ops::Range<usize>) -> Result<(), Located> {
        match raw {
            Raw::Space => {}
            Raw::Comment => {
                if self.comment.is_none() {
                    self.comment = Some(self.at.pos(span.start));
                }
            }
            Raw::Newline => self.newline(span.start),
            Raw::Continuation => {
                if span.end == self.src.len() {
                    return Err(self.eof_after_continuation(span.start));
                }
            }
            Raw::Backslash => {
                if span.end == self.src.len() {
                    return Err(self.eof_after_continuation(span.start));
                }
                let p = self.at.pos(span.start);
                let msg = "unexpected character after line continuation character";
                return Err(Located::at(msg, p.line, p.col + 1, 0).raw_end(0));
            }
            _ => {
                self.begin_token(span.start)?;
                self.token(raw, span)?;
            }
        }
        Ok(())
    }

    /// `x = \` at the very end of the input.
    fn eof_after_continuation(&mut self, backslash: usize) -> Located {
        let p = self.at.pos(backslash);
        let line_start = backslash - (p.col - self.at.first_col) as usize;
        let line_chars = self.src[line_start..backslash].chars().count() as u32 + 2;
        Located::at("unexpected EOF while parsing", p.line, 0, 0).raw_cols(line_chars, 0).incomplete()
    }

    fn newline(&mut self, at: usize) {
        let p = self.at.pos(at);
        let comment = self.comment.take();
        if self.expression || !self.brackets.is_empty() || !self.line_has_tokens {
            return;
        }
        self.push(comment.unwrap_or(p), Tok::Newline, p);
        self.at_line_start = true;
        self.line_has_tokens = false;
    }

    /// Called before every real token: handles indentation of a new line.
    fn begin_token(&mut self, start: usize) -> Result<(), Located> {
        self.line_has_tokens = true;
        if !self.at_line_start || self.expression {
            return Ok(());
        }
        self.at_line_start = false;
        if !self.brackets.is_empty() {
            return Ok(());
        }
        let p = self.at.pos(start);
        let line_start = start - p.col as usize;
        let width = indent::measure(&self.src[line_start..start]);
        match self.indents.update(width) {
            Ok(Change::Same) => {}
            Ok(Change::Indent) => self.push(Pos::new(p.line, 0), Tok::Indent, p),
            Ok(Change::Dedent(n)) => {
                for _ in 0..n {
                    self.push(p, Tok::Dedent, p);
                }
            }
            Err(e) => return Err(self.indent_error(e, p.line, line_start)),
        }
        Ok(())
    }

    fn indent_error(&self, e: IndentError, line: u32, line_start: usize) -> Located {
        let (kind, msg) = match e {
            IndentError::Tabs => (SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation"),
            IndentError::TooDeep => (SyntaxErrorKind::IndentationError, "too many levels of indentation"),
            IndentError::Unmatched => {
                let end = self.src[line_start..].find('\n').map_or(self.src.len(), |i| line_start + i);
                let chars = self.src[line_start..end].chars().count() as u32 + 1;
                let msg = "unindent does not match any outer indentation level";
                return Located::at(msg, line, 0, 0).kind(SyntaxErrorKind::IndentationError).raw_cols(chars, 0);
            }
        };
        Located::at(msg, line, 0, 0).kind(kind).raw_cols(1, 0)
    }

    fn token(&mut self, raw: Raw, span: std::ops::Range<usize>) -> Result<(), Located> {
        let start = self.at.pos(span.start);
        let text = &self.src[span.clone()];
        let tok = match raw {
            Raw::Name => return self.name(span.start, text),
            Raw::Number => return self.number(span.start),
            Raw::String => return self.string(span.start, text.len() - 1),
            Raw::Lpar | Raw::Lsqb | Raw::Lbrace => {
                let c = text.chars().next().unwrap_or('(');
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(Located::at("too many nested parentheses", start.line, start.col, start.col));
                }
                self.brackets.push((c, start));
                match raw {
                    Raw::Lpar => Tok::Lpar,
                    Raw::Lsqb => Tok::Lsqb,
                    _ => Tok::Lbrace,
                }
            }
            Raw::Rpar | Raw::Rsqb | Raw::Rbrace => {
                let c = text.chars().next().unwrap_or(')');
                self.close_bracket(c, start)?;
                match raw {
                    Raw::Rpar => Tok::Rpar,
                    Raw::Rsqb => Tok::Rsqb,
                    _ => Tok::Rbrace,
                }
            }
            _ => operator(text),
        };
        let end = self.at.pos(span.end);
        self.push(start, tok, end);
        Ok(())
    }

    fn close_bracket(&mut self, c: char, at: Pos) -> Result<(), Located> {
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(Located::at(format!("unmatched '{c}'"), at.line, at.col, at.col));
        };
        let matching = matches!((open, c), ('(', ')') | ('[', ']') | ('{', '}'));
        if matching {
            return Ok(());
        }
        let msg = if open_at.line != at.line {
            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {}", open_at.line)
        } else {
            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
        };
        Err(Located::at(msg, at.line, at.col, at.col))
    }

    fn name(&mut self, start: usize, text: &str) -> Result<(), Located> {
        let p = self.at.pos(start);
        if let Some((i, c)) = invalid_identifier_char(text) {
            let col = p.col + i as u32;
            let msg = if is_printable(c) {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            return Err(Located::at(msg, p.line, col, col));
        }
        let tok = Tok::keyword(text).unwrap_or_else(|| Tok::Name(text.to_string()));
        let end = self.at.pos(start + text.len());
        self.push(p, tok, end);
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<(), Located> {
        let p = self.at.pos(start);
        let to_col = |i: usize| p.col + (i - start) as u32;
        match numbers::scan(self.src, start) {
            Ok((end, tok)) => {
                self.lex.bump(end - self.lex.span().end);
                let e = self.at.pos(end);
                self.push(p, tok, e);
                Ok(())
            }
            Err(err) => {
                let col = to_col(err.col.max(start));
                let end = err.end.map_or(col, to_col);
                Err(Located::at(err.msg, p.line, col, end))
            }
        }
    }

    /// A string literal whose prefix starts at `start` and whose opening
    /// quote is `prefix_len` bytes later.
    fn string(&mut self, start: usize, prefix_len: usize) -> Result<(), Located> {
        let p = self.at.pos(start);
        let prefix = Prefix::parse(&self.src[start..start + prefix_len]);
        let scanned = match strings::scan(self.src, start + prefix_len) {
            Ok(s) => s,
            Err(ScanError::Unterminated { triple, detected_at }) => {
                let detected = if detected_at >= self.src.len() {
                    self.at.line + self.src[self.at.scanned..].matches('\n').count() as u32
                        - u32::from(self.src.ends_with('\n'))
                } else {
                    self.at.line + self.src[self.at.scanned..detected_at].matches('\n').count() as u32
                };
                let detected = detected.max(p.line);
                let what = if triple { "triple-quoted string literal" } else { "string literal" };
                let msg = format!("unterminated {what} (detected at line {detected})");
                let err = Located::at(msg, p.line, p.col, p.col);
                return Err(if triple { err.incomplete() } else { err });
            }
        };
        self.lex.bump(scanned.end - self.lex.span().end);
        let body = &self.src[scanned.body_start..scanned.body_end];
        let body_pos = self.at.pos(scanned.body_start);
        let lit = if prefix.fstring {
            StrLit::F(FStrBody { body: body.to_string(), raw: prefix.raw, start: body_pos })
        } else if prefix.bytes {
            match strings::decode_bytes(body, prefix.raw) {
                Ok(b) => StrLit::Bytes(b),
                Err(msg) => StrLit::Error(msg),
            }
        } else if prefix.raw {
            StrLit::Str(body.to_string())
        } else {
            match strings::decode_str(body) {
                Ok(s) => StrLit::Str(s),
                Err(msg) => StrLit::Error(msg),
            }
        };
        let end = self.at.pos(scanned.end);
        self.push(p, Tok::Str(lit), end);
        Ok(())
    }

    fn unknown(&mut self, start: usize) -> Result<(), Located> {
        let c = self.src[start..].chars().next().unwrap_or('\u{fffd}');
        let p = self.at.pos(start);
        if c.is_ascii_graphic() {
            self.begin_token(start)?;
            let end = self.at.pos(start + 1);
            self.push(p, Tok::Unknown(c), end);
            return Ok(());
        }
        let msg = if is_printable(c) {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        Err(Located::at(msg, p.line, p.col, p.col))
    }

    fn finish(mut self) -> Result<Lexed, Located> {
        let eof = self.at.pos(self.src.len());
        if let Some(&open) = self.brackets.last() {
            return Ok(Lexed { tokens: self.out, unclosed: Some(open), eof });
        }
        if !self.expression {
            if self.line_has_tokens {
                let comment = self.comment.take();
                self.push(comment.unwrap_or(eof), Tok::Newline, eof);
            }
            for _ in 0..self.indents.depth() {
                self.push(eof, Tok::Dedent, eof);
            }
        }
        Ok(Lexed { tokens: self.out, unclosed: None, eof })
    }
}

/// The first character (with its byte index) that cannot be part of an
/// identifier. Unicode classes are approximated with `char` predicates.
fn invalid_identifier_char(name: &str) -> Option<(usize, char)> {
    if name.is_ascii() {
        return None;
    }
    name.char_indices().find(|&(i, c)| {
        if c.is_ascii() {
            return false;
        }
        let combining = matches!(c, '\u{300}'..='\u{36f}' | '\u{b7}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}');
        if i == 0 {
            !c.is_alphabetic()
        } else {
            !(c.is_alphanumeric() || combining)
        }
    })
}

/// Approximates Python's `str.isprintable` for one character.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        lex_module(src).unwrap().tokens.into_iter().map(|t| t.1).collect()
    }

    fn name(s: &str) -> Tok {
        Tok::Name(s.into())
    }

    #[test]
    fn operators_take_the_longest_match() {
        use Tok::*;
        let got = kinds("a **= b // c ... d := e -> f >>= g <<= h @= i != j\n");
        let ops: Vec<Tok> = got.into_iter().filter(|t| !matches!(t, Tok::Name(_))).collect();
        assert_eq!(
            ops,
            vec![DoubleStarEqual, DoubleSlash, Ellipsis, ColonEqual, Rarrow, RightShiftEqual, LeftShiftEqual, AtEqual, NotEqual, Newline]
        );
    }

    #[test]
    fn keywords_names_and_unicode() {
        assert_eq!(kinds("if iffy match é_1\n"), vec![Tok::If, name("iffy"), name("match"), name("é_1"), Tok::Newline]);
    }

    #[test]
    fn indentation_tokens() {
        use Tok::*;
        let got = kinds("if a:\n    b\n\n    # c\n        \nd\n");
        assert_eq!(got, vec![If, name("a"), Colon, Newline, Indent, name("b"), Newline, Dedent, name("d"), Newline]);
    }

    #[test]
    fn brackets_hide_newlines_and_continuations_join_lines() {
        use Tok::*;
        assert_eq!(kinds("(a,\n  b)\n"), vec![Lpar, name("a"), Comma, name("b"), Rpar, Newline]);
        assert_eq!(kinds("a = \\\n  b\n"), vec![name("a"), Equal, name("b"), Newline]);
    }

    #[test]
    fn final_newline_and_dedents_at_eof() {
        use Tok::*;
        assert_eq!(kinds("if a:\n  b"), vec![If, name("a"), Colon, Newline, Indent, name("b"), Newline, Dedent]);
    }

    #[test]
    fn strings_with_prefixes() {
        let got = kinds("b'\\x00' rb'\\n' r'\\n' 'a\\tb' '''x\ny''' u\"z\"\n");
        assert_eq!(got[0], Tok::Str(StrLit::Bytes(vec![0])));
        assert_eq!(got[1], Tok::Str(StrLit::Bytes(b"\\n".to_vec())));
        assert_eq!(got[2], Tok::Str(StrLit::Str("\\n".into())));
        assert_eq!(got[3], Tok::Str(StrLit::Str("a\tb".into())));
        assert_eq!(got[4], Tok::Str(StrLit::Str("x\ny".into())));
        assert_eq!(got[5], Tok::Str(StrLit::Str("z".into())));
    }

    #[test]
    fn positions_are_line_and_byte_column() {
        let t = lex_module("x = 'é'\ny\n").unwrap().tokens;
        assert_eq!((t[2].0, t[2].2), (Pos::new(1, 4), Pos::new(1, 8)));
        assert_eq!(t[4].0, Pos::new(2, 0));
        let t = lex_module("a # c\n").unwrap().tokens;
        assert_eq!((t[1].1.clone(), t[1].0, t[1].2), (Tok::Newline, Pos::new(1, 2), Pos::new(1, 5)));
    }

    #[test]
    fn tokenizer_errors() {
        let msg = |s: &str| lex_module(s).err().map(|e| e.msg).unwrap_or_default();
        assert_eq!(msg("x = )\n"), "unmatched ')'");
        assert_eq!(msg("(]\n"), "closing parenthesis ']' does not match opening parenthesis '('");
        assert_eq!(msg("(\n]\n"), "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        assert_eq!(msg("'abc\n"), "unterminated string literal (detected at line 1)");
        assert_eq!(msg("'''abc\n\n"), "unterminated triple-quoted string literal (detected at line 2)");
        assert_eq!(msg("a €\n"), "invalid character '€' (U+20AC)");
        assert_eq!(msg("a \u{1}\n"), "invalid non-printable character U+0001");
        assert_eq!(msg("if a:\n    b\n  c\n"), "unindent does not match any outer indentation level");
        assert_eq!(msg("a \\ b\n"), "unexpected character after line continuation character");
        assert_eq!(msg(&"(".repeat(201)), "too many nested parentheses");
        assert!(lex_module("'''abc\n").unwrap_err().incomplete);
    }

    #[test]
    fn unclosed_bracket_is_reported_not_an_error() {
        let l = lex_module("x = [1,\n").unwrap();
        assert_eq!(l.unclosed, Some(('[', Pos::new(1, 4))));
    }
}
