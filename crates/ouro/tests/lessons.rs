//! The lesson corpus (`tests/lessons/`, a byte-identical copy of
//! `../shared/lessons/`): each `NNN_name.py` runs like a golden script
//! (same sidecar files, see `tests/README.md`).
//!
//!     cargo test -p ouro --test lessons

mod common;

use common::*;

/// Every lesson script, compared with its sidecar files.
#[test]
fn lessons() {
    let scripts = apply_filter(discover(&repo_root().join("tests/lessons")));
    let opts = SuiteOptions {
        name: "lessons",
        env: vec![("OURO_GC_STRESS", None)],
        timeout: default_timeout(20),
        skip: &|_| false,
        skip_xfail: false,
    };
    run_suite(&scripts, &opts).finish();
}

/// The lesson scripts must run unchanged: `tests/lessons/*.py` and `*.repl`
/// are the same bytes as `../shared/lessons/` (skipped when that directory is
/// not beside the repository).
#[test]
fn lessons_identical_to_shared() {
    let shared = repo_root().join("../shared/lessons");
    let ours = repo_root().join("tests/lessons");
    if !shared.is_dir() {
        eprintln!("skipped: {} not found", shared.display());
        return;
    }
    let list = |d: &std::path::Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".py") || n.ends_with(".repl"))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    };
    let mut problems = Vec::new();
    let theirs = list(&shared);
    let mine = list(&ours);
    for n in &theirs {
        match (std::fs::read(shared.join(n)), std::fs::read(ours.join(n))) {
            (Ok(a), Ok(b)) if a == b => {}
            (Ok(_), Ok(_)) => problems.push(format!("tests/lessons/{n} differs from ../shared/lessons/{n}")),
            (Ok(_), Err(_)) => problems.push(format!("tests/lessons/{n} is missing (copy it from ../shared/lessons/)")),
            (Err(e), _) => problems.push(format!("cannot read ../shared/lessons/{n}: {e}")),
        }
    }
    for n in mine.iter().filter(|n| !theirs.contains(n)) {
        problems.push(format!("tests/lessons/{n} is not in ../shared/lessons/"));
    }
    assert!(problems.is_empty(), "lesson corpus out of sync:\n  {}", problems.join("\n  "));
}

/// `<mkstemp>PREFIX` in a `.mask` file hides the random part of temporary
/// file names (lessons 07 and 19 print objgraph's `.dot` file name).
#[test]
fn temp_names_are_masked() {
    let mask = vec!["<mkstemp>objgraph-".to_string()];
    let a = mask_temp_names("Graph written to /tmp/objgraph-ubi8_6e0.dot (4 nodes)\n", &mask);
    let b = mask_temp_names("Graph written to /tmp/objgraph-aadivuda.dot (4 nodes)\n", &mask);
    assert_eq!(a, "Graph written to /tmp/objgraph-XXXXXXXX.dot (4 nodes)\n");
    assert_eq!(a, b);
    assert_eq!(mask_temp_names("objgraph-AB.dot objgraph-", &mask), "objgraph-AB.dot objgraph-");
    assert_eq!(mask_heap_numbers("objgraph-12345678\n", &mask), "objgraph-12345678\n");
}
