//! `str` methods on top of the CPython-exact algorithms in `crate::text`.
//! `args.pos[0]` is always the string itself. Where CPython returns the
//! receiver unchanged (`strip` with nothing to strip, `replace` with no
//! match, padding to a smaller width, ...) the same object is returned,
//! since identity is observable.

use crate::builtins::args::{clinic, index_i64, lift, noargs, one, parse_tuple, positional, slice_bound, str_or};
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::text::{str_case, str_pad, str_predicates as pred, str_search, str_split, str_strip};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.t.str_;
    vm.add_methods(
        t,
        "str",
        &[
            ("join", join),
            ("split", split),
            ("rsplit", rsplit),
            ("splitlines", splitlines),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("upper", upper),
            ("lower", lower),
            ("title", title),
            ("capitalize", capitalize),
            ("swapcase", swapcase),
            ("casefold", casefold),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("expandtabs", expandtabs),
            ("partition", partition),
            ("rpartition", rpartition),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("islower", islower),
            ("isupper", isupper),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isprintable", isprintable),
            ("isascii", isascii),
            ("encode", encode),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("translate", translate),
            ("format", crate::builtins::str_format::format_method),
            ("format_map", crate::builtins::str_format::format_map_method),
        ],
    );
    let maketrans_fn = vm.make_builtin("maketrans", maketrans, "str");
    let dict = vm.type_obj(t).dict;
    let _ = vm.dict_set_str(dict, "maketrans", maketrans_fn);
}

/// The receiver and a copy of its text.
fn recv(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjRef, String)> {
    match args.pos.first().map(|&s| (s, vm.get(s))) {
        Some((h, Obj::Str(s))) => Ok((h, s.text.to_string())),
        Some((h, _)) => {
            let t = vm.type_name(h);
            Err(vm.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object")))
        }
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// `piece` as a str object: the receiver itself when `piece` is all of it.
fn same_or_new(vm: &mut Vm, s: ObjRef, orig: &str, piece: &str) -> ObjRef {
    if piece.len() == orig.len() {
        vm.incref(s)
    } else {
        vm.new_str(piece)
    }
}

fn str_list(vm: &mut Vm, s: ObjRef, orig: &str, parts: &[&str]) -> ObjRef {
    let items = parts.iter().map(|p| same_or_new(vm, s, orig, p)).collect();
    vm.new_list(items)
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, sep) = recv(vm, args, "join")?;
    let iterable = one(vm, args, "str.join")?;
    let items = match vm.collect_iter(iterable) {
        Ok(items) => items,
        Err(e) if vm.err_is(&e, "TypeError") && !vm.is_iterable(iterable) => {
            vm.decref(e.0);
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let r = join_items(vm, &sep, &items);
    vm.decref_all(items);
    r
}

fn join_items(vm: &mut Vm, sep: &str, items: &[ObjRef]) -> PyResult<ObjRef> {
    if let [only] = items {
        if matches!(vm.get(*only), Obj::Str(_)) {
            return Ok(vm.incref(*only));
        }
    }
    let mut out = String::new();
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match vm.get(item) {
            Obj::Str(s) => out.push_str(&s.text),
            _ => {
                let t = vm.type_name(item);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {t} found")));
            }
        }
    }
    Ok(vm.new_str(out))
}

/// `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let a = clinic(vm, args, &args.pos[1..], name, &["sep", "maxsplit"], 0)?;
    let sep = match a[0] {
        Some(h) if !vm.is_none(h) => Some(str_or(vm, h, |t| format!("must be str or None, not {t}"))?),
        _ => None,
    };
    let maxsplit = match a[1] {
        Some(h) => index_i64(vm, h)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, "split")?;
    let (sep, maxsplit) = split_args(vm, args, "split")?;
    let parts = lift(vm, str_split::split(&text, sep.as_deref(), maxsplit))?;
    Ok(str_list(vm, s, &text, &parts))
}

fn rsplit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let parts = lift(vm, str_split::rsplit(&text, sep.as_deref(), maxsplit))?;
    Ok(str_list(vm, s, &text, &parts))
}

fn splitlines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, "splitlines")?;
    let a = clinic(vm, args, &args.pos[1..], "splitlines", &["keepends"], 0)?;
    let keepends = match a[0] {
        Some(h) => index_i64(vm, h)? != 0,
        None => false,
    };
    let parts = str_split::splitlines(&text, keepends);
    Ok(str_list(vm, s, &text, &parts))
}

