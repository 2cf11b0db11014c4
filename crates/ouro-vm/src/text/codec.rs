//! `bytes.decode` / `str.encode` for UTF-8, ASCII and Latin-1 with CPython's
//! exception messages (`str()` of `UnicodeDecodeError` / `UnicodeEncodeError`)
//! and the `strict`, `replace`, `ignore` and `backslashreplace` handlers for
//! UTF-8 decoding. UTF-8 encoding cannot fail: Rust strings hold no surrogates.

use crate::num::error::{ExcKind, PyErr, PyResult};
use crate::text::pystr::push_hex;

/// `str.encode('utf-8')`.
pub fn encode_utf8(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

fn decode_error(codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!("'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}", b[start])
    } else {
        format!("'{codec}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
    };
    PyErr::new(ExcKind::UnicodeDecodeError, msg)
}

/// The invalid range `(start, end)` and reason at the first UTF-8 error.
fn utf8_error(b: &[u8], e: std::str::Utf8Error) -> (usize, usize, &'static str) {
    let start = e.valid_up_to();
    match e.error_len() {
        None => (start, b.len(), "unexpected end of data"),
        Some(n) => {
            let lead = b[start];
            let reason = if (0x80..=0xc1).contains(&lead) || lead >= 0xf5 {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            (start, start + n, reason)
        }
    }
}

/// `b.decode('utf-8', errors)`; `errors` is `strict`, `replace`, `ignore`
/// or `backslashreplace` (others raise `LookupError` when first needed).
pub fn decode_utf8(b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let (start, end, reason) = utf8_error(rest, e);
                out.push_str(std::str::from_utf8(&rest[..start]).unwrap_or_default());
                if !handle(&mut out, errors, &rest[start..end])? {
                    return Err(decode_error("utf-8", b, offset + start, offset + end, reason));
                }
                rest = &rest[end..];
                offset += end;
            }
        }
    }
}

/// Applies an error handler to the undecodable bytes `bad`; `Ok(false)`
/// means "strict" (raise the decode error).
fn handle(out: &mut String, errors: &str, bad: &[u8]) -> PyResult<bool> {
    match errors {
        "strict" => return Ok(false),
        "replace" => out.push('\u{fffd}'),
        "ignore" => {}
        "backslashreplace" => bad.iter().for_each(|&x| out.push_str(&format!("\\x{x:02x}"))),
        other => return Err(PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{other}'"))),
    }
    Ok(true)
}

/// `b.decode('ascii')` (strict).
pub fn decode_ascii(b: &[u8]) -> PyResult<String> {
    match b.iter().position(|&x| x >= 0x80) {
        None => Ok(b.iter().map(|&x| x as char).collect()),
        Some(i) => Err(decode_error("ascii", b, i, i + 1, "ordinal not in range(128)")),
    }
}

/// `b.decode('latin-1')` (never fails).
pub fn decode_latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

/// `s.encode('ascii')` (strict).
pub fn encode_ascii(s: &str) -> PyResult<Vec<u8>> {
    encode_limited(s, "ascii", 128)
}

/// `s.encode('latin-1')` (strict).
pub fn encode_latin1(s: &str) -> PyResult<Vec<u8>> {
    encode_limited(s, "latin-1", 256)
}

fn encode_limited(s: &str, codec: &str, limit: u32) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let Some(start) = chars.iter().position(|&c| c as u32 >= limit) else {
        return Ok(chars.iter().map(|&c| c as u8).collect());
    };
    let run = chars[start..].iter().take_while(|&&c| c as u32 >= limit).count();
    let msg = if run == 1 {
        let mut esc = String::new();
        push_hex(&mut esc, chars[start]);
        format!("'{codec}' codec can't encode character '{esc}' in position {start}: ordinal not in range({limit})")
    } else {
        let end = start + run - 1;
        format!("'{codec}' codec can't encode characters in position {start}-{end}: ordinal not in range({limit})")
    };
    Err(PyErr::new(ExcKind::UnicodeEncodeError, msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_decode_matches_python() {
        // (input, str(UnicodeDecodeError), replace, ignore, backslashreplace) from python3.
        let cases: &[(&[u8], &str, &str, &str, &str)] = &[
            (b"\xff", "byte 0xff in position 0: invalid start byte", "\u{fffd}", "", "\\xff"),
            (b"a\xe4\xbd", "bytes in position 1-2: unexpected end of data", "a\u{fffd}", "a", "a\\xe4\\xbd"),
            (b"\xe4A", "byte 0xe4 in position 0: invalid continuation byte", "\u{fffd}A", "A", "\\xe4A"),
            (b"\xf0\x9f\x98", "bytes in position 0-2: unexpected end of data", "\u{fffd}", "", "\\xf0\\x9f\\x98"),
            (b"\xed\xa0\x80", "byte 0xed in position 0: invalid continuation byte", "\u{fffd}\u{fffd}\u{fffd}", "", "\\xed\\xa0\\x80"),
            (b"\xf0\x9fA", "bytes in position 0-1: invalid continuation byte", "\u{fffd}A", "A", "\\xf0\\x9fA"),
            (b"\xe0\x80", "byte 0xe0 in position 0: invalid continuation byte", "\u{fffd}\u{fffd}", "", "\\xe0\\x80"),
            (b"\xf4\x90\x80\x80", "byte 0xf4 in position 0: invalid continuation byte", "\u{fffd}\u{fffd}\u{fffd}\u{fffd}", "", "\\xf4\\x90\\x80\\x80"),
            (b"\xc0\xaf", "byte 0xc0 in position 0: invalid start byte", "\u{fffd}\u{fffd}", "", "\\xc0\\xaf"),
            (b"ok\x80x", "byte 0x80 in position 2: invalid start byte", "ok\u{fffd}x", "okx", "ok\\x80x"),
            (b"\xf0\x9f\x98\x80\xff", "byte 0xff in position 4: invalid start byte", "\u{1f600}\u{fffd}", "\u{1f600}", "\u{1f600}\\xff"),
        ];
        for (b, msg, rep, ign, bsr) in cases {
            let e = decode_utf8(b, "strict").unwrap_err();
            assert_eq!(e.kind, ExcKind::UnicodeDecodeError);
            assert_eq!(e.msg, format!("'utf-8' codec can't decode {msg}"));
            assert_eq!(decode_utf8(b, "replace").unwrap(), *rep);
            assert_eq!(decode_utf8(b, "ignore").unwrap(), *ign);
            assert_eq!(decode_utf8(b, "backslashreplace").unwrap(), *bsr);
        }
        assert_eq!(decode_utf8(b"x", "bogus").unwrap(), "x");
        let e = decode_utf8(b"\xff", "bogus").unwrap_err();
        assert_eq!((e.kind, e.msg.as_str()), (ExcKind::LookupError, "unknown error handler name 'bogus'"));
    }

    #[test]
    fn ascii_latin1() {
        let m = |r: PyResult<Vec<u8>>| r.unwrap_err().msg;
        assert_eq!(m(encode_ascii("\u{e9}")), "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
        assert_eq!(m(encode_ascii("a\u{e9}\u{20ac}x")), "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
        assert_eq!(m(encode_latin1("a\u{e9}\u{20ac}x")), "'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)");
        assert_eq!(m(encode_ascii("a\u{1f600}")), "'ascii' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(128)");
        assert_eq!(decode_ascii(b"a\xe9\xff").unwrap_err().msg, "'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)");
        assert_eq!(decode_latin1(b"\xe9"), "\u{e9}");
        assert_eq!(encode_latin1("\u{ff}").unwrap(), vec![0xff]);
    }
}
