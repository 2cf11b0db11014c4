//! Adjacent string literal concatenation and f-strings.
//!
//! As in CPython 3.11, an f-string is one token; its body is split here
//! into literal text and replacement fields, and each field's expression
//! is tokenized and parsed by the same grammar (see `parser::parse_embedded`).

use crate::ast::*;
use crate::builder::{self, span, user, Ex, R};
use crate::error::Located;
use crate::lexer::MAX_BRACKETS;
use crate::strings;
use crate::token::{FStrBody, Pos, StrLit};

/// Build the constant or `JoinedStr` for adjacent literals spanning `l..r`.
pub fn strings(parts: Vec<StrLit>, l: Pos, r: Pos) -> R<Ex> {
    let err = |msg: String| user(Located::at(msg, r.line, r.col, r.col));
    let mut has_bytes = false;
    let mut has_str = false;
    for p in &parts {
        match p {
            StrLit::Error(msg) => return Err(err(msg.clone())),
            StrLit::Bytes(_) => has_bytes = true,
            _ => has_str = true,
        }
    }
    if has_bytes && has_str {
        return Err(err("cannot mix bytes and nonbytes literals".into()));
    }
    if has_bytes {
        let bytes = parts.into_iter().flat_map(|p| if let StrLit::Bytes(b) = p { b } else { Vec::new() });
        return Ok(builder::constant(Constant::Bytes(bytes.collect()), l, r));
    }
    if !parts.iter().any(|p| matches!(p, StrLit::F(_))) {
        let s: String = parts.into_iter().map(|p| if let StrLit::Str(s) = p { s } else { String::new() }).collect();
        return Ok(builder::constant(Constant::Str(s), l, r));
    }
    let mut j = Joined::new(span(l, r));
    for p in parts {
        match p {
            StrLit::Str(s) => j.literal.push_str(&s),
            StrLit::F(body) => FParser::new(&body, span(l, r)).parse_into(&mut j, 0).map_err(err_at(r))?,
            StrLit::Bytes(_) | StrLit::Error(_) => unreachable!("handled above"),
        }
    }
    j.finish()
}

fn err_at(r: Pos) -> impl Fn(FError) -> builder::PE {
    move |e| match e {
        FError::Msg(msg) => user(Located::at(msg, r.line, r.col, r.col)),
        FError::Parse(pe) => pe,
    }
}

enum FError {
    /// A message located after the string, like CPython's f-string errors.
    Msg(String),
    /// An error from parsing a field's expression, already located.
    Parse(builder::PE),
}

fn msg(m: &str) -> FError {
    FError::Msg(m.to_string())
}

/// The parts of a `JoinedStr` under construction.
struct Joined {
    span: Span,
    values: Vec<Expr>,
    literal: String,
    depth: u32,
}

impl Joined {
    fn new(span: Span) -> Joined {
        Joined { span, values: Vec::new(), literal: String::new(), depth: 0 }
    }

    fn flush(&mut self) {
        if !self.literal.is_empty() {
            let s = std::mem::take(&mut self.literal);
            self.values.push(Expr { node: ExprKind::Constant(Constant::Str(s)), span: self.span });
        }
    }

    fn push_field(&mut self, field: Ex) {
        self.flush();
        self.depth = self.depth.max(field.d);
        self.values.push(field.e);
    }

    fn finish(mut self) -> R<Ex> {
        self.flush();
        builder::node(ExprKind::JoinedStr(self.values), self.span, self.depth)
    }
}

/// Scans one f-string body (CPython's `fstring_find_literal` and
/// `fstring_find_expr`).
struct FParser<'a> {
    body: &'a str,
    b: &'a [u8],
    i: usize,
    raw: bool,
    start: Pos,
    span: Span,
}