fn strip_with(vm: &mut Vm, args: &Args, name: &str, f: for<'a, 'b> fn(&'a str, Option<&'b str>) -> &'a str) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, name)?;
    let rest = positional(vm, args, name, 0, 1)?;
    let chars = match rest.first() {
        Some(&h) if !vm.is_none(h) => Some(str_or(vm, h, |_| format!("{name} arg must be None or str"))?),
        _ => None,
    };
    let r = f(&text, chars.as_deref());
    Ok(same_or_new(vm, s, &text, r))
}

fn strip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "strip", str_strip::strip)
}

fn lstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "lstrip", str_strip::lstrip)
}

fn rstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "rstrip", str_strip::rstrip)
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, "replace")?;
    let rest = positional(vm, args, "replace", 2, 3)?;
    let old = str_or(vm, rest[0], |t| format!("replace() argument 1 must be str, not {t}"))?;
    let new = str_or(vm, rest[1], |t| format!("replace() argument 2 must be str, not {t}"))?;
    let count = match rest.get(2) {
        Some(&c) => index_i64(vm, c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !text.contains(&old)) || (old.is_empty() && new.is_empty()) {
        return Ok(vm.incref(s));
    }
    let r = str_search::replace(&text, &old, &new, count);
    Ok(vm.new_str(r))
}

/// `(sub, start, end)` of the find family.
fn search_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(String, Option<i64>, Option<i64>)> {
    let rest = parse_tuple(vm, args, name, 1, 3)?;
    let sub = str_or(vm, rest[0], |t| format!("must be str, not {t}"))?;
    let start = slice_bound(vm, rest.get(1).copied())?;
    let end = slice_bound(vm, rest.get(2).copied())?;
    Ok((sub, start, end))
}

fn find(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, "find")?;
    let (sub, a, b) = search_args(vm, args, "find")?;
    Ok(vm.new_int(str_search::find(&text, &sub, a, b)))
}

fn rfind(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, "rfind")?;
    let (sub, a, b) = search_args(vm, args, "rfind")?;
    Ok(vm.new_int(str_search::rfind(&text, &sub, a, b)))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, "index")?;
    let (sub, a, b) = search_args(vm, args, "index")?;
    let i = lift(vm, str_search::index(&text, &sub, a, b))?;
    Ok(vm.new_int(i as i64))
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, "rindex")?;
    let (sub, a, b) = search_args(vm, args, "rindex")?;
    let i = lift(vm, str_search::rindex(&text, &sub, a, b))?;
    Ok(vm.new_int(i as i64))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, "count")?;
    let (sub, a, b) = search_args(vm, args, "count")?;
    Ok(vm.new_int(str_search::count(&text, &sub, a, b) as i64))
}

fn affix(vm: &mut Vm, args: &Args, name: &str, test: fn(&str, &str, Option<i64>, Option<i64>) -> bool) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, name)?;
    let rest = parse_tuple(vm, args, name, 1, 3)?;
    let start = slice_bound(vm, rest.get(1).copied())?;
    let end = slice_bound(vm, rest.get(2).copied())?;
    let candidates: Vec<ObjRef> = match vm.get(rest[0]) {
        Obj::Tuple(t) => t.to_vec(),
        _ => {
            let p = str_or(vm, rest[0], |t| format!("{name} first arg must be str or a tuple of str, not {t}"))?;
            return Ok(vm.new_bool(test(&text, &p, start, end)));
        }
    };
    for c in candidates {
        let p = str_or(vm, c, |t| format!("tuple for {name} must only contain str, not {t}"))?;
        if test(&text, &p, start, end) {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix(vm, args, "startswith", str_search::startswith)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix(vm, args, "endswith", str_search::endswith)
}

/// A method taking no arguments that maps the text to new text.
fn mapped(vm: &mut Vm, args: &Args, name: &str, f: fn(&str) -> String) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, name)?;
    noargs(vm, args, &format!("str.{name}"))?;
    Ok(vm.new_str(f(&text)))
}

