//! `bytes` and `bytearray` methods (shared read-only ones and bytearray's
//! mutators) on top of `text::bytes_methods`, plus the codec dispatch used
//! by `str.encode` and `bytes.decode` (UTF-8, ASCII, Latin-1).

use crate::builtins::args::{clinic, index_i64, lift, noargs, one, parse_tuple, positional, slice_bound, str_or};
use crate::builtins::bytes_ops::{byte_value, bytearray_set, bytes_arg, bytes_of, new_bytearray, new_like};
use crate::call::Args;
use crate::errors::PyResult;
use crate::num::error::{ExcKind, PyErr as NumErr};
use crate::object::{NativeFn, Obj, ObjRef};
use crate::text::{bytes_methods as bm, codec};
use crate::vm::Vm;

const SHARED: &[(&str, NativeFn)] = &[
    ("decode", decode),
    ("hex", hex),
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
    ("upper", upper),
    ("lower", lower),
    ("startswith", startswith),
    ("endswith", endswith),
    ("join", join),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
];

pub fn register(vm: &mut Vm) {
    let (b, ba) = (vm.t.bytes, vm.t.bytearray);
    vm.add_methods(b, "bytes", SHARED);
    vm.add_methods(ba, "bytearray", SHARED);
    vm.add_methods(
        ba,
        "bytearray",
        &[("append", append), ("extend", extend), ("pop", pop), ("clear", clear), ("copy", copy), ("insert", insert), ("remove", remove), ("reverse", reverse)],
    );
    for t in [b, ba] {
        crate::methods::int::add_class_method(vm, t, "fromhex", fromhex);
    }
}

