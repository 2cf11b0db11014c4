//! Per-character Unicode properties and case mappings with CPython 3.11
//! semantics, backed by the generated tables in `unicode_tables.rs`.

use crate::text::unicode_tables as t;

/// True when `c` lies in one of the sorted inclusive `ranges`.
pub fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    match ranges.binary_search_by(|&(lo, _)| lo.cmp(&cp)) {
        Ok(_) => true,
        Err(0) => false,
        Err(i) => cp <= ranges[i - 1].1,
    }
}

/// `c.isprintable()`.
pub fn is_printable(c: char) -> bool {
    !in_ranges(t::NONPRINTABLE, c)
}

/// `c.isspace()` (includes `\x1c`-`\x1f`, `\x85`, `\xa0`, Zs).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x20');
    }
    in_ranges(t::SPACE, c)
}

/// True for line boundaries recognised by `str.splitlines()`.
pub fn is_linebreak(c: char) -> bool {
    in_ranges(t::LINEBREAK, c)
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c)
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    in_ranges(t::DECIMAL, c)
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    in_ranges(t::DIGIT, c)
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    in_ranges(t::NUMERIC, c)
}

/// `c.isalnum()`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Decimal digit value (0-9) of a Unicode decimal character (category Nd).
/// Every Nd block is a run of ten starting at its zero.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !is_decimal(c) {
        return None;
    }
    let cp = c as u32;
    let i = t::DECIMAL.partition_point(|&(lo, _)| lo <= cp) - 1;
    Some((cp - t::DECIMAL[i].0) % 10)
}

/// Lowercase property.
pub fn is_lower(c: char) -> bool {
    in_ranges(t::LOWERCASE, c)
}

/// Uppercase property.
pub fn is_upper(c: char) -> bool {
    in_ranges(t::UPPERCASE, c)
}

/// Titlecase letter (category Lt).
pub fn is_title(c: char) -> bool {
    in_ranges(t::TITLECASE, c)
}

/// Cased property.
pub fn is_cased(c: char) -> bool {
    in_ranges(t::CASED, c)
}

/// Case_Ignorable property.
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c)
}

/// Valid first character of an identifier (XID_Start or `_`).
pub fn is_xid_start(c: char) -> bool {
    in_ranges(t::XID_START, c)
}

/// Valid later character of an identifier (XID_Continue).
pub fn is_xid_continue(c: char) -> bool {
    in_ranges(t::XID_CONTINUE, c)
}

fn lookup(map: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    map.binary_search_by(|&(k, _)| k.cmp(&cp)).ok().map(|i| map[i].1)
}

/// Appends the full uppercase mapping of `c` to `out`.
pub fn push_upper(c: char, out: &mut String) {
    match lookup(t::UPPER_MAP, c) {
        Some(s) => out.push_str(s),
        None => out.push(c),
    }
}

/// Appends the full lowercase mapping of `c` (no final-sigma context).
pub fn push_lower(c: char, out: &mut String) {
    match lookup(t::LOWER_MAP, c) {
        Some(s) => out.push_str(s),
        None => out.push(c),
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    match lookup(t::TITLE_SPECIAL, c) {
        Some(s) => out.push_str(s),
        None => push_upper(c, out),
    }
}

/// Appends the full case folding of `c`.
pub fn push_casefold(c: char, out: &mut String) {
    match lookup(t::CASEFOLD_SPECIAL, c) {
        Some(s) => out.push_str(s),
        None => push_lower(c, out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties() {
        assert!(is_space('\x1c') && is_space('\u{85}') && is_space('\u{3000}'));
        assert!(!is_space('\u{200b}'));
        assert!(!is_printable('\u{a0}') && is_printable(' ') && !is_printable('\n'));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0)); // math bold digit zero
        assert_eq!(decimal_value('\u{1d7d9}'), Some(1)); // math double-struck one
        assert!(is_digit('\u{b2}') && !is_decimal('\u{b2}'));
        assert!(is_numeric('\u{4e00}') && !is_digit('\u{4e00}'));
        assert!(is_title('\u{1c5}') && is_cased('\u{1c5}'));
        assert!(is_case_ignorable('\'') && is_case_ignorable('.'));
    }

    #[test]
    fn mappings() {
        let mut s = String::new();
        push_upper('\u{df}', &mut s);
        push_title('\u{df}', &mut s);
        push_title('\u{1c6}', &mut s);
        push_casefold('\u{df}', &mut s);
        push_lower('\u{130}', &mut s);
        assert_eq!(s, "SSSs\u{1c5}ssi\u{307}");
    }
}
