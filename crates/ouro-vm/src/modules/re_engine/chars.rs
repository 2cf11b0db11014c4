//! Single-character tests: literals, `.`, character sets and the `\d \w \s`
//! categories, each in ASCII or Unicode mode and optionally ignoring case.
//!
//! Case-insensitive comparison follows `_sre`: two characters are equal
//! when their simple case mappings meet (`'s'`, `'S'` and `'ſ'` are one
//! letter, as are `'k'` and the Kelvin sign).

use crate::text::unicode;
use crate::text::unicode_tables as t;

/// A `\d`-style class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// One member of a `[...]` set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

/// What one character must be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CharTest {
    Lit(u32),
    /// `.` without DOTALL: anything but `\n`.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    Set { negate: bool, items: Vec<SetItem> },
}

/// How case is ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    None,
    Ascii,
    Unicode,
}

/// A compiled single-character test with its mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CharMatcher {
    pub test: CharTest,
    pub fold: Fold,
    /// Unicode categories (`str` patterns without ASCII).
    pub unicode: bool,
}

impl CharMatcher {
    pub fn matches(&self, c: u32) -> bool {
        match &self.test {
            CharTest::Lit(l) => c == *l || (self.fold != Fold::None && key(c, self.fold) == key(*l, self.fold)),
            CharTest::Any => c != '\n' as u32,
            CharTest::AnyAll => true,
            CharTest::Set { negate, items } => self.in_set(items, c) != *negate,
        }
    }

    fn in_set(&self, items: &[SetItem], c: u32) -> bool {
        if items.iter().any(|it| item_matches(it, c, self.unicode)) {
            return true;
        }
        if self.fold == Fold::None {
            return false;
        }
        let k = key(c, self.fold);
        let variants = [lower(c, self.fold), upper(c, self.fold), k];
        items.iter().any(|it| match it {
            SetItem::Lit(l) => key(*l, self.fold) == k,
            SetItem::Range(..) => variants.iter().any(|&v| item_matches(it, v, self.unicode)),
            SetItem::Cat(_) => false,
        })
    }
}

fn item_matches(it: &SetItem, c: u32, unicode: bool) -> bool {
    match it {
        SetItem::Lit(l) => c == *l,
        SetItem::Range(lo, hi) => *lo <= c && c <= *hi,
        SetItem::Cat(cat) => category(*cat, c, unicode),
    }
}

/// Whether `c` belongs to `cat`.
pub fn category(cat: Category, c: u32, unicode: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, unicode),
        Category::NotDigit => !is_digit(c, unicode),
        Category::Space => is_space(c, unicode),
        Category::NotSpace => !is_space(c, unicode),
        Category::Word => is_word(c, unicode),
        Category::NotWord => !is_word(c, unicode),
    }
}

fn as_char(c: u32) -> Option<char> {
    char::from_u32(c)
}

fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 128 || !unicode {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    as_char(c).is_some_and(unicode::is_decimal)
}

fn is_space(c: u32, unicode: bool) -> bool {
    if c < 128 || !unicode {
        return matches!(c, 9..=13 | 32);
    }
    as_char(c).is_some_and(unicode::is_space)
}

/// `\w`: alphanumeric or `_`.
pub fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 || !unicode {
        return c < 128 && (c as u8 == b'_' || (c as u8).is_ascii_alphanumeric());
    }
    as_char(c).is_some_and(unicode::is_alnum)
}

fn lookup(map: &'static [(u32, &'static str)], c: u32) -> Option<&'static str> {
    map.binary_search_by(|&(k, _)| k.cmp(&c)).ok().map(|i| map[i].1)
}

fn single(s: &str) -> Option<u32> {
    let mut it = s.chars();
    let c = it.next()?;
    it.next().is_none().then_some(c as u32)
}

/// The simple lowercase mapping of `c`.
pub fn lower(c: u32, fold: Fold) -> u32 {
    if c < 128 || fold != Fold::Unicode {
        return if c < 128 { (c as u8).to_ascii_lowercase() as u32 } else { c };
    }
    // Only U+0130 lowercases to two characters; its simple mapping is 'i'.
    lookup(t::LOWER_MAP, c).and_then(|s| s.chars().next()).map_or(c, |l| l as u32)
}

/// The simple uppercase mapping of `c`.
pub fn upper(c: u32, fold: Fold) -> u32 {
    if c < 128 || fold != Fold::Unicode {
        return if c < 128 { (c as u8).to_ascii_uppercase() as u32 } else { c };
    }
    match lookup(t::UPPER_MAP, c) {
        None => c,
        Some(s) => single(s).or_else(|| lookup(t::TITLE_SPECIAL, c).and_then(single)).unwrap_or(c),
    }
}

/// The case-insensitive identity of `c`.
pub fn key(c: u32, fold: Fold) -> u32 {
    lower(upper(c, fold), fold)
}
