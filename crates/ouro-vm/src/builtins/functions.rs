//! Builtin functions (`print`, `len`, `id`, ...).

use crate::builtins::{check_args, kwarg};
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef, StreamKind};
use crate::vm::Vm;

pub fn register(vm: &mut Vm, d: ObjRef) {
    vm.add_functions(
        d,
        "builtins",
        &[
            ("print", print),
            ("len", len),
            ("repr", repr),
            ("id", id),
            ("sum", sum),
            ("abs", super::numeric::abs),
            ("min", min),
            ("max", max),
            ("isinstance", isinstance),
            ("hash", hash),
            ("iter", iter),
            ("next", next),
            ("sorted", sorted),
            ("all", all),
            ("any", any),
            ("callable", callable),
            ("getattr", getattr),
            ("hasattr", hasattr),
            ("setattr", setattr),
            ("chr", chr),
            ("ord", ord),
            ("issubclass", issubclass),
            ("vars", vars),
            ("ascii", ascii),
            ("format", format),
            ("input", input),
            ("bin", super::numeric::bin),
            ("oct", super::numeric::oct),
            ("hex", super::numeric::hex),
            ("divmod", super::numeric::divmod),
            ("pow", super::numeric::pow),
            ("round", super::numeric::round),
            ("dir", super::introspect::dir),
            ("delattr", super::introspect::delattr),
            ("globals", super::introspect::frame_unavailable),
            ("locals", super::introspect::frame_unavailable),
            ("eval", super::evalexec::eval),
            ("exec", super::evalexec::exec),
            ("compile", super::evalexec::compile),
        ],
    );
}

fn print(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let text_of = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match kwarg(vm, args, name) {
            Some(v) if vm.is_none(v) => Ok(default.to_string()),
            Some(v) => match vm.get(v) {
                Obj::Str(s) => Ok(s.text.to_string()),
                _ => {
                    let t = vm.type_name(v);
                    Err(vm.type_error(format!("{name} must be None or a string, not {t}")))
                }
            },
            None => Ok(default.to_string()),
        }
    };
    for &k in args.kwnames {
        let n = vm.str_text(k);
        if !["sep", "end", "file", "flush"].contains(&n) {
            let n = n.to_owned();
            return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for print()")));
        }
    }
    let sep = text_of(vm, "sep", " ")?;
    let end = text_of(vm, "end", "\n")?;
    let mut out = String::new();
    for (i, &a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_string(a)?);
    }
    out.push_str(&end);
    let file = kwarg(vm, args, "file").filter(|f| !vm.is_none(*f));
    // No file: print to whatever `sys.stdout` is now (contextlib's
    // redirect_stdout replaces it). `owned` is our reference to it.
    let mut owned = None;
    if file.is_none() {
        if let Some(sys) = vm.dict_get_str(vm.modules, "sys")? {
            let d = vm.module_dict(sys);
            let current = vm.dict_get_str(d, "stdout");
            vm.decref(sys);
            owned = current?;
        }
    }
    // `sys.stdout = None`: print does nothing, as in CPython.
    let silenced = owned.is_some_and(|o| vm.is_none(o));
    let target = file.or(owned).filter(|f| !vm.is_none(*f));
    let r = if silenced { Ok(()) } else { print_to(vm, target, out) };
    if let Some(o) = owned {
        vm.decref(o);
    }
    r?;
    Ok(vm.none())
}

/// Write `out` to `file` (borrowed; None is the real stdout).
fn print_to(vm: &mut Vm, file: Option<ObjRef>, out: String) -> PyResult<()> {
    match file.map(|f| (f, vm.stream_kind(f))) {
        None | Some((_, Some(StreamKind::Stdout))) => vm.out.write_stdout(&out),
        Some((_, Some(StreamKind::Stderr))) => vm.out.write_stderr(&out),
        Some((f, None)) => {
            let write = vm.intern("write");
            let meth = vm.get_attr(f, write);
            vm.decref(write);
            let meth = meth?;
            let s = vm.new_str(out);
            let r = vm.call(meth, &[s]);
            vm.decref_all([meth, s]);
            vm.decref(r?);
        }
    }
    Ok(())
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "len", 1, 1)?;
    let n = vm.len_of(args.pos[0])?;
    Ok(vm.new_int(n as i64))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "repr", 1, 1)?;
    vm.repr(args.pos[0])
}

