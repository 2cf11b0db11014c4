//! `_sre`: the native half of `re` (the Python half is `pylib/re.py`).
//! Patterns are passed as their source and flags; compiled programs are
//! kept in a per-thread cache keyed by both, so Python objects never hold
//! Rust data. Matches come back as tuples of spans:
//! `(lastindex, start0, end0, start1, end1, ...)` with -1 for a group that
//! did not take part.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs;
use crate::modules::re_engine::{self, exec, Captures, ErrorKind, Mode, Program, ReError, Subject};
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

type Key = (bool, u32, Vec<u32>);

const CACHE_LIMIT: usize = 512;

thread_local! {
    static CACHE: RefCell<HashMap<Key, Rc<Program>>> = RefCell::new(HashMap::new());
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_sre");
    let d = vm.module_dict(m);
    vm.add_functions(d, "_sre", &[("compile", compile), ("match", match_), ("scan", scan), ("findall", findall), ("sub", sub)]);
    let maxrepeat = vm.new_int(re_engine::parser::MAXREPEAT as i64);
    let _ = vm.dict_set_str(d, "MAXREPEAT", maxrepeat);
    m
}

/// A pattern's code points (bytes as Latin-1) and whether it is a str.
fn pattern_units(vm: &mut Vm, h: ObjRef) -> PyResult<(bool, Vec<u32>)> {
    match vm.get(h) {
        Obj::Str(s) => Ok((true, s.text.chars().map(|c| c as u32).collect())),
        Obj::Bytes(b) => Ok((false, b.iter().map(|&c| c as u32).collect())),
        Obj::ByteArray(b) => Ok((false, b.data.iter().map(|&c| c as u32).collect())),
        _ => Err(vm.type_error("first argument must be string or compiled pattern")),
    }
}

fn raise(vm: &mut Vm, e: ReError) -> crate::errors::PyErr {
    let name = match e.kind {
        ErrorKind::Value => "ValueError",
        ErrorKind::Overflow => "OverflowError",
        ErrorKind::Recursion => "RecursionError",
        ErrorKind::Re => "ValueError",
    };
    vm.error(name, e.msg)
}

/// The compiled program for a pattern object and flags: Err(e) for a
/// `re.error`, other errors raised.
fn program(vm: &mut Vm, pat: ObjRef, flags: ObjRef) -> PyResult<Result<Rc<Program>, ReError>> {
    let (is_text, units) = pattern_units(vm, pat)?;
    let flags = margs::small_index(vm, flags)? as u32;
    let key = (is_text, flags, units);
    if let Some(p) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(Ok(p));
    }
    match re_engine::compile(&key.2, flags, is_text) {
        Ok(p) => {
            let p = Rc::new(p);
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= CACHE_LIMIT {
                    c.clear();
                }
                c.insert(key, p.clone());
            });
            Ok(Ok(p))
        }
        Err(e) if e.kind == ErrorKind::Re => Ok(Err(e)),
        Err(e) => Err(raise(vm, e)),
    }
}

fn compiled(vm: &mut Vm, pat: ObjRef, flags: ObjRef) -> PyResult<Rc<Program>> {
    match program(vm, pat, flags)? {
        Ok(p) => Ok(p),
        Err(e) => Err(vm.value_error(e.msg)),
    }
}

/// `compile(pattern, flags)`: `(flags, groups, {name: index})`, or
/// `(message, position)` for a `re.error` (raised by `re.py`).
fn compile(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "compile", 2)?;
    let p = match program(vm, a[0], a[1])? {
        Ok(p) => p,
        Err(e) => {
            let msg = vm.new_str(e.msg);
            let pos = match e.pos {
                Some(p) => vm.new_int(p as i64),
                None => vm.none(),
            };
            return Ok(vm.new_tuple(vec![msg, pos]));
        }
    };
    let flags = vm.new_int(p.flags as i64);
    let groups = vm.new_int(p.groups as i64 - 1);
    let names = vm.new_dict();
    for (name, g) in &p.names {
        let v = vm.new_int(*g as i64);
        vm.dict_set_str(names, name, v)?;
    }
    Ok(vm.new_tuple(vec![flags, groups, names]))
}

/// The subject of a match: bytes (or an ASCII str) read directly, other
/// strs as code points.
enum Text<'a> {
    Bytes(&'a [u8]),
    Wide(Vec<u32>),
}

impl Subject for Text<'_> {
    fn len(&self) -> usize {
        match self {
            Text::Bytes(b) => b.len(),
            Text::Wide(w) => w.len(),
        }
    }
    fn at(&self, i: usize) -> u32 {
        match self {
            Text::Bytes(b) => b[i] as u32,
            Text::Wide(w) => w[i],
        }
    }
}

