//! Tab completion, as CPython's `rlcompleter` does it: keywords, builtins
//! and `__main__`'s globals for a bare name; attributes after a dot, when
//! the text before the dot is a plain dotted name (it is looked up, never
//! evaluated as an expression). Callables complete with `(`. Tab in the
//! indentation of a line inserts four spaces.
//!
//! Only the VM's public API is used: `main_globals`, `dict_items`,
//! `dict_get_str`, `get_attr`, `type_of`, `collect_iter`, `str_text`.

use std::collections::BTreeSet;

use ouro_vm::object::ObjRef;
use ouro_vm::{PyErr, Vm};

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Where the completed text starts in `line`, and the candidates for it.
pub fn complete(vm: &mut Vm, line: &str, pos: usize) -> (usize, Vec<String>) {
    let before = &line[..pos];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if before[line_start..].chars().all(|c| c == ' ' || c == '\t') {
        return (pos, vec!["    ".to_string()]);
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(pos, |(i, _)| i);
    let text = &before[start..];
    if text.is_empty() || text.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return (pos, Vec::new());
    }
    let candidates = match text.rsplit_once('.') {
        Some((base, prefix)) => attribute_matches(vm, base, prefix),
        None => global_matches(vm, text),
    };
    (start, candidates)
}

/// Keywords, globals and builtins starting with `text`.
fn global_matches(vm: &mut Vm, text: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for kw in KEYWORDS.iter().filter(|k| k.starts_with(text)) {
        seen.insert(kw.to_string());
        out.push(match *kw {
            "finally" | "try" => format!("{kw}:"),
            "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => kw.to_string(),
            _ => format!("{kw} "),
        });
    }
    let globals = vm.main_globals();
    let builtins = vm.builtins;
    for dict in [globals, builtins] {
        for (k, v) in vm.dict_items(dict) {
            let name = vm.str_text(k).to_string();
            if name.starts_with(text) && seen.insert(name.clone()) {
                let suffix = if is_callable(vm, v) { "(" } else { "" };
                out.push(format!("{name}{suffix}"));
            }
        }
    }
    out.sort();
    out
}

/// `base.name` for the attributes `name` of `base` starting with `prefix`
/// (names starting with `_` only when nothing else matches, or when the
/// prefix asks for them).
fn attribute_matches(vm: &mut Vm, base: &str, prefix: &str) -> Vec<String> {
    if base.split('.').any(|part| !is_identifier(part)) {
        return Vec::new();
    }
    let Some(obj) = lookup_dotted(vm, base) else {
        return Vec::new();
    };
    let names = attribute_names(vm, obj);
    let mut hidden = match prefix {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    };
    let mut out = Vec::new();
    loop {
        for name in names.iter().filter(|n| n.starts_with(prefix)) {
            if hidden.is_some_and(|h| name.starts_with(h)) {
                continue;
            }
            let suffix = if attribute_is_callable(vm, obj, name) { "(" } else { "" };
            out.push(format!("{base}.{name}{suffix}"));
        }
        hidden = match hidden {
            Some("_") if out.is_empty() => Some("__"),
            Some(_) if out.is_empty() => None,
            _ => break,
        };
    }
    vm.decref(obj);
    out.sort();
    out
}

/// The object a dotted name refers to in `__main__` (owned), if any.
fn lookup_dotted(vm: &mut Vm, dotted: &str) -> Option<ObjRef> {
    let mut parts = dotted.split('.');
    let first = parts.next()?;
    let globals = vm.main_globals();
    let builtins = vm.builtins;
    let mut obj = match vm.dict_get_str(globals, first) {
        Ok(Some(v)) => v,
        _ => vm.dict_get_str(builtins, first).ok().flatten()?,
    };
    for part in parts {
        let next = get_attr(vm, obj, part);
        vm.decref(obj);
        obj = next?;
    }
    Some(obj)
}

