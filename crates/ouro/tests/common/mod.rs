//! Shared machinery of the golden-output suites (`golden.rs`, `lessons.rs`).
//!
//! A golden case is a script `NAME.py` with sidecar files beside it:
//!
//! | file          | meaning                                                        |
//! |---------------|----------------------------------------------------------------|
//! | `NAME.out`    | expected stdout, exact (required)                              |
//! | `NAME.err`    | expected stderr; absent = stderr must be empty                 |
//! | `NAME.status` | expected exit status as a number; absent = 0                   |
//! | `NAME.xfail`  | the case is expected to fail; the text is the reason           |
//! | `NAME.mask`   | line prefixes whose digits are masked (see `mask_heap_numbers`), and `<mkstemp>PREFIX` temp names (see `mask_temp_names`) |
//! | `NAME.nostress` | skip this case in the `OURO_GC_STRESS=1` run                 |
//! | `NAME.cpython`  | why CPython's output differs by design (`scripts/check-cpython`) |
//!
//! Each script is copied alone into a fresh temporary directory and run there
//! as `ouro NAME.py`, stdin null, with a timeout. CPython prints the main
//! script's absolute path in tracebacks (`File "/tmp/xyz/NAME.py"`), so the
//! temporary directory's path is replaced by [`TMP_PLACEHOLDER`] in both
//! streams; the only other masking is the elapsed seconds of `gc: done, ...`
//! debug lines (see [`normalise`]).
//!
//! `scripts/_golden.py` implements the same rules for `scripts/bless` and
//! `scripts/check-cpython`; keep the two in step.
//!
//! Environment knobs:
//! - `OURO_GOLDEN_FILTER=a,b`: only run cases whose relative path contains one of the substrings.
//! - `OURO_GOLDEN_TIMEOUT=SECS`: per-script timeout (default 20, or 60 in stress mode).
//! - `OURO_GOLDEN_JOBS=N`: parallel children (default: available CPUs).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// What the temporary directory's absolute path is replaced with.
pub const TMP_PLACEHOLDER: &str = "<tmp>";

/// The `ouro` binary cargo built for this test run.
pub fn ouro_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_ouro"))
}

/// The workspace root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().and_then(Path::parent).map(Path::to_path_buf).unwrap_or(here)
}

