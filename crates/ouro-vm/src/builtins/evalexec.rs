//! `compile`, `eval` and `exec`.
//!
//! `eval` and `exec` run in the caller's namespaces unless given others,
//! and a native cannot see its caller's frame: the interpreter routes calls
//! of these two builtins to [`Vm::eval_exec`] with the calling frame (see
//! `op_call`), as it routes `globals()` and `locals()`. Reached another way
//! (`map(eval, ...)`, `eval(*args)`), they use `__main__`'s namespace.
//!
//! Source text is compiled with the file name `<string>` (or `compile`'s
//! argument); such code has no source lines in tracebacks, as in CPython,
//! where linecache finds no file of that name.

use ouro_compiler::Mode;
use ouro_syntax::SyntaxError;

use crate::builtins::{args::clinic, check_args, kwarg};
use crate::call::Args;
use crate::errors::PyResult;
use crate::frame::Frame;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// Which of the two builtins is running.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RunKind {
    Eval,
    Exec,
}

impl RunKind {
    fn name(self) -> &'static str {
        match self {
            RunKind::Eval => "eval",
            RunKind::Exec => "exec",
        }
    }
}

/// The start symbol source text is compiled with (`compile`'s `mode`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

/// Where a syntax error was found: CPython takes the error's text from the
/// tokenizer for parser errors, and from the file for compiler errors.
enum Failure {
    Parse(SyntaxError),
    Compile(SyntaxError),
}

impl Vm {
    /// Which of `eval`/`exec` `callable` is, if either (the builtins
    /// themselves, however they are reached).
    #[inline]
    pub fn eval_exec_kind(&self, callable: ObjRef) -> Option<RunKind> {
        if callable == self.eval_fn {
            Some(RunKind::Eval)
        } else if callable == self.exec_fn {
            Some(RunKind::Exec)
        } else {
            None
        }
    }

    /// `eval(...)` or `exec(...)` called from frame `caller` (None when not
    /// called from Python code). Owned result: the value for `eval`, None
    /// for `exec`.
    pub fn eval_exec(&mut self, kind: RunKind, args: &Args, caller: Option<&Frame>) -> PyResult<ObjRef> {
        let [source, globals, locals] = run_arguments(self, kind, args)?;
        let (globals, locals) = self.run_namespaces(kind, globals, locals, caller)?;
        let r = self.run_source(kind, source, globals, locals);
        self.decref_all([globals, locals]);
        match (kind, r) {
            (RunKind::Exec, Ok(v)) => {
                self.decref(v);
                Ok(self.none())
            }
            (_, r) => r,
        }
    }

    /// The globals and locals to run in (both owned), checked as CPython
    /// checks them, with `__builtins__` added to globals when missing.
    fn run_namespaces(&mut self, kind: RunKind, globals: ObjRef, locals: ObjRef, caller: Option<&Frame>) -> PyResult<(ObjRef, ObjRef)> {
        if kind == RunKind::Eval {
            self.check_locals(locals, "locals must be a mapping".into())?;
            if !self.is_none(globals) && !self.is_dict(globals) {
                let msg = if self.has_getitem(globals) { "globals must be a real dict; try eval(expr, {}, mapping)" } else { "globals must be a dict" };
                return Err(self.type_error(msg));
            }
        }
        let (globals, locals) = match (self.is_none(globals), self.is_none(locals)) {
            (true, _) => {
                let (g, l) = self.caller_namespaces(caller)?;
                if self.is_none(locals) {
                    (g, l)
                } else {
                    self.decref(l);
                    (g, self.incref(locals))
                }
            }
            (false, true) => (self.incref(globals), self.incref(globals)),
            (false, false) => (self.incref(globals), self.incref(locals)),
        };
        if let Err(e) = self.check_run_namespaces(kind, globals, locals) {
            self.decref_all([globals, locals]);
            return Err(e);
        }
        Ok((globals, locals))
    }

    fn check_run_namespaces(&mut self, kind: RunKind, globals: ObjRef, locals: ObjRef) -> PyResult<()> {
        if kind == RunKind::Exec {
            if !self.is_dict(globals) {
                let t = self.type_name(globals);
                return Err(self.type_error(format!("exec() globals must be a dict, not {t}")));
            }
            let t = self.type_name(locals);
            self.check_locals(locals, format!("locals must be a mapping or None, not {t}"))?;
        }
        if self.dict_get_str(globals, "__builtins__")?.map(|b| self.decref(b)).is_none() {
            let b = self.incref(self.builtins);
            self.dict_set_str(globals, "__builtins__", b)?;
        }
        Ok(())
    }

