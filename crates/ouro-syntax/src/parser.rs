//! Drives the generated LALRPOP parser over the lexer's tokens.

use crate::ast::{Expression, Module};
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
    mark_soft_keywords(&mut tokens);
    match run_grammar(tokens) {
        Ok(Top::Module(body)) => Ok(Module { body }),
        Ok(Top::Expr(_) | Top::Eval(_)) => unreachable!("module tokens never start with a start marker"),
        Err(e) => {
            // Errors are rare: re-tokenize rather than keep a copy around.
            let mut tokens = lexer::lex_module(src).map(|l| l.tokens).unwrap_or_default();
            mark_with_parens(&mut tokens);
            mark_soft_keywords(&mut tokens);
            let ctx = diagnose::Context { tokens: &tokens, unclosed: lexed.unclosed, eof: lexed.eof, src, base_depth: 0 };
            Err(diagnose::translate(e, &ctx))
        }
    }
}

/// Tokenize and parse `eval` input (normalised source): one expression
/// list, then only newlines.
pub fn parse_eval(src: &str) -> Result<Expression, Located> {
    let lexed = lexer::lex_module(src)?;
    let start = lexed.tokens.first().map_or(Pos::new(1, 0), |t| t.0);
    let mut tokens = vec![(start, Tok::StartEval, start)];
    tokens.extend(lexed.tokens);
    match run_grammar(tokens) {
        Ok(Top::Eval(x)) => Ok(Expression { body: x.e }),
        Ok(_) => unreachable!("StartEval selects the eval rule"),
        Err(e) => Err(at_implicit_end(eval_error(src, e, start), src)),
    }
}

/// Tokenize and parse input for compile mode 'single' (normalised source).
pub fn parse_single(src: &str) -> Result<Module, Located> {
    match parse(src) {
        Ok(module) => {
            check_single(&module, src)?;
            Ok(module)
        }
        Err(e) => Err(first_statement_error(src, e.lineno).unwrap_or_else(|| at_implicit_end(e, src))),
    }
}

/// CPython stops reading 'single' input after its first statement: when
/// the lines before a failure hold a complete statement, the failure is
/// that more follows.
fn first_statement_error(src: &str, error_line: u32) -> Option<Located> {
    let cut = src.split_inclusive('\n').take(error_line.saturating_sub(1) as usize).map(str::len).sum::<usize>();
    let before = parse(&src[..cut]).ok()?;
    let first = before.body.first()?;
    if is_compound(&first.node) {
        return None;
    }
    Some(more_statements(&before, src))
}

/// Why `src` is not `eval` input (`first` is where its first token is).
/// Where the expression grammar stopped at a token only a statement could
/// continue with (`=`, `;`, `:`), or at the first token, CPython's
/// eval rule reports "invalid syntax" there; other failures get the
/// module's diagnosis, whose messages for expressions agree.
fn eval_error(src: &str, e: PE, first: Pos) -> Located {
    let statement_only = match &e {
        PE::UnrecognizedToken { token: (_, Tok::Indent | Tok::Dedent, _), .. } => false,
        PE::UnrecognizedToken { token: (l, t, _), .. } => *l == first || continues_statement(t),
        PE::ExtraToken { .. } => true,
        _ => false,
    };
    if !statement_only {
        if let Err(module_error) = parse(src) {
            return module_error;
        }
    }
    match e {
        PE::User { error } => error,
        PE::UnrecognizedToken { token: (l, _, r), .. } | PE::ExtraToken { token: (l, _, r) } => {
            Located::range("invalid syntax", l.line, l.col, r.line, r.col)
        }
        PE::UnrecognizedEof { .. } | PE::InvalidToken { .. } => nothing_to_parse(src),
    }
}

/// Tokens after which only a statement could go on.
fn continues_statement(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Equal
            | Tok::Semi
            | Tok::Colon
            | Tok::PlusEqual
            | Tok::MinEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::DoubleSlashEqual
            | Tok::PercentEqual
            | Tok::AtEqual
            | Tok::AmperEqual
            | Tok::VbarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
    )
}

/// Input with nothing but blanks and comments: CPython points at column 0
/// of the last line (line 0 for empty input, with an empty text).
fn nothing_to_parse(src: &str) -> Located {
    let eof = end_of(src);
    let line = if src.is_empty() { 0 } else { eof.line - u32::from(src.ends_with('\n')) };
    let mut e = Located::range("invalid syntax", line, 0, line, 0).raw_cols(0, 0);
    if src.is_empty() {
        e.text = Some(String::new());
    }
    e
}

/// In modes 'eval' and 'single', CPython's tokenizer adds no newline to
/// source that lacks one, and a generic error at the end of such input is
/// reported at column 0.
fn at_implicit_end(e: Located, src: &str) -> Located {
    let generic = e.msg == "invalid syntax" && e.kind == crate::error::SyntaxErrorKind::SyntaxError;
    if !generic || src.ends_with('\n') || e.lineno != end_of(src).line {
        return e;
    }
    let last_line = src.rsplit('\n').next().unwrap_or_default();
    let rest = match e.col {
        crate::error::Col::Byte(c) => last_line.get(c as usize..).unwrap_or_default(),
        crate::error::Col::Raw(_) => return e,
    };
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with('#') {
        return e.raw_cols(0, 0);
    }
    e
}

