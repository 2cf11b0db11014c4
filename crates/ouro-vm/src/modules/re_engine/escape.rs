//! Backslash escapes, inside a set (`[\n\d]`) and in an expression (where
//! `\b` is a word boundary and `\1` a backreference), with CPython's errors.

use super::chars::Category;
use super::parser::{At, State};
use super::source::{is_digit, is_hex, is_octal, value, Source, Tok};
use super::ReError;

/// What an escape stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    Lit(u32),
    Cat(Category),
    At(At),
    Ref(usize),
}

fn simple(c: u32) -> Option<u32> {
    let v = match char::from_u32(c)? {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    };
    Some(v)
}

fn category(c: u32) -> Option<Category> {
    let cat = match char::from_u32(c)? {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    };
    Some(cat)
}

fn bad(src: &Source, text: &str) -> ReError {
    src.error(format!("bad escape {text}"), text.chars().count())
}

fn push_all(text: &mut String, digits: &[u32]) {
    text.extend(digits.iter().filter_map(|&d| char::from_u32(d)));
}

/// `\xhh`, `\uhhhh`, `\Uhhhhhhhh` and `\N{...}` (shared by both contexts).
fn numeric(src: &mut Source, c: u32) -> Result<Option<u32>, ReError> {
    let width = match char::from_u32(c) {
        Some('x') => 2,
        Some('u') if src.is_text => 4,
        Some('U') if src.is_text => 8,
        Some('N') if src.is_text => return named(src).map(Some),
        _ => return Ok(None),
    };
    let mut text = Tok::Esc(c).text();
    let digits = src.get_while(width, is_hex)?;
    push_all(&mut text, &digits);
    if digits.len() != width {
        return Err(src.error(format!("incomplete escape {text}"), text.chars().count()));
    }
    let v = value(&digits, 16);
    if v > 0x10ffff {
        return Err(bad(src, &text));
    }
    Ok(Some(v as u32))
}

/// `\N{NAME}`: character names are not available, so every name is unknown.
fn named(src: &mut Source) -> Result<u32, ReError> {
    if !src.eat('{')? {
        return Err(src.error("missing {", 0));
    }
    let name = src.get_until('}', "character name")?;
    let n = name.chars().count();
    Err(src.error(format!("undefined character name '{name}'"), n + 4))
}

/// An escape inside `[...]`.
pub fn in_set(src: &mut Source, c: u32) -> Result<Escape, ReError> {
    if c == 'b' as u32 {
        return Ok(Escape::Lit(8));
    }
    if let Some(v) = simple(c) {
        return Ok(Escape::Lit(v));
    }
    if let Some(cat) = category(c) {
        return Ok(Escape::Cat(cat));
    }
    if let Some(v) = numeric(src, c)? {
        return Ok(Escape::Lit(v));
    }
    let mut text = Tok::Esc(c).text();
    if is_octal(c) {
        let more = src.get_while(2, is_octal)?;
        push_all(&mut text, &more);
        let v = value(&[&[c][..], &more].concat(), 8);
        if v > 0o377 {
            return Err(octal_range(src, &text));
        }
        return Ok(Escape::Lit(v as u32));
    }
    literal_or_bad(src, c, &text)
}

fn octal_range(src: &Source, text: &str) -> ReError {
    src.error(format!("octal escape value {text} outside of range 0-0o377"), text.chars().count())
}

fn literal_or_bad(src: &Source, c: u32, text: &str) -> Result<Escape, ReError> {
    if is_digit(c) || (c < 128 && (c as u8).is_ascii_alphabetic()) {
        return Err(bad(src, text));
    }
    Ok(Escape::Lit(c))
}

/// An escape outside a set.
pub fn in_expr(src: &mut Source, c: u32, state: &State) -> Result<Escape, ReError> {
    let at = match char::from_u32(c) {
        Some('A') => Some(At::BeginningString),
        Some('Z') => Some(At::EndString),
        Some('b') => Some(At::Boundary),
        Some('B') => Some(At::NonBoundary),
        _ => None,
    };
    if let Some(at) = at {
        return Ok(Escape::At(at));
    }
    if let Some(cat) = category(c) {
        return Ok(Escape::Cat(cat));
    }
    if let Some(v) = simple(c) {
        return Ok(Escape::Lit(v));
    }
    if let Some(v) = numeric(src, c)? {
        return Ok(Escape::Lit(v));
    }
    if c == '0' as u32 {
        let more = src.get_while(2, is_octal)?;
        return Ok(Escape::Lit(value(&more, 8) as u32));
    }
    if is_digit(c) {
        return digits(src, c, state);
    }
    literal_or_bad(src, c, &Tok::Esc(c).text())
}

/// `\1`..`\99` (a group reference) or a three-digit octal escape.
fn digits(src: &mut Source, c: u32, state: &State) -> Result<Escape, ReError> {
    let mut ds = vec![c];
    if let Some(d) = src.peek_in(is_digit) {
        src.get()?;
        ds.push(d);
        if is_octal(c) && is_octal(d) {
            if let Some(e) = src.peek_in(is_octal) {
                src.get()?;
                ds.push(e);
                let mut text = String::from("\\");
                push_all(&mut text, &ds);
                let v = value(&ds, 8);
                if v > 0o377 {
                    return Err(octal_range(src, &text));
                }
                return Ok(Escape::Lit(v as u32));
            }
        }
    }
    let group = value(&ds, 10) as usize;
    let len = ds.len() + 1;
    if group < state.groups() {
        if !state.group_closed(group) {
            return Err(src.error("cannot refer to an open group", len));
        }
        state.check_lookbehind_group(group, src)?;
        return Ok(Escape::Ref(group));
    }
    Err(src.error(format!("invalid group reference {group}"), len - 1))
}
