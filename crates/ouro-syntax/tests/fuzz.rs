//! Token-soup robustness: random inputs must give Ok or a SyntaxError,
//! never a panic, a hang or a stack overflow.

use ouro_syntax::parse_module;

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "x", "y", "f", "1", "0x1f", "1.5", "2j", "'s'", "b'b'", "f'{x}'", "f'{'", "'''", "\"", "(", ")", "[", "]", "{",
    "}", ":", ",", ";", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@", "|", "&", "^", "~", "<", ">", "<=",
    ":=", "->", "...", "if", "else", "elif", "for", "in", "not", "and", "or", "is", "lambda", "def", "class",
    "return", "yield", "from", "import", "as", "with", "try", "except", "finally", "while", "del", "pass", "async",
    "await", "global", "raise", "assert", "\n", "\n", "\n    ", "\n\t", "\\\n", "#c", " ", " ", "€", "$", "\\",
    "0777", "1_", "\r\n", "\x0c", "\u{0}",
];

#[test]
fn random_token_soup_never_panics() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for _ in 0..4000 {
        let len = 1 + rng.next() % 40;
        let mut src = String::new();
        for _ in 0..len {
            src.push_str(rng.pick(PIECES));
            if rng.next().is_multiple_of(3) {
                src.push(' ');
            }
        }
        if let Err(e) = parse_module(&src, "fuzz.py") {
            let _ = e.render();
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..2000 {
        let len = rng.next() % 64;
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() % 256) as u8).collect();
        let src = String::from_utf8_lossy(&bytes);
        let _ = parse_module(&src, "fuzz.py").map_err(|e| e.render());
    }
}

#[test]
fn pathological_depth_is_an_error_not_a_crash() {
    let cases = [
        format!("{}1\n", "-".repeat(100_000)),
        format!("{}1\n", "not ".repeat(100_000)),
        format!("x{}\n", "+1".repeat(100_000)),
        format!("x{}\n", ".a".repeat(100_000)),
        format!("x{}\n", "()".repeat(50_000)),
        format!("{}1\n", "lambda: ".repeat(50_000)),
        format!("{}1\n", "1 if 1 else ".repeat(50_000)),
        format!("x = {}1{}\n", "(".repeat(300), ")".repeat(300)),
        format!("x = {}\n", "[".repeat(100_000)),
        format!("if x: pass\n{}", "elif x: pass\n".repeat(20_000)),
        format!("{}pass\n", (0..150).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>()),
        format!("f'{}'\n", "{x:{".repeat(50)),
    ];
    for src in &cases {
        assert!(parse_module(src, "deep.py").is_err(), "{}", &src[..40]);
    }
}