// ----- codecs ---------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn codec_named(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name.trim().to_ascii_lowercase().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" => Ok(Codec::Latin1),
        _ => Err(vm.error("LookupError", format!("unknown encoding: {name}"))),
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode_text(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match codec_named(vm, encoding)? {
        Codec::Utf8 => return Ok(codec::encode_utf8(text)),
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
    };
    if text.chars().all(|c| (c as u32) < limit) {
        return Ok(text.chars().map(|c| c as u8).collect());
    }
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if (c as u32) < limit {
            out.push(c as u8);
            continue;
        }
        match errors {
            "strict" => {
                let r = if limit == 128 { codec::encode_ascii(text) } else { codec::encode_latin1(text) };
                lift(vm, r)?;
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            "backslashreplace" => {
                let mut esc = String::new();
                crate::text::pystr::push_hex(&mut esc, c);
                out.extend_from_slice(esc.as_bytes());
            }
            other => return Err(vm.error("LookupError", format!("unknown error handler name '{other}'"))),
        }
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode_data(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match codec_named(vm, encoding)? {
        Codec::Utf8 => lift(vm, codec::decode_utf8(data, errors)),
        Codec::Latin1 => Ok(codec::decode_latin1(data)),
        Codec::Ascii => decode_ascii(vm, data, errors),
    }
}

fn decode_ascii(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    for &b in data {
        if b < 0x80 {
            out.push(b as char);
            continue;
        }
        match errors {
            "strict" => {
                lift(vm, codec::decode_ascii(data))?;
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
            other => return Err(vm.num_err(NumErr::new(ExcKind::LookupError, format!("unknown error handler name '{other}'")))),
        }
    }
    Ok(out)
}

// ----- receivers and arguments ------------------------------------------------

/// The receiver and a copy of its bytes.
fn recv(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjRef, Vec<u8>)> {
    match args.pos.first() {
        Some(&h) => match bytes_of(vm, h) {
            Some(b) => Ok((h, b.to_vec())),
            None => {
                let t = vm.type_name(h);
                Err(vm.type_error(format!("descriptor '{name}' for 'bytes' objects doesn't apply to a '{t}' object")))
            }
        },
        None => Err(vm.type_error(format!("unbound method {name}() needs an argument"))),
    }
}

fn kind_name(vm: &Vm, h: ObjRef) -> &'static str {
    if matches!(vm.get(h), Obj::ByteArray(_)) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A `sub` argument of the find family: bytes-like or a byte value.
fn sub_arg(vm: &mut Vm, h: ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, h) {
        return Ok(b.to_vec());
    }
    if vm.as_index(h).is_some() {
        return Ok(vec![byte_value(vm, h, "byte must be in range(0, 256)")?]);
    }
    let t = vm.type_name(h);
    Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{t}'")))
}

fn list_of(vm: &mut Vm, like: ObjRef, parts: Vec<&[u8]>) -> ObjRef {
    let items = parts.into_iter().map(|p| new_like(vm, like, p.to_vec())).collect();
    vm.new_list(items)
}

// ----- read-only methods ------------------------------------------------------

fn decode(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, data) = recv(vm, args, "decode")?;
    let a = clinic(vm, args, &args.pos[1..], "decode", &["encoding", "errors"], 0)?;
    let enc = match a[0] {
        Some(h) => str_or(vm, h, |t| format!("decode() argument 'encoding' must be str, not {t}"))?,
        None => "utf-8".to_string(),
    };
    let errors = match a[1] {
        Some(h) => str_or(vm, h, |t| format!("decode() argument 'errors' must be str, not {t}"))?,
        None => "strict".to_string(),
    };
    let text = decode_data(vm, &data, &enc, &errors)?;
    Ok(vm.new_str(text))
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, data) = recv(vm, args, "hex")?;
    let a = clinic(vm, args, &args.pos[1..], "hex", &["sep", "bytes_per_sep"], 0)?;
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep_h) = a[0] else {
        return Ok(vm.new_str(digits.concat()));
    };
    let sep = match (vm.get(sep_h), bytes_of(vm, sep_h)) {
        (Obj::Str(s), _) => s.text.to_string(),
        (_, Some(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match a[1] {
        Some(h) => index_i64(vm, h)?,
        None => 1,
    };
    Ok(vm.new_str(group_hex(&digits, &sep, per)))
}

/// Join hex pairs with `sep` every `per` bytes (from the right when
/// positive, from the left when negative).
fn group_hex(digits: &[String], sep: &str, per: i64) -> String {
    if per == 0 || digits.is_empty() {
        return digits.concat();
    }
    let n = per.unsigned_abs() as usize;
    let chunks: Vec<String> = if per > 0 {
        let first = digits.len() % n;
        let mut out = Vec::new();
        if first > 0 {
            out.push(digits[..first].concat());
        }
        out.extend(digits[first..].chunks(n).map(|c| c.concat()));
        out
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    chunks.join(sep)
}

fn fromhex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.pos[0];
    let rest = positional(vm, args, "fromhex", 1, 1)?;
    let text = str_or(vm, rest[0], |t| format!("fromhex() argument must be str, not {t}"))?;
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: Option<&char>| c.and_then(|c| c.to_digit(16));
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let Some(top) = digit(chars.get(i)) else {
            return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
        };
        let Some(bot) = digit(chars.get(i + 1)) else {
            return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)));
        };
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    Ok(if cls == vm.t.bytearray { new_bytearray(vm, out) } else { crate::builtins::bytes_ops::new_bytes(vm, out) })
}

fn split_with(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<ObjRef> {
    let (h, data) = recv(vm, args, name)?;
    let a = clinic(vm, args, &args.pos[1..], name, &["sep", "maxsplit"], 0)?;
    let sep = match a[0] {
        Some(s) if !vm.is_none(s) => Some(bytes_arg(vm, s)?),
        _ => None,
    };
    let maxsplit = match a[1] {
        Some(m) => index_i64(vm, m)?,
        None => -1,
    };
    let r = if right { bm::rsplit(&data, sep.as_deref(), maxsplit) } else { bm::split(&data, sep.as_deref(), maxsplit) };
    let parts = lift(vm, r)?;
    Ok(list_of(vm, h, parts))
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    split_with(vm, args, "split", false)
}

fn rsplit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    split_with(vm, args, "rsplit", true)
}

fn splitlines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, data) = recv(vm, args, "splitlines")?;
    let a = clinic(vm, args, &args.pos[1..], "splitlines", &["keepends"], 0)?;
    let keepends = match a[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let parts = bm::splitlines(&data, keepends);
    Ok(list_of(vm, h, parts))
}

