//! Error goldens: for every `tests/golden/syntax/NAME.py`, rendering our
//! SyntaxError must give exactly CPython's stderr (`NAME.err`).

use std::path::Path;

#[test]
fn syntax_error_goldens() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden/syntax");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for py in &cases {
        let name = py.file_name().unwrap().to_string_lossy().into_owned();
        let src = String::from_utf8_lossy(&std::fs::read(py).unwrap()).into_owned();
        let expected = std::fs::read_to_string(py.with_extension("err")).unwrap();
        // The golden runner shows the script's temporary directory as `<tmp>`.
        let shown = format!("<tmp>/{name}");
        let got = match ouro_syntax::parse_module(&src, &shown) {
            Ok(_) => "<parsed without error>\n".to_string(),
            Err(e) => e.render(),
        };
        if got != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} goldens differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
