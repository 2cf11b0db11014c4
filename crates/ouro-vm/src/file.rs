//! `open()` and file objects: text and binary modes for reading, writing
//! and appending; `read`, `readline`, `readlines`, `write`, `writelines`,
//! iteration by line, `close`, and use in `with`.
//!
//! Text files read the whole file on open for reading (files in lessons are
//! small) and buffer writes until `flush`/`close`, like CPython's buffered
//! writer (so a file written but not closed may be empty to a reader).

use std::io::Write;

use crate::builtins::{check_args, kwarg};
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef, StreamKind};
use crate::vm::Vm;

pub struct FileObj {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub file: Option<std::fs::File>,
    /// Unread contents (reading), or pending output (writing).
    pub buffer: Vec<u8>,
    pub pos: usize,
    pub readable: bool,
    pub writable: bool,
}

/// `open(file, mode='r', encoding=None)`.
pub fn open(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.is_empty() {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    }
    let name = match vm.get(args.pos[0]) {
        Obj::Str(s) => s.text.to_string(),
        _ => {
            let t = vm.type_name(args.pos[0]);
            return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {t}")));
        }
    };
    let mode = match args.pos.get(1).copied().or_else(|| kwarg(vm, args, "mode")) {
        Some(m) => vm.str_text(m).to_owned(),
        None => "r".to_string(),
    };
    let (readable, writable, append, truncate, create_new) = match mode.replace(['b', 't'], "").as_str() {
        "r" => (true, false, false, false, false),
        "r+" => (true, true, false, false, false),
        "w" => (false, true, false, true, false),
        "w+" => (true, true, false, true, false),
        "a" => (false, true, true, false, false),
        "a+" => (true, true, true, false, false),
        "x" => (false, true, false, false, true),
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let opened = std::fs::OpenOptions::new()
        .read(readable)
        .write(writable && !append)
        .append(append)
        .truncate(truncate)
        .create(writable && !create_new && !readable || truncate || append)
        .create_new(create_new)
        .open(&name);
    let mut file = match opened {
        Ok(f) => f,
        Err(e) => return Err(os_error(vm, &e, &name)),
    };
    let mut buffer = Vec::new();
    if readable {
        use std::io::Read;
        if let Err(e) = file.read_to_end(&mut buffer) {
            return Err(os_error(vm, &e, &name));
        }
    }
    let binary = mode.contains('b');
    let f = FileObj { name, mode, binary, file: Some(file), buffer, pos: 0, readable, writable };
    let h = vm.alloc_tracked(Obj::File(Box::new(f)));
    // Watched, so dropping it without close() still flushes (finalize.rs).
    vm.heap.set_watched(h, true);
    Ok(h)
}

/// CPython's `FileNotFoundError: [Errno 2] No such file or directory: 'x'`.
fn os_error(vm: &mut Vm, e: &std::io::Error, name: &str) -> crate::errors::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let (cls, text) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", "Permission denied"),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", "File exists"),
        _ if errno == 21 => ("IsADirectoryError", "Is a directory"),
        _ => ("OSError", "Input/output error"),
    };
    let repr = crate::text::pystr::repr(name);
    vm.error(cls, format!("[Errno {errno}] {text}: {repr}"))
}

fn receiver<'a>(vm: &'a mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&f) if matches!(vm.get(f), Obj::File(_)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn with_file<T>(vm: &mut Vm, f: ObjRef, op: impl FnOnce(&mut FileObj) -> Result<T, String>) -> PyResult<T> {
    let r = match vm.get_mut(f) {
        Obj::File(file) => {
            if file.file.is_none() {
                Err("I/O operation on closed file.".to_string())
            } else {
                op(file)
            }
        }
        _ => Err("not a file".to_string()),
    };
    r.map_err(|msg| vm.value_error(msg))
}

/// Turn bytes read into a str (text mode) or bytes (binary mode).
fn make_data(vm: &mut Vm, binary: bool, data: Vec<u8>) -> ObjRef {
    if binary {
        crate::builtins::bytes_ops::new_bytes(vm, data)
    } else {
        vm.new_str(String::from_utf8_lossy(&data).into_owned())
    }
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = receiver(vm, args)?;
    let limit = args.pos.get(1).and_then(|&n| vm.as_index(n)).and_then(|n| n.as_i64()).filter(|&n| n >= 0);
    let (binary, data) = with_file(vm, f, |file| {
        if !file.readable {
            return Err("not readable".to_string());
        }
        let rest = &file.buffer[file.pos..];
        let take = match limit {
            Some(n) if !file.binary => char_prefix_len(rest, n as usize),
            Some(n) => (n as usize).min(rest.len()),
            None => rest.len(),
        };
        let data = rest[..take].to_vec();
        file.pos += take;
        Ok((file.binary, data))
    })?;
    Ok(make_data(vm, binary, data))
}

/// Bytes of the first `n` characters of UTF-8 text.
fn char_prefix_len(bytes: &[u8], n: usize) -> usize {
    let text = String::from_utf8_lossy(bytes);
    text.char_indices().nth(n).map_or(bytes.len(), |(i, _)| i)
}

/// The next line (with its newline), or empty at the end.
fn next_line(file: &mut FileObj) -> Vec<u8> {
    let rest = &file.buffer[file.pos..];
    let end = rest.iter().position(|&b| b == b'\n').map_or(rest.len(), |i| i + 1);
    let line = rest[..end].to_vec();
    file.pos += end;
    line
}

fn readline(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = receiver(vm, args)?;
    let (binary, line) = with_file(vm, f, |file| Ok((file.binary, next_line(file))))?;
    Ok(make_data(vm, binary, line))
}

fn readlines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = receiver(vm, args)?;
    let (binary, lines) = with_file(vm, f, |file| {
        let mut lines = Vec::new();
        loop {
            let line = next_line(file);
            if line.is_empty() {
                break;
            }
            lines.push(line);
        }
        Ok((file.binary, lines))
    })?;
    let items = lines.into_iter().map(|l| make_data(vm, binary, l)).collect();
    Ok(vm.new_list(items))
}

