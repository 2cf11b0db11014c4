//! `_traceback`: what the embedded `traceback` module needs from the VM,
//! the same formatting the interpreter uses for an uncaught exception
//! (source lines, carets, "[Previous line repeated ...]"), applied to
//! traceback chains and frame stacks.

use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs;
use crate::object::{Obj, ObjRef};
use crate::traceback::{self, Entry};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_traceback");
    let d = vm.module_dict(m);
    vm.add_functions(
        d,
        "_traceback",
        &[
            ("format_tb", format_tb),
            ("format_stack", format_stack),
            ("extract_tb", extract_tb),
            ("extract_stack", extract_stack),
            ("format_exception_only", format_exception_only),
        ],
    );
    m
}

/// The entries of a traceback chain (`tb` a traceback or None).
fn tb_entries(vm: &mut Vm, tb: ObjRef) -> PyResult<Vec<Entry>> {
    match vm.get(tb) {
        Obj::Traceback(_) => Ok(vm.traceback_entries(Some(tb))),
        Obj::None => Ok(Vec::new()),
        _ => {
            let t = vm.type_name(tb);
            Err(vm.type_error(format!("'{t}' object is not a traceback")))
        }
    }
}

/// The entries of the stack ending at frame object `f`, outermost first.
fn stack_entries(vm: &mut Vm, f: ObjRef) -> PyResult<Vec<Entry>> {
    if !matches!(vm.get(f), Obj::Frame(_)) {
        let t = vm.type_name(f);
        return Err(vm.type_error(format!("'{t}' object is not a frame")));
    }
    let mut out = vm.frame_stack(f);
    out.reverse();
    Ok(out)
}

/// CPython's `limit`: None is all; n >= 0 keeps the first n (tracebacks)
/// or the last n (stacks); a negative n the opposite end.
fn apply_limit(vm: &mut Vm, mut entries: Vec<Entry>, limit: ObjRef, from_end: bool) -> PyResult<Vec<Entry>> {
    if vm.is_none(limit) {
        return Ok(entries);
    }
    let n = margs::small_index(vm, limit)?;
    let keep = n.unsigned_abs() as usize;
    let take_last = (n >= 0) == from_end;
    if take_last {
        let skip = entries.len().saturating_sub(keep);
        entries.drain(..skip);
    } else {
        entries.truncate(keep);
    }
    Ok(entries)
}

fn str_list(vm: &mut Vm, items: Vec<String>) -> ObjRef {
    let items = items.into_iter().map(|s| vm.new_str(s)).collect();
    vm.new_list(items)
}

/// (filename, lineno, name, line) tuples.
fn summary_list(vm: &mut Vm, entries: &[Entry]) -> ObjRef {
    let mut items = Vec::new();
    for e in entries {
        let co = &e.0.code;
        let line = traceback::entry_source_line(vm, e);
        let fields = vec![
            vm.new_str(&*co.filename),
            vm.new_int(co.line_of(e.1) as i64),
            vm.new_str(&*co.name),
            match line {
                Some(l) => vm.new_str(l),
                None => vm.none(),
            },
        ];
        items.push(vm.new_tuple(fields));
    }
    vm.new_list(items)
}

fn format_tb(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "format_tb", 2)?;
    let entries = tb_entries(vm, a[0])?;
    let entries = apply_limit(vm, entries, a[1], false)?;
    let lines = traceback::format_entry_list(vm, &entries);
    Ok(str_list(vm, lines))
}

fn format_stack(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "format_stack", 2)?;
    let entries = stack_entries(vm, a[0])?;
    let entries = apply_limit(vm, entries, a[1], true)?;
    let lines = traceback::format_entry_list(vm, &entries);
    Ok(str_list(vm, lines))
}

fn extract_tb(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "extract_tb", 2)?;
    let entries = tb_entries(vm, a[0])?;
    let entries = apply_limit(vm, entries, a[1], false)?;
    Ok(summary_list(vm, &entries))
}

fn extract_stack(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "extract_stack", 2)?;
    let entries = stack_entries(vm, a[0])?;
    let entries = apply_limit(vm, entries, a[1], true)?;
    Ok(summary_list(vm, &entries))
}

/// The last line(s) of a report: `ValueError: message\n`.
fn format_exception_only(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "format_exception_only", 1)?;
    let text = if matches!(vm.get(a[0]), Obj::Exception(_)) {
        traceback::exception_line(vm, a[0])
    } else {
        let r = vm.str_string(a[0])?;
        let t = vm.type_name(a[0]);
        format!("{t}: {r}\n")
    };
    Ok(vm.new_str(text))
}