/// Path of `p` relative to the repository root, with `/` separators.
pub fn rel(p: &Path) -> String {
    let root = repo_root();
    let r = p.strip_prefix(&root).unwrap_or(p);
    r.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

/// Every `*.py` under `dir` (recursively), sorted.
pub fn discover(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

/// `OURO_GOLDEN_FILTER`: comma-separated substrings of the relative path.
pub fn apply_filter(scripts: Vec<PathBuf>) -> Vec<PathBuf> {
    let Ok(f) = std::env::var("OURO_GOLDEN_FILTER") else { return scripts };
    let pats: Vec<&str> = f.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if pats.is_empty() {
        return scripts;
    }
    scripts.into_iter().filter(|p| pats.iter().any(|pat| rel(p).contains(pat))).collect()
}

#[derive(Debug, Clone)]
pub struct Case {
    pub script: PathBuf,
    pub rel: String,
    pub source: String,
    /// `None` when `NAME.out` is missing (a failure of its own).
    pub stdout: Option<String>,
    pub stderr: String,
    pub status: i32,
    pub xfail: Option<String>,
    pub nostress: bool,
    /// `NAME.mask`: line prefixes whose digits are Ouro's own heap numbers
    /// (see `mask_heap_numbers`).
    pub mask: Vec<String>,
    /// Problems with the sidecar files themselves.
    pub problems: Vec<String>,
}

fn sidecar(script: &Path, ext: &str) -> PathBuf {
    script.with_extension(ext)
}

fn read_opt(p: &Path) -> Option<String> {
    std::fs::read(p).ok().map(|b| String::from_utf8_lossy(&b).into_owned())
}

pub fn load_case(script: &Path) -> Case {
    let mut problems = Vec::new();
    let source = read_opt(script).unwrap_or_default();
    let stdout = read_opt(&sidecar(script, "out"));
    if stdout.is_none() {
        problems.push(format!("missing {} (run scripts/bless on it)", rel(&sidecar(script, "out"))));
    }
    let stderr = read_opt(&sidecar(script, "err")).unwrap_or_default();
    let status = match read_opt(&sidecar(script, "status")) {
        None => 0,
        Some(s) => s.trim().parse().unwrap_or_else(|_| {
            problems.push(format!("{}: not a number: {:?}", rel(&sidecar(script, "status")), s.trim()));
            0
        }),
    };
    let xfail = read_opt(&sidecar(script, "xfail")).map(|s| {
        let s = s.trim().to_string();
        if s.is_empty() {
            "(no reason given)".to_string()
        } else {
            s
        }
    });
    Case {
        rel: rel(script),
        script: script.to_path_buf(),
        source,
        stdout,
        stderr,
        status,
        xfail,
        nostress: sidecar(script, "nostress").exists(),
        mask: read_opt(&sidecar(script, "mask")).map(|m| m.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()).unwrap_or_default(),
        problems,
    }
}

/// Whether the stress run should skip this case: a `.nostress` marker, or a
/// source that reads the collector's own counters (they legitimately change
/// when a collection runs at every allocation).
pub fn stress_excluded(case: &Case) -> bool {
    case.nostress
        || ["get_count", "get_stats", "DEBUG_STATS", "get_objects"].iter().any(|w| case.source.contains(w))
}

/// Result of one run.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// Exit status; `None` when killed by a signal or timed out.
    pub status: Option<i32>,
    pub timed_out: bool,
    pub signal: Option<i32>,
    pub elapsed: Duration,
    /// The harness itself failed (could not create the directory, spawn, ...).
    pub harness_error: Option<String>,
}

static TMP_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh, empty directory (canonical path); removed by the caller.
pub fn fresh_dir(tag: &str) -> std::io::Result<PathBuf> {
    let base = std::env::temp_dir();
    loop {
        let n = TMP_COUNTER.fetch_add(1, Ordering::SeqCst);
        let d = base.join(format!("ouro-{tag}-{}-{n}", std::process::id()));
        match std::fs::create_dir(&d) {
            Ok(()) => return d.canonicalize(),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// A process-wide bound on concurrently running children, shared by every
/// suite in the test binary (the suites themselves run in parallel).
struct Slots {
    free: Mutex<usize>,
    cv: Condvar,
}

fn slots() -> &'static Slots {
    static S: OnceLock<Slots> = OnceLock::new();
    S.get_or_init(|| Slots { free: Mutex::new(jobs()), cv: Condvar::new() })
}

pub fn jobs() -> usize {
    std::env::var("OURO_GOLDEN_JOBS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2))
}

struct Permit;
impl Permit {
    fn acquire() -> Permit {
        let s = slots();
        let mut free = s.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            free = s.cv.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= 1;
        Permit
    }
}
impl Drop for Permit {
    fn drop(&mut self) {
        let s = slots();
        *s.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        s.cv.notify_one();
    }
}

/// Copy `script` alone into a fresh directory and run `program NAME.py`
/// there with `env` applied (a `None` value removes the variable).
pub fn run_script(program: &Path, script: &Path, env: &[(&str, Option<&str>)], timeout: Duration) -> Outcome {
    let fail = |msg: String| Outcome {
        stdout: String::new(),
        stderr: String::new(),
        status: None,
        timed_out: false,
        signal: None,
        elapsed: Duration::ZERO,
        harness_error: Some(msg),
    };
    let dir = match fresh_dir("golden") {
        Ok(d) => d,
        Err(e) => return fail(format!("cannot create a temporary directory: {e}")),
    };
    let name = script.file_name().expect("script has a file name").to_owned();
    if let Err(e) = std::fs::copy(script, dir.join(&name)) {
        let _ = std::fs::remove_dir_all(&dir);
        return fail(format!("cannot copy {}: {e}", script.display()));
    }
    let _permit = Permit::acquire();
    let mut cmd = Command::new(program);
    #[cfg(unix)]
    {
        // Its own process group, so a timeout kills everything it started.
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    cmd.arg(&name).current_dir(&dir).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    // Every script ends with the heap check: an inconsistent reference
    // count is reported on stderr and so fails the comparison.
    cmd.env("OURO_HEAP_CHECK", "1");
    for (k, v) in env {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&dir);
            return fail(format!("cannot run {}: {e}", program.display()));
        }
    };
    let out_rx = drain(child.stdout.take().expect("piped stdout"));
    let err_rx = drain(child.stderr.take().expect("piped stderr"));
    let mut timed_out = false;
    let exit = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) => {}
            Err(_) => break None,
        }
        if start.elapsed() >= timeout {
            timed_out = true;
            kill_tree(&mut child);
            break child.wait().ok();
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    // A grandchild may still hold the pipes open: do not wait for ever.
    let stdout_b = out_rx.recv_timeout(Duration::from_secs(2)).unwrap_or_default();
    let stderr_b = err_rx.recv_timeout(Duration::from_secs(2)).unwrap_or_default();
    let dir_s = dir.to_string_lossy().into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    let (status, signal) = match exit {
        Some(st) => (if timed_out { None } else { st.code() }, exit_signal(&st)),
        None => (None, None),
    };
    Outcome {
        stdout: mask_dir(&String::from_utf8_lossy(&stdout_b), &dir_s),
        stderr: mask_dir(&String::from_utf8_lossy(&stderr_b), &dir_s),
        status,
        timed_out,
        signal,
        elapsed,
        harness_error: None,
    }
}

/// Read a pipe to the end on a thread; the bytes arrive on the channel.
fn drain<R: Read + Send + 'static>(mut pipe: R) -> std::sync::mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = pipe.read_to_end(&mut b);
        let _ = tx.send(b);
    });
    rx
}