fn id(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "id", 1, 1)?;
    let addr = vm.heap.address(args.pos[0]);
    Ok(vm.new_pyint(crate::num::PyInt::from_big(addr.into())))
}

fn sum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.is_empty() || args.pos.len() > 2 {
        let n = args.pos.len();
        let msg = if n == 0 { "sum() takes at least 1 positional argument (0 given)".to_string() } else { format!("sum() takes at most 2 arguments ({n} given)") };
        return Err(vm.type_error(msg));
    }
    let start = match (args.pos.get(1), kwarg(vm, args, "start")) {
        (Some(&s), _) | (None, Some(s)) => vm.incref(s),
        _ => vm.new_int(0),
    };
    let refusal = match vm.get(start) {
        Obj::Str(_) => Some("sum() can't sum strings [use ''.join(seq) instead]"),
        Obj::Bytes(_) => Some("sum() can't sum bytes [use b''.join(seq) instead]"),
        Obj::ByteArray(_) => Some("sum() can't sum bytearray [use b''.join(seq) instead]"),
        _ => None,
    };
    if let Some(msg) = refusal {
        vm.decref(start);
        return Err(vm.type_error(msg));
    }
    let it = match vm.get_iter(args.pos[0]) {
        Ok(it) => it,
        Err(e) => {
            vm.decref(start);
            return Err(e);
        }
    };
    let mut acc = start;
    loop {
        let item = match vm.next(it) {
            Ok(Some(v)) => v,
            Ok(None) => break,
            Err(e) => {
                vm.decref_all([it, acc]);
                return Err(e);
            }
        };
        let r = vm.binary_op(crate::ops::arith::binop::ADD, acc, item);
        vm.decref_all([acc, item]);
        match r {
            Ok(v) => acc = v,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(acc)
}

fn min(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    min_max(vm, args, "min", ouro_compiler::bytecode::CompareArg::Lt)
}

fn max(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    min_max(vm, args, "max", ouro_compiler::bytecode::CompareArg::Gt)
}

fn min_max(vm: &mut Vm, args: &Args, name: &str, op: ouro_compiler::bytecode::CompareArg) -> PyResult<ObjRef> {
    for &k in args.kwnames {
        let n = vm.str_text(k);
        if n != "key" && n != "default" {
            let n = n.to_owned();
            return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for {name}()")));
        }
    }
    let default = kwarg(vm, args, "default");
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iter(args.pos[0])?,
        _ if default.is_some() => {
            return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        _ => args.pos.iter().map(|&a| vm.incref(a)).collect(),
    };
    let key = kwarg(vm, args, "key").filter(|k| !vm.is_none(*k));
    let r = best_of(vm, &items, key, op);
    vm.decref_all(items);
    match r? {
        Some(best) => Ok(best),
        None => match default {
            Some(d) => Ok(vm.incref(d)),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

/// The first item whose key beats every other by `op` (owned), or None
/// for no items.
fn best_of(vm: &mut Vm, items: &[ObjRef], key: Option<ObjRef>, op: ouro_compiler::bytecode::CompareArg) -> PyResult<Option<ObjRef>> {
    let key_of = |vm: &mut Vm, item: ObjRef| match key {
        Some(k) => vm.call(k, &[item]),
        None => Ok(vm.incref(item)),
    };
    let Some(&first) = items.first() else {
        return Ok(None);
    };
    let mut best = first;
    let mut best_key = key_of(vm, first)?;
    for &item in &items[1..] {
        let k = match key_of(vm, item) {
            Ok(k) => k,
            Err(e) => {
                vm.decref(best_key);
                return Err(e);
            }
        };
        match vm.compare_bool(op, k, best_key) {
            Ok(true) => {
                vm.decref(best_key);
                best_key = k;
                best = item;
            }
            Ok(false) => vm.decref(k),
            Err(e) => {
                vm.decref_all([k, best_key]);
                return Err(e);
            }
        }
    }
    vm.decref(best_key);
    Ok(Some(vm.incref(best)))
}

fn isinstance(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "isinstance", 2, 2)?;
    let (obj, cls) = (args.pos[0], args.pos[1]);
    let classes: Vec<ObjRef> = match vm.get(cls) {
        Obj::Tuple(t) => t.to_vec(),
        _ => vec![cls],
    };
    for c in classes {
        if !vm.is_type(c) && vm.lookup_dunder(c, "__instancecheck__").is_none() {
            return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        }
        if vm.isinstance_hook(obj, c)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "hash", 1, 1)?;
    let h = vm.hash(args.pos[0])?;
    Ok(vm.new_int(h))
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "iter", 1, 2)?;
    match args.pos {
        [obj] => vm.get_iter(*obj),
        [func, sentinel] => super::iterators::callable_iter(vm, *func, *sentinel),
        _ => Err(vm.type_error("iter expected at least 1 argument, got 0")),
    }
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "next", 1, 2)?;
    if matches!(vm.get(args.pos[0]), Obj::Generator(_)) && args.pos.len() == 1 {
        // Keep the generator's return value in StopIteration.value.
        return crate::generator::next_or_stop(vm, args.pos[0]);
    }
    match vm.next(args.pos[0])? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(&d) => Ok(vm.incref(d)),
            None => {
                let cls = vm.t.exc("StopIteration");
                Err(crate::errors::PyErr(vm.new_exception(cls, vec![])))
            }
        },
    }
}

