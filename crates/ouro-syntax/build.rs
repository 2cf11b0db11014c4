//! Generates the parser from the workspace's `grammar/python.lalrpop`.

fn main() {
    let grammar_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar");
    println!("cargo:rerun-if-changed={}", grammar_dir.join("python.lalrpop").display());
    lalrpop::Configuration::new()
        .set_in_dir(&grammar_dir)
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .process()
        .expect("grammar/python.lalrpop must generate a parser");
}
