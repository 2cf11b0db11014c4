//! Private name mangling (`__x` inside `class C` becomes `_C__x`).

/// The name `ident` refers to inside a class named `private` (if any).
pub fn mangle(private: Option<&str>, ident: &str) -> String {
    let Some(class) = private else {
        return ident.to_string();
    };
    if !ident.starts_with("__") || ident.ends_with("__") || ident.contains('.') {
        return ident.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return ident.to_string();
    }
    format!("_{stripped}{ident}")
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn mangles_like_cpython() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "__"), "__");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(None, "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
    }
}
