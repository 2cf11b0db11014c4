//! String and bytes literals: finding where a literal ends, decoding escape
//! sequences, and the `\N{...}` names we know.

/// The prefix letters of a literal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

impl Prefix {
    /// Parse prefix letters (any case); the lexer only passes valid ones.
    pub fn parse(letters: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in letters.chars() {
            match c.to_ascii_lowercase() {
                'r' => p.raw = true,
                'b' => p.bytes = true,
                'f' => p.fstring = true,
                _ => {}
            }
        }
        p
    }
}

/// Why a literal could not be scanned.
#[derive(Debug, PartialEq, Eq)]
pub enum ScanError {
    /// No closing quote; `detected_at` is the byte index where the scan gave
    /// up (a newline for single quotes, the end of input otherwise).
    Unterminated { triple: bool, detected_at: usize },
}

/// A scanned literal: where its body lies in the source and where it ends.
#[derive(Debug, PartialEq, Eq)]
pub struct Scanned {
    pub body_start: usize,
    pub body_end: usize,
    pub end: usize,
}

/// Scan a literal whose opening quote is at byte `quote` of `src`.
///
/// A backslash always protects the following character (even in raw
/// literals), as in CPython's tokenizer.
pub fn scan(src: &str, quote: usize) -> Result<Scanned, ScanError> {
    let b = src.as_bytes();
    let q = b[quote];
    let triple = b.get(quote + 1) == Some(&q) && b.get(quote + 2) == Some(&q);
    let size = if triple { 3 } else { 1 };
    let body_start = quote + size;
    let mut i = body_start;
    let mut run = 0;
    loop {
        let Some(&c) = b.get(i) else {
            return Err(ScanError::Unterminated { triple, detected_at: src.len() });
        };
        if !triple && c == b'\n' {
            return Err(ScanError::Unterminated { triple, detected_at: i });
        }
        i += 1;
        if c == q {
            run += 1;
            if run == size {
                return Ok(Scanned { body_start, body_end: i - size, end: i });
            }
            continue;
        }
        run = 0;
        if c == b'\\' && i < b.len() {
            i += 1;
        }
    }
}

/// An escape-decoding failure, with CPython's message.
pub type DecodeError = String;

fn unicode_error(start: usize, end: usize, what: &str) -> DecodeError {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// Decode the body of a non-raw `str` literal.
pub fn decode_str(body: &str) -> Result<String, DecodeError> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let Some(rel) = body[i..].find('\\') else {
            out.push_str(&body[i..]);
            break;
        };
        out.push_str(&body[i..i + rel]);
        i += rel;
        i = decode_one_str(body, i, &mut out)?;
    }
    Ok(out)
}

/// Decode the escape whose backslash is at `i`; return the index after it.
fn decode_one_str(body: &str, i: usize, out: &mut String) -> Result<usize, DecodeError> {
    let b = body.as_bytes();
    let Some(&c) = b.get(i + 1) else {
        return Err(unicode_error(i, i, "\\ at end of string"));
    };
    let simple = match c {
        b'\n' => Some(None),
        b'\\' => Some(Some('\\')),
        b'\'' => Some(Some('\'')),
        b'"' => Some(Some('"')),
        b'a' => Some(Some('\x07')),
        b'b' => Some(Some('\x08')),
        b'f' => Some(Some('\x0c')),
        b'n' => Some(Some('\n')),
        b'r' => Some(Some('\r')),
        b't' => Some(Some('\t')),
        b'v' => Some(Some('\x0b')),
        _ => None,
    };
    if let Some(ch) = simple {
        out.extend(ch);
        return Ok(i + 2);
    }
    match c {
        b'0'..=b'7' => {
            let (value, next) = octal(b, i + 1);
            out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            Ok(next)
        }
        b'x' | b'u' | b'U' => {
            let (len, name) = match c {
                b'x' => (2, "truncated \\xXX escape"),
                b'u' => (4, "truncated \\uXXXX escape"),
                _ => (8, "truncated \\UXXXXXXXX escape"),
            };
            let (value, n) = hex(b, i + 2, len);
            if n < len {
                return Err(unicode_error(i, i + 1 + n, name));
            }
            match char::from_u32(value) {
                Some(ch) => out.push(ch),
                // Lone surrogates cannot live in a Rust string.
                None if value <= 0x10ffff => out.push('\u{fffd}'),
                None => return Err(unicode_error(i, i + 1 + n, "illegal Unicode character")),
            }
            Ok(i + 2 + len)
        }
        b'N' => named(body, i, out),
        _ => {
            // Unknown escapes are kept verbatim.
            out.push('\\');
            Ok(i + 1)
        }
    }
}

