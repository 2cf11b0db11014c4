//! Printing exceptions the way CPython 3.11 does: the traceback entries
//! with source lines and carets, chained exceptions, and "Exception
//! ignored in" reports.

use ouro_syntax::ast::{ExprKind, Span, StmtKind};

use crate::errors::PyErr;
use std::rc::Rc;

use crate::object::{CodeData, Obj, ObjRef};
use crate::vm::Vm;

/// Write the full report of an uncaught exception to stderr.
pub fn print_exception(vm: &mut Vm, exc: ObjRef) {
    let text = format_exception(vm, exc);
    vm.out.write_stderr(&text);
}

/// The text CPython prints for `exc` (with its causes and contexts).
pub fn format_exception(vm: &mut Vm, exc: ObjRef) -> String {
    let mut chain = Vec::new();
    let mut seen = Vec::new();
    collect_chain(vm, exc, &mut chain, &mut seen, None);
    let mut out = String::new();
    for (e, link) in chain {
        out.push_str(&format_one(vm, e));
        if let Some(link) = link {
            out.push_str(link);
        }
    }
    out
}

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Oldest first: each entry is an exception and the sentence that links it
/// to the next one.
fn collect_chain(vm: &Vm, exc: ObjRef, out: &mut Vec<(ObjRef, Option<&'static str>)>, seen: &mut Vec<ObjRef>, link: Option<&'static str>) {
    seen.push(exc);
    if let Some(e) = vm.exc_data(exc) {
        let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
        if let Some(c) = cause.filter(|c| !seen.contains(c)) {
            collect_chain(vm, c, out, seen, Some(CAUSE));
        } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(c)) {
            collect_chain(vm, c, out, seen, Some(CONTEXT));
        }
    }
    out.push((exc, link));
}

fn format_one(vm: &mut Vm, exc: ObjRef) -> String {
    let mut out = String::new();
    let tb = vm.exc_data(exc).and_then(|e| e.traceback);
    let entries = vm.traceback_entries(tb);
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&format_entries(vm, &entries));
    }
    if vm.isinstance(exc, vm.t.exc("SyntaxError")) {
        if let Some(display) = vm.syntax_error_display(exc) {
            out.push_str(&display);
            return out;
        }
    }
    out.push_str(&exception_line(vm, exc));
    out
}

/// The exception's class as the last line of a report names it.
pub fn exception_type_name(vm: &Vm, exc: ObjRef) -> String {
    let cls = vm.exc_class(exc);
    let t = vm.type_obj(cls);
    if &*t.module == "builtins" || &*t.module == "__main__" {
        t.name.to_string()
    } else {
        format!("{}.{}", t.module, t.name)
    }
}

/// `ValueError: message` (or just the class name when the message is empty).
pub fn exception_line(vm: &mut Vm, exc: ObjRef) -> String {
    let name = exception_type_name(vm, exc);
    let msg = match vm.str_string(exc) {
        Ok(m) => m,
        Err(e) => {
            vm.decref(e.0);
            "<exception str() failed>".to_string()
        }
    };
    if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    }
}

/// CPython prints at most 3 identical consecutive entries (same file, line
/// and function), then "[Previous line repeated N more times]".
const RECURSIVE_CUTOFF: usize = 3;

/// One traceback line's frame: its code and the instruction it was at.
pub type Entry = (Rc<CodeData>, usize);

/// The "File ..." lines of `entries` (outermost first).
pub fn format_entries(vm: &Vm, entries: &[Entry]) -> String {
    format_entry_list(vm, entries).concat()
}

/// `format_entries` as CPython's `StackSummary.format()` list: one string
/// per shown entry, and one per "[Previous line repeated ...]" note.
pub fn format_entry_list(vm: &Vm, entries: &[Entry]) -> Vec<String> {
    let mut out = Vec::new();
    let mut last: Option<(String, u32, String)> = None;
    let mut count = 0;
    for entry in entries {
        let code = &entry.0.code;
        let key = (code.filename.to_string(), code.line_of(entry.1), code.name.to_string());
        if last.as_ref() == Some(&key) {
            count += 1;
        } else {
            flush_repeats(&mut out, count);
            last = Some(key);
            count = 1;
        }
        if count <= RECURSIVE_CUTOFF {
            out.push(format_entry(vm, entry));
        }
    }
    flush_repeats(&mut out, count);
    out
}

fn flush_repeats(out: &mut Vec<String>, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push(format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
    }
}

/// The source line of `entry` (stripped), when its file is known.
pub fn entry_source_line(vm: &Vm, entry: &Entry) -> Option<String> {
    let code = &entry.0.code;
    let line = code.line_of(entry.1);
    let src = vm.sources.get(&code.filename).filter(|_| !code.filename.starts_with('<'))?;
    let text = src.lines().nth((line as usize).checked_sub(1)?)?;
    Some(text.trim().to_string())
}

