//! Format specs (TEMPORARY minimal version: width, alignment, precision of
//! floats, `d`, `f`, `s`).
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

pub fn format_obj(vm: &mut Vm, value: ObjRef, spec: &str) -> PyResult<String> {
    let (align, width, prec, ty) = parse(spec);
    let body = match (vm.get(value), ty) {
        (Obj::Float(f), Some('f')) | (Obj::Float(f), None) if prec.is_some() => format!("{:.*}", prec.unwrap_or(6), f),
        (Obj::Int(i), Some('f')) => format!("{:.*}", prec.unwrap_or(6), i.to_f64().unwrap_or(0.0)),
        (Obj::Float(f), Some('f')) => format!("{:.6}", f),
        _ => vm.str_string(value)?,
    };
    let numeric = matches!(vm.get(value), Obj::Int(_) | Obj::Float(_));
    Ok(pad(&body, width, align.unwrap_or(if numeric { '>' } else { '<' })))
}

fn parse(spec: &str) -> (Option<char>, usize, Option<usize>, Option<char>) {
    let mut chars: Vec<char> = spec.chars().collect();
    let mut align = None;
    if chars.len() >= 2 && "<>^".contains(chars[1]) { align = Some(chars[1]); chars.drain(..2); }
    else if !chars.is_empty() && "<>^".contains(chars[0]) { align = Some(chars[0]); chars.remove(0); }
    let ty = chars.last().copied().filter(|c| c.is_alphabetic());
    if ty.is_some() { chars.pop(); }
    let rest: String = chars.into_iter().collect();
    let (w, p) = match rest.split_once('.') { Some((w, p)) => (w.to_string(), p.parse().ok()), None => (rest, None) };
    (align, w.parse().unwrap_or(0), p, ty)
}

fn pad(s: &str, width: usize, align: char) -> String {
    let n = s.chars().count();
    if n >= width { return s.to_string(); }
    let fill = width - n;
    match align { '<' => format!("{s}{}", " ".repeat(fill)), '^' => format!("{}{s}{}", " ".repeat(fill / 2), " ".repeat(fill - fill / 2)), _ => format!("{}{s}", " ".repeat(fill)) }
}

pub fn percent_one(vm: &mut Vm, v: ObjRef, spec: &str, conv: char) -> PyResult<String> {
    match conv {
        's' => vm.str_string(v),
        'r' => vm.repr_string(v),
        'd' | 'i' => match vm.as_num(v) {
            Some(crate::ops::arith::Num::Int(i)) => Ok(pad(&i.to_string(), spec.parse().unwrap_or(0), '>')),
            Some(crate::ops::arith::Num::Float(f)) => Ok(format!("{}", f.trunc() as i64)),
            None => { let t = vm.type_name(v); Err(vm.type_error(format!("%{conv} format: a real number is required, not {t}"))) }
        },
        _ => format_obj(vm, v, &format!("{spec}{conv}")),
    }
}