fn strip_with(vm: &mut Vm, args: &Args, name: &str, f: for<'a, 'b> fn(&'a [u8], Option<&'b [u8]>) -> &'a [u8]) -> PyResult<ObjRef> {
    let (h, data) = recv(vm, args, name)?;
    let rest = positional(vm, args, name, 0, 1)?;
    let chars = match rest.first() {
        Some(&c) if !vm.is_none(c) => Some(bytes_arg(vm, c)?),
        _ => None,
    };
    let r = f(&data, chars.as_deref());
    if r.len() == data.len() && matches!(vm.get(h), Obj::Bytes(_)) {
        return Ok(vm.incref(h));
    }
    let r = r.to_vec();
    Ok(new_like(vm, h, r))
}

fn strip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "strip", bm::strip)
}

fn lstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "lstrip", bm::lstrip)
}

fn rstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_with(vm, args, "rstrip", bm::rstrip)
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, data) = recv(vm, args, "replace")?;
    let rest = positional(vm, args, "replace", 2, 3)?;
    let old = bytes_arg(vm, rest[0])?;
    let new = bytes_arg(vm, rest[1])?;
    let count = match rest.get(2) {
        Some(&c) => index_i64(vm, c)?,
        None => -1,
    };
    let r = bm::replace(&data, &old, &new, count);
    Ok(new_like(vm, h, r))
}

fn search_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, Vec<u8>, Option<i64>, Option<i64>)> {
    let (_, data) = recv(vm, args, name)?;
    let rest = parse_tuple(vm, args, name, 1, 3)?;
    let sub = sub_arg(vm, rest[0])?;
    let start = slice_bound(vm, rest.get(1).copied())?;
    let end = slice_bound(vm, rest.get(2).copied())?;
    Ok((data, sub, start, end))
}

fn find(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, s, a, b) = search_args(vm, args, "find")?;
    Ok(vm.new_int(bm::find(&d, &s, a, b)))
}

fn rfind(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, s, a, b) = search_args(vm, args, "rfind")?;
    Ok(vm.new_int(bm::rfind(&d, &s, a, b)))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, s, a, b) = search_args(vm, args, "index")?;
    match bm::find(&d, &s, a, b) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(vm.new_int(i)),
    }
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, s, a, b) = search_args(vm, args, "rindex")?;
    match bm::rfind(&d, &s, a, b) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(vm.new_int(i)),
    }
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, s, a, b) = search_args(vm, args, "count")?;
    Ok(vm.new_int(bm::count(&d, &s, a, b) as i64))
}

fn affix(vm: &mut Vm, args: &Args, name: &str, test: fn(&[u8], &[u8], Option<i64>, Option<i64>) -> bool) -> PyResult<ObjRef> {
    let (_, data) = recv(vm, args, name)?;
    let rest = parse_tuple(vm, args, name, 1, 3)?;
    let start = slice_bound(vm, rest.get(1).copied())?;
    let end = slice_bound(vm, rest.get(2).copied())?;
    let candidates: Vec<ObjRef> = match vm.get(rest[0]) {
        Obj::Tuple(t) => t.to_vec(),
        _ => vec![rest[0]],
    };
    let is_tuple = matches!(vm.get(rest[0]), Obj::Tuple(_));
    for c in candidates {
        let Some(p) = bytes_of(vm, c).map(<[u8]>::to_vec) else {
            let t = vm.type_name(c);
            let msg = if is_tuple {
                format!("a bytes-like object is required, not '{t}'")
            } else {
                format!("{name} first arg must be bytes or a tuple of bytes, not {t}")
            };
            return Err(vm.type_error(msg));
        };
        if test(&data, &p, start, end) {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix(vm, args, "startswith", bm::startswith)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix(vm, args, "endswith", bm::endswith)
}

fn upper(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, data) = recv(vm, args, "upper")?;
    noargs(vm, args, &format!("{}.upper", kind_name(vm, h)))?;
    Ok(new_like(vm, h, bm::upper(&data)))
}

fn lower(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, data) = recv(vm, args, "lower")?;
    noargs(vm, args, &format!("{}.lower", kind_name(vm, h)))?;
    Ok(new_like(vm, h, bm::lower(&data)))
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, sep) = recv(vm, args, "join")?;
    let iterable = one(vm, args, &format!("{}.join", kind_name(vm, h)))?;
    let items = vm.collect_iter(iterable)?;
    let mut out = Vec::new();
    let mut err = None;
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(vm, item) {
            Some(b) => out.extend_from_slice(b),
            None => {
                let t = vm.type_name(item);
                err = Some(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {t} found")));
                break;
            }
        }
    }
    vm.decref_all(items);
    match err {
        Some(e) => Err(e),
        None => Ok(new_like(vm, h, out)),
    }
}

