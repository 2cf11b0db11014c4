//! The indentation stack behind INDENT and DEDENT tokens, following
//! CPython's tokenizer: tabs advance to the next multiple of 8, and a second
//! measure (tabs count 1) detects inconsistent mixing of tabs and spaces.

/// CPython's `MAXINDENT`: at most this many indentation levels.
pub const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

/// How a new logical line's indentation relates to the current block.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    Same,
    Indent,
    /// Close this many blocks.
    Dedent(usize),
}

#[derive(Debug, PartialEq, Eq)]
pub enum IndentError {
    /// `TabError: inconsistent use of tabs and spaces in indentation`.
    Tabs,
    /// `unindent does not match any outer indentation level`.
    Unmatched,
    /// `too many levels of indentation`.
    TooDeep,
}

/// An indentation width in both measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Width {
    pub col: u32,
    pub alt: u32,
}

/// Measure leading whitespace (spaces, tabs, form feeds).
pub fn measure(ws: &str) -> Width {
    let mut w = Width { col: 0, alt: 0 };
    for c in ws.chars() {
        match c {
            ' ' => {
                w.col += 1;
                w.alt += 1;
            }
            '\t' => {
                w.col = (w.col / TAB_SIZE + 1) * TAB_SIZE;
                w.alt += 1;
            }
            '\x0c' => w = Width { col: 0, alt: 0 },
            _ => break,
        }
    }
    w
}

/// The open blocks' widths; the bottom entry (column 0) is never popped.
pub struct Indents {
    stack: Vec<Width>,
}

impl Default for Indents {
    fn default() -> Self {
        Indents { stack: vec![Width { col: 0, alt: 0 }] }
    }
}

impl Indents {
    /// Number of open indented blocks.
    pub fn depth(&self) -> usize {
        self.stack.len() - 1
    }

    /// Account for a logical line starting at width `w`.
    pub fn update(&mut self, w: Width) -> Result<Change, IndentError> {
        let top = *self.stack.last().expect("bottom entry is never popped");
        if w.col == top.col {
            return if w.alt == top.alt { Ok(Change::Same) } else { Err(IndentError::Tabs) };
        }
        if w.col > top.col {
            if self.stack.len() >= MAX_INDENT {
                return Err(IndentError::TooDeep);
            }
            if w.alt <= top.alt {
                return Err(IndentError::Tabs);
            }
            self.stack.push(w);
            return Ok(Change::Indent);
        }
        let mut n = 0;
        while self.stack.len() > 1 && w.col < self.stack.last().unwrap().col {
            self.stack.pop();
            n += 1;
        }
        let top = *self.stack.last().unwrap();
        if w.col != top.col {
            return Err(IndentError::Unmatched);
        }
        if w.alt != top.alt {
            return Err(IndentError::Tabs);
        }
        Ok(Change::Dedent(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_round_to_eight() {
        assert_eq!(measure("\t").col, 8);
        assert_eq!(measure("  \t").col, 8);
        assert_eq!(measure("\t ").col, 9);
        assert_eq!(measure("  \x0c ").col, 1);
    }

    #[test]
    fn indent_and_dedent() {
        let mut s = Indents::default();
        assert_eq!(s.update(measure("    ")), Ok(Change::Indent));
        assert_eq!(s.update(measure("        ")), Ok(Change::Indent));
        assert_eq!(s.update(measure("")), Ok(Change::Dedent(2)));
        assert_eq!(s.update(measure("  ")), Ok(Change::Indent));
        assert_eq!(s.update(measure(" ")), Err(IndentError::Unmatched));
    }

    #[test]
    fn inconsistent_tabs() {
        let mut s = Indents::default();
        assert_eq!(s.update(measure("\t")), Ok(Change::Indent));
        assert_eq!(s.update(measure("        ")), Err(IndentError::Tabs));
    }
}
