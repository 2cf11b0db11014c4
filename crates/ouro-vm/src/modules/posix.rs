//! `posix`: the operating-system calls behind the embedded `os` and
//! `posixpath` modules, with CPython's `OSError` subclasses and messages
//! (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).

use std::io;
use std::os::unix::fs::MetadataExt;

use crate::call::Args;
use crate::errors::{PyErr, PyResult};
use crate::modules::margs;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("posix");
    let d = vm.module_dict(m);
    vm.add_functions(
        d,
        "posix",
        &[
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", remove),
            ("rename", rename),
            ("replace", rename),
            ("getpid", getpid),
            ("cpu_count", cpu_count),
            ("urandom", urandom),
            ("_stat", stat),
            ("_lstat", lstat),
            ("_environ", environ),
            ("_exists", exists),
            ("_isfile", isfile),
            ("_isdir", isdir),
            ("_islink", islink),
        ],
    );
    m
}

/// The C library's text for an errno (what `strerror` prints).
fn strerror(e: &io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The `OSError` subclass CPython raises for an errno.
fn error_class(errno: i32) -> &'static str {
    match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        1 | 13 => "PermissionError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        _ => "OSError",
    }
}

/// `[Errno N] message: 'path'` (and `-> 'dst'` for two paths).
pub fn os_error(vm: &mut Vm, e: &io::Error, path: Option<&str>, dst: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let mut msg = format!("[Errno {errno}] {}", strerror(e));
    if let Some(p) = path {
        msg.push_str(&format!(": {}", quoted(vm, p)));
    }
    if let Some(d) = dst {
        msg.push_str(&format!(" -> {}", quoted(vm, d)));
    }
    let cls = error_class(errno);
    let exists = crate::types::Types::exception_names().any(|n| n == cls);
    vm.error(if exists { cls } else { "OSError" }, msg)
}

/// `repr(text)`.
fn quoted(vm: &mut Vm, text: &str) -> String {
    let s = vm.new_str(text);
    let r = vm.repr_string(s).unwrap_or_default();
    vm.decref(s);
    r
}

/// A path argument: a str (`TypeError` naming the function otherwise).
fn path_arg(vm: &mut Vm, h: ObjRef, func: &str) -> PyResult<String> {
    match vm.get(h) {
        Obj::Str(s) => Ok(s.text.to_string()),
        Obj::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            let t = vm.type_name(h);
            Err(vm.type_error(format!("{func}: path should be string, bytes or os.PathLike, not {t}")))
        }
    }
}

fn one_path(vm: &mut Vm, args: &Args, func: &str) -> PyResult<String> {
    let a = margs::between(vm, args, func, 1, 1)?;
    path_arg(vm, a[0], func)
}

fn getcwd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    margs::between(vm, args, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None, None)),
    }
}

fn chdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = one_path(vm, args, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    Ok(vm.none())
}

/// `listdir(path='.')`: names in directory order.
fn listdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::between(vm, args, "listdir", 0, 1)?;
    let p = match a.first() {
        Some(&h) if !vm.is_none(h) => path_arg(vm, h, "listdir")?,
        _ => ".".to_string(),
    };
    let entries = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => names.push(e.file_name().to_string_lossy().into_owned()),
            Err(e) => {
                let err = os_error(vm, &e, Some(&p), None);
                return Err(err);
            }
        }
    }
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn mkdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut pos: Vec<ObjRef> = args.pos.to_vec();
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        if vm.str_text(k) == "mode" && pos.len() == 1 {
            pos.push(v);
        }
    }
    let all = Args::positional(&pos);
    let a = margs::between(vm, &all, "mkdir", 1, 2)?;
    let p = path_arg(vm, a[0], "mkdir")?;
    let mode = match a.get(1) {
        Some(&m) => margs::small_index(vm, m)? as u32,
        None => 0o777,
    };
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode(mode).create(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    Ok(vm.none())
}

fn rmdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = one_path(vm, args, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    Ok(vm.none())
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = one_path(vm, args, "remove")?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    Ok(vm.none())
}

fn rename(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::between(vm, args, "rename", 2, 2)?;
    let (src, dst) = (path_arg(vm, a[0], "rename")?, path_arg(vm, a[1], "rename")?);
    std::fs::rename(&src, &dst).map_err(|e| os_error(vm, &e, Some(&src), Some(&dst)))?;
    Ok(vm.none())
}

fn getpid(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(std::process::id() as i64))
}

fn cpu_count(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    match std::thread::available_parallelism() {
        Ok(n) => Ok(vm.new_int(n.get() as i64)),
        Err(_) => Ok(vm.none()),
    }
}

fn urandom(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    use std::io::Read;
    let a = margs::between(vm, args, "urandom", 1, 1)?;
    let n = margs::small_index(vm, a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    r.map_err(|e| os_error(vm, &e, None, None))?;
    Ok(vm.alloc(Obj::Bytes(buf.into_boxed_slice())))
}

/// `(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)`.
fn stat_tuple(vm: &mut Vm, m: &std::fs::Metadata) -> ObjRef {
    let ints = [m.mode() as i64, m.ino() as i64, m.dev() as i64, m.nlink() as i64, m.uid() as i64, m.gid() as i64, m.size() as i64];
    let mut items: Vec<ObjRef> = ints.iter().map(|&v| vm.new_int(v)).collect();
    for (s, ns) in [(m.atime(), m.atime_nsec()), (m.mtime(), m.mtime_nsec()), (m.ctime(), m.ctime_nsec())] {
        items.push(vm.new_float(s as f64 + ns as f64 * 1e-9));
    }
    vm.new_tuple(items)
}

fn stat(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = one_path(vm, args, "stat")?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    Ok(stat_tuple(vm, &m))
}

fn lstat(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = one_path(vm, args, "lstat")?;
    let m = std::fs::symlink_metadata(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    Ok(stat_tuple(vm, &m))
}

/// A snapshot of the environment as a dict.
fn environ(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned());
        let (k, v) = (vm.new_str(k), vm.new_str(v));
        let r = vm.dict_set(d, k, v);
        vm.decref_all([k, v]);
        r?;
    }
    Ok(d)
}

fn path_test(vm: &mut Vm, args: &Args, f: fn(&std::path::Path) -> bool) -> PyResult<ObjRef> {
    let a = margs::between(vm, args, "exists", 1, 1)?;
    let ok = match vm.get(a[0]) {
        Obj::Str(s) => f(std::path::Path::new(&*s.text)),
        _ => false,
    };
    Ok(vm.new_bool(ok))
}

fn exists(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    path_test(vm, args, |p| p.exists())
}

fn isfile(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    path_test(vm, args, |p| p.is_file())
}

fn isdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    path_test(vm, args, |p| p.is_dir())
}

fn islink(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    path_test(vm, args, |p| p.is_symlink())
}
