//! Temporary files named as Python's `tempfile.mkstemp` names them:
//! `DIR/PREFIX` + 8 random characters from `a-z0-9_` + `SUFFIX`, created
//! exclusively (mode 0600) in the first usable directory of those given
//! (the caller lists them as `tempfile.gettempdir` would).

use std::io;
use std::path::{Path, PathBuf};

const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_";
/// How many names are tried before giving up (CPython's `TMP_MAX`).
const ATTEMPTS: usize = 10_000;

/// A source of random name characters: /dev/urandom, or a generator
/// seeded from the clock and the process id when that cannot be read.
struct Randomness {
    state: u64,
}

impl Randomness {
    fn new() -> Randomness {
        use std::io::Read;
        let mut seed = [0u8; 8];
        let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut seed));
        let state = match read {
            Ok(()) => u64::from_le_bytes(seed),
            Err(_) => {
                let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
                t.as_nanos() as u64 ^ u64::from(std::process::id()) << 32
            }
        };
        Randomness { state }
    }

    /// splitmix64.
    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn name(&mut self) -> String {
        (0..8).map(|_| char::from(CHARS[(self.next() % CHARS.len() as u64) as usize])).collect()
    }
}

fn create_new(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path).map(drop)
}

/// Create a new empty file `DIR/PREFIXxxxxxxxxSUFFIX` in the first of
/// `dirs` where that works, and return its path.
pub fn mkstemp(prefix: &str, suffix: &str, dirs: &[PathBuf]) -> io::Result<PathBuf> {
    let mut rng = Randomness::new();
    let mut last = io::Error::new(io::ErrorKind::NotFound, "No usable temporary directory found");
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        for _ in 0..ATTEMPTS {
            let path = dir.join(format!("{prefix}{}{suffix}", rng.name()));
            match create_new(&path) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
                Err(e) => {
                    last = e;
                    break;
                }
            }
        }
    }
    Err(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_look_like_cpython_ones() {
        let p = mkstemp("objgraph-", ".dot", &[std::env::temp_dir()]).expect("a temp file");
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let _ = std::fs::remove_file(&p);
        let middle = &name["objgraph-".len()..name.len() - ".dot".len()];
        assert!(name.starts_with("objgraph-") && name.ends_with(".dot"));
        assert!(middle.len() == 8 && middle.bytes().all(|b| CHARS.contains(&b)));
    }
}