fn byte_predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<ObjRef> {
    let (h, data) = recv(vm, args, name)?;
    noargs(vm, args, &format!("{}.{name}", kind_name(vm, h)))?;
    Ok(vm.new_bool(!data.is_empty() && f(&data)))
}

macro_rules! byte_predicates {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            byte_predicate(vm, args, stringify!($name), $f)
        })*
    };
}

byte_predicates! {
    isdigit => |d| d.iter().all(u8::is_ascii_digit);
    isalpha => |d| d.iter().all(u8::is_ascii_alphabetic);
    isalnum => |d| d.iter().all(u8::is_ascii_alphanumeric);
    isspace => |d| d.iter().all(|&b| bm::is_space(b));
    islower => |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase);
    isupper => |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase);
}

// ----- bytearray mutators -----------------------------------------------------

fn self_bytearray(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjRef, Vec<u8>)> {
    match args.pos.first() {
        Some(&h) if matches!(vm.get(h), Obj::ByteArray(_)) => Ok((h, bytes_of(vm, h).unwrap_or(&[]).to_vec())),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'bytearray' objects doesn't apply to this object"))),
    }
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, mut data) = self_bytearray(vm, args, "append")?;
    let v = one(vm, args, "bytearray.append")?;
    data.push(byte_value(vm, v, "byte must be in range(0, 256)")?);
    bytearray_set(vm, h, data);
    Ok(vm.none())
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, mut data) = self_bytearray(vm, args, "extend")?;
    let src = one(vm, args, "bytearray.extend")?;
    let more = match bytes_of(vm, src) {
        Some(b) => b.to_vec(),
        None => {
            if !vm.is_iterable(src) {
                let t = vm.type_name(src);
                return Err(vm.type_error(format!("can't extend bytearray with {t}")));
            }
            let items = vm.collect_iter(src)?;
            let mut out = Vec::new();
            let mut err = None;
            for &i in &items {
                match byte_value(vm, i, "byte must be in range(0, 256)") {
                    Ok(b) => out.push(b),
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            vm.decref_all(items);
            if let Some(e) = err {
                return Err(e);
            }
            out
        }
    };
    data.extend(more);
    bytearray_set(vm, h, data);
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, mut data) = self_bytearray(vm, args, "pop")?;
    let rest = positional(vm, args, "pop", 0, 1)?;
    let i = match rest.first() {
        Some(&i) => index_i64(vm, i)?,
        None => -1,
    };
    if data.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + data.len() as i64 } else { i };
    if j < 0 || j >= data.len() as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = data.remove(j as usize);
    bytearray_set(vm, h, data);
    Ok(vm.new_int(v as i64))
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, _) = self_bytearray(vm, args, "clear")?;
    noargs(vm, args, "bytearray.clear")?;
    bytearray_set(vm, h, Vec::new());
    Ok(vm.none())
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, data) = self_bytearray(vm, args, "copy")?;
    noargs(vm, args, "bytearray.copy")?;
    Ok(new_bytearray(vm, data))
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, mut data) = self_bytearray(vm, args, "insert")?;
    let rest = positional(vm, args, "insert", 2, 2)?;
    let i = index_i64(vm, rest[0])?;
    let b = byte_value(vm, rest[1], "byte must be in range(0, 256)")?;
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    data.insert(at, b);
    bytearray_set(vm, h, data);
    Ok(vm.none())
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, mut data) = self_bytearray(vm, args, "remove")?;
    let v = one(vm, args, "bytearray.remove")?;
    let b = byte_value(vm, v, "byte must be in range(0, 256)")?;
    let Some(p) = data.iter().position(|&x| x == b) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    data.remove(p);
    bytearray_set(vm, h, data);
    Ok(vm.none())
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (h, _) = self_bytearray(vm, args, "reverse")?;
    noargs(vm, args, "bytearray.reverse")?;
    if let Obj::ByteArray(b) = vm.get_mut(h) {
        b.data.reverse();
    }
    Ok(vm.none())
}