fn text_of<'a>(vm: &'a Vm, h: ObjRef, is_text: bool) -> Result<Text<'a>, String> {
    let (t, str_subject) = match vm.get(h) {
        Obj::Str(s) if s.text.is_ascii() => (Text::Bytes(s.text.as_bytes()), true),
        Obj::Str(s) => (Text::Wide(s.text.chars().map(|c| c as u32).collect()), true),
        Obj::Bytes(b) => (Text::Bytes(b), false),
        Obj::ByteArray(b) => (Text::Bytes(&b.data), false),
        _ => return Err(format!("expected string or bytes-like object, got '{}'", vm.type_name(h))),
    };
    match (is_text, str_subject) {
        (true, false) => Err("cannot use a string pattern on a bytes-like object".into()),
        (false, true) => Err("cannot use a bytes pattern on a string-like object".into()),
        _ => Ok(t),
    }
}

/// Runs `f` on the subject `h` (TypeError for the wrong kind of string).
fn with_text<T>(vm: &mut Vm, h: ObjRef, text_pattern: bool, f: impl FnOnce(&Text) -> T) -> PyResult<T> {
    match text_of(vm, h, text_pattern) {
        Ok(t) => Ok(f(&t)),
        Err(msg) => Err(vm.type_error(msg)),
    }
}

fn span_tuple(vm: &mut Vm, c: &Captures) -> ObjRef {
    let mut items = vec![vm.new_int(c.lastindex as i64)];
    for &s in &c.slots {
        items.push(vm.new_int(if s == usize::MAX { -1 } else { s as i64 }));
    }
    vm.new_tuple(items)
}

fn index_arg(vm: &mut Vm, h: ObjRef) -> PyResult<usize> {
    Ok(margs::small_index(vm, h)?.max(0) as usize)
}

fn is_str(vm: &Vm, h: ObjRef) -> bool {
    matches!(vm.get(h), Obj::Str(_))
}

/// `match(pattern, flags, string, pos, endpos, mode)`; mode 0 match,
/// 1 fullmatch, 2 search.
fn match_(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "match", 6)?;
    let p = compiled(vm, a[0], a[1])?;
    let (pos, endpos) = (index_arg(vm, a[3])?, index_arg(vm, a[4])?);
    let mode = match margs::small_index(vm, a[5])? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let text_pattern = is_str(vm, a[0]);
    let found = with_text(vm, a[2], text_pattern, |t| exec::search(&p, t, pos, endpos, mode, false))?;
    Ok(match found {
        Some(c) => span_tuple(vm, &c),
        None => vm.none(),
    })
}

/// Successive matches as `finditer`, `sub` and `split` see them: after an
/// empty match, the next one may not be empty at the same position.
fn all_matches(p: &Program, t: &Text, mut pos: usize, endpos: usize, limit: usize) -> Vec<Captures> {
    let mut out = Vec::new();
    let mut must_advance = false;
    while limit == 0 || out.len() < limit {
        let Some(c) = exec::search(p, t, pos, endpos, Mode::Search, must_advance) else { break };
        let (s, e) = (c.slots[0], c.slots[1]);
        must_advance = s == e;
        pos = e;
        out.push(c);
    }
    out
}

struct ScanArgs {
    p: Rc<Program>,
    pos: usize,
    endpos: usize,
    limit: usize,
    text_pattern: bool,
}

fn scan_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ScanArgs> {
    let a = margs::exactly(vm, args, name, 6)?;
    let p = compiled(vm, a[0], a[1])?;
    let (pos, endpos, limit) = (index_arg(vm, a[3])?, index_arg(vm, a[4])?, index_arg(vm, a[5])?);
    let text_pattern = is_str(vm, a[0]);
    Ok(ScanArgs { p, pos, endpos, limit, text_pattern })
}

/// `scan(pattern, flags, string, pos, endpos, limit)`: a list of
/// span tuples (limit 0: all).
fn scan(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = scan_args(vm, args, "scan")?;
    let found = with_text(vm, args.pos[2], s.text_pattern, |t| all_matches(&s.p, t, s.pos, s.endpos, s.limit))?;
    let items: Vec<ObjRef> = found.iter().map(|c| span_tuple(vm, c)).collect();
    Ok(vm.new_list(items))
}

/// `findall(...)` with `scan`'s arguments: strings, or tuples of groups.
fn findall(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = scan_args(vm, args, "findall")?;
    let h = args.pos[2];
    let found = with_text(vm, h, s.text_pattern, |t| all_matches(&s.p, t, s.pos, s.endpos, s.limit))?;
    let slicer = Slicer::new(vm, h);
    let groups = s.p.groups - 1;
    let mut items = Vec::with_capacity(found.len());
    for c in &found {
        let item = match groups {
            0 => slicer.piece(vm, c.span(0)),
            1 => slicer.piece(vm, c.span(1)),
            _ => {
                let parts: Vec<ObjRef> = (1..=groups).map(|g| slicer.piece(vm, c.span(g))).collect();
                vm.new_tuple(parts)
            }
        };
        items.push(item);
    }
    Ok(vm.new_list(items))
}

