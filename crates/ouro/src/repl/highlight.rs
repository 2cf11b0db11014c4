//! Syntax colouring of the line being edited: keywords, builtins, strings,
//! numbers, comments and the name after `def`/`class`. A forgiving scanner
//! (unfinished strings colour to the end), never the parser: the line is
//! usually incomplete. Only ANSI colour sequences are added, so the
//! displayed width is unchanged.

const KEYWORD: &str = "\x1b[1;34m";
const BUILTIN: &str = "\x1b[36m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const COMMENT: &str = "\x1b[31m";
const DEFINITION: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "self",
];

/// `text` with colour sequences around its tokens.
pub fn colorize(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    let mut after_def = false;
    while i < chars.len() {
        let c = chars[i];
        let (end, color) = if c == '#' {
            (line_end(&chars, i), Some(COMMENT))
        } else if let Some(end) = string_end(&chars, i) {
            (end, Some(STRING))
        } else if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            (number_end(&chars, i), Some(NUMBER))
        } else if c.is_alphabetic() || c == '_' {
            let end = word_end(&chars, i);
            let word: String = chars[i..end].iter().collect();
            let color = if after_def {
                Some(DEFINITION)
            } else if KEYWORDS.contains(&word.as_str()) {
                Some(KEYWORD)
            } else if BUILTINS.contains(&word.as_str()) {
                Some(BUILTIN)
            } else {
                None
            };
            after_def = word == "def" || word == "class";
            (end, color)
        } else {
            if !c.is_whitespace() {
                after_def = false;
            }
            (i + 1, None)
        };
        let piece: String = chars[i..end].iter().collect();
        match color {
            Some(col) => {
                out.push_str(col);
                out.push_str(&piece);
                out.push_str(RESET);
            }
            None => out.push_str(&piece),
        }
        i = end;
    }
    out
}

fn line_end(chars: &[char], from: usize) -> usize {
    chars[from..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| from + p)
}

fn word_end(chars: &[char], from: usize) -> usize {
    chars[from..].iter().position(|&c| !(c.is_alphanumeric() || c == '_')).map_or(chars.len(), |p| from + p)
}

fn number_end(chars: &[char], from: usize) -> usize {
    let mut i = from;
    while i < chars.len() {
        let c = chars[i];
        let exponent_sign = (c == '+' || c == '-') && i > from && matches!(chars[i - 1], 'e' | 'E');
        if !(c.is_ascii_alphanumeric() || c == '.' || c == '_' || exponent_sign) {
            break;
        }
        i += 1;
    }
    i
}

/// If a string literal (with any `rbfu` prefix) starts at `from`, where it
/// ends (an unfinished one ends at the end of its line, or of the text for
/// a triple-quoted one).
fn string_end(chars: &[char], from: usize) -> Option<usize> {
    let mut q = from;
    while q < chars.len() && q - from < 2 && "rRbBfFuU".contains(chars[q]) {
        q += 1;
    }
    let quote = *chars.get(q).filter(|c| **c == '\'' || **c == '"')?;
    if q > from && from > 0 && (chars[from - 1].is_alphanumeric() || chars[from - 1] == '_') {
        return None;
    }
    let triple = chars.get(q + 1) == Some(&quote) && chars.get(q + 2) == Some(&quote);
    let mut i = if triple { q + 3 } else { q + 1 };
    while i < chars.len() {
        let c = chars[i];
        // In raw strings too, a backslash keeps the next quote in.
        if c == '\\' {
            i += 2;
            continue;
        }
        if c == '\n' && !triple {
            return Some(i);
        }
        if c == quote && (!triple || (chars.get(i + 1) == Some(&quote) && chars.get(i + 2) == Some(&quote))) {
            return Some(if triple { i + 3 } else { i + 1 });
        }
        i += 1;
    }
    Some(chars.len().min(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for d in chars.by_ref() {
                    if d == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn colours_tokens_without_changing_the_text() {
        for src in [
            "def f(x): return x + 1  # c",
            "s = 'a\\'b' + r\"\\\" + f'{x}'",
            "x = '''a\nb''' 1.5e-3",
            "'open",
            "_x1 = 0x1F",
        ] {
            assert_eq!(strip(&colorize(src)), src);
        }
        let c = colorize("def f(): return 'x'  # hi");
        assert!(c.contains("\x1b[1;34mdef\x1b[0m"));
        assert!(c.contains("\x1b[1mf\x1b[0m"));
        assert!(c.contains("\x1b[32m'x'\x1b[0m"));
        assert!(c.contains("\x1b[31m# hi\x1b[0m"));
        assert!(colorize("print(10)").contains("\x1b[33m10\x1b[0m"));
    }
}
