//! Parse files and print the AST (`-v`) or CPython's rendering of the error.
//! Usage: cargo run -p ouro-syntax --example parse -- [-v] FILE...

fn main() {
    let mut verbose = false;
    for arg in std::env::args().skip(1) {
        if arg == "-v" {
            verbose = true;
            continue;
        }
        let src = match std::fs::read(&arg) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("{arg}: {e}");
                continue;
            }
        };
        match ouro_syntax::parse_module(&src, &arg) {
            Ok(m) if verbose => println!("{m:#?}"),
            Ok(_) => println!("{arg}: OK"),
            Err(e) => print!("{}", e.render()),
        }
    }
}