/// Cuts pieces out of one subject by code-point spans.
enum Slicer {
    /// The text and, when it is not ASCII, each code point's byte offset.
    Str(String, Option<Vec<usize>>),
    Bytes(Vec<u8>),
}

impl Slicer {
    fn new(vm: &Vm, h: ObjRef) -> Slicer {
        match vm.get(h) {
            Obj::Str(s) if s.text.is_ascii() => Slicer::Str(s.text.to_string(), None),
            Obj::Str(s) => {
                let mut offs: Vec<usize> = s.text.char_indices().map(|(i, _)| i).collect();
                offs.push(s.text.len());
                Slicer::Str(s.text.to_string(), Some(offs))
            }
            Obj::Bytes(d) => Slicer::Bytes(d.to_vec()),
            Obj::ByteArray(d) => Slicer::Bytes(d.data.clone()),
            _ => Slicer::Str(String::new(), None),
        }
    }

    /// `string[a:b]` (empty for a group that did not match).
    fn piece(&self, vm: &mut Vm, span: Option<(usize, usize)>) -> ObjRef {
        let (a, b) = span.unwrap_or((0, 0));
        match self {
            Slicer::Str(t, None) => vm.new_str(&t[a..b]),
            Slicer::Str(t, Some(offs)) => vm.new_str(&t[offs[a]..offs[b]]),
            Slicer::Bytes(d) => crate::builtins::bytes_ops::new_bytes(vm, d[a..b].to_vec()),
        }
    }
}

/// One part of a parsed replacement template.
enum Part {
    Text(Vec<u8>),
    Group(usize),
}

fn template_parts(vm: &mut Vm, h: ObjRef) -> PyResult<Vec<Part>> {
    let items: Vec<ObjRef> = match vm.get(h) {
        Obj::List(l) => l.items.to_vec(),
        _ => return Err(vm.type_error("template must be a list")),
    };
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        let part = match vm.get(it) {
            Obj::Str(s) => Part::Text(s.text.as_bytes().to_vec()),
            Obj::Bytes(b) => Part::Text(b.to_vec()),
            _ => Part::Group(margs::small_index(vm, it)?.max(0) as usize),
        };
        parts.push(part);
    }
    Ok(parts)
}

/// `sub(pattern, flags, string, parts, count)`: `(result, n)` for a
/// template already parsed into literal parts and group numbers.
fn sub(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "sub", 5)?;
    let p = compiled(vm, a[0], a[1])?;
    let parts = template_parts(vm, a[3])?;
    let limit = index_arg(vm, a[4])?;
    let h = a[2];
    let text_pattern = is_str(vm, a[0]);
    let endpos = usize::MAX;
    let found = with_text(vm, h, text_pattern, |t| all_matches(&p, t, 0, endpos, limit))?;
    let slicer = Slicer::new(vm, h);
    let mut out: Vec<u8> = Vec::new();
    let mut last = 0;
    for c in &found {
        let (s, e) = (c.slots[0], c.slots[1]);
        out.extend_from_slice(slicer.bytes(last, s));
        for part in &parts {
            match part {
                Part::Text(t) => out.extend_from_slice(t),
                Part::Group(g) => {
                    if let Some((x, y)) = c.span(*g) {
                        out.extend_from_slice(slicer.bytes(x, y));
                    }
                }
            }
        }
        last = e;
    }
    out.extend_from_slice(slicer.bytes(last, slicer.len()));
    let result = match slicer {
        Slicer::Bytes(_) => crate::builtins::bytes_ops::new_bytes(vm, out),
        Slicer::Str(..) => vm.new_str(String::from_utf8(out).unwrap_or_default()),
    };
    let n = vm.new_int(found.len() as i64);
    Ok(vm.new_tuple(vec![result, n]))
}

impl Slicer {
    /// The encoded bytes of `string[a:b]`.
    fn bytes(&self, a: usize, b: usize) -> &[u8] {
        match self {
            Slicer::Str(t, None) => &t.as_bytes()[a..b],
            Slicer::Str(t, Some(offs)) => &t.as_bytes()[offs[a]..offs[b]],
            Slicer::Bytes(d) => &d[a..b],
        }
    }

    /// Length in code points (or bytes).
    fn len(&self) -> usize {
        match self {
            Slicer::Str(t, None) => t.len(),
            Slicer::Str(_, Some(offs)) => offs.len() - 1,
            Slicer::Bytes(d) => d.len(),
        }
    }
}
