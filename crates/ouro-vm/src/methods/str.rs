//! `str` methods. `args.pos[0]` is always the string itself.

use crate::builtins::check_args;
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.str_;
    vm.add_methods(
        t,
        "str",
        &[
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("split", split),
            ("upper", upper),
            ("lower", lower),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("count", count),
            ("format", format),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
        ],
    );
}

/// The receiver's text (owned copy).
fn text(vm: &mut Vm, args: &Args, name: &str) -> PyResult<String> {
    match args.pos.first().map(|&s| vm.get(s)) {
        Some(Obj::Str(s)) => Ok(s.text.to_string()),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to this object"))),
    }
}

/// Positional argument `i` (after the receiver) as text.
fn str_arg(vm: &mut Vm, args: &Args, i: usize, method: &str) -> PyResult<Option<String>> {
    match args.pos.get(i + 1) {
        None => Ok(None),
        Some(&h) => match vm.get(h) {
            Obj::Str(s) => Ok(Some(s.text.to_string())),
            Obj::None => Ok(None),
            _ => {
                let t = vm.type_name(h);
                Err(vm.type_error(format!("{method} arg must be None or str, not {t}").replace("arg must be None or str", if method == "replace" { "argument must be str" } else { "arg must be None or str" })))
            }
        },
    }
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let sep = text(vm, args, "join")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "str.join", 1, 1)?;
    let items = vm.collect_iter(args.pos[1])?;
    let mut out = String::new();
    let mut err = None;
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.get(item) {
            Obj::Str(s) => out.push_str(&s.text),
            _ => {
                let t = vm.type_name(item);
                err = Some(vm.type_error(format!("sequence item {i}: expected str instance, {t} found")));
                break;
            }
        }
    }
    vm.decref_all(items);
    match err {
        Some(e) => Err(e),
        None => Ok(vm.new_str(out)),
    }
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn strip_with(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<ObjRef> {
    let s = text(vm, args, name)?;
    let chars = str_arg(vm, args, 0, name)?;
    let pred = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => is_py_space(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(vm.incref(args.pos[0]));
    }
    Ok(vm.new_str(r.to_string()))
}

fn strip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "rstrip", false, true)
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "split")?;
    let sep = str_arg(vm, args, 0, "split")?;
    let parts: Vec<String> = match sep {
        Some(sep) if sep.is_empty() => return Err(vm.value_error("empty separator")),
        Some(sep) => s.split(sep.as_str()).map(str::to_string).collect(),
        None => s.split(is_py_space).filter(|p| !p.is_empty()).map(str::to_string).collect(),
    };
    let items: Vec<ObjRef> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn upper(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "upper")?;
    Ok(vm.new_str(s.to_uppercase()))
}

fn lower(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "lower")?;
    Ok(vm.new_str(s.to_lowercase()))
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "replace")?;
    check_args(vm, &Args::positional(&args.pos[1..]), "replace", 2, 3)?;
    let old = str_arg(vm, args, 0, "replace")?.unwrap_or_default();
    let new = str_arg(vm, args, 1, "replace")?.unwrap_or_default();
    let count = match args.pos.get(3) {
        Some(&c) => vm.as_index(c).and_then(|c| c.as_i64()).unwrap_or(-1),
        None => -1,
    };
    let r = if count < 0 { s.replace(&old, &new) } else { s.replacen(&old, &new, count as usize) };
    Ok(vm.new_str(r))
}

fn affix(vm: &mut Vm, args: &Args, name: &str, starts: bool) -> PyResult<ObjRef> {
    let s = text(vm, args, name)?;
    check_args(vm, &Args::positional(&args.pos[1..]), name, 1, 3)?;
    let candidates: Vec<ObjRef> = match vm.get(args.pos[1]) {
        Obj::Tuple(t) => t.to_vec(),
        _ => vec![args.pos[1]],
    };
    for c in candidates {
        let p = match vm.get(c) {
            Obj::Str(p) => p.text.to_string(),
            _ => {
                let t = vm.type_name(c);
                return Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {t}")));
            }
        };
        if (starts && s.starts_with(&p)) || (!starts && s.ends_with(&p)) {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix(vm, args, "endswith", false)
}

fn find(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "find")?;
    let sub = str_arg(vm, args, 0, "find")?.unwrap_or_default();
    let r = s.find(&sub).map_or(-1, |b| s[..b].chars().count() as i64);
    Ok(vm.new_int(r))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "count")?;
    let sub = str_arg(vm, args, 0, "count")?.unwrap_or_default();
    let n = if sub.is_empty() { s.chars().count() + 1 } else { s.matches(&sub).count() };
    Ok(vm.new_int(n as i64))
}

fn isdigit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "isdigit")?;
    Ok(vm.new_bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())))
}

fn isalpha(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "isalpha")?;
    Ok(vm.new_bool(!s.is_empty() && s.chars().all(char::is_alphabetic)))
}

/// `str.format` with `{}`, `{0}`, `{name}`, conversions and specs.
fn format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = text(vm, args, "format")?;
    let pos = &args.pos[1..];
    let mut out = String::new();
    let mut auto = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut field = String::new();
                for ch in chars.by_ref() {
                    if ch == '}' {
                        break;
                    }
                    field.push(ch);
                }
                let (name, spec) = field.split_once(':').map_or((field.as_str(), ""), |(a, b)| (a, b));
                let (name, conv) = name.split_once('!').map_or((name, ""), |(a, b)| (a, b));
                let value = if name.is_empty() {
                    auto += 1;
                    pos.get(auto - 1).copied()
                } else if let Ok(i) = name.parse::<usize>() {
                    pos.get(i).copied()
                } else {
                    crate::builtins::kwarg(vm, args, name)
                };
                let Some(v) = value else {
                    return Err(vm.index_error(format!("Replacement index {} out of range for positional args tuple", auto.saturating_sub(1))));
                };
                let conv = match conv {
                    "r" => 2,
                    "s" => 1,
                    "a" => 3,
                    _ => 0,
                };
                let spec_obj = vm.new_str(spec);
                let r = vm.format_value(v, conv, Some(spec_obj));
                vm.decref(spec_obj);
                let r = r?;
                out.push_str(vm.str_text(r));
                vm.decref(r);
            }
            c => out.push(c),
        }
    }
    Ok(vm.new_str(out))
}