/// `next()` on a file: the next line, or None at the end.
pub fn next_line_obj(vm: &mut Vm, f: ObjRef) -> PyResult<Option<ObjRef>> {
    let (binary, line) = with_file(vm, f, |file| Ok((file.binary, next_line(file))))?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(make_data(vm, binary, line)))
}

/// `sys.stdout.write(text)` / `sys.stderr.write(text)`: the text goes to
/// the interpreter's output streams, like `print`'s.
fn stream_write(vm: &mut Vm, kind: StreamKind, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, &Args::positional(&args.pos[1..]), "write", 1, 1)?;
    let data = args.pos[1];
    let (text, count) = match vm.get(data) {
        Obj::Str(s) => (s.text.to_string(), s.char_len),
        _ => {
            let t = vm.type_name(data);
            return Err(vm.type_error(format!("write() argument must be str, not {t}")));
        }
    };
    match kind {
        StreamKind::Stdout => vm.out.write_stdout(&text),
        StreamKind::Stderr => vm.out.write_stderr(&text),
    }
    Ok(vm.new_int(count as i64))
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if let Some(kind) = args.pos.first().and_then(|&f| vm.stream_kind(f)) {
        return stream_write(vm, kind, args);
    }
    let f = receiver(vm, args)?;
    check_args(vm, &Args::positional(&args.pos[1..]), "write", 1, 1)?;
    let data = args.pos[1];
    let (bytes, count) = match vm.get(data) {
        Obj::Str(s) => (s.text.as_bytes().to_vec(), s.char_len),
        Obj::Bytes(b) => (b.to_vec(), b.len()),
        _ => {
            let t = vm.type_name(data);
            return Err(vm.type_error(format!("write() argument must be str, not {t}")));
        }
    };
    with_file(vm, f, |file| {
        if !file.writable {
            return Err("not writable".to_string());
        }
        file.buffer.extend_from_slice(&bytes);
        Ok(())
    })?;
    Ok(vm.new_int(count as i64))
}

fn writelines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = receiver(vm, args)?;
    let lines = vm.collect_iter(args.pos.get(1).copied().unwrap_or(vm.s.empty_tuple))?;
    let mut r = Ok(());
    for &line in &lines {
        if r.is_ok() {
            r = write(vm, &Args::positional(&[f, line])).map(|n| vm.decref(n));
        }
    }
    vm.decref_all(lines);
    r?;
    Ok(vm.none())
}

/// Write out pending output.
fn flush_file(file: &mut FileObj) -> Result<(), String> {
    if file.writable && !file.buffer.is_empty() {
        if let Some(fh) = file.file.as_mut() {
            fh.write_all(&file.buffer).map_err(|e| e.to_string())?;
        }
        file.buffer.clear();
    }
    Ok(())
}

fn flush(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.first().is_some_and(|&f| vm.stream_kind(f).is_some()) {
        return Ok(vm.none());
    }
    let f = receiver(vm, args)?;
    with_file(vm, f, flush_file)?;
    Ok(vm.none())
}

/// Close a file object (idempotent).
pub fn close_file(vm: &mut Vm, f: ObjRef) {
    if let Obj::File(file) = vm.get_mut(f) {
        if file.file.is_some() {
            let _ = flush_file(file);
            file.file = None;
            file.buffer.clear();
        }
    }
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = receiver(vm, args)?;
    close_file(vm, f);
    Ok(vm.none())
}

fn enter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = receiver(vm, args)?;
    with_file(vm, f, |_| Ok(()))?;
    Ok(vm.incref(f))
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = receiver(vm, args)?;
    close_file(vm, f);
    Ok(vm.none())
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = receiver(vm, args)?;
    Ok(vm.incref(f))
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.text_io;
    vm.add_methods(
        t,
        "TextIOWrapper",
        &[
            ("read", read),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("flush", flush),
            ("close", close),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", iter),
        ],
    );
}

impl Vm {
    /// `<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>`.
    pub fn file_repr(&self, f: ObjRef) -> String {
        match self.get(f) {
            Obj::File(file) if file.binary => {
                let kind = if file.readable && !file.writable { "BufferedReader" } else { "BufferedWriter" };
                format!("<_io.{kind} name={}>", crate::text::pystr::repr(&file.name))
            }
            Obj::File(file) => {
                format!("<_io.TextIOWrapper name={} mode={} encoding='UTF-8'>", crate::text::pystr::repr(&file.name), crate::text::pystr::repr(&file.mode))
            }
            _ => String::new(),
        }
    }
}
