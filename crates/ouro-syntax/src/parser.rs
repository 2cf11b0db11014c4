//! Drives the generated LALRPOP parser over the lexer's tokens.

use crate::ast::Module;
use crate::builder::{self, Ex, Top, PE};
use crate::error::Located;
use crate::diagnose;
use crate::lexer;
use crate::token::{Pos, Spanned, Tok};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports, dead_code)]
    python
);

/// Run the grammar over `tokens` (a module, or an embedded expression when
/// the first token is `StartExpression`).
pub fn run_grammar(tokens: Vec<Spanned>) -> Result<Top, PE> {
    python::TopParser::new().parse(tokens.into_iter().map(Ok::<Spanned, Located>))
}

/// Tokenize and parse a module (normalised source).
pub fn parse(src: &str) -> Result<Module, Located> {
    let lexed = lexer::lex_module(src)?;
    let mut tokens = lexed.tokens;
    mark_with_parens(&mut tokens);
    match run_grammar(tokens) {
        Ok(Top::Module(body)) => Ok(Module { body }),
        Ok(Top::Expr(_)) => unreachable!("module tokens never start with StartExpression"),
        Err(e) => {
            // Errors are rare: re-tokenize rather than keep a copy around.
            let mut tokens = lexer::lex_module(src).map(|l| l.tokens).unwrap_or_default();
            mark_with_parens(&mut tokens);
            let ctx = diagnose::Context { tokens: &tokens, unclosed: lexed.unclosed, eof: lexed.eof, src, base_depth: 0 };
            Err(diagnose::translate(e, &ctx))
        }
    }
}

/// Parse the expression of an f-string replacement field, whose text
/// starts at `base` in the source.
pub fn parse_embedded(text: &str, base: Pos) -> Result<Ex, PE> {
    let lexed = lexer::lex_expression(text, base).map_err(builder::user)?;
    let mut tokens = vec![(base, Tok::StartExpression, base)];
    tokens.extend(lexed.tokens);
    let kept = tokens.clone();
    match run_grammar(tokens) {
        Ok(Top::Expr(x)) => Ok(x),
        Ok(Top::Module(_)) => unreachable!("StartExpression selects the expression rule"),
        Err(e) => {
            let ctx = diagnose::Context { tokens: &kept, unclosed: None, eof: lexed.eof, src: text, base_depth: 1 };
            Err(builder::user(fstring_error(diagnose::translate(e, &ctx), text, base)))
        }
    }
}

/// CPython 3.11 reports errors in an f-string field against the field's
/// text wrapped in parentheses, with an "f-string: " prefix.
fn fstring_error(mut e: Located, text: &str, base: Pos) -> Located {
    if e.msg.starts_with("f-string") {
        return e;
    }
    e.msg = format!("f-string: {}", e.msg);
    let wrapped = format!("({text})");
    let rel = |line: u32, col: &mut crate::error::Col| {
        if let crate::error::Col::Byte(c) = col {
            *c = if line == base.line { c.saturating_sub(base.col) + 1 } else { 0 };
        }
    };
    rel(e.lineno, &mut e.col);
    rel(e.end_lineno, &mut e.end_col);
    e.end_lineno = e.lineno;
    e.text = Some(wrapped.lines().next().unwrap_or("").to_string());
    e
}

/// Parse tokens as a standalone expression; used by error diagnosis to
/// test candidate ranges.
pub fn parses_as_expression(tokens: &[Spanned]) -> Option<Ex> {
    let at = tokens.first().map_or(Pos::default(), |t| t.0);
    let mut v = vec![(at, Tok::StartExpression, at)];
    v.extend(tokens.iter().cloned());
    match run_grammar(v) {
        Ok(Top::Expr(x)) => Some(x),
        _ => None,
    }
}

/// Mark the parentheses of `with (item, item):` so the grammar can tell
/// them from a parenthesized expression (CPython's PEG grammar tries the
/// parenthesized item list first). Only lists containing `as` or a comma
/// are marked; for a single plain item both readings agree.
fn mark_with_parens(tokens: &mut [Spanned]) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        if tokens[i].1 == Tok::With && tokens[i + 1].1 == Tok::Lpar {
            if let Some(close) = matching_close(tokens, i + 1) {
                let followed_by_colon = tokens.get(close + 1).is_some_and(|t| t.1 == Tok::Colon);
                if followed_by_colon && item_list_inside(&tokens[i + 2..close]) {
                    tokens[i + 1].1 = Tok::WithLpar;
                    tokens[close].1 = Tok::WithRpar;
                }
            }
        }
        i += 1;
    }
}

fn matching_close(tokens: &[Spanned], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the top level of `inner` looks like with-items: it has `as` or
/// a comma, and no `for`/`yield` (which only an expression can hold).
fn item_list_inside(inner: &[Spanned]) -> bool {
    let mut depth = 0usize;
    let mut marker = false;
    for t in inner {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            Tok::As | Tok::Comma if depth == 0 => marker = true,
            Tok::For | Tok::Yield | Tok::Star if depth == 0 => return false,
            _ => {}
        }
    }
    marker
}
