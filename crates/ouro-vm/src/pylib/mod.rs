//! Standard-library modules written in Python and embedded in the binary,
//! compiled on first import like any other module.

/// The source of the embedded module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    match name {
        _ => None,
    }
}