impl<'a> FParser<'a> {
    fn new(f: &'a FStrBody, span: Span) -> FParser<'a> {
        FParser { body: &f.body, b: f.body.as_bytes(), i: 0, raw: f.raw, start: f.start, span }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Parse literals and fields into `j` until the end of the body, or (in
    /// a format spec, `level > 0`) until the `}` closing the field.
    fn parse_into(&mut self, j: &mut Joined, level: u32) -> Result<(), FError> {
        loop {
            self.literal(j, level)?;
            match self.peek() {
                Some(b'{') => {
                    if level >= 2 {
                        return Err(msg("f-string: expressions nested too deeply"));
                    }
                    self.i += 1;
                    let (debug_text, field) = self.field(level)?;
                    j.literal.push_str(&debug_text);
                    j.push_field(field);
                }
                _ => return Ok(()),
            }
        }
    }

    /// Literal text up to the next field (or the end of a format spec).
    fn literal(&mut self, j: &mut Joined, level: u32) -> Result<(), FError> {
        let start = self.i;
        let mut text = String::new();
        let mut seg = start;
        while let Some(c) = self.peek() {
            if !self.raw && c == b'\\' {
                // `\N{...}` braces belong to the escape.
                if self.b.get(self.i + 1) == Some(&b'N') && self.b.get(self.i + 2) == Some(&b'{') {
                    if let Some(close) = self.body[self.i..].find('}') {
                        self.i += close + 1;
                        continue;
                    }
                }
                self.i += if self.i + 1 < self.b.len() { 2 } else { 1 };
                continue;
            }
            if c == b'{' || c == b'}' {
                if level == 0 {
                    if self.b.get(self.i + 1) == Some(&c) {
                        text.push_str(&self.decode(&self.body[seg..self.i + 1])?);
                        self.i += 2;
                        seg = self.i;
                        continue;
                    }
                    if c == b'}' {
                        return Err(msg("f-string: single '}' is not allowed"));
                    }
                }
                break;
            }
            self.i += 1;
        }
        text.push_str(&self.decode(&self.body[seg..self.i])?);
        j.literal.push_str(&text);
        Ok(())
    }

    fn decode(&self, s: &str) -> Result<String, FError> {
        if self.raw {
            Ok(s.to_string())
        } else {
            strings::decode_str(s).map_err(FError::Msg)
        }
    }

    /// Position in the source of body byte `i`.
    fn pos_of(&self, i: usize) -> Pos {
        let before = &self.body[..i];
        match before.rfind('\n') {
            None => Pos::new(self.start.line, self.start.col + i as u32),
            Some(nl) => {
                let lines = before.matches('\n').count() as u32;
                Pos::new(self.start.line + lines, (i - nl - 1) as u32)
            }
        }
    }

    /// A replacement field; the cursor is just after its `{`.
    /// Returns the `{x=}` debug text (or "") and the `FormattedValue`.
    fn field(&mut self, level: u32) -> Result<(String, Ex), FError> {
        let expr_start = self.i;
        self.expression_end()?;
        let expr_text = &self.body[expr_start..self.i];
        if expr_text.trim_matches(|c: char| c.is_ascii_whitespace()).is_empty() {
            return Err(msg("f-string: empty expression not allowed"));
        }
        let value = crate::parser::parse_embedded(expr_text, self.pos_of(expr_start)).map_err(FError::Parse)?;
        let mut debug_text = None;
        if self.peek() == Some(b'=') {
            self.i += 1;
            while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                self.i += 1;
            }
            debug_text = Some(&self.body[expr_start..self.i]);
        }
        let mut conversion = 0u8;
        if self.peek() == Some(b'!') {
            self.i += 1;
            let c = self.peek().ok_or_else(|| msg("f-string: expecting '}'"))?;
            self.i += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(msg("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = c;
        }
        let mut spec = None;
        if self.peek() == Some(b':') {
            self.i += 1;
            let mut sj = Joined::new(self.span);
            self.parse_into(&mut sj, level + 1)?;
            spec = Some(sj.finish().map_err(FError::Parse)?);
        }
        if self.peek() != Some(b'}') {
            return Err(msg("f-string: expecting '}'"));
        }
        self.i += 1;
        if debug_text.is_some() && spec.is_none() && conversion == 0 {
            conversion = b'r';
        }
        let x = self.formatted(value, conversion, spec)?;
        Ok((debug_text.unwrap_or("").to_string(), x))
    }

    fn formatted(&self, value: Ex, conversion: u8, spec: Option<Ex>) -> Result<Ex, FError> {
        let d = value.d.max(spec.as_ref().map_or(0, |s| s.d));
        let kind = ExprKind::FormattedValue {
            value: Box::new(value.e),
            conversion,
            format_spec: spec.map(|s| Box::new(s.e)),
        };
        builder::node(kind, self.span, d).map_err(FError::Parse)
    }

    /// Advance to the end of the expression part of a field: the first
    /// `!`, `:`, `}` or `=` outside brackets and nested strings.
    fn expression_end(&mut self) -> Result<(), FError> {
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while let Some(c) = self.peek() {
            if c == b'\\' {
                return Err(msg("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q && (!triple || self.b[self.i..].starts_with(&[q, q, q])) {
                    self.i += if triple { 3 } else { 1 };
                    quote = None;
                } else {
                    self.i += 1;
                }
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.b[self.i..].starts_with(&[c, c, c]);
                    self.i += if triple { 3 } else { 1 };
                    quote = Some((c, triple));
                    continue;
                }
                b'[' | b'(' | b'{' => {
                    if brackets.len() >= MAX_BRACKETS {
                        return Err(msg("f-string: too many nested parenthesis"));
                    }
                    brackets.push(c);
                }
                b'#' => return Err(msg("f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if brackets.is_empty() => {
                    let next = self.b.get(self.i + 1).copied();
                    if next == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        self.i += 2;
                        continue;
                    }
                    if c != b'<' && c != b'>' {
                        break;
                    }
                }
                b']' | b')' | b'}' => {
                    let Some(open) = brackets.pop() else {
                        return Err(FError::Msg(format!("f-string: unmatched '{}'", c as char)));
                    };
                    if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return Err(FError::Msg(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
        if quote.is_some() {
            return Err(msg("f-string: unterminated string"));
        }
        if let Some(&open) = brackets.last() {
            return Err(FError::Msg(format!("f-string: unmatched '{}'", open as char)));
        }
        if self.i >= self.b.len() {
            return Err(msg("f-string: expecting '}'"));
        }
        Ok(())
    }
}