fn sorted(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    for &k in args.kwnames {
        let name = vm.str_text(k);
        if name != "key" && name != "reverse" {
            let name = name.to_owned();
            return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for sort()")));
        }
    }
    let list = crate::builtins::construct::new_list_from(vm, args.pos[0])?;
    let key = kwarg(vm, args, "key");
    let reverse = kwarg(vm, args, "reverse");
    if let Err(e) = crate::methods::list::sort_list(vm, list, key, reverse) {
        vm.decref(list);
        return Err(e);
    }
    Ok(list)
}

fn all(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "all", 1, 1)?;
    any_all(vm, args.pos[0], false)
}

fn any(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "any", 1, 1)?;
    any_all(vm, args.pos[0], true)
}

/// `any` stops at the first true item, `all` at the first false one.
fn any_all(vm: &mut Vm, iterable: ObjRef, stop_on: bool) -> PyResult<ObjRef> {
    let it = vm.get_iter(iterable)?;
    loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let t = vm.is_true(v);
                vm.decref(v);
                match t {
                    Ok(t) if t == stop_on => {
                        vm.decref(it);
                        return Ok(vm.new_bool(stop_on));
                    }
                    Ok(_) => {}
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(vm.new_bool(!stop_on))
}

fn callable(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "callable", 1, 1)?;
    let c = is_callable(vm, args.pos[0]);
    Ok(vm.new_bool(c))
}

/// `callable(h)`: functions, methods, types, static methods and instances
/// whose class defines `__call__`.
pub fn is_callable(vm: &mut Vm, h: ObjRef) -> bool {
    match vm.get(h) {
        Obj::Function(_) | Obj::Builtin(_) | Obj::BoundMethod { .. } | Obj::Type(_) | Obj::StaticMethod(_) => true,
        _ => vm.lookup_dunder(h, "__call__").is_some(),
    }
}

fn ascii(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "ascii", 1, 1)?;
    let r = vm.repr_string(args.pos[0])?;
    Ok(vm.new_str(ascii_escape(&r)))
}

/// `PyObject_ASCII`'s second step: non-ASCII characters of a repr become
/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            crate::text::pystr::push_hex(&mut out, c);
        }
    }
    out
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "format", 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(&s) => super::args::str_or(vm, s, |t| format!("format() argument 2 must be str, not {t}"))?,
        None => String::new(),
    };
    vm.format(args.pos[0], &spec)
}

/// `input(prompt)`: the prompt goes to stdout, then one line from stdin
/// without its newline; EOFError at end of input.
fn input(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "input", 0, 1)?;
    if let Some(&p) = args.pos.first() {
        let prompt = vm.str_string(p)?;
        vm.out.write_stdout(&prompt);
    }
    vm.out.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(vm.error("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
    }
}

fn getattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "getattr", 2, 3)?;
    let name = attr_name(vm, args.pos[1], "getattr")?;
    match vm.get_attr(args.pos[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.pos.len() == 3 && vm.err_is(&e, "AttributeError") => {
            vm.decref(e.0);
            Ok(vm.incref(args.pos[2]))
        }
        Err(e) => Err(e),
    }
}

