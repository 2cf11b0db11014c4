//! Calling: argument binding for Python functions (with CPython's error
//! messages), dispatch to natives, bound methods and types, and function
//! creation.

use std::rc::Rc;

use ouro_compiler::bytecode::flags;

use crate::errors::PyResult;
use crate::frame::Frame;
use crate::object::{CodeData, FunctionObj, Obj, ObjRef};
use crate::vm::Vm;

/// Arguments of a call, all borrowed: positional values, then keyword
/// names (str objects) with their values.
pub struct Args<'a> {
    pub pos: &'a [ObjRef],
    pub kwnames: &'a [ObjRef],
    pub kwvalues: &'a [ObjRef],
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [ObjRef]) -> Args<'a> {
        Args { pos, kwnames: &[], kwvalues: &[] }
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

impl Vm {
    /// Call `callable` with positional arguments (borrowed); owned result.
    pub fn call(&mut self, callable: ObjRef, pos: &[ObjRef]) -> PyResult<ObjRef> {
        self.call_with_args(callable, &Args::positional(pos))
    }

    pub fn call_with_args(&mut self, callable: ObjRef, args: &Args) -> PyResult<ObjRef> {
        match self.get(callable) {
            Obj::Function(f) => {
                let is_gen = f.code.code.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0;
                let mut frame = self.function_frame(callable, args)?;
                self.incref(callable);
                frame.func = Some(callable);
                if is_gen {
                    return Ok(self.new_generator(callable, frame));
                }
                self.run_frame(frame)
            }
            Obj::Builtin(b) => {
                let func = b.func;
                match b.self_obj {
                    Some(s) => {
                        let mut pos = Vec::with_capacity(args.pos.len() + 1);
                        pos.push(s);
                        pos.extend_from_slice(args.pos);
                        func(self, &Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues })
                    }
                    None => func(self, args),
                }
            }
            Obj::BoundMethod { func, self_obj } => {
                let (func, s) = (*func, *self_obj);
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(s);
                pos.extend_from_slice(args.pos);
                self.call_with_args(func, &Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues })
            }
            Obj::Type(t) if t.meta.is_some() => self.call_class(callable, args),
            Obj::Type(t) if !t.is_static => self.call_user_class(callable, args),
            Obj::Type(_) => crate::builtins::construct::call_type(self, callable, args),
            Obj::Instance(_) => self.call_instance(callable, args),
            Obj::WeakRef(w) if !w.is_proxy => {
                let t = w.referent.unwrap_or(self.s.none);
                crate::builtins::check_args(self, args, "weakref", 0, 0)?;
                Ok(self.incref(t))
            }
            Obj::StaticMethod(f) => {
                let f = *f;
                self.call_with_args(f, args)
            }
            _ => {
                let t = self.type_name(callable);
                Err(self.type_error(format!("'{t}' object is not callable")))
            }
        }
    }

    /// `callable(*args, **kwargs)` with a tuple/list and an optional dict.
    pub fn call_ex(&mut self, callable: ObjRef, args: ObjRef, kwargs: Option<ObjRef>) -> PyResult<ObjRef> {
        let pos = self.collect_iter(args)?;
        let mut names = Vec::new();
        let mut values = Vec::new();
        if let Some(kw) = kwargs {
            for (k, v) in self.dict_items(kw) {
                names.push(self.incref(k));
                values.push(self.incref(v));
            }
        }
        let r = self.call_with_args(callable, &Args { pos: &pos, kwnames: &names, kwvalues: &values });
        self.decref_all(pos);
        self.decref_all(names);
        self.decref_all(values);
        r
    }

    /// A new frame for calling the Python function `func` with `args`
    /// (borrowed; the frame takes its own references). `frame.func` is
    /// left for the caller to set.
    pub fn function_frame(&mut self, func: ObjRef, args: &Args) -> PyResult<Box<Frame>> {
        let (code, globals, defaults, kwdefaults, closure) = match self.get(func) {
            Obj::Function(f) => (f.code.clone(), f.globals, f.defaults, f.kwdefaults, f.closure),
            _ => return Err(self.type_error("not a function")),
        };
        let mut frame = self.new_frame(code.clone(), globals, None);
        if let Err(e) = self.bind_arguments(&mut frame, &code, args, defaults, kwdefaults) {
            self.release_frame(frame);
            return Err(e);
        }
        self.init_cells(&mut frame, &code, closure);
        Ok(frame)
    }

    /// A fresh frame (reusing a pooled one's buffers). Takes a new
    /// reference to `globals` and owns `locals`.
    pub fn new_frame(&mut self, code: Rc<CodeData>, globals: ObjRef, locals: Option<ObjRef>) -> Box<Frame> {
        self.incref(globals);
        let nlocals = code.code.nlocals();
        let stacksize = code.code.stacksize as usize;
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.code = code;
                f.pc = 0;
                f.fast.resize(nlocals, None);
                f.stack.reserve(stacksize);
                f.globals = globals;
                f.locals = locals;
                f.func = None;
                f.frame_obj = None;
                f.code_obj = None;
                f.trace_last = usize::MAX;
                f.traced = false;
                f
            }
            None => Box::new(Frame {
                code,
                pc: 0,
                stack: Vec::with_capacity(stacksize),
                fast: vec![None; nlocals],
                cells: Vec::new(),
                globals,
                locals,
                blocks: Vec::new(),
                func: None,
                frame_obj: None,
                code_obj: None,
                trace_last: usize::MAX,
                traced: false,
            }),
        }
    }

    fn init_cells(&mut self, frame: &mut Frame, code: &CodeData, closure: ObjRef) {
        for (i, _) in code.code.cellvars.iter().enumerate() {
            let initial = code.code.cell2arg.get(i).copied().flatten().and_then(|a| frame.fast[a as usize].take());
            let cell = self.alloc_tracked(Obj::Cell(initial));
            frame.cells.push(cell);
        }
        let free: Vec<ObjRef> = match self.get(closure) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        for c in free {
            self.incref(c);
            frame.cells.push(c);
        }
    }

    /// Bind `args` to the parameters of `code` in `frame.fast`, following
    /// CPython's rules and messages.
    fn bind_arguments(
        &mut self,
        frame: &mut Frame,
        code: &CodeData,
        args: &Args,
        defaults: ObjRef,
        kwdefaults: ObjRef,
    ) -> PyResult<()> {
        let co = &code.code;
        let nparams = co.argcount as usize;
        let nkwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let fast_path = args.kwnames.is_empty() && args.pos.len() == nparams && !has_varargs && !has_varkw && nkwonly == 0;
        for (slot, &v) in args.pos.iter().take(nparams).enumerate() {
            self.incref(v);
            frame.fast[slot] = Some(v);
        }
        if fast_path {
            return Ok(());
        }
        let mut next = nparams + nkwonly;
        if has_varargs {
            let extra: Vec<ObjRef> = args.pos.iter().skip(nparams).copied().collect();
            for &v in &extra {
                self.incref(v);
            }
            frame.fast[next] = Some(self.new_tuple(extra));
            next += 1;
        } else if args.pos.len() > nparams {
            return Err(self.too_many_positional(code, args, defaults));
        }
        let varkw = if has_varkw {
            let d = self.new_dict();
            frame.fast[next] = Some(d);
            Some(d)
        } else {
            None
        };
        for (&name, &value) in args.kwnames.iter().zip(args.kwvalues) {
            let text = self.str_text(name).to_owned();
            let slot = code.code.varnames[co.posonlyargcount as usize..nparams + nkwonly]
                .iter()
                .position(|v| **v == *text)
                .map(|i| i + co.posonlyargcount as usize);
            match (slot, varkw) {
                (Some(s), _) => {
                    if frame.fast[s].is_some() {
                        return Err(self.type_error(format!("{}() got multiple values for argument '{text}'", co.qualname)));
                    }
                    self.incref(value);
                    frame.fast[s] = Some(value);
                }
                (None, Some(d)) => self.dict_set(d, name, value)?,
                (None, None) => {
                    return Err(self.type_error(format!("{}() got an unexpected keyword argument '{text}'", co.qualname)));
                }
            }
        }
        self.fill_defaults(frame, code, defaults, kwdefaults)
    }

    fn fill_defaults(&mut self, frame: &mut Frame, code: &CodeData, defaults: ObjRef, kwdefaults: ObjRef) -> PyResult<()> {
        let co = &code.code;
        let nparams = co.argcount as usize;
        let defs: Vec<ObjRef> = match self.get(defaults) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let first_default = nparams - defs.len().min(nparams);
        let mut missing = Vec::new();
        for slot in 0..nparams {
            if frame.fast[slot].is_none() {
                if slot >= first_default {
                    let v = defs[slot - first_default];
                    self.incref(v);
                    frame.fast[slot] = Some(v);
                } else {
                    missing.push(co.varnames[slot].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&co.qualname, "positional", &missing));
        }
        for slot in nparams..nparams + co.kwonlyargcount as usize {
            if frame.fast[slot].is_none() {
                let name = co.varnames[slot].clone();
                let key = self.intern(&name);
                let found = if self.is_none(kwdefaults) { None } else { self.dict_get_item(kwdefaults, key)? };
                self.decref(key);
                match found {
                    Some(v) => frame.fast[slot] = Some(v),
                    None => missing.push(name),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&co.qualname, "keyword-only", &missing));
        }
        Ok(())
    }

    fn too_many_positional(&mut self, code: &CodeData, args: &Args, defaults: ObjRef) -> crate::errors::PyErr {
        let co = &code.code;
        let nparams = co.argcount as usize;
        let ndefaults = match self.get(defaults) {
            Obj::Tuple(t) => t.len(),
            _ => 0,
        };
        let given = args.pos.len();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", nparams - ndefaults, nparams)
        } else {
            format!("{} positional argument{}", nparams, if nparams == 1 { "" } else { "s" })
        };
        let was = if given == 1 { "was" } else { "were" };
        self.type_error(format!("{}() takes {takes} but {given} {was} given", co.qualname))
    }

    fn missing_arguments(&mut self, qualname: &str, kind: &str, names: &[Rc<str>]) -> crate::errors::PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let plural = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!("{qualname}() missing {} required {kind} argument{plural}: {list}", names.len()))
    }

    /// `MakeFunction`: every argument is owned and moves into the function.
    pub fn make_function(
        &mut self,
        code_obj: ObjRef,
        globals: ObjRef,
        defaults: Option<ObjRef>,
        kwdefaults: Option<ObjRef>,
        annotations: Option<ObjRef>,
        closure: Option<ObjRef>,
    ) -> ObjRef {
        let code = match self.get(code_obj) {
            Obj::Code(c) => c.clone(),
            _ => unreachable_code(),
        };
        let name = self.intern(&code.code.name);
        let qualname = self.new_str(&*code.code.qualname);
        let name_key = self.intern("__name__");
        let module = match self.dict_get_item(globals, name_key) {
            Ok(Some(m)) => m,
            _ => self.none(),
        };
        self.decref(name_key);
        let doc = match &code.code.doc {
            Some(d) => self.new_str(&**d),
            None => self.none(),
        };
        self.incref(globals);
        let mut none = || {
            let n = self.s.none;
            self.heap.incref(n);
            n
        };
        let func = FunctionObj {
            code,
            code_obj,
            globals,
            name,
            qualname,
            defaults: defaults.unwrap_or_else(&mut none),
            kwdefaults: kwdefaults.unwrap_or_else(&mut none),
            closure: closure.unwrap_or_else(&mut none),
            module,
            doc,
            dict: none(),
            annotations: annotations.unwrap_or_else(&mut none),
        };
        self.alloc_tracked(Obj::Function(Box::new(func)))
    }

    /// `f.__annotations__` (owned): a dict made on first use from the
    /// (name, value, ...) tuple `MakeFunction` stored, or a new empty dict,
    /// kept in the function as CPython does.
    pub fn function_annotations(&mut self, func: ObjRef) -> ObjRef {
        let current = match self.get(func) {
            Obj::Function(f) => f.annotations,
            _ => return self.none(),
        };
        if matches!(self.get(current), Obj::Dict(_)) {
            return self.incref(current);
        }
        let pairs = match self.get(current) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let d = self.new_dict();
        for kv in pairs.chunks_exact(2) {
            let _ = self.dict_set(d, kv[0], kv[1]);
        }
        let old = match self.get_mut(func) {
            Obj::Function(f) => std::mem::replace(&mut f.annotations, d),
            _ => return d,
        };
        self.decref(old);
        self.incref(d)
    }
}

#[cold]
fn unreachable_code() -> Rc<CodeData> {
    panic!("MakeFunction without a code object")
}
