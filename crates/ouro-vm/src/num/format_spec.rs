//! Parsing of the format-spec mini-language (`format(x, spec)`, f-string
//! `{x:spec}`) exactly as CPython 3.11's `parse_internal_render_format_spec`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use crate::num::error::{PyErr, PyResult};
use crate::text::unicode::decimal_value;

/// Thousands separator requested by the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// No separator.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal) or four (`b o x X`).
    Underscore,
}

/// A parsed format spec (`InternalFormatSpec`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default space).
    pub fill: char,
    /// One of `<`, `>`, `=`, `^` (the type's default when unspecified).
    pub align: char,
    /// `#` given.
    pub alternate: bool,
    /// `'+'`, `'-'`, `' '`, or `None`.
    pub sign: Option<char>,
    /// `z` given (coerce negative zero, 3.11).
    pub no_neg_0: bool,
    /// Minimum width, if given.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Grouping,
    /// Precision, if given.
    pub precision: Option<usize>,
    /// Presentation type; `'\0'` when omitted for types without a default.
    pub ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Renders a presentation type for messages as CPython does (`%c` for
/// printable ASCII, else `\x%x`).
pub(crate) fn show_code(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

/// Reads decimal digits (any Unicode Nd) at `*pos`; `Ok(None)` if none.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

impl FormatSpec {
    /// Parses `spec` for an object of type `type_name` whose default
    /// presentation type is `default_type` and default alignment is
    /// `default_align` (`'<'` for str, `'>'` for numbers).
    pub fn parse(spec: &str, default_type: char, default_align: char, type_name: &str) -> PyResult<FormatSpec> {
        let c: Vec<char> = spec.chars().collect();
        let mut f = FormatSpec {
            fill: ' ',
            align: default_align,
            alternate: false,
            sign: None,
            no_neg_0: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: default_type,
        };
        let mut pos = 0;
        let (mut fill_given, mut align_given) = (false, false);
        if c.len() >= 2 && is_align(c[1]) {
            f.align = c[1];
            f.fill = c[0];
            fill_given = true;
            align_given = true;
            pos = 2;
        } else if !c.is_empty() && is_align(c[0]) {
            f.align = c[0];
            align_given = true;
            pos = 1;
        }
        if let Some(&s @ (' ' | '+' | '-')) = c.get(pos) {
            f.sign = Some(s);
            pos += 1;
        }
        if c.get(pos) == Some(&'z') {
            f.no_neg_0 = true;
            pos += 1;
        }
        if c.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        if !fill_given && c.get(pos) == Some(&'0') {
            f.fill = '0';
            if !align_given && default_align == '>' {
                f.align = '=';
            }
            pos += 1;
        }
        f.width = get_integer(&c, &mut pos)?;
        f.parse_grouping(&c, &mut pos)?;
        if c.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = get_integer(&c, &mut pos)?;
            if f.precision.is_none() {
                return Err(PyErr::value("Format specifier missing precision"));
            }
        }
        if c.len() - pos > 1 {
            return Err(PyErr::value(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
        }
        if let Some(&t) = c.get(pos) {
            f.ty = t;
        }
        f.check_grouping()?;
        Ok(f)
    }

    fn parse_grouping(&mut self, c: &[char], pos: &mut usize) -> PyResult<()> {
        let both = || PyErr::value("Cannot specify both ',' and '_'.");
        if c.get(*pos) == Some(&',') {
            self.grouping = Grouping::Comma;
            *pos += 1;
        }
        if c.get(*pos) == Some(&'_') {
            if self.grouping != Grouping::None {
                return Err(both());
            }
            self.grouping = Grouping::Underscore;
            *pos += 1;
        }
        if c.get(*pos) == Some(&',') && self.grouping == Grouping::Underscore {
            return Err(both());
        }
        Ok(())
    }

    fn check_grouping(&self) -> PyResult<()> {
        let sep = match self.grouping {
            Grouping::None => return Ok(()),
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        };
        match self.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
            'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(()),
            t => Err(PyErr::value(format!("Cannot specify '{sep}' with '{}'.", show_code(t)))),
        }
    }

    /// Digits per group for this spec's type (4 for `_` with `b o x X`).
    pub fn group_size(&self) -> usize {
        if self.grouping == Grouping::Underscore && matches!(self.ty, 'b' | 'o' | 'x' | 'X') {
            4
        } else {
            3
        }
    }
}