fn attr_name(vm: &mut Vm, name: ObjRef, func: &str) -> PyResult<ObjRef> {
    match vm.get(name) {
        Obj::Str(_) => Ok(name),
        _ => {
            let t = vm.type_name(name);
            Err(vm.type_error(format!("{func}(): attribute name must be string, not '{t}'")))
        }
    }
}

fn hasattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "hasattr", 2, 2)?;
    let name = attr_name(vm, args.pos[1], "hasattr")?;
    match vm.get_attr(args.pos[0], name) {
        Ok(v) => {
            vm.decref(v);
            Ok(vm.new_bool(true))
        }
        Err(e) if vm.err_is(&e, "AttributeError") => {
            vm.decref(e.0);
            Ok(vm.new_bool(false))
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "setattr", 3, 3)?;
    let name = attr_name(vm, args.pos[1], "setattr")?;
    vm.set_attr(args.pos[0], name, args.pos[2])?;
    Ok(vm.none())
}

fn chr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "chr", 1, 1)?;
    let c = match vm.as_index(args.pos[0]).and_then(|i| i.as_i64()) {
        Some(i) => i,
        None => {
            let t = vm.type_name(args.pos[0]);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    match u32::try_from(c).ok().and_then(char::from_u32) {
        Some(ch) => Ok(vm.new_str(ch.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "ord", 1, 1)?;
    let (n, first) = match vm.get(args.pos[0]) {
        Obj::Str(s) => (s.char_len, s.text.chars().next()),
        _ => {
            let t = vm.type_name(args.pos[0]);
            return Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")));
        }
    };
    match (n, first) {
        (1, Some(c)) => Ok(vm.new_int(c as i64)),
        _ => Err(vm.type_error(format!("ord() expected a character, but string of length {n} found"))),
    }
}

fn issubclass(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "issubclass", 2, 2)?;
    if !vm.is_type(args.pos[0]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let classes: Vec<ObjRef> = match vm.get(args.pos[1]) {
        Obj::Tuple(t) => t.to_vec(),
        _ => vec![args.pos[1]],
    };
    for c in classes {
        if !vm.is_type(c) && vm.lookup_dunder(c, "__subclasscheck__").is_none() {
            return Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        if vm.issubclass_hook(args.pos[0], c)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn vars(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    check_args(vm, args, "vars", 0, 1)?;
    if args.pos.is_empty() {
        return super::introspect::frame_unavailable(vm, args);
    }
    let name = vm.intern("__dict__");
    let r = vm.get_attr(args.pos[0], name);
    vm.decref(name);
    match r {
        Ok(d) => Ok(d),
        Err(e) if vm.err_is(&e, "AttributeError") => {
            vm.decref(e.0);
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

impl Vm {
    /// `len(h)`.
    pub fn len_of(&mut self, h: ObjRef) -> PyResult<usize> {
        if self.is_user_object(h) && (!self.has_builtin_base(h) || self.lookup_dunder(h, "__len__").is_some()) {
            return self.len_dunder(h);
        }
        self.len_builtin(h)
    }

    /// `len(h)` by the builtin type's own rules.
    pub fn len_builtin(&mut self, h: ObjRef) -> PyResult<usize> {
        Ok(match self.get(h) {
            Obj::Str(s) => s.char_len,
            Obj::List(l) => l.items.len(),
            Obj::Tuple(t) => t.len(),
            Obj::Dict(d) => d.table.len(),
            Obj::Set(s) | Obj::FrozenSet(s) => s.table.len(),
            Obj::DictView { dict, .. } => self.dict_len(*dict),
            Obj::Bytes(b) => b.len(),
            Obj::ByteArray(b) => b.data.len(),
            Obj::Range { start, stop, step } => crate::ops::iter::range_len(*start, *stop, *step),
            Obj::WeakRef(w) if w.is_proxy => {
                let t = self.proxy_target(h)?;
                return self.len_of(t);
            }
            _ => {
                let t = self.type_name(h);
                return Err(self.type_error(format!("object of type '{t}' has no len()")));
            }
        })
    }
}
