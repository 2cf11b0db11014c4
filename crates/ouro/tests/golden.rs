//! The golden suite: every `tests/golden/**/NAME.py` is run by the `ouro`
//! binary and its stdout, stderr and exit status are compared with the
//! sidecar files (see `tests/README.md` and `common/mod.rs`).
//!
//!     cargo test -p ouro --test golden                      # both suites
//!     OURO_GOLDEN_FILTER=errors/,lists/ cargo test -p ouro --test golden
//!     cargo test -p ouro --test golden -- --nocapture       # full report even on success

mod common;

use common::*;

fn golden_scripts() -> Vec<std::path::PathBuf> {
    apply_filter(discover(&repo_root().join("tests/golden")))
}

/// Normal mode: every golden script, xfail markers honoured.
#[test]
fn golden() {
    let opts = SuiteOptions {
        name: "golden",
        env: vec![("OURO_GC_STRESS", None)],
        timeout: default_timeout(20),
        skip: &|_| false,
        skip_xfail: false,
    };
    run_suite(&golden_scripts(), &opts).finish();
}

/// Stress mode: `OURO_GC_STRESS=1` makes the VM collect at every tracked
/// allocation; the output must not change. Cases that read the collector's
/// own counters (or carry a `NAME.nostress` marker) and xfail cases are
/// skipped.
#[test]
fn golden_gc_stress() {
    let opts = SuiteOptions {
        name: "golden (OURO_GC_STRESS=1)",
        env: vec![("OURO_GC_STRESS", Some("1"))],
        timeout: default_timeout(60),
        skip: &stress_excluded,
        skip_xfail: true,
    };
    run_suite(&golden_scripts(), &opts).finish();
}

/// The third collector mode: automatic collection disabled, so cyclic
/// garbage is only freed by the collections at exit. Programs that do not
/// look at the `gc` module must print the same (same exclusions as the
/// stress run).
#[test]
fn golden_gc_disabled() {
    let opts = SuiteOptions {
        name: "golden (OURO_GC_DISABLED=1)",
        env: vec![("OURO_GC_DISABLED", Some("1"))],
        timeout: default_timeout(60),
        skip: &stress_excluded,
        skip_xfail: true,
    };
    run_suite(&golden_scripts(), &opts).finish();
}
