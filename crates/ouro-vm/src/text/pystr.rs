//! CPython `str` object facts over Rust `&str`: PEP 393 kind, `sys.getsizeof`,
//! code-point counting and slicing, `repr()` and `ascii()`.
//!
//! Limitation: Rust strings cannot hold lone surrogates, which Python strings can.

use std::fmt::Write;

use crate::num::error::PyResult;
use crate::text::slice::SliceIndices;
use crate::text::unicode::is_printable;

/// PEP 393 storage kind, chosen by the largest code point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum StrKind {
    /// All code points < 128.
    Ascii,
    /// Largest code point 128..=255.
    Latin1,
    /// Largest code point 256..=65535.
    Ucs2,
    /// Largest code point >= 65536.
    Ucs4,
}

/// Storage kind of `s`.
pub fn kind(s: &str) -> StrKind {
    if s.is_ascii() {
        return StrKind::Ascii;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    match max {
        0..=0x7f => StrKind::Ascii,
        0x80..=0xff => StrKind::Latin1,
        0x100..=0xffff => StrKind::Ucs2,
        _ => StrKind::Ucs4,
    }
}

/// `sys.getsizeof(s)` per spec 1.4: `49+n`, `73+n`, `74+2n`, `76+4n`.
pub fn sizeof(s: &str) -> usize {
    let n = char_count(s);
    match kind(s) {
        StrKind::Ascii => 49 + n,
        StrKind::Latin1 => 73 + n,
        StrKind::Ucs2 => 74 + 2 * n,
        StrKind::Ucs4 => 76 + 4 * n,
    }
}

/// Number of code points (`len(s)`).
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code-point index `i` (clamped to `s.len()`).
pub fn byte_offset(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// The code point at index `i`, if in range.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    if s.is_ascii() {
        return s.as_bytes().get(i).map(|&b| b as char);
    }
    s.chars().nth(i)
}

/// `s[start:stop:step]` with Python slice semantics (indices in code points).
pub fn slice(s: &str, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<String> {
    let n = char_count(s);
    let ix = SliceIndices::new(n, start, stop, step)?;
    if ix.len == 0 {
        return Ok(String::new());
    }
    if ix.step == 1 {
        let a = byte_offset(s, ix.start as usize);
        let b = a + byte_offset(&s[a..], ix.len);
        return Ok(s[a..b].to_string());
    }
    if s.is_ascii() {
        let bytes = s.as_bytes();
        return Ok(ix.indices().map(|i| bytes[i] as char).collect());
    }
    let chars: Vec<char> = s.chars().collect();
    Ok(ix.indices().map(|i| chars[i]).collect())
}

/// CPython's `repr(str)`: single quotes unless the text has `'` and no `"`.
pub fn repr(s: &str) -> String {
    escape(s, false)
}

/// CPython's `ascii(str)`: like `repr` but every non-ASCII char is escaped.
pub fn ascii(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote, ascii_only);
    }
    out.push(quote);
    out
}

fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f => push_hex(out, c),
        c if c.is_ascii() => out.push(c),
        c if !ascii_only && is_printable(c) => out.push(c),
        c => push_hex(out, c),
    }
}

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` (lowercase hex) for `c`.
pub fn push_hex(out: &mut String, c: char) {
    let v = c as u32;
    let _ = if v <= 0xff {
        write!(out, "\\x{v:02x}")
    } else if v <= 0xffff {
        write!(out, "\\u{v:04x}")
    } else {
        write!(out, "\\U{v:08x}")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_spec() {
        let cases: &[(&str, usize)] = &[
            ("", 49),
            ("a", 50),
            ("hello", 54),
            ("Hello, World!", 62),
            ("\u{e9}", 74),
            ("caf\u{e9}", 77),
            ("\u{20ac}", 76),
            ("x\u{20ac}", 78),
            ("\u{1f600}", 80),
            ("a\u{1f600}", 84),
        ];
        for (s, n) in cases {
            assert_eq!(sizeof(s), *n, "{s:?}");
        }
        assert_eq!(sizeof(&"a".repeat(1000)), 1049);
        assert_eq!(sizeof(&"\u{ff}".repeat(10)), 83);
        assert_eq!(sizeof(&"\u{100}".repeat(10)), 94);
        assert_eq!(sizeof(&"\u{1f600}".repeat(10)), 116);
    }

    #[test]
    fn slicing() {
        // Checked with python3: 'héllo wörld'[::-2], [1:-1], [-3:], [10:2:-3]
        let s = "h\u{e9}llo w\u{f6}rld";
        assert_eq!(slice(s, None, None, Some(-2)).unwrap(), "drwolh");
        assert_eq!(slice(s, Some(1), Some(-1), None).unwrap(), "\u{e9}llo w\u{f6}rl");
        assert_eq!(slice(s, Some(-3), None, None).unwrap(), "rld");
        assert_eq!(slice(s, Some(10), Some(2), Some(-3)).unwrap(), "d\u{f6}o");
        assert_eq!(slice("abcdef", Some(1), None, Some(2)).unwrap(), "bdf");
        assert_eq!(slice("abc", Some(5), None, None).unwrap(), "");
    }

    #[test]
    fn reprs() {
        // Expected strings printed by python3 (repr / ascii).
        let cases: &[(&str, &str)] = &[
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("it's \"q\"", "'it\\'s \"q\"'"),
            ("a\"b", "'a\"b'"),
            ("\\", "'\\\\'"),
            ("\t\n\r\x00\x1f\x7f", "'\\t\\n\\r\\x00\\x1f\\x7f'"),
            ("\u{80}\u{a0}\u{e9}", "'\\x80\\xa0\u{e9}'"),
            ("\u{200b}\u{2028}\u{20ac}", "'\\u200b\\u2028\u{20ac}'"),
            ("\u{e000}\u{1f600}\u{10ffff}", "'\\ue000\u{1f600}\\U0010ffff'"),
            ("\u{3000}", "'\\u3000'"),
        ];
        for (s, r) in cases {
            assert_eq!(repr(s), *r, "{s:?}");
        }
        assert_eq!(ascii("\u{e9}\u{20ac}\u{1f600}'"), "\"\\xe9\\u20ac\\U0001f600'\"");
    }
}