/// Up to three octal digits starting at `i`.
fn octal(b: &[u8], mut i: usize) -> (u32, usize) {
    let mut value = 0;
    let end = i + 3;
    while i < end && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
        value = value * 8 + (b[i] - b'0') as u32;
        i += 1;
    }
    (value, i)
}

/// Up to `len` hex digits starting at `i`: the value and how many were found.
fn hex(b: &[u8], i: usize, len: usize) -> (u32, usize) {
    let mut value: u32 = 0;
    let mut n = 0;
    while n < len {
        match b.get(i + n).and_then(|&c| (c as char).to_digit(16)) {
            Some(d) => value = value.wrapping_mul(16).wrapping_add(d),
            None => break,
        }
        n += 1;
    }
    (value, n)
}

/// `\N{NAME}` at `i`.
fn named(body: &str, i: usize, out: &mut String) -> Result<usize, DecodeError> {
    let rest = &body[i + 2..];
    let close = if rest.starts_with('{') { rest.find('}') } else { None };
    let Some(close) = close else {
        return Err(unicode_error(i, i + 1, "malformed \\N character escape"));
    };
    let name = &rest[1..close];
    match lookup_name(name) {
        Some(ch) => {
            out.push(ch);
            Ok(i + 2 + close + 1)
        }
        None => Err(unicode_error(i, i + 2 + close, "unknown Unicode character name")),
    }
}

/// The character names `\N{...}` understands: a small table of common
/// ones plus the ASCII letters and digits. Others are a SyntaxError.
fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    const TABLE: &[(&str, char)] = &[
        ("SPACE", ' '),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("LINE FEED", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("CHARACTER TABULATION", '\t'),
        ("NULL", '\0'),
        ("BULLET", '\u{2022}'),
        ("EN DASH", '\u{2013}'),
        ("EM DASH", '\u{2014}'),
        ("HORIZONTAL ELLIPSIS", '\u{2026}'),
        ("DEGREE SIGN", '\u{b0}'),
        ("COPYRIGHT SIGN", '\u{a9}'),
        ("REGISTERED SIGN", '\u{ae}'),
        ("EURO SIGN", '\u{20ac}'),
        ("POUND SIGN", '\u{a3}'),
        ("YEN SIGN", '\u{a5}'),
        ("SECTION SIGN", '\u{a7}'),
        ("PILCROW SIGN", '\u{b6}'),
        ("MICRO SIGN", '\u{b5}'),
        ("MULTIPLICATION SIGN", '\u{d7}'),
        ("DIVISION SIGN", '\u{f7}'),
        ("PLUS-MINUS SIGN", '\u{b1}'),
        ("INFINITY", '\u{221e}'),
        ("CHECK MARK", '\u{2713}'),
        ("BLACK STAR", '\u{2605}'),
        ("WHITE SMILING FACE", '\u{263a}'),
        ("SNOWMAN", '\u{2603}'),
        ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{ab}'),
        ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{bb}'),
        ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
        ("GREEK SMALL LETTER BETA", '\u{3b2}'),
        ("GREEK SMALL LETTER GAMMA", '\u{3b3}'),
        ("GREEK SMALL LETTER DELTA", '\u{3b4}'),
        ("GREEK SMALL LETTER PI", '\u{3c0}'),
        ("GREEK SMALL LETTER LAMDA", '\u{3bb}'),
        ("GREEK SMALL LETTER MU", '\u{3bc}'),
        ("GREEK CAPITAL LETTER OMEGA", '\u{3a9}'),
        ("GREEK CAPITAL LETTER DELTA", '\u{394}'),
        ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
        ("LATIN SMALL LETTER SHARP S", '\u{df}'),
        ("RIGHTWARDS ARROW", '\u{2192}'),
        ("LEFTWARDS ARROW", '\u{2190}'),
        ("ZERO WIDTH SPACE", '\u{200b}'),
        ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ];
    if let Some((_, c)) = TABLE.iter().find(|(n, _)| *n == upper) {
        return Some(*c);
    }
    let letter = |prefix: &str, lower: bool| {
        let rest = upper.strip_prefix(prefix)?;
        let c = rest.chars().next().filter(|c| c.is_ascii_uppercase() && rest.len() == 1)?;
        Some(if lower { c.to_ascii_lowercase() } else { c })
    };
    letter("LATIN SMALL LETTER ", true)
        .or_else(|| letter("LATIN CAPITAL LETTER ", false))
        .or_else(|| {
            const DIGITS: [&str; 10] = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];
            let d = DIGITS.iter().position(|d| upper.strip_prefix("DIGIT ") == Some(d))?;
            char::from_digit(d as u32, 10)
        })
}