macro_rules! mapping_methods {
    ($($name:ident => $f:path;)*) => {
        $(fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            mapped(vm, args, stringify!($name), $f)
        })*
    };
}

mapping_methods! {
    upper => str_case::upper;
    lower => str_case::lower;
    title => str_case::title;
    capitalize => str_case::capitalize;
    swapcase => str_case::swapcase;
    casefold => str_case::casefold;
}

/// A method taking no arguments that tests the text.
fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(&str) -> bool) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, name)?;
    noargs(vm, args, &format!("str.{name}"))?;
    Ok(vm.new_bool(f(&text)))
}

macro_rules! predicate_methods {
    ($($name:ident => $f:path;)*) => {
        $(fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            predicate(vm, args, stringify!($name), $f)
        })*
    };
}

predicate_methods! {
    isdigit => pred::isdigit;
    isdecimal => pred::isdecimal;
    isnumeric => pred::isnumeric;
    isalpha => pred::isalpha;
    isalnum => pred::isalnum;
    isspace => pred::isspace;
    islower => pred::islower;
    isupper => pred::isupper;
    istitle => pred::istitle;
    isidentifier => pred::isidentifier;
    isprintable => pred::isprintable;
    isascii => pred::isascii;
}

fn pad(vm: &mut Vm, args: &Args, name: &str, f: fn(&str, i64, char) -> String) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, name)?;
    let rest = positional(vm, args, name, 1, 2)?;
    let width = index_i64(vm, rest[0])?;
    let fill = match rest.get(1) {
        Some(&h) => {
            let f = str_or(vm, h, |t| format!("{name}() argument 2 must be str, not {t}"))?;
            let mut chars = f.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    if width <= crate::text::pystr::char_count(&text) as i64 {
        return Ok(vm.incref(s));
    }
    Ok(vm.new_str(f(&text, width, fill)))
}

fn center(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pad(vm, args, "center", str_pad::center)
}

fn ljust(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pad(vm, args, "ljust", str_pad::ljust)
}

fn rjust(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pad(vm, args, "rjust", str_pad::rjust)
}

fn zfill(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, "zfill")?;
    let w = one(vm, args, "str.zfill")?;
    let width = index_i64(vm, w)?;
    if width <= crate::text::pystr::char_count(&text) as i64 {
        return Ok(vm.incref(s));
    }
    Ok(vm.new_str(str_pad::zfill(&text, width)))
}

fn expandtabs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, "expandtabs")?;
    let a = clinic(vm, args, &args.pos[1..], "expandtabs", &["tabsize"], 0)?;
    let tabsize = match a[0] {
        Some(h) => index_i64(vm, h)?,
        None => 8,
    };
    if !text.contains('\t') {
        return Ok(vm.incref(s));
    }
    Ok(vm.new_str(str_pad::expandtabs(&text, tabsize)))
}

fn partition_with(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, name)?;
    let sep_h = one(vm, args, &format!("str.{name}"))?;
    let sep = str_or(vm, sep_h, |t| format!("must be str, not {t}"))?;
    let r = if right { str_split::rpartition(&text, &sep) } else { str_split::partition(&text, &sep) };
    let (a, b, c) = lift(vm, r)?;
    let items = vec![same_or_new(vm, s, &text, a), if b.is_empty() { vm.new_str("") } else { vm.incref(sep_h) }, same_or_new(vm, s, &text, c)];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    partition_with(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    partition_with(vm, args, "rpartition", true)
}

fn encode(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, "encode")?;
    let a = clinic(vm, args, &args.pos[1..], "encode", &["encoding", "errors"], 0)?;
    let encoding = match a[0] {
        Some(h) => str_or(vm, h, |t| format!("encode() argument 'encoding' must be str, not {t}"))?,
        None => "utf-8".to_string(),
    };
    let errors = match a[1] {
        Some(h) => str_or(vm, h, |t| format!("encode() argument 'errors' must be str, not {t}"))?,
        None => "strict".to_string(),
    };
    let data = crate::methods::bytes::encode_text(vm, &text, &encoding, &errors)?;
    Ok(crate::builtins::bytes_ops::new_bytes(vm, data))
}

