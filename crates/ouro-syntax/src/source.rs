//! Source text normalisation and line lookup.

/// Normalise newlines (`\r\n` and lone `\r` become `\n`, as CPython's
/// universal-newline reading does) and drop a leading UTF-8 BOM.
pub fn normalize(source: &str) -> std::borrow::Cow<'_, str> {
    let s = source.strip_prefix('\u{feff}').unwrap_or(source);
    if s.contains('\r') {
        std::borrow::Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Line table over normalised source. Lines are 1-based.
pub struct Lines<'a> {
    src: &'a str,
    /// Byte offset where each line starts; `starts[0] == 0`.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(src: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        if starts.len() > 1 && *starts.last().unwrap() == src.len() {
            starts.pop();
        }
        Lines { src, starts }
    }

    /// Number of physical lines (a trailing newline does not start a new one).
    pub fn count(&self) -> u32 {
        if self.src.is_empty() {
            0
        } else {
            self.starts.len() as u32
        }
    }

    /// Line `n` without its newline.
    pub fn text(&self, n: u32) -> Option<&'a str> {
        let i = (n as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).map_or(self.src.len(), |e| e - 1);
        let end = end.max(start);
        Some(self.src[start..end].trim_end_matches('\n'))
    }
}

/// Number of characters in the first `byte_col` bytes of `line`
/// (clamped to the line and to a char boundary).
pub fn chars_before(line: &str, byte_col: usize) -> u32 {
    let mut end = byte_col.min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    line[..end].chars().count() as u32
}