/// `dir(obj)`-like: the keys of its `__dict__`, and of the `__dict__` of
/// every class in its type's MRO (its own MRO for a class).
fn attribute_names(vm: &mut Vm, obj: ObjRef) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    add_dict_keys(vm, obj, &mut names);
    let cls = if vm.is_type(obj) { obj } else { vm.type_of(obj) };
    if let Some(mro) = get_attr(vm, cls, "__mro__") {
        if let Ok(classes) = vm.collect_iter(mro) {
            for c in classes {
                add_dict_keys(vm, c, &mut names);
                vm.decref(c);
            }
        }
        vm.decref(mro);
    }
    names.insert("__class__".to_string());
    names.remove("__builtins__");
    names
}

fn add_dict_keys(vm: &mut Vm, obj: ObjRef, names: &mut BTreeSet<String>) {
    if let Some(d) = get_attr(vm, obj, "__dict__") {
        for (k, _) in vm.dict_items(d) {
            names.insert(vm.str_text(k).to_string());
        }
        vm.decref(d);
    }
}

/// Whether `obj.name` is callable, without running a property's getter.
fn attribute_is_callable(vm: &mut Vm, obj: ObjRef, name: &str) -> bool {
    let cls = vm.type_of(obj);
    if let Some(class_attr) = get_attr(vm, cls, name) {
        let is_property = &*vm.type_name(class_attr) == "property";
        vm.decref(class_attr);
        if is_property {
            return false;
        }
    }
    match get_attr(vm, obj, name) {
        Some(v) => {
            let callable = is_callable(vm, v);
            vm.decref(v);
            callable
        }
        None => false,
    }
}

/// `callable(v)`, through the builtin.
fn is_callable(vm: &mut Vm, v: ObjRef) -> bool {
    let builtins = vm.builtins;
    let Ok(Some(callable)) = vm.dict_get_str(builtins, "callable") else {
        return false;
    };
    let result = vm.call(callable, &[v]);
    vm.decref(callable);
    match result {
        Ok(r) => {
            let yes = vm.is_true(r).unwrap_or(false);
            vm.decref(r);
            yes
        }
        Err(e) => discard(vm, e),
    }
}

/// `getattr(obj, name)` (owned), or None on any exception.
fn get_attr(vm: &mut Vm, obj: ObjRef, name: &str) -> Option<ObjRef> {
    let key = vm.intern(name);
    let r = vm.get_attr(obj, key);
    vm.decref(key);
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            discard(vm, e);
            None
        }
    }
}

fn discard(vm: &mut Vm, e: PyErr) -> bool {
    vm.decref(e.0);
    false
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(vm: &mut Vm, src: &str) {
        assert_eq!(vm.run_interactive(src, "<stdin>"), ouro_vm::repl_api::EntryOutcome::Done);
    }

    #[test]
    fn names_attributes_and_indentation() {
        let mut vm = Vm::new(vec![String::new()]);
        run(&mut vm, "import gc\n");
        run(&mut vm, "counter = 1\n");
        run(&mut vm, "def compute(): pass\n");
        assert_eq!(complete(&mut vm, "gc.co", 5), (0, vec!["gc.collect(".to_string()]));
        assert_eq!(complete(&mut vm, "x = cou", 7), (4, vec!["counter".to_string()]));
        assert_eq!(complete(&mut vm, "compu", 5), (0, vec!["compute(".to_string()]));
        assert_eq!(complete(&mut vm, "whi", 3).1, vec!["while ".to_string()]);
        assert_eq!(complete(&mut vm, "  ", 2), (2, vec!["    ".to_string()]));
        assert!(complete(&mut vm, "nosuch.x", 8).1.is_empty());
        assert!(complete(&mut vm, "(1).re", 6).1.is_empty());
        let list_methods = complete(&mut vm, "[].ap", 5).1;
        assert!(list_methods.is_empty(), "{list_methods:?}");
        run(&mut vm, "x = [1]\n");
        assert_eq!(complete(&mut vm, "x.ap", 4).1, vec!["x.append(".to_string()]);
        let public = complete(&mut vm, "x.", 2).1;
        assert!(public.contains(&"x.pop(".to_string()) && public.iter().all(|c| !c.starts_with("x._")));
        let dunder = complete(&mut vm, "x.__", 4).1;
        assert!(dunder.contains(&"x.__class__(".to_string()), "{dunder:?}");
        // Completion holds no reference it does not give back.
        vm.finalize();
        assert_eq!(vm.check_heap(), Vec::<String>::new());
    }
}
