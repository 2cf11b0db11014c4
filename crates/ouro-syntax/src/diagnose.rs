//! Translating LALRPOP failures into CPython's syntax error messages.
//!
//! CPython reparses with extra "invalid_*" rules after a failure to find a
//! specific message; here the same messages are derived from the failing
//! token, the tokens before it and the parser's expected-token set.

use crate::builder::PE;
use crate::error::{Located, SyntaxErrorKind};
use crate::parser::parses_as_expression;
use crate::source::Lines;
use crate::token::{Pos, Spanned, Tok};

/// Everything diagnosis looks at besides the error itself.
pub struct Context<'a> {
    pub tokens: &'a [Spanned],
    /// The innermost bracket left open at end of input.
    pub unclosed: Option<(char, Pos)>,
    pub eof: Pos,
    pub src: &'a str,
    /// Brackets around the tokens (1 for an f-string field, which CPython
    /// parses as if parenthesized).
    pub base_depth: usize,
}

/// CPython's message and location for a failed parse.
pub fn translate(e: PE, ctx: &Context<'_>) -> Located {
    let (located, err_line) = match e {
        PE::User { error } => {
            let line = error.lineno;
            (error, line)
        }
        PE::UnrecognizedEof { expected, .. } => (ctx.at_eof(ctx.tokens.len(), &expected), u32::MAX),
        PE::UnrecognizedToken { token, expected } => {
            let idx = ctx.index_of(&token);
            let (located, furthest) = ctx.unrecognized(idx, &expected);
            // Like CPython, count the furthest token looked at.
            let far_line = ctx.tokens.get(furthest).map_or(ctx.eof.line, |t| t.0.line);
            (located, token.0.line.max(far_line))
        }
        PE::ExtraToken { token } => (generic(token.0, token.2), token.0.line),
        PE::InvalidToken { location } => (generic(location, location), location.line),
    };
    match ctx.unclosed {
        // CPython reports the unclosed bracket instead when the failure is
        // on a later line (or at the end of input).
        Some((c, at)) if err_line > at.line => {
            Located::at(format!("'{c}' was never closed"), at.line, at.col, 0).raw_end(0).incomplete()
        }
        _ => located,
    }
}

fn generic(l: Pos, r: Pos) -> Located {
    Located::range("invalid syntax", l.line, l.col, r.line, r.col)
}

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == what)
}

fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

fn starts_operand(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Lbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Await
    )
}

fn is_open(t: &Tok) -> bool {
    matches!(t, Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar)
}

fn is_close(t: &Tok) -> bool {
    matches!(t, Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::WithRpar)
}

impl<'a> Context<'a> {
    /// Index of the failing token in `tokens` (by position and value).
    fn index_of(&self, token: &Spanned) -> usize {
        let first = self.tokens.partition_point(|t| t.0 < token.0);
        (first..self.tokens.len())
            .take_while(|&i| self.tokens[i].0 == token.0)
            .find(|&i| self.tokens[i].1 == token.1)
            .unwrap_or(first)
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.tokens.get(i).map(|t| &t.1)
    }

    /// Whether token `idx` is a zero-width token at the end of input.
    fn is_eof_token(&self, idx: usize) -> bool {
        self.tokens.get(idx).is_none_or(|t| {
            matches!(t.1, Tok::Newline | Tok::Dedent) && t.0 == self.eof && t.2 == self.eof
        })
    }

    /// CPython locates end-of-input errors on the last line, without a caret.
    fn eof_error(&self, msg: &str) -> Located {
        let line = Lines::new(self.src).count().max(1);
        Located::at(msg, line, 0, 0).raw_cols(0, 0).incomplete()
    }

    fn at_eof(&self, idx: usize, expected: &[String]) -> Located {
        if let Some(msg) = self.block_message(idx, expected) {
            return self.eof_error(&msg).kind(SyntaxErrorKind::IndentationError);
        }
        if expects(expected, "except") && expects(expected, "finally") {
            return self.eof_error("expected 'except' or 'finally' block");
        }
        self.eof_error("invalid syntax")
    }

    /// The error for an unexpected token `idx`, and the index of the
    /// furthest token its diagnosis looked at.
    fn unrecognized(&self, idx: usize, expected: &[String]) -> (Located, usize) {
        let (l, _, r) = &self.tokens[idx];
        if let Some(hint) = self.comma_hint(idx).or_else(|| self.legacy_print(idx)) {
            return hint;
        }
        let located = self
            .block_or_colon(idx, expected)
            .or_else(|| self.else_expected(idx, expected))
            .or_else(|| self.equals_hint(idx))
            .unwrap_or_else(|| generic(*l, *r));
        (located, idx)
    }

