//! REPL transcript goldens: every `tests/repl/NAME.repl` is a CPython 3.11
//! session as a terminal shows it (`>>> `/`... ` input lines, output lines
//! between), reproduced exactly by Ouro.
//!
//! Each transcript's input lines are fed to `ouro -q -u -i` on a pipe, with
//! stdout and stderr on one pipe. Like `python3 -i` without a terminal, Ouro
//! then writes each prompt to stderr before reading a line and echoes
//! nothing, so the session is rebuilt by putting each input line back after
//! its prompt (the same rules as `scripts/check-repl`, which checks the
//! transcripts against CPython itself). Deterministic: no terminal, no line
//! editing, the REPL's own entry loop and echo rules.
//!
//!     cargo test -p ouro --test repl_transcripts
//!     OURO_REPL_FILTER=errors cargo test -p ouro --test repl_transcripts

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{fresh_dir, ouro_bin, repo_root, short_diff};

const PROMPTS: [&str; 2] = [">>> ", "... "];
const TIMEOUT: Duration = Duration::from_secs(20);

/// The input lines of a transcript, prompts removed (a bare `>>>`/`...` is
/// an empty input line whose trailing space an editor removed).
fn inputs_of(transcript: &str) -> Vec<String> {
    transcript
        .lines()
        .filter_map(|l| match l {
            ">>>" | "..." => Some(String::new()),
            _ if PROMPTS.iter().any(|p| l.starts_with(p)) => Some(l[4..].to_string()),
            _ => None,
        })
        .collect()
}

fn normalise(transcript: &str) -> String {
    transcript
        .split('\n')
        .map(|l| if l == ">>>" || l == "..." { format!("{l} ") } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
}

fn next_prompt(stream: &str, from: usize) -> Option<usize> {
    PROMPTS.iter().filter_map(|p| stream[from..].find(p).map(|i| from + i)).min()
}

/// Rebuild the terminal session from the merged output stream.
fn render(inputs: &[String], stream: &str) -> String {
    let mut out = String::new();
    let mut pos = 0;
    for line in inputs {
        let Some(at) = next_prompt(stream, pos) else {
            out.push_str(&stream[pos..]);
            out.push_str(&format!("<<< no prompt before input {line:?} >>>\n"));
            return out;
        };
        out.push_str(&stream[pos..at]);
        out.push_str(&stream[at..at + 4]);
        out.push_str(line);
        out.push('\n');
        pos = at + 4;
    }
    let Some(at) = next_prompt(stream, pos) else {
        out.push_str(&stream[pos..]);
        return out;
    };
    out.push_str(&stream[pos..at]);
    // The end-of-input prompt and its newline, then the output of an entry
    // that end of input finished, and the prompt after it.
    let tail = &stream[at + 4..];
    let tail = tail.strip_prefix('\n').unwrap_or(tail);
    out.push_str(tail.strip_suffix(">>> \n").unwrap_or(tail));
    out
}

/// Run `ouro -q -u -i` on `input`; stdout and stderr merged.
fn run_session(input: &str, dir: &Path) -> Result<String, String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let writer2 = writer.try_clone().map_err(|e| e.to_string())?;
    let mut child = Command::new(ouro_bin())
        .args(["-q", "-u", "-i"])
        .current_dir(dir)
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        // Reference counts are verified at exit (reported in the stream).
        .env("OURO_HEAP_CHECK", "1")
        .env_remove("OURO_GC_STRESS")
        .stdin(Stdio::piped())
        .stdout(writer)
        .stderr(writer2)
        .spawn()
        .map_err(|e| format!("cannot run ouro: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let input = input.to_string();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let collector = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = reader.read_to_end(&mut out);
        out
    });
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    }
    let _ = feeder.join();
    let out = collector.join().map_err(|_| "collector panicked")?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn transcripts() -> Vec<PathBuf> {
    let dir = repo_root().join("tests/repl");
    let filter = std::env::var("OURO_REPL_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "repl")).collect())
        .unwrap_or_default();
    files.retain(|p| filter.split(',').any(|f| p.to_string_lossy().contains(f)));
    files.sort();
    files
}

#[test]
fn transcripts_match() {
    let files = transcripts();
    assert!(!files.is_empty() || std::env::var("OURO_REPL_FILTER").is_ok(), "no transcripts in tests/repl");
    let dir = fresh_dir("repl").expect("temp dir");
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let expected = normalise(&std::fs::read_to_string(f).unwrap_or_default());
        let inputs = inputs_of(&expected);
        let feed: String = inputs.iter().map(|l| format!("{l}\n")).collect();
        match run_session(&feed, &dir) {
            Ok(stream) => {
                let actual = render(&inputs, &stream);
                if actual != expected {
                    failures.push(format!("  {name}:\n{}", short_diff(&expected, &actual)));
                }
            }
            Err(e) => failures.push(format!("  {name}: {e}")),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!("repl transcripts: {} passed, {} failed", files.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "transcripts that differ:\n{}", failures.join("\n"));
}

#[test]
fn lesson_transcript_is_a_copy() {
    let lesson = std::fs::read(repo_root().join("tests/lessons/24_slicing.repl"));
    let ours = std::fs::read(repo_root().join("tests/repl/24_slicing.repl"));
    assert_eq!(lesson.ok(), ours.ok(), "tests/repl/24_slicing.repl must be the lesson's bytes");
}

#[test]
fn rendering_rebuilds_the_session() {
    let inputs = vec!["for i in 'ab':".to_string(), "    print(i)".to_string(), String::new(), "x".to_string()];
    let stream = ">>> ... ... a\nb\n>>> Traceback...\nNameError\n>>> \n";
    assert_eq!(
        render(&inputs, stream),
        ">>> for i in 'ab':\n...     print(i)\n... \na\nb\n>>> x\nTraceback...\nNameError\n"
    );
    // An entry finished by end of input prints after the last prompt.
    let inputs = vec!["if 1:".to_string(), "  print(5)".to_string()];
    assert_eq!(render(&inputs, ">>> ... ... \n5\n>>> \n"), ">>> if 1:\n...   print(5)\n5\n");
}
