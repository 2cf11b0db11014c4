//! Nested code objects: `def`, `lambda`, `class` and comprehensions.

use std::rc::Rc;

use ouro_syntax::ast::{self, Arguments, Comprehension, Expr, ExprKind, Stmt};

use super::{docstring, CResult, Compiler, Ctx, ScopeType};
use crate::bytecode::{
    CodeKind, CodeObject, ConstValue, Op, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE,
    MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS,
};
use crate::mangle::mangle;
use crate::symtable::NameScope;

impl<'a> Compiler<'a, '_> {
    /// ```text
    /// <decorators> <defaults tuple> <kwdefaults dict> <annotations tuple>
    /// [LoadClosure.. BuildTuple] LoadConst code; MakeFunction flags
    /// CallFunction 1 (per decorator, innermost first); Store name
    /// ```
    pub(super) fn function_def(&mut self, s: &'a Stmt, f: &'a ast::FunctionDef) -> CResult {
        let scope = self.table.scope_for(s);
        for d in &f.decorators {
            self.expr(d)?;
        }
        let first_line = f.decorators.first().map_or(s.span.line, |d| d.span.line);
        let mut flags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_ref())? {
            flags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        self.enter_unit(
            scope,
            CodeKind::Function,
            ScopeType::Function,
            &f.name,
            first_line,
        );
        let doc = docstring(&f.body);
        let first_const = doc.map_or(ConstValue::None, |d| ConstValue::Str(Rc::from(d)));
        self.u().add_const(first_const);
        self.u().doc = doc.map(Rc::from);
        self.set_arg_counts(&f.args);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.stmts(body)?;
        self.emit_implicit_return_none();
        let code = self.exit_unit();
        self.make_closure(code, flags);
        for _ in &f.decorators {
            self.emit(Op::CallFunction, 1);
        }
        self.name_op(&f.name, Ctx::Store)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// Push the defaults tuple and kw-defaults dict; returns their flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> Result<u32, ouro_syntax::SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                self.expr(default)?;
                let name = mangle(self.unit().private.as_deref(), &arg.name);
                keys.push(ConstValue::Str(Rc::from(name.as_str())));
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(ConstValue::Tuple(keys.into()));
            self.emit(Op::BuildConstKeyMap, n);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Push the annotations as a flat tuple `(name1, value1, name2, ...)`
    /// like CPython 3.11 (order: args, posonlyargs, *args, kwonlyargs,
    /// **kwargs, return). Returns whether anything was pushed.
    fn annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<bool, ouro_syntax::SyntaxError> {
        let mut len = 0;
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let pairs = params.filter_map(|a| a.annotation.as_ref().map(|ann| (a.name.as_str(), ann)));
        for (name, ann) in pairs.chain(returns.map(|r| ("return", r))) {
            let mangled = mangle(self.unit().private.as_deref(), name);
            self.load_str(&mangled);
            if let ExprKind::Starred { value, .. } = &ann.node {
                self.expr(value)?;
                self.emit(Op::UnpackSequence, 1);
            } else {
                self.expr(ann)?;
            }
            len += 2;
        }
        if len > 0 {
            self.emit(Op::BuildTuple, len);
        }
        Ok(len > 0)
    }

    /// Push the closure tuple (if `code` has free variables), the code, and
    /// `MakeFunction`.
    fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let idx = self.closure_index(name);
                self.emit(Op::LoadClosure, idx);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= MAKE_FUNCTION_CLOSURE;
        }
        self.load_const(ConstValue::Code(code));
        self.emit(Op::MakeFunction, flags);
    }

    /// The deref slot (cells first, then frees) of the current unit holding
    /// the cell an inner function captures as `name`.
    fn closure_index(&self, name: &str) -> u32 {
        let u = self.unit();
        let is_cell = (u.scope_type == ScopeType::Class && name == "__class__")
            || self.table.scopes[u.scope].scope_of(name) == Some(NameScope::Cell);
        let idx = if is_cell {
            u.cellvars.iter().position(|n| n == name)
        } else {
            u.freevars
                .iter()
                .position(|n| n == name)
                .map(|i| i + u.cellvars.len())
        };
        // Invariant: the symbol table made every name free in a child a
        // cell or free variable here.
        debug_assert!(idx.is_some(), "closure variable {name} not found");
        idx.unwrap_or(0) as u32
    }

    pub(super) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let flags = self.default_arguments(args)?;
        let scope = self.table.scope_for(e);
        self.enter_unit(
            scope,
            CodeKind::Function,
            ScopeType::Lambda,
            "<lambda>",
            e.span.line,
        );
        self.u().add_const(ConstValue::None);
        self.set_arg_counts(args);
        self.expr(body)?;
        if self.table.scopes[scope].generator {
            self.emit(Op::PopTop, 0);
            self.load_none();
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.exit_unit();
        self.make_closure(code, flags);
        Ok(())
    }

    /// ```text
    /// LoadBuildClass; <closure> LoadConst body_code; MakeFunction
    /// LoadConst 'Name'; <bases>; Call...; <decorators>; Store Name
    /// ```
    /// The body code stores `__module__` (the global `__name__`),
    /// `__qualname__`, the docstring as `__doc__`, runs the body and returns
    /// the `__class__` cell (also stored as `__classcell__`) or None.
    pub(super) fn class_def(&mut self, s: &'a Stmt, c: &'a ast::ClassDef) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let first_line = c.decorators.first().map_or(s.span.line, |d| d.span.line);
        let scope = self.table.scope_for(s);
        self.enter_unit(
            scope,
            CodeKind::Class,
            ScopeType::Class,
            &c.name,
            first_line,
        );
        self.name_op("__name__", Ctx::Load)?;
        self.name_op("__module__", Ctx::Store)?;
        let qualname = self.unit().qualname.clone();
        self.load_str(&qualname);
        self.name_op("__qualname__", Ctx::Store)?;
        self.namespace_body(&c.body)?;
        if self.table.scopes[scope].needs_class_closure {
            self.emit_artificial(Op::LoadClosure, 0);
            self.emit_artificial(Op::Copy, 1);
            let saved = self.artificial_here();
            self.name_op("__classcell__", Ctx::Store)?;
            self.restore_loc(saved);
        } else {
            let idx = self.u().add_const(ConstValue::None);
            self.emit_artificial(Op::LoadConst, idx);
        }
        self.emit_artificial(Op::ReturnValue, 0);
        let code = self.exit_unit();
        self.emit(Op::LoadBuildClass, 0);
        self.make_closure(code, 0);
        self.load_str(&c.name);
        self.validate_class_keywords(&c.keywords)?;
        self.call_helper(2, &c.bases, &c.keywords)?;
        for _ in &c.decorators {
            self.emit(Op::CallFunction, 1);
        }
        self.name_op(&c.name, Ctx::Store)
    }

    fn validate_class_keywords(&self, keywords: &[ast::Keyword]) -> CResult {
        let mut seen = std::collections::HashSet::new();
        for kw in keywords {
            if let Some(name) = &kw.arg {
                if !seen.insert(name.as_str()) {
                    return Err(self.error(format!("keyword argument repeated: {name}"), kw.span));
                }
            }
        }
        Ok(())
    }

    fn artificial_here(&mut self) -> ouro_syntax::ast::Span {
        let last = self
            .unit()
            .positions
            .last()
            .copied()
            .unwrap_or(self.unit().loc);
        self.set_loc(last)
    }

    /// A comprehension or generator expression: a nested function called
    /// with the iterator of its first iterable.
    ///
    /// ```text
    /// <closure> LoadConst code; MakeFunction; <first iter>; GetIter; CallFunction 1
    /// code:  BuildList 0 (BuildSet/BuildMap; nothing for genexpr)
    ///        LoadFast .0
    ///   L:   ForIter L_end; <store target>; <ifs: PopJumpIfFalse L>
    ///        <elt> ListAppend depth+1 (SetAdd, MapAdd; YieldValue PopTop)
    ///        Jump L
    ///   L_end: ReturnValue (LoadConst None; ReturnValue for genexpr)
    /// ```
    pub(super) fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (name, build, elt, value, generators) = match &e.node {
            ExprKind::ListComp { elt, generators } => {
                ("<listcomp>", Some(Op::BuildList), &**elt, None, generators)
            }
            ExprKind::SetComp { elt, generators } => {
                ("<setcomp>", Some(Op::BuildSet), &**elt, None, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "<dictcomp>",
                Some(Op::BuildMap),
                &**key,
                Some(&**value),
                generators,
            ),
            ExprKind::GeneratorExp { elt, generators } => {
                ("<genexpr>", None, &**elt, None, generators)
            }
            _ => unreachable!("comprehension() is only called for comprehensions"),
        };
        if generators.iter().any(|g| g.is_async) {
            return Err(
                self.error_here("asynchronous comprehension outside of an asynchronous function")
            );
        }
        let scope = self.table.scope_for(e);
        self.enter_unit(
            scope,
            CodeKind::Comprehension,
            ScopeType::Comprehension,
            name,
            e.span.line,
        );
        self.u().loc = e.span;
        self.u().argcount = 1;
        if let Some(build) = build {
            self.emit(build, 0);
        }
        let kind = CompShape { build, elt, value };
        self.comprehension_generator(generators, 0, 0, &kind)?;
        if build.is_some() {
            self.emit(Op::ReturnValue, 0);
        } else {
            self.emit_artificial_return_none();
        }
        let code = self.exit_unit();
        self.make_closure(code, 0);
        self.iter_expr(&generators[0].iter)?;
        self.emit(Op::GetIter, 0);
        self.emit(Op::CallFunction, 1);
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        shape: &CompShape<'a>,
    ) -> CResult {
        let gen = &gens[index];
        let (start, if_cleanup, anchor) = (self.new_label(), self.new_label(), self.new_label());
        let mut looping = true;
        if index == 0 {
            self.emit(Op::LoadFast, 0);
        } else if let Some(single) = self.single_item_iter(&gen.iter) {
            self.expr(single)?;
            looping = false;
        } else {
            self.iter_expr(&gen.iter)?;
            self.emit(Op::GetIter, 0);
        }
        if looping {
            depth += 1;
            self.bind(start);
            self.emit_jump(Op::ForIter, anchor);
        }
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < gens.len() {
            self.comprehension_generator(gens, index + 1, depth, shape)?;
        } else {
            self.comprehension_element(depth, shape)?;
        }
        self.bind(if_cleanup);
        if looping {
            self.emit_jump(Op::Jump, start);
            self.bind(anchor);
        }
        Ok(())
    }

    /// CPython's fast path for `for y in [expr]` in inner loops.
    fn single_item_iter(&mut self, iter: &'a Expr) -> Option<&'a Expr> {
        let elts = match &iter.node {
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts,
            _ => return None,
        };
        if elts.len() != 1
            || matches!(elts[0].node, ExprKind::Starred { .. })
            || self.folder.fold_iter(iter).is_some()
        {
            return None;
        }
        Some(&elts[0])
    }

    fn comprehension_element(&mut self, depth: u32, shape: &CompShape<'a>) -> CResult {
        self.expr(shape.elt)?;
        match (shape.build, shape.value) {
            (None, _) => {
                self.emit(Op::YieldValue, 0);
                self.emit(Op::PopTop, 0);
            }
            (Some(Op::BuildList), _) => self.emit(Op::ListAppend, depth + 1),
            (Some(Op::BuildSet), _) => self.emit(Op::SetAdd, depth + 1),
            (Some(_), Some(value)) => {
                self.expr(value)?;
                self.emit(Op::MapAdd, depth + 1);
            }
            (Some(_), None) => {}
        }
        Ok(())
    }
}

/// What a comprehension builds: its container op (None for a generator
/// expression), element and, for dicts, value.
struct CompShape<'a> {
    build: Option<Op>,
    elt: &'a Expr,
    value: Option<&'a Expr>,
}