    fn block_or_colon(&self, idx: usize, expected: &[String]) -> Option<Located> {
        let (l, tok, r) = &self.tokens[idx];
        if *tok == Tok::Indent {
            let msg = "unexpected indent";
            return Some(Located::at(msg, l.line, 0, 0).kind(SyntaxErrorKind::IndentationError).raw_cols(r.col, 0));
        }
        if self.is_eof_token(idx) && (expects(expected, "INDENT") || expects(expected, "except")) {
            return Some(self.at_eof(idx, expected));
        }
        if let Some(msg) = self.block_message(idx, expected) {
            let e = Located::range(msg, l.line, l.col, r.line, r.col);
            return Some(e.kind(SyntaxErrorKind::IndentationError));
        }
        if expects(expected, "except") && expects(expected, "finally") {
            return Some(Located::range("expected 'except' or 'finally' block", l.line, l.col, r.line, r.col));
        }
        self.colon_expected(idx, expected)
    }

    /// Index of the first token of the logical line containing token `idx`.
    fn line_start(&self, idx: usize) -> usize {
        let mut i = idx.min(self.tokens.len());
        while i > 0 && !matches!(self.tokens[i - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
            i -= 1;
        }
        i
    }

    /// Bracket depth just before token `idx`, within its logical line.
    fn depth_at(&self, idx: usize) -> usize {
        let mut depth = self.base_depth;
        for t in &self.tokens[self.line_start(idx)..idx.min(self.tokens.len())] {
            if is_open(&t.1) {
                depth += 1;
            } else if is_close(&t.1) {
                depth = depth.saturating_sub(1);
            }
        }
        depth
    }

    /// The compound-statement keyword starting the logical line at `start`.
    fn header_keyword(&self, start: usize) -> Option<(&'a Tok, Pos)> {
        let mut i = start;
        while matches!(self.tok(i), Some(Tok::Async)) {
            i += 1;
        }
        self.tokens.get(i).map(|t| (&t.1, t.0))
    }

    /// "expected an indented block after ..." when a block is missing.
    fn block_message(&self, idx: usize, expected: &[String]) -> Option<String> {
        if !expects(expected, "INDENT") || idx == 0 {
            return None;
        }
        // Token idx-1 is the NEWLINE ending the header line.
        let start = self.line_start(idx - 1);
        let (kw, at) = self.header_keyword(start)?;
        let what = match kw {
            Tok::If => "'if' statement".to_string(),
            Tok::Elif => "'elif' statement".to_string(),
            Tok::Else => "'else' statement".to_string(),
            Tok::While => "'while' statement".to_string(),
            Tok::For => "'for' statement".to_string(),
            Tok::With => "'with' statement".to_string(),
            Tok::Try => "'try' statement".to_string(),
            Tok::Except => "'except' statement".to_string(),
            Tok::Finally => "'finally' statement".to_string(),
            Tok::Def => "function definition".to_string(),
            Tok::Class => "class definition".to_string(),
            _ => return None,
        };
        Some(format!("expected an indented block after {what} on line {}", at.line))
    }

    /// "expected ':'" after a compound statement header.
    fn colon_expected(&self, idx: usize, expected: &[String]) -> Option<Located> {
        if !expects(expected, ":") || self.depth_at(idx) > 0 {
            return None;
        }
        let (l, tok, r) = &self.tokens[idx];
        let (kw, _) = self.header_keyword(self.line_start(idx))?;
        let applies = match kw {
            Tok::If | Tok::Elif | Tok::While | Tok::For | Tok::With | Tok::Except => *tok == Tok::Newline,
            Tok::Def | Tok::Try | Tok::Finally | Tok::Else => true,
            _ => false,
        };
        applies.then(|| Located::range("expected ':'", l.line, l.col, r.line, r.col))
    }

    /// Start index of the `disjunction` ending just before token `end`.
    fn operand_start(&self, end: usize) -> usize {
        let floor = self.line_start(end);
        let mut depth = 0usize;
        let mut i = end;
        while i > floor {
            let t = &self.tokens[i - 1].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 {
                let stop = matches!(
                    t,
                    Tok::Comma
                        | Tok::Colon
                        | Tok::Equal
                        | Tok::ColonEqual
                        | Tok::If
                        | Tok::Else
                        | Tok::For
                        | Tok::In
                        | Tok::Lambda
                        | Tok::Yield
                        | Tok::Return
                        | Tok::Assert
                        | Tok::Del
                        | Tok::Semi
                        | Tok::Rarrow
                        | Tok::At
                        | Tok::StartExpression
                ) || (matches!(t, Tok::Star | Tok::DoubleStar)
                    && !(i >= 2 && ends_expression(&self.tokens[i - 2].1)));
                if stop {
                    break;
                }
            }
            i -= 1;
        }
        i
    }

    /// The longest expression starting at token `start` (before the next
    /// top-level separator); returns its end index and end position.
    fn operand_end(&self, start: usize) -> Option<(usize, Pos)> {
        let mut depth = 0usize;
        let mut stop = start;
        while let Some(t) = self.tok(stop) {
            if is_open(t) {
                depth += 1;
            } else if is_close(t) {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0
                && matches!(t, Tok::Comma | Tok::Colon | Tok::Equal | Tok::For | Tok::Newline | Tok::Semi | Tok::Async)
            {
                break;
            }
            stop += 1;
        }
        (start + 1..=stop)
            .rev()
            .take(64)
            .find_map(|end| parses_as_expression(&self.tokens[start..end]).map(|x| (end, crate::builder::end_of(x.e.span))))
    }

    fn disjunction_at(&self, start: usize, end: usize) -> bool {
        use crate::ast::ExprKind as K;
        start < end
            && parses_as_expression(&self.tokens[start..end]).is_some_and(|x| {
                !matches!(x.e.node, K::IfExp { .. } | K::Lambda { .. } | K::Starred { .. } | K::NamedExpr { .. })
                    && (!matches!(x.e.node, K::Tuple { .. }) || x.parens)
            })
    }

    /// "invalid syntax. Perhaps you forgot a comma?" inside brackets.
    fn comma_hint(&self, idx: usize) -> Option<(Located, usize)> {
        if idx == 0 || self.depth_at(idx) == 0 || !starts_operand(&self.tokens[idx].1) {
            return None;
        }
        if !ends_expression(&self.tokens[idx - 1].1) {
            return None;
        }
        let a = self.operand_start(idx);
        if !self.disjunction_at(a, idx) {
            return None;
        }
        if let (Some(Tok::Name(n)), next) = (self.tok(a), self.tok(a + 1)) {
            let soft = matches!(n.as_str(), "match" | "case" | "_");
            let legacy = a + 1 == idx && matches!(n.as_str(), "print" | "exec");
            if soft || legacy || matches!(next, Some(Tok::Str(_))) {
                return None;
            }
        }
        let (end, b_end) = self.operand_end(idx)?;
        let l = self.tokens[a].0;
        let msg = "invalid syntax. Perhaps you forgot a comma?";
        Some((Located::range(msg, l.line, l.col, b_end.line, b_end.col), end))
    }

    /// "expected 'else' after 'if' expression".
    fn else_expected(&self, idx: usize, expected: &[String]) -> Option<Located> {
        if !expects(expected, "else") || matches!(self.tokens[idx].1, Tok::Colon | Tok::Else) {
            return None;
        }
        let mut depth = 0usize;
        let mut i = idx;
        while i > self.line_start(idx) {
            i -= 1;
            let t = &self.tokens[i].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            } else if depth == 0 && *t == Tok::If {
                let a = self.operand_start(i);
                if a == i {
                    return None;
                }
                let (l, r) = (self.tokens[a].0, self.tokens[idx - 1].2);
                return Some(Located::range("expected 'else' after 'if' expression", l.line, l.col, r.line, r.col));
            }
        }
        None
    }

    /// "Missing parentheses in call to 'print'. Did you mean print(...)?"
    fn legacy_print(&self, idx: usize) -> Option<(Located, usize)> {
        let Some(Tok::Name(n)) = idx.checked_sub(1).and_then(|i| self.tok(i)) else {
            return None;
        };
        if !matches!(n.as_str(), "print" | "exec") || !self.tokens[idx].1.starts_expr() {
            return None;
        }
        if matches!(self.tokens[idx].1, Tok::Lpar) {
            return None;
        }
        let (end_idx, end) = self.operand_end(idx)?;
        let l = self.tokens[idx - 1].0;
        let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
        Some((Located::range(msg, l.line, l.col, end.line, end.col), end_idx))
    }

    /// `if x = 1:` and friends.
    fn equals_hint(&self, idx: usize) -> Option<Located> {
        if self.tokens[idx].1 != Tok::Equal || idx < 2 {
            return None;
        }
        let Tok::Name(_) = &self.tokens[idx - 1].1 else {
            return None;
        };
        if !matches!(self.tokens[idx - 2].1, Tok::If | Tok::Elif | Tok::While | Tok::Lsqb | Tok::Lbrace | Tok::Comma) {
            return None;
        }
        let (_, end) = self.operand_end(idx + 1)?;
        let l = self.tokens[idx - 1].0;
        let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        Some(Located::range(msg, l.line, l.col, end.line, end.col))
    }
}
