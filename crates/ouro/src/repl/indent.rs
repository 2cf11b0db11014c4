//! Auto-indentation of `... ` lines: after a line ending in `:` the next
//! line is pre-filled one level deeper; after `return`, `pass`, `break`,
//! `continue` or `raise` one level shallower; otherwise at the same depth.
//! Enter on a line holding only the offered indentation dedents one level
//! (see `Repl::run`), and Enter on an empty line ends the block, as in
//! CPython. Nothing is pre-filled inside a triple-quoted string, where it
//! would change the string.

use super::entry::{EntryBuffer, Pending};

/// One indentation level when the block itself does not show one.
const LEVEL: &str = "    ";

/// The indentation to pre-fill the next line of `entry` with.
pub fn next_indent(entry: &EntryBuffer) -> String {
    match entry.pending() {
        None | Some(Pending::Text) => return String::new(),
        Some(Pending::Open) | Some(Pending::Block) => {}
    }
    let Some(last) = entry.lines().iter().rev().find(|l| !l.trim().is_empty()) else {
        return String::new();
    };
    let indent: String = last.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    if entry.pending() == Some(Pending::Open) {
        return indent;
    }
    let code = strip_comment(last).trim_end().to_string();
    if code.ends_with(':') {
        let unit = if indent.starts_with('\t') { "\t" } else { level_of(entry) };
        return indent + unit;
    }
    let first_word: String = code.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    if matches!(first_word.as_str(), "return" | "pass" | "break" | "continue" | "raise") {
        return dedent(&indent, level_of(entry));
    }
    indent
}

/// The entry's own indentation unit (the first indented line's), or four
/// spaces.
fn level_of(entry: &EntryBuffer) -> &'static str {
    let first = entry.lines().iter().skip(1).find(|l| l.starts_with(' ') && !l.trim().is_empty());
    match first.map(|l| l.len() - l.trim_start_matches(' ').len()) {
        Some(2) => "  ",
        Some(3) => "   ",
        _ => LEVEL,
    }
}

/// `indent` one level shallower (a tab, or up to four spaces).
pub fn dedent_level(indent: &str) -> String {
    if let Some(rest) = indent.strip_suffix('\t') {
        return rest.to_string();
    }
    let spaces = indent.len() - indent.trim_end_matches(' ').len();
    let keep = indent.len() - ((spaces.max(1) - 1) % 4 + 1).min(spaces);
    indent[..keep].to_string()
}

fn dedent(indent: &str, unit: &str) -> String {
    if let Some(rest) = indent.strip_suffix('\t') {
        return rest.to_string();
    }
    indent.strip_suffix(unit).unwrap_or("").to_string()
}

/// `line` without a trailing `# comment` (a `#` inside a string is kept).
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return &line[..i],
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(lines: &[&str]) -> String {
        let mut e = EntryBuffer::new();
        for l in lines {
            e.push(l);
        }
        next_indent(&e)
    }

    #[test]
    fn indents_after_a_colon() {
        assert_eq!(after(&["def f():"]), "    ");
        assert_eq!(after(&["def f():", "    for i in x:  # loop"]), "        ");
        assert_eq!(after(&["if x:", "  if y:"]), "    ");
        assert_eq!(after(&["d = {'a':"]), "");
    }

    #[test]
    fn keeps_or_drops_a_level() {
        assert_eq!(after(&["def f():", "    x = 1"]), "    ");
        assert_eq!(after(&["def f():", "    return x"]), "");
        assert_eq!(after(&["for i in x:", "    if i:", "        break"]), "    ");
        assert_eq!(after(&["s = '''", "  a"]), "");
        assert_eq!(after(&["x = 1"]), "");
    }

    #[test]
    fn dedents_one_level() {
        assert_eq!(dedent_level("        "), "    ");
        assert_eq!(dedent_level("    "), "");
        assert_eq!(dedent_level("      "), "    ");
        assert_eq!(dedent_level("\t\t"), "\t");
    }
}