/// Kill the child and, on Unix, its whole process group (std has no
/// killpg, so ask kill(1); the direct kill below is the fallback).
fn kill_tree(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
}

#[cfg(unix)]
fn exit_signal(st: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    st.signal()
}
#[cfg(not(unix))]
fn exit_signal(_: &std::process::ExitStatus) -> Option<i32> {
    None
}

fn mask_dir(text: &str, dir: &str) -> String {
    if dir.is_empty() {
        text.to_string()
    } else {
        text.replace(dir, TMP_PLACEHOLDER)
    }
}

/// The comparison's only masking: `gc: done, ..., 0.0009s elapsed` becomes
/// `gc: done, ..., X.XXXXs elapsed`.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if body.starts_with("gc: done, ") && body.ends_with("s elapsed") {
            if let Some((head, _)) = body.rsplit_once(", ") {
                out.push_str(head);
                out.push_str(", X.XXXXs elapsed");
                out.push_str(nl);
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

/// For a case with a `NAME.mask` file: in every line that starts with one
/// of its prefixes (the prefix `<number>` stands for lines that are only a
/// number), each run of digits becomes `N`. Used where the lessons README
/// says a value is the implementation's own (ids, generation sizes,
/// start-up counts) so the rest of the line is still compared exactly.
pub fn mask_heap_numbers(text: &str, prefixes: &[String]) -> String {
    if prefixes.is_empty() {
        return text.to_string();
    }
    let prefixes: Vec<&str> = prefixes.iter().map(String::as_str).filter(|p| !p.starts_with(MKSTEMP_DIRECTIVE)).collect();
    let masked = |line: &str| {
        let number_line = !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit());
        prefixes.iter().any(|&p| if p == "<number>" { number_line } else { line.starts_with(p) })
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if masked(line.trim_end_matches('\n')) {
            let mut in_digits = false;
            for c in line.chars() {
                if c.is_ascii_digit() {
                    if !in_digits {
                        out.push('N');
                    }
                    in_digits = true;
                } else {
                    out.push(c);
                    in_digits = false;
                }
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The `NAME.mask` directive for random temporary file names.
pub const MKSTEMP_DIRECTIVE: &str = "<mkstemp>";

/// For each `NAME.mask` line `<mkstemp>PREFIX`: after every occurrence of
/// PREFIX, the 8 random characters `tempfile.mkstemp` adds (from
/// `a-z0-9_`) become `XXXXXXXX`, so `/tmp/objgraph-ubi8_6e0.dot` compares
/// equal to any other such name.
pub fn mask_temp_names(text: &str, mask: &[String]) -> String {
    let mut out = text.to_string();
    for prefix in mask.iter().filter_map(|m| m.strip_prefix(MKSTEMP_DIRECTIVE)).filter(|p| !p.is_empty()) {
        let mut masked = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(i) = rest.find(prefix) {
            let after = i + prefix.len();
            masked.push_str(&rest[..after]);
            let random = rest[after..].bytes().take(8).take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_').count();
            if random == 8 {
                masked.push_str("XXXXXXXX");
                rest = &rest[after + 8..];
            } else {
                rest = &rest[after..];
            }
        }
        masked.push_str(rest);
        out = masked;
    }
    out
}

/// A short unified-style diff: the first differing region with two lines
/// of context, each side cut at `MAX` lines.
pub fn short_diff(expected: &str, actual: &str) -> String {
    const CONTEXT: usize = 2;
    const MAX: usize = 12;
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut pre = 0;
    while pre < e.len() && pre < a.len() && e[pre] == a[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < e.len() - pre && suf < a.len() - pre && e[e.len() - 1 - suf] == a[a.len() - 1 - suf] {
        suf += 1;
    }
    let show = |l: &str| -> String {
        match l.strip_suffix('\n') {
            Some(b) => b.to_string(),
            None => format!("{l}\n      \\ No newline at end of file"),
        }
    };
    let mut s = String::new();
    let ctx_start = pre.saturating_sub(CONTEXT);
    let _ = writeln!(s, "      @@ -{},{} +{},{} @@", pre + 1, e.len() - pre - suf, pre + 1, a.len() - pre - suf);
    for l in &e[ctx_start..pre] {
        let _ = writeln!(s, "       {}", show(l));
    }
    let removed = &e[pre..e.len() - suf];
    let added = &a[pre..a.len() - suf];
    for l in removed.iter().take(MAX) {
        let _ = writeln!(s, "      -{}", show(l));
    }
    if removed.len() > MAX {
        let _ = writeln!(s, "      - ... ({} more expected lines)", removed.len() - MAX);
    }
    for l in added.iter().take(MAX) {
        let _ = writeln!(s, "      +{}", show(l));
    }
    if added.len() > MAX {
        let _ = writeln!(s, "      + ... ({} more actual lines)", added.len() - MAX);
    }
    let tail = e.len() - suf;
    for l in e[tail..].iter().take(CONTEXT) {
        let _ = writeln!(s, "       {}", show(l));
    }
    s
}

/// Compare an outcome with a case's expectations; `Err` holds the report.
pub fn check(case: &Case, out: &Outcome) -> Result<(), String> {
    let mut report = String::new();
    for p in &case.problems {
        let _ = writeln!(report, "    {p}");
    }
    if let Some(e) = &out.harness_error {
        let _ = writeln!(report, "    harness error: {e}");
        return Err(report);
    }
    if out.timed_out {
        let _ = writeln!(report, "    TIMEOUT after {:.1}s (killed)", out.elapsed.as_secs_f64());
    }
    if !out.timed_out && out.status != Some(case.status) {
        match (out.status, out.signal) {
            (_, Some(sig)) => {
                let _ = writeln!(report, "    exit status: expected {}, got killed by signal {sig}", case.status);
            }
            (Some(st), _) => {
                let _ = writeln!(report, "    exit status: expected {}, got {st}", case.status);
            }
            (None, None) => {
                let _ = writeln!(report, "    exit status: expected {}, got none", case.status);
            }
        }
    }
    let normalise = |t: &str| mask_temp_names(&mask_heap_numbers(&normalise(t), &case.mask), &case.mask);
    if let Some(exp) = &case.stdout {
        let (e, a) = (normalise(exp), normalise(&out.stdout));
        if e != a {
            let _ = writeln!(report, "    stdout differs (- expected, + actual):");
            report.push_str(&short_diff(&e, &a));
        }
    }
    let (e, a) = (normalise(&case.stderr), normalise(&out.stderr));
    if e != a {
        let _ = writeln!(report, "    stderr differs (- expected, + actual):");
        report.push_str(&short_diff(&e, &a));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// How a suite run ended.
#[derive(Debug, Default)]
pub struct Summary {
    pub name: String,
    pub passed: usize,
    pub failed: usize,
    pub xfail: usize,
    pub xpass: usize,
    pub skipped: usize,
    pub report: String,
}

impl Summary {
    pub fn line(&self) -> String {
        let mut s = format!("{}: {} passed, {} failed", self.name, self.passed, self.failed + self.xpass);
        if self.xpass > 0 {
            let _ = write!(s, " ({} of them xfail cases that passed)", self.xpass);
        }
        let _ = write!(s, ", {} xfail", self.xfail);
        if self.skipped > 0 {
            let _ = write!(s, ", {} skipped", self.skipped);
        }
        s
    }

    /// Print the report and the summary (the summary also straight to the
    /// real stderr, so it shows even when cargo captures test output), then
    /// panic if anything failed.
    pub fn finish(self) {
        let line = self.line();
        if !self.report.is_empty() {
            println!("{}", self.report);
        }
        println!("{line}");
        let _ = writeln!(std::io::stderr(), "{line}");
        if self.failed + self.xpass > 0 {
            panic!("{line}");
        }
    }
}

pub struct SuiteOptions<'a> {
    pub name: &'a str,
    pub env: Vec<(&'a str, Option<&'a str>)>,
    pub timeout: Duration,
    /// Cases this predicate rejects are counted as skipped.
    pub skip: &'a (dyn Fn(&Case) -> bool + Sync),
    /// Stress-style suites do not run xfail cases at all.
    pub skip_xfail: bool,
}

pub fn default_timeout(secs: u64) -> Duration {
    Duration::from_secs_f64(
        std::env::var("OURO_GOLDEN_TIMEOUT").ok().and_then(|s| s.parse().ok()).unwrap_or(secs as f64),
    )
}

/// Run every script (in parallel, bounded) and collect the results.
pub fn run_suite(scripts: &[PathBuf], opts: &SuiteOptions) -> Summary {
    let program = ouro_bin();
    let cases: Vec<Case> = scripts.iter().map(|s| load_case(s)).collect();
    let next = AtomicUsize::new(0);
    let results: Mutex<BTreeMap<usize, Verdict>> = Mutex::new(BTreeMap::new());
    let workers = jobs().min(cases.len()).max(1);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                let verdict = if (opts.skip)(case) || (opts.skip_xfail && case.xfail.is_some()) {
                    Verdict::Skipped
                } else {
                    let out = run_script(&program, &case.script, &opts.env, opts.timeout);
                    match (check(case, &out), &case.xfail) {
                        (Ok(()), None) => Verdict::Pass,
                        (Err(r), None) => Verdict::Fail(r),
                        (Err(_), Some(_)) => Verdict::XFail,
                        (Ok(()), Some(reason)) => Verdict::XPass(reason.clone()),
                    }
                };
                results.lock().unwrap_or_else(|e| e.into_inner()).insert(i, verdict);
            });
        }
    });
    let mut sum = Summary { name: opts.name.to_string(), ..Default::default() };
    for (i, v) in results.into_inner().unwrap_or_else(|e| e.into_inner()) {
        let case = &cases[i];
        match v {
            Verdict::Pass => sum.passed += 1,
            Verdict::Skipped => sum.skipped += 1,
            Verdict::XFail => sum.xfail += 1,
            Verdict::Fail(r) => {
                sum.failed += 1;
                let _ = write!(sum.report, "FAIL {}\n{r}\n", case.rel);
            }
            Verdict::XPass(reason) => {
                sum.xpass += 1;
                let _ = write!(
                    sum.report,
                    "XPASS {}\n    passed but is marked xfail ({reason}); delete {}\n\n",
                    case.rel,
                    rel(&sidecar(&case.script, "xfail"))
                );
            }
        }
    }
    sum
}

enum Verdict {
    Pass,
    Fail(String),
    XFail,
    XPass(String),
    Skipped,
}
