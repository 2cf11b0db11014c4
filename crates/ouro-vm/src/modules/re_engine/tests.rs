//! Engine tests; expected values were checked against CPython 3.11.

use super::*;

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn prog(p: &str, flags: u32) -> Program {
    compile(&cps(p), flags, true).unwrap_or_else(|e| panic!("{p}: {e:?}"))
}

/// Spans of all groups of the first match of `p` in `s`.
fn find(p: &str, s: &str, flags: u32) -> Option<Vec<Option<(usize, usize)>>> {
    let pr = prog(p, flags);
    let subject = cps(s);
    let c = exec::search(&pr, &subject[..], 0, subject.len(), Mode::Search, false)?;
    Some((0..pr.groups).map(|g| c.span(g)).collect())
}

fn span(p: &str, s: &str) -> Option<(usize, usize)> {
    find(p, s, 0).map(|g| g[0].unwrap_or((99, 99)))
}

fn err(p: &str) -> (String, Option<usize>) {
    let e = compile(&cps(p), 0, true).err().unwrap_or_else(|| panic!("{p} compiled"));
    (e.msg, e.pos)
}

#[test]
fn basics() {
    assert_eq!(span("b+", "abbbc"), Some((1, 4)));
    assert_eq!(span("a.c", "xa\ncabc"), Some((4, 7)));
    assert_eq!(span("[a-c]+", "xxcabz"), Some((2, 5)));
    assert_eq!(span(r"\d{2,3}", "a12345"), Some((1, 4)));
    assert_eq!(span(r"\d{2,3}?", "a12345"), Some((1, 3)));
    assert_eq!(span("a|ab", "ab"), Some((0, 1)));
    assert_eq!(span("x*", "abc"), Some((0, 0)));
    assert_eq!(span(r"\bfoo\b", "a foo b"), Some((2, 5)));
    assert_eq!(span("^b", "a\nb"), None);
    assert_eq!(find("(?m)^b", "a\nb", 0).map(|g| g[0]), Some(Some((2, 3))));
    assert_eq!(span("a$", "a\n"), Some((0, 1)));
    assert_eq!(span(r"a\Z", "a\n"), None);
}

#[test]
fn groups_and_backtracking() {
    assert_eq!(find("(a|b)*c", "abac", 0), Some(vec![Some((0, 4)), Some((2, 3))]));
    assert_eq!(find(r"(\w+)\s\1", "hey hey you", 0), Some(vec![Some((0, 7)), Some((0, 3))]));
    assert_eq!(find("(a)|(b)", "b", 0), Some(vec![Some((0, 1)), None, Some((0, 1))]));
    assert_eq!(find("(a*)*", "b", 0), Some(vec![Some((0, 0)), Some((0, 0))]));
    assert_eq!(find("((a)|b)+", "ab", 0), Some(vec![Some((0, 2)), Some((1, 2)), Some((0, 1))]));
    assert_eq!(find("(?:(a)|b){2,3}?c", "abbc", 0).map(|g| g[1]), Some(Some((0, 1))));
}

#[test]
fn lookaround_and_atomic() {
    assert_eq!(span(r"\w+(?=!)", "hi there!"), Some((3, 8)));
    assert_eq!(span(r"(?<=\$)\d+", "cost $42"), Some((6, 8)));
    assert_eq!(span(r"(?<!\$)\b\d+", "$42 17"), Some((4, 6)));
    assert_eq!(span("a(?!b)", "abac"), Some((2, 3)));
    assert_eq!(span("(?>a+)b", "aaab"), Some((0, 4)));
    assert_eq!(span("(?>a+)a", "aaaa"), None);
    assert_eq!(span("a++a", "aaaa"), None);
    assert_eq!(find("(?=(a+))a", "aaa", 0).map(|g| g[1]), Some(Some((0, 3))));
}

#[test]
fn ignorecase() {
    assert_eq!(find("straße", "STRASSE straßE", 2).map(|g| g[0]), Some(Some((8, 14))));
    assert_eq!(find("[a-z]+", "ſK", 2).map(|g| g[0]), Some(Some((0, 2))));
    assert_eq!(find("(?i)σ", "ς", 0).map(|g| g[0]), Some(Some((0, 1))));
}

#[test]
fn errors() {
    assert_eq!(err("*"), ("nothing to repeat".into(), Some(0)));
    assert_eq!(err("(a"), ("missing ), unterminated subpattern".into(), Some(0)));
    assert_eq!(err("a)"), ("unbalanced parenthesis".into(), Some(1)));
    assert_eq!(err(r"\q"), (r"bad escape \q".into(), Some(0)));
    assert_eq!(err("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(err("[b-a]"), ("bad character range b-a".into(), Some(1)));
    assert_eq!(err(r"(a)\2"), ("invalid group reference 2".into(), Some(4)));
    assert_eq!(err("(?<=a*)"), ("look-behind requires fixed-width pattern".into(), None));
    assert_eq!(err("a(?i)b"), ("global flags not at the start of the expression".into(), Some(1)));
    assert_eq!(err("(?P<a>x)(?P<a>y)"), ("redefinition of group name 'a' as group 2; was group 1".into(), Some(12)));
}

#[test]
fn catastrophic_patterns_do_not_overflow() {
    let s = "a".repeat(30) + "b";
    assert_eq!(span("(a|aa)*c", &s), None);
    let long = "ab".repeat(200_000);
    assert_eq!(span("(?:a|b)*$", &long), Some((0, long.len())));
    assert_eq!(span("(?:(a)|b)*?$", &long), Some((0, long.len())));
    let deep = "(".repeat(1000) + &")".repeat(1000);
    assert!(compile(&cps(&deep), 0, true).is_err());
}

/// Random patterns from a small alphabet never panic or hang the parser.
#[test]
fn fuzz_parser() {
    let alphabet: Vec<char> = r"()[]{}?*+|\^$.-,:=!<>PgaAbBdDwWsSz0129xu#i-".chars().collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20_000 {
        let mut p = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 12) as usize;
        for i in 0..len {
            let r = seed.rotate_left(i as u32 * 5) as usize;
            p.push(alphabet[r % alphabet.len()]);
        }
        if let Ok(pr) = compile(&cps(&p), 0, true) {
            let subject = cps("aab-12 xyz");
            let _ = exec::search(&pr, &subject[..], 0, subject.len(), Mode::Search, false);
        }
    }
}
