//! `str.format` and `str.format_map`: CPython's `MarkupIterator` /
//! `parse_field` / `get_field_object` (Objects/stringlib/unicode_format.h)
//! with its error messages; each field's value is rendered by `vm.format`.

use crate::builtins::args::one;
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// Where field values come from.
struct Source<'a> {
    pos: &'a [ObjRef],
    /// `format(**kw)` keywords, or the `format_map` mapping.
    kw: Keywords<'a>,
    /// Next automatic field number, or None once manual numbering is used.
    auto: AutoNumber,
}

enum Keywords<'a> {
    Args(&'a Args<'a>),
    Mapping(ObjRef),
}

#[derive(PartialEq)]
enum AutoNumber {
    Unknown,
    Auto(usize),
    Manual,
}

/// One replacement field as written: name, conversion and spec.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
}

pub fn format_method(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let text = receiver(vm, args, "format")?;
    let mut src = Source { pos: &args.pos[1..], kw: Keywords::Args(args), auto: AutoNumber::Unknown };
    let out = render(vm, &text, &mut src, 2)?;
    Ok(vm.new_str(out))
}

pub fn format_map_method(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let text = receiver(vm, args, "format_map")?;
    let mapping = one(vm, args, "str.format_map")?;
    let mut src = Source { pos: &[], kw: Keywords::Mapping(mapping), auto: AutoNumber::Unknown };
    let out = render(vm, &text, &mut src, 2)?;
    Ok(vm.new_str(out))
}

fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<String> {
    match args.pos.first().map(|&h| vm.get(h)) {
        Some(Obj::Str(s)) => Ok(s.text.to_string()),
        _ => Err(vm.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to this object"))),
    }
}

/// Expand every field of `text` (`depth` limits nested specs).
fn render(vm: &mut Vm, text: &str, src: &mut Source, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        let next = chars.get(i).copied();
        if next == Some(c) {
            out.push(c);
            i += 1;
            continue;
        }
        if c == '}' {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if next.is_none() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        let field = parse_field(vm, &chars, &mut i)?;
        out.push_str(&render_field(vm, field, src, depth)?);
    }
    Ok(out)
}

/// CPython's `parse_field`, starting just after the `{`.
fn parse_field(vm: &mut Vm, chars: &[char], i: &mut usize) -> PyResult<Field> {
    let start = *i;
    let mut c = '\0';
    while *i < chars.len() {
        c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name: String = chars[start..(*i).saturating_sub(1).max(start)].iter().collect();
    let mut field = Field { name, conversion: None, spec: String::new() };
    if c != '!' && c != ':' {
        if c != '}' {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if c == '!' {
        let Some(&conv) = chars.get(*i) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        *i += 1;
        field.conversion = Some(conv);
        if let Some(&after) = chars.get(*i) {
            *i += 1;
            if after == '}' {
                return Ok(field);
            }
            if after != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < chars.len() {
        let ch = chars[*i];
        *i += 1;
        match ch {
            '{' => count += 1,
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = chars[spec_start..*i - 1].iter().collect();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn render_field(vm: &mut Vm, field: Field, src: &mut Source, depth: u32) -> PyResult<String> {
    let value = field_value(vm, &field.name, src)?;
    let converted = convert(vm, value, field.conversion);
    vm.decref(value);
    let converted = converted?;
    // Like CPython, only a spec containing '{' is expanded (and counts
    // towards the recursion limit).
    let expanded = if field.spec.contains('{') { render(vm, &field.spec, src, depth - 1) } else { Ok(field.spec) };
    let spec = match expanded {
        Ok(s) => s,
        Err(e) => {
            vm.decref(converted);
            return Err(e);
        }
    };
    let r = vm.format(converted, &spec);
    vm.decref(converted);
    let r = r?;
    let text = vm.str_text(r).to_owned();
    vm.decref(r);
    Ok(text)
}

fn convert(vm: &mut Vm, value: ObjRef, conversion: Option<char>) -> PyResult<ObjRef> {
    match conversion {
        None => Ok(vm.incref(value)),
        Some('r') => vm.format_value(value, 2, None),
        Some('s') => vm.format_value(value, 1, None),
        Some('a') => {
            let r = vm.repr_string(value)?;
            Ok(vm.new_str(super::functions::ascii_escape(&r)))
        }
        Some(c) if (' '..'\x7f').contains(&c) && c != ' ' => Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
        Some(c) => Err(vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    }
}

/// A decimal field number, if the text is all ASCII digits.
fn as_number(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(n) if n <= i64::MAX as usize => Ok(Some(n)),
        _ => Err(vm.value_error("Too many decimal digits in format string")),
    }
}

/// The object a field name refers to (owned): first part, then `.attr`
/// and `[key]` accessors.
fn field_value(vm: &mut Vm, name: &str, src: &mut Source) -> PyResult<ObjRef> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let mut obj = first_object(vm, first, src)?;
    let mut rest: Vec<char> = rest.chars().collect();
    while !rest.is_empty() {
        let step = accessor(vm, obj, &mut rest);
        vm.decref(obj);
        obj = step?;
    }
    Ok(obj)
}

fn first_object(vm: &mut Vm, first: &str, src: &mut Source) -> PyResult<ObjRef> {
    let index = if first.is_empty() {
        match src.auto {
            AutoNumber::Manual => {
                return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            AutoNumber::Unknown => {
                src.auto = AutoNumber::Auto(1);
                Some(0)
            }
            AutoNumber::Auto(n) => {
                src.auto = AutoNumber::Auto(n + 1);
                Some(n)
            }
        }
    } else {
        let n = as_number(vm, first)?;
        if n.is_some() {
            if let AutoNumber::Auto(_) = src.auto {
                return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            src.auto = AutoNumber::Manual;
        }
        n
    };
    match index {
        Some(i) => match src.pos.get(i) {
            Some(&v) => Ok(vm.incref(v)),
            None => Err(vm.index_error(format!("Replacement index {i} out of range for positional args tuple"))),
        },
        None => keyword(vm, first, src),
    }
}

fn keyword(vm: &mut Vm, name: &str, src: &Source) -> PyResult<ObjRef> {
    let key = vm.new_str(name);
    let r = match src.kw {
        Keywords::Args(args) => match crate::builtins::kwarg(vm, args, name) {
            Some(v) => Ok(vm.incref(v)),
            None => Err(vm.key_error(key)),
        },
        Keywords::Mapping(m) => vm.getitem(m, key),
    };
    vm.decref(key);
    r
}

/// Apply the leading `.attr` or `[key]` of `rest` to `obj` (borrowed).
fn accessor(vm: &mut Vm, obj: ObjRef, rest: &mut Vec<char>) -> PyResult<ObjRef> {
    let kind = rest.remove(0);
    if kind == '.' {
        let end = rest.iter().position(|&c| c == '.' || c == '[').unwrap_or(rest.len());
        let attr: String = rest.drain(..end).collect();
        if attr.is_empty() {
            return Err(vm.value_error("Empty attribute in format string"));
        }
        let name = vm.new_str(attr);
        let r = vm.get_attr(obj, name);
        vm.decref(name);
        return r;
    }
    if kind != '[' {
        return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
    }
    let Some(end) = rest.iter().position(|&c| c == ']') else {
        return Err(vm.value_error("Missing ']' in format string"));
    };
    let key_text: String = rest.drain(..=end).take(end).collect();
    if key_text.is_empty() {
        return Err(vm.value_error("Empty attribute in format string"));
    }
    if let Some(&next) = rest.first() {
        if next != '.' && next != '[' {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let key = match as_number(vm, &key_text)? {
        Some(n) => vm.new_int(n as i64),
        None => vm.new_str(key_text),
    };
    let r = vm.getitem(obj, key);
    vm.decref(key);
    r
}