    /// Locals must be a dict here (CPython accepts any mapping; Ouro's
    /// name lookups read dicts only, and say so rather than misbehave).
    fn check_locals(&mut self, locals: ObjRef, not_mapping: String) -> PyResult<()> {
        if self.is_none(locals) || self.is_dict(locals) {
            return Ok(());
        }
        if self.has_getitem(locals) {
            let t = self.type_name(locals);
            return Err(self.type_error(format!("locals must be a dict in Ouro, not {t}")));
        }
        Err(self.type_error(not_mapping))
    }

    fn is_dict(&self, h: ObjRef) -> bool {
        matches!(self.get(h), Obj::Dict(_))
    }

    /// CPython's `PyMapping_Check`: the type can be subscripted.
    fn has_getitem(&mut self, h: ObjRef) -> bool {
        matches!(self.get(h), Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range { .. })
            || self.lookup_dunder(h, "__getitem__").is_some()
    }

    /// The calling frame's globals and locals (owned); `__main__`'s
    /// namespace when there is no Python caller.
    fn caller_namespaces(&mut self, caller: Option<&Frame>) -> PyResult<(ObjRef, ObjRef)> {
        match caller {
            Some(f) => {
                let locals = self.frame_locals(f)?;
                Ok((self.incref(f.globals), locals))
            }
            None => {
                let main = match self.dict_get_str(self.modules, "__main__")? {
                    Some(m) => {
                        let d = self.module_dict(m);
                        self.incref(d);
                        self.decref(m);
                        d
                    }
                    None => self.new_dict(),
                };
                Ok((self.incref(main), main))
            }
        }
    }

    /// Compile (unless it is a code object) and run `source` (borrowed).
    fn run_source(&mut self, kind: RunKind, source: ObjRef, globals: ObjRef, locals: ObjRef) -> PyResult<ObjRef> {
        let code = match self.get(source) {
            Obj::Code(c) if !c.code.freevars.is_empty() => {
                let msg = match kind {
                    RunKind::Eval => "code object passed to eval() may not contain free variables".to_string(),
                    RunKind::Exec => format!("code object requires a closure of exactly length {}", c.code.freevars.len()),
                };
                return Err(self.type_error(msg));
            }
            Obj::Code(_) => self.incref(source),
            _ => {
                let what = format!("{}() arg 1 must be a string, bytes or code object", kind.name());
                let text = self.source_text(source, what)?;
                match kind {
                    // eval ignores leading blanks (CPython strips spaces and tabs).
                    RunKind::Eval => self.compile_code(text.trim_start_matches([' ', '\t']), "<string>", CompileMode::Eval)?,
                    RunKind::Exec => self.compile_code(&text, "<string>", CompileMode::Exec)?,
                }
            }
        };
        let r = self.run_code_in(code, globals, locals);
        self.decref(code);
        r
    }

    /// The text of a str or bytes-like source (UTF-8; a leading BOM of
    /// bytes is dropped by the parser). NUL characters are refused first,
    /// with a SyntaxError that has no position.
    fn source_text(&mut self, source: ObjRef, wrong_type: String) -> PyResult<String> {
        let has_nul = match self.get(source) {
            Obj::Str(s) => s.text.contains('\0'),
            _ => crate::builtins::bytes_ops::bytes_of(self, source).is_some_and(|b| b.contains(&0)),
        };
        if has_nul {
            return Err(self.error("SyntaxError", "source code string cannot contain null bytes"));
        }
        if let Obj::Str(s) = self.get(source) {
            return Ok(s.text.to_string());
        }
        let Some(bytes) = crate::builtins::bytes_ops::bytes_of(self, source) else {
            return Err(self.type_error(wrong_type));
        };
        match crate::text::codec::decode_utf8(bytes, "strict") {
            Ok(text) => Ok(text),
            Err(e) => {
                let err = SyntaxError {
                    kind: ouro_syntax::SyntaxErrorKind::SyntaxError,
                    msg: format!("(unicode error) {}", e.msg),
                    filename: "<string>".into(),
                    lineno: 1,
                    offset: 0,
                    end_lineno: 1,
                    end_offset: 0,
                    text: None,
                    incomplete: false,
                };
                Err(self.syntax_error_object(&err))
            }
        }
    }

    /// Compile source text to a code object (owned). Syntax errors are
    /// raised as SyntaxError exceptions carrying CPython's attributes.
    pub fn compile_code(&mut self, source: &str, filename: &str, mode: CompileMode) -> PyResult<ObjRef> {
        let compiled = match mode {
            CompileMode::Eval => ouro_syntax::parse_expression(source, filename)
                .map_err(Failure::Parse)
                .and_then(|e| ouro_compiler::compile_expression(&e, source, filename).map_err(Failure::Compile)),
            CompileMode::Exec | CompileMode::Single => {
                let parsed = match mode {
                    CompileMode::Single => ouro_syntax::parse_single(source, filename),
                    _ => ouro_syntax::parse_module(source, filename),
                };
                let mode = if mode == CompileMode::Single { Mode::Interactive } else { Mode::Module };
                parsed.map_err(Failure::Parse).and_then(|m| ouro_compiler::compile(&m, source, filename, mode).map_err(Failure::Compile))
            }
        };
        match compiled {
            Ok(code) => Ok(self.load_unit(code, false)),
            Err(failure) => {
                let e = self.cpython_error_text(failure, source, mode);
                Err(self.syntax_error_object(&e))
            }
        }
    }

