//! CPython's `repr(bytes)`: `b'...'` with quote choice and `\xNN` escapes.

/// `repr(b)` for `bytes`: single quotes unless the data has `'` and no `"`.
pub fn repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    push_quoted(&mut out, b);
    out
}

/// `repr(bytearray(b))`: `bytearray(b'...')`.
pub fn bytearray_repr(b: &[u8]) -> String {
    format!("bytearray({})", repr(b))
}

fn push_quoted(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        // Printed by python3.
        assert_eq!(repr(b"abc"), "b'abc'");
        assert_eq!(repr(b"it's"), "b\"it's\"");
        assert_eq!(repr(b"'\""), "b'\\'\"'");
        assert_eq!(repr(b"\t\n\r\x00\x7f\x80\xff\\"), "b'\\t\\n\\r\\x00\\x7f\\x80\\xff\\\\'");
        assert_eq!(bytearray_repr(b"a"), "bytearray(b'a')");
    }
}