/// Decode the body of a `bytes` literal (raw or not). Non-ASCII characters
/// are an error, as in CPython.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, DecodeError> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let b = body.as_bytes();
    if raw || !body.contains('\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let Some(&c) = b.get(i + 1) else {
            return Err("(value error) Trailing \\ in string".into());
        };
        let simple = match c {
            b'\n' => Some(None),
            b'\\' => Some(Some(b'\\')),
            b'\'' => Some(Some(b'\'')),
            b'"' => Some(Some(b'"')),
            b'a' => Some(Some(7)),
            b'b' => Some(Some(8)),
            b'f' => Some(Some(12)),
            b'n' => Some(Some(b'\n')),
            b'r' => Some(Some(b'\r')),
            b't' => Some(Some(b'\t')),
            b'v' => Some(Some(11)),
            _ => None,
        };
        if let Some(v) = simple {
            out.extend(v);
            i += 2;
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let (value, next) = octal(b, i + 1);
                out.push(value as u8);
                i = next;
            }
            b'x' => {
                let (value, n) = hex(b, i + 2, 2);
                if n < 2 {
                    return Err(format!("(value error) invalid \\x escape at position {i}"));
                }
                out.push(value as u8);
                i += 4;
            }
            _ => {
                out.push(b'\\');
                i += 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_quotes_and_triples() {
        assert_eq!(scan("'ab'", 0), Ok(Scanned { body_start: 1, body_end: 3, end: 4 }));
        assert_eq!(scan("''", 0), Ok(Scanned { body_start: 1, body_end: 1, end: 2 }));
        assert_eq!(scan("'''a'b'''", 0), Ok(Scanned { body_start: 3, body_end: 6, end: 9 }));
        assert_eq!(scan(r"'a\'b'", 0).unwrap().end, 6);
        assert!(matches!(scan("'ab\n'", 0), Err(ScanError::Unterminated { triple: false, detected_at: 3 })));
        assert!(matches!(scan("'''ab\n", 0), Err(ScanError::Unterminated { triple: true, .. })));
    }

    #[test]
    fn decodes_escapes() {
        assert_eq!(decode_str(r"a\n\t\\\'\x41\101\u00e9\U0001F600\d").unwrap(), "a\n\t\\'AAé😀\\d");
        assert_eq!(decode_str("a\\\nb").unwrap(), "ab");
        assert_eq!(decode_str(r"\N{EM DASH}\N{latin small letter q}").unwrap(), "—q");
        assert!(decode_str(r"\x1").unwrap_err().contains("truncated \\xXX escape"));
        assert_eq!(decode_bytes(r"\x00\xff\377a\q", false).unwrap(), vec![0, 255, 255, b'a', b'\\', b'q']);
        assert!(decode_bytes("é", false).is_err());
    }
}