fn format_entry(vm: &Vm, entry: &Entry) -> String {
    let code = &entry.0.code;
    let span = code.positions.get(entry.1).copied().unwrap_or_default();
    let line = if span.line == 0 { code.first_line } else { span.line };
    let mut out = format!("  File \"{}\", line {}, in {}\n", code.filename, line, code.name);
    // Like linecache, only real files have lines to show (not <stdin>).
    let is_file = !code.filename.starts_with('<');
    if let Some(src) = vm.sources.get(&code.filename).filter(|_| is_file) {
        if let Some(text) = src.lines().nth(line as usize - 1) {
            let stripped = text.trim_start();
            if !stripped.is_empty() {
                out.push_str(&format!("    {}\n", stripped.trim_end()));
                if let Some(carets) = caret_line(text, span) {
                    out.push_str(&carets);
                }
            }
        }
    }
    out
}

/// The caret line under a source line, or None when the highlighted part
/// is the whole line and has no operator anchors.
fn caret_line(text: &str, span: Span) -> Option<String> {
    if span.line == 0 || span.end_line == 0 {
        return None;
    }
    let stripped = text.trim_start();
    let stripped_chars = text.chars().count() - stripped.chars().count();
    let stripped_len = stripped.trim_end().chars().count();
    let start = char_offset(text, span.col as usize);
    let (end, anchors) = if span.line == span.end_line {
        let end = char_offset(text, span.end_col as usize);
        let segment: String = text.chars().skip(start).take(end.saturating_sub(start)).collect();
        (end, anchors(&segment))
    } else {
        (stripped_chars + stripped.trim_end().chars().count(), None)
    };
    if end <= start {
        return None;
    }
    let show = end - start < stripped_len || anchors.is_some_and(|(l, r)| r > l);
    if !show {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(stripped_chars)));
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right - left));
            out.push_str(&"~".repeat((end - start).saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
    Some(out)
}

fn char_offset(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    text.get(..byte).map_or(byte, |s| s.chars().count())
}

/// CPython's `_extract_caret_anchors_from_line_segment`: for a binary
/// operation, `~` under the operands and `^` under the operator; for a
/// subscript, `~` under the value and `^` under `[...]`. Offsets are in
/// characters of `segment`.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = ouro_syntax::parse_module(segment, "<string>").ok()?;
    let [stmt] = module.body.as_slice() else { return None };
    let StmtKind::Expr(expr) = &stmt.node else { return None };
    match &expr.node {
        ExprKind::BinOp { left, right, .. } => {
            let left_end = byte_col(segment, left.span.end_line, left.span.end_col)?;
            let right_start = byte_col(segment, right.span.line, right.span.col)?;
            let between = segment.get(left_end..right_start)?;
            let skip = between.len() - between.trim_start().len();
            let op_start = left_end + skip;
            let mut op_end = op_start + 1;
            let rest = segment.get(op_end..)?;
            if rest.chars().next().is_some_and(|c| !c.is_whitespace() && "*/=<>|&^@%".contains(c)) && op_end < right_start {
                op_end += 1;
            }
            Some((char_offset(segment, op_start), char_offset(segment, op_end)))
        }
        ExprKind::Subscript { value, slice, .. } => {
            let left = byte_col(segment, value.span.end_line, value.span.end_col)?;
            let right = byte_col(segment, slice.span.end_line, slice.span.end_col)? + 1;
            Some((char_offset(segment, left), char_offset(segment, right.min(segment.len()))))
        }
        _ => None,
    }
}

/// Byte offset in `segment` of (line, col) where line 1 is its first line.
fn byte_col(segment: &str, line: u32, col: u32) -> Option<usize> {
    if line != 1 {
        return None;
    }
    Some((col as usize).min(segment.len()))
}

/// CPython's "Exception ignored in: <obj repr>" report for an exception
/// that cannot propagate (a `gc.callbacks` callback, a `__del__`).
pub fn report_unraisable(vm: &mut Vm, err: PyErr, obj: ObjRef) {
    let what = match vm.repr_string(obj) {
        Ok(r) => r,
        Err(e) => {
            vm.decref(e.0);
            "<object repr() failed>".to_string()
        }
    };
    report_unraisable_text(vm, err, &what);
}

/// The same report, naming the object with the given text.
pub fn report_unraisable_text(vm: &mut Vm, err: PyErr, what: &str) {
    let mut text = format!("Exception ignored in: {what}\n");
    text.push_str(&format_exception(vm, err.0));
    vm.out.write_stderr(&text);
    vm.decref(err.0);
}

/// Is `h` an exception instance?
pub fn is_exception(vm: &Vm, h: ObjRef) -> bool {
    matches!(vm.get(h), Obj::Exception(_))
}