    /// The error's `text` as CPython's string compilation gives it: the
    /// tokenizer's line (which, in 'exec' mode, always ends with a newline)
    /// for parser errors; for compiler errors the line read back from the
    /// file, so none for `<string>`.
    fn cpython_error_text(&self, failure: Failure, source: &str, mode: CompileMode) -> SyntaxError {
        match failure {
            Failure::Compile(mut e) => {
                let file = self.sources.get(e.filename.as_str()).filter(|_| !e.filename.starts_with('<'));
                let line = file.and_then(|src| src.lines().nth(e.lineno.checked_sub(1)? as usize));
                e.text = line.map(|t| format!("{t}\n"));
                e
            }
            Failure::Parse(mut e) => {
                let lines = source.split_inclusive('\n').count() as u32;
                let lexer_error = e.msg.starts_with("unterminated") || e.msg.ends_with("was never closed") && e.lineno < lines;
                let line_has_newline = source.split_inclusive('\n').nth(e.lineno.saturating_sub(1) as usize).is_some_and(|l| l.ends_with('\n'));
                if !lexer_error && (mode == CompileMode::Exec || line_has_newline) {
                    e.text = e.text.map(|t| t + "\n");
                }
                e
            }
        }
    }

    /// Run module-level code `code_obj` (borrowed) in `globals`/`locals`.
    pub fn run_code_in(&mut self, code_obj: ObjRef, globals: ObjRef, locals: ObjRef) -> PyResult<ObjRef> {
        let code = match self.get(code_obj) {
            Obj::Code(c) => c.clone(),
            _ => return Err(self.type_error("expected a code object")),
        };
        self.incref(locals);
        let frame = self.new_frame(code, globals, Some(locals));
        self.run_frame(frame)
    }
}

/// `eval(source, globals=None, locals=None, /)` and `exec(source,
/// globals=None, locals=None, /, *, closure=None)`: the three arguments
/// (borrowed; absent ones are None).
fn run_arguments(vm: &mut Vm, kind: RunKind, args: &Args) -> PyResult<[ObjRef; 3]> {
    match kind {
        RunKind::Eval => check_args(vm, args, "eval", 1, 3)?,
        RunKind::Exec => exec_arguments(vm, args)?,
    }
    let none = vm.s.none;
    Ok([0, 1, 2].map(|i| args.pos.get(i).copied().unwrap_or(none)))
}

fn exec_arguments(vm: &mut Vm, args: &Args) -> PyResult<()> {
    if let Some(&k) = args.kwnames.iter().find(|&&k| vm.str_text(k) != "closure") {
        let k = vm.str_text(k).to_owned();
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for exec()")));
    }
    if kwarg(vm, args, "closure").is_some_and(|c| !vm.is_none(c)) {
        return Err(vm.type_error("cannot use a closure with this code object"));
    }
    match args.pos.len() {
        0 => Err(vm.type_error("exec() takes at least 1 positional argument (0 given)")),
        n if n > 3 => Err(vm.type_error(format!("exec() takes at most 3 positional arguments ({n} given)"))),
        _ => Ok(()),
    }
}

/// `eval` reached without the interpreter's routing.
pub fn eval(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.eval_exec(RunKind::Eval, args, None)
}

/// `exec` reached without the interpreter's routing.
pub fn exec(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.eval_exec(RunKind::Exec, args, None)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1, *, _feature_version=-1)`: a code object. AST input and
/// output are not supported; the flags are accepted and ignored.
pub fn compile(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    let a = clinic(vm, args, args.pos, "compile", &names, 3)?;
    let [Some(source), Some(filename), Some(mode)] = [a[0], a[1], a[2]] else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let filename = match vm.get(filename) {
        Obj::Str(s) => s.text.to_string(),
        _ => match crate::builtins::bytes_ops::bytes_of(vm, filename) {
            Some(b) if matches!(vm.get(filename), Obj::Bytes(_)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                let t = vm.type_name(filename);
                return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {t}")));
            }
        },
    };
    let mode = match vm.get(mode) {
        Obj::Str(s) => match &*s.text {
            "exec" => CompileMode::Exec,
            "eval" => CompileMode::Eval,
            "single" => CompileMode::Single,
            _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        },
        _ => {
            let t = vm.type_name(mode);
            return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {t}")));
        }
    };
    let text = vm.source_text(source, "compile() arg 1 must be a string, bytes or AST object".into())?;
    vm.compile_code(&text, &filename, mode)
}