fn affix_remove(vm: &mut Vm, args: &Args, name: &str, f: for<'a, 'b> fn(&'a str, &'b str) -> &'a str) -> PyResult<ObjRef> {
    let (s, text) = recv(vm, args, name)?;
    let a = one(vm, args, &format!("str.{name}"))?;
    let p = str_or(vm, a, |t| format!("{name}() argument must be str, not {t}"))?;
    let r = f(&text, &p);
    Ok(same_or_new(vm, s, &text, r))
}

fn removeprefix(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix_remove(vm, args, "removeprefix", str_strip::removeprefix)
}

fn removesuffix(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix_remove(vm, args, "removesuffix", str_strip::removesuffix)
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points,
/// strings or None.
fn maketrans(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pos = args.pos;
    crate::builtins::args::check_count(vm, pos.len(), "maketrans", 1, 3)?;
    let d = vm.new_dict();
    let r = if pos.len() == 1 { maketrans_dict(vm, d, pos[0]) } else { maketrans_strings(vm, d, pos) };
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

fn maketrans_dict(vm: &mut Vm, d: ObjRef, src: ObjRef) -> PyResult<()> {
    if !matches!(vm.get(src), Obj::Dict(_)) {
        return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
    }
    for (k, v) in vm.dict_items(src) {
        let key = match vm.get(k) {
            Obj::Str(s) if s.char_len == 1 => {
                let c = s.text.chars().next().unwrap_or('\0');
                vm.new_int(c as i64)
            }
            Obj::Str(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
            Obj::Int(_) | Obj::Bool(_) => vm.incref(k),
            _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
        };
        let r = vm.dict_set(d, key, v);
        vm.decref(key);
        r?;
    }
    Ok(())
}

fn maketrans_strings(vm: &mut Vm, d: ObjRef, pos: &[ObjRef]) -> PyResult<()> {
    let x = str_or(vm, pos[0], |t| format!("maketrans() argument 1 must be str, not {t}"))?;
    let y = str_or(vm, pos[1], |t| format!("maketrans() argument 2 must be str, not {t}"))?;
    let z = match pos.get(2) {
        Some(&h) => str_or(vm, h, |t| format!("maketrans() argument 3 must be str, not {t}"))?,
        None => String::new(),
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    let pairs: Vec<(char, Option<char>)> = x.chars().zip(y.chars().map(Some)).chain(z.chars().map(|c| (c, None))).collect();
    for (a, b) in pairs {
        let k = vm.new_int(a as i64);
        let v = match b {
            Some(b) => vm.new_int(b as i64),
            None => vm.none(),
        };
        let r = vm.dict_set_owned(d, k, v);
        vm.decref(k);
        r?;
    }
    Ok(())
}

fn translate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, text) = recv(vm, args, "translate")?;
    let table = one(vm, args, "str.translate")?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = vm.new_int(c as i64);
        let r = vm.getitem(table, key);
        vm.decref(key);
        match r {
            Ok(v) => {
                let pushed = push_translation(vm, &mut out, v);
                vm.decref(v);
                pushed?;
            }
            Err(e) if vm.err_is(&e, "LookupError") => {
                vm.decref(e.0);
                out.push(c);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

fn push_translation(vm: &mut Vm, out: &mut String, v: ObjRef) -> PyResult<()> {
    match vm.get(v) {
        Obj::None => Ok(()),
        Obj::Str(s) => {
            out.push_str(&s.text);
            Ok(())
        }
        Obj::Int(_) | Obj::Bool(_) => {
            let n = vm.as_index(v).and_then(|i| i.as_i64()).unwrap_or(-1);
            match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(c) => {
                    out.push(c);
                    Ok(())
                }
                None => Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        }
        _ => Err(vm.type_error("character mapping must return integer, None or str")),
    }
}
