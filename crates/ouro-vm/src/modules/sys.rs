//! The `sys` module.

use crate::builtins::check_args;
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef, StreamKind};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("sys");
    let d = vm.module_dict(m);
    vm.add_functions(
        d,
        "sys",
        &[
            ("getsizeof", getsizeof),
            ("getrefcount", getrefcount),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("intern", intern),
            ("exit", exit),
            ("exc_info", exc_info),
            ("exception", exception),
            ("_getframe", getframe_unrouted),
            ("settrace", settrace),
            ("gettrace", gettrace),
        ],
    );
    let argv: Vec<String> = vm.argv.clone();
    let items: Vec<ObjRef> = argv.into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(items);
    let _ = vm.dict_set_str(d, "argv", argv);
    let stdout = vm.alloc(Obj::Stream(StreamKind::Stdout));
    let stderr = vm.alloc(Obj::Stream(StreamKind::Stderr));
    let _ = vm.dict_set_str(d, "stdout", stdout);
    let _ = vm.dict_set_str(d, "stderr", stderr);
    let version = vm.new_str(format!("3.11.7 (Ouro {}, CPython 3.11 compatible)", env!("CARGO_PKG_VERSION")));
    let _ = vm.dict_set_str(d, "version", version);
    let maxsize = vm.new_int(i64::MAX);
    let _ = vm.dict_set_str(d, "maxsize", maxsize);
    for (name, value) in [("platform", "linux"), ("byteorder", "little")] {
        let v = vm.new_str(value);
        let _ = vm.dict_set_str(d, name, v);
    }
    m
}

/// Run `sys_extra.py` in the `sys` module: `version_info` and
/// `implementation` (Python objects in CPython too). Called once the
/// builtins exist.
pub fn add_python_parts(vm: &mut Vm, sys: ObjRef) {
    let src = include_str!("sys_extra.py");
    let filename = "<frozen sys>";
    let Ok(code) = vm.compile_source(src, filename, ouro_compiler::Mode::Module) else {
        return;
    };
    let globals = vm.module_dict(sys);
    if let Ok(Some(b)) = vm.dict_get_str(vm.modules, "builtins") {
        let _ = vm.dict_set_str(globals, "__builtins__", b);
    }
    let code_obj = vm.load_unit(code, false);
    match vm.run_code(code_obj, globals) {
        Ok(v) => vm.decref(v),
        Err(e) => crate::traceback::report_unraisable_text(vm, e, "<module 'sys'>"),
    }
    vm.decref(code_obj);
}

fn getsizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.is_empty() || args.pos.len() > 2 {
        let n = args.pos.len();
        let msg = if n == 0 { "getsizeof() missing required argument 'object' (pos 1)".to_string() } else { format!("getsizeof() takes at most 2 arguments ({n} given)") };
        return Err(vm.type_error(msg));
    }
    match crate::sizeof::getsizeof(vm, args.pos[0]) {
        Ok(size) => Ok(vm.new_int(size as i64)),
        // `getsizeof(obj, default)`: the default replaces only a TypeError.
        Err(e) if args.pos.len() == 2 && vm.err_is(&e, "TypeError") => {
            vm.decref(e.0);
            Ok(vm.incref(args.pos[1]))
        }
        Err(e) => Err(e),
    }
}

fn getrefcount(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.len() != 1 || args.has_kwargs() {
        let n = args.pos.len();
        return Err(vm.type_error(format!("sys.getrefcount() takes exactly one argument ({n} given)")));
    }
    let n = vm.heap.refcount(args.pos[0]);
    Ok(vm.new_int(n as i64))
}

fn getrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "getrecursionlimit", 0, 0)?;
    let n = vm.recursion_limit as i64;
    Ok(vm.new_int(n))
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "setrecursionlimit", 1, 1)?;
    match vm.as_index(args.pos[0]).and_then(|i| i.as_i64()) {
        Some(n) if n >= 1 => {
            if (n as usize) <= vm.depth {
                return Err(vm.error(
                    "RecursionError",
                    format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
                ));
            }
            vm.recursion_limit = n as usize;
            Ok(vm.none())
        }
        Some(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        None => {
            let t = vm.type_name(args.pos[0]);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn intern(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "intern", 1, 1)?;
    match vm.get(args.pos[0]) {
        Obj::Str(_) => Ok(vm.intern_obj(args.pos[0])),
        _ => {
            let t = vm.type_name(args.pos[0]);
            Err(vm.type_error(format!("intern() argument must be str, not {t}")))
        }
    }
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being
/// handled, or three Nones.
fn exc_info(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "exc_info", 0, 0)?;
    let items = match vm.handling {
        Some(e) => {
            let cls = vm.exc_class(e);
            let tb = vm.exc_data(e).and_then(|d| d.traceback).unwrap_or(vm.s.none);
            vec![vm.incref(cls), vm.incref(e), vm.incref(tb)]
        }
        None => vec![vm.none(), vm.none(), vm.none()],
    };
    Ok(vm.new_tuple(items))
}

/// `sys.exception()` (3.11 has it as `sys.exc_info()[1]`).
fn exception(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "exception", 0, 0)?;
    let e = vm.handling.unwrap_or(vm.s.none);
    Ok(vm.incref(e))
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "exit", 0, 1)?;
    let cls = vm.t.exc("SystemExit");
    let items: Vec<ObjRef> = args.pos.iter().map(|&a| vm.incref(a)).collect();
    Err(crate::errors::PyErr(vm.new_exception(cls, items)))
}

/// `sys._getframe` reached without the interpreter's routing (called from
/// a native such as `map`): the innermost parked Python frame.
fn getframe_unrouted(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "_getframe", 0, 1)?;
    match vm.frames.len() {
        0 => Err(vm.error("ValueError", "call stack is not deep enough")),
        n => {
            let h = vm.parked_frame_object(n - 1);
            Ok(vm.incref(h))
        }
    }
}

/// `sys.settrace(function)`: see `tracing.rs`.
fn settrace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "settrace", 1, 1)?;
    let f = args.pos[0];
    let f = if vm.is_none(f) { None } else { Some(f) };
    vm.set_trace_function(f);
    Ok(vm.none())
}

fn gettrace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "gettrace", 0, 0)?;
    let f = vm.trace_fn.unwrap_or(vm.s.none);
    Ok(vm.incref(f))
}