/// CPython's 'single' start symbol accepts one statement line: a second
/// line of statements after simple statements is "multiple statements"
/// (reported at the end of the first line), and anything after a compound
/// statement is invalid syntax where it starts. Nothing at all is invalid
/// too, as for `eval`.
fn check_single(module: &Module, src: &str) -> Result<(), Located> {
    let Some(first) = module.body.first() else {
        return Err(nothing_to_parse(src));
    };
    let first_line_end = first.span.end_line;
    let Some(next) = module.body.iter().find(|s| s.span.line > first_line_end) else {
        return match is_compound(&first.node) && ends_on_header_line(first, src) {
            true => Err(at_implicit_end(Located::at("invalid syntax", first_line_end, first.span.end_col, first.span.end_col), src)),
            false => Ok(()),
        };
    };
    if is_compound(&first.node) {
        let at = next.span;
        return Err(Located::at("invalid syntax", at.line, at.col, at.col + 1));
    }
    Err(more_statements(module, src))
}

/// "multiple statements", at the end of the first statement line (its
/// NEWLINE token, which spans a trailing comment).
fn more_statements(module: &Module, src: &str) -> Located {
    let first_line_end = module.body.first().map_or(1, |s| s.span.end_line);
    let last = module.body.iter().take_while(|s| s.span.line <= first_line_end).last();
    let line = last.map_or(1, |s| s.span.end_line);
    let text = src.lines().nth(line as usize - 1).unwrap_or_default();
    let code_end = last.map_or(0, |s| s.span.end_col as usize).min(text.len());
    let (start, end) = match text.get(code_end..).and_then(|rest| rest.find('#')) {
        Some(hash) => (code_end + hash, text.len()),
        None => (text.trim_end().len(), text.trim_end().len()),
    };
    Located::at("multiple statements found while compiling a single statement", line, start as u32, end as u32)
}

/// Whether a compound statement ends with a body written on its header's
/// line (`for x in y: f(x)`) with no newline after it: CPython's 'single'
/// rule then misses the NEWLINE that must follow a compound statement.
fn ends_on_header_line(stmt: &crate::ast::Stmt, src: &str) -> bool {
    let indent = |line: u32| src.lines().nth(line as usize - 1).map_or(0, |t| t.len() - t.trim_start().len());
    !src.ends_with('\n') && indent(stmt.span.end_line) <= indent(stmt.span.line)
}

fn is_compound(s: &crate::ast::StmtKind) -> bool {
    use crate::ast::StmtKind as S;
    matches!(
        s,
        S::FunctionDef(_) | S::ClassDef(_) | S::For { .. } | S::While { .. } | S::If { .. } | S::With { .. } | S::Try { .. }
    )
}

/// The position just past the source's last character.
fn end_of(src: &str) -> Pos {
    let line = src.matches('\n').count() as u32 + 1;
    let col = src.rfind('\n').map_or(src.len(), |i| src.len() - i - 1) as u32;
    Pos::new(line, col)
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
        Ok(Top::Module(_) | Top::Eval(_)) => unreachable!("StartExpression selects the expression rule"),
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

/// Turn the soft keywords `match` and `case` into MATCH/CASE where they
/// start a statement header: `match` when it starts a logical line that
/// ends in `:` (an expression statement or assignment never does), `case`
/// when it starts a statement directly inside a `match` block. Everywhere
/// else they stay names (`match = 1`, `match(x)`, `print(case)`).
fn mark_soft_keywords(tokens: &mut [Spanned]) {
    let mut level = 0usize;
    let mut at_start = true;
    // The block level of a `match` header just seen, until its INDENT.
    let mut pending: Option<usize> = None;
    // Block levels whose statements are `case` blocks.
    let mut case_levels: Vec<usize> = Vec::new();
    for i in 0..tokens.len() {
        match &tokens[i].1 {
            Tok::Newline => at_start = true,
            Tok::Indent => {
                level += 1;
                if pending == Some(level) {
                    case_levels.push(level);
                }
                pending = None;
                at_start = true;
            }
            Tok::Dedent => {
                level = level.saturating_sub(1);
                while case_levels.last().is_some_and(|&l| l > level) {
                    case_levels.pop();
                }
                at_start = true;
            }
            Tok::Name(n) if at_start => {
                at_start = false;
                pending = None;
                if n == "match" && is_match_header(tokens, i) {
                    tokens[i].1 = Tok::Match;
                    pending = Some(level + 1);
                } else if n == "case" && case_levels.last() == Some(&level) {
                    tokens[i].1 = Tok::Case;
                }
            }
            _ => {
                if at_start {
                    pending = None;
                }
                at_start = false;
            }
        }
    }
}

/// Whether the logical line starting at the `match` name `i` is a header:
/// something follows `match`, and the line ends with `:`.
fn is_match_header(tokens: &[Spanned], i: usize) -> bool {
    match tokens.get(i + 1).map(|t| &t.1) {
        None | Some(Tok::Colon | Tok::Newline | Tok::Equal | Tok::Dot | Tok::Semi) => return false,
        _ => {}
    }
    let end = tokens[i..].iter().position(|t| t.1 == Tok::Newline).map(|p| i + p);
    match end {
        Some(e) => tokens[e - 1].1 == Tok::Colon,
        None => false,
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
