fn main() {
    // The grammar lives at the workspace root (grammar/python.lalrpop).
    println!("cargo:rerun-if-changed=../../grammar/python.lalrpop");
}
