//! Code generation: the AST (plus its symbol table) to code objects.
//!
//! One [`Unit`] per code object under construction, stacked as blocks
//! nest. Instructions are appended with the *current location* (the span of
//! the innermost statement/expression being compiled), so every instruction
//! carries a source position. Jumps name [`Label`]s, resolved to absolute
//! instruction indices when the unit is assembled (`assemble.rs`).
//!
//! The submodules each compile one family of nodes: `expr` (expressions),
//! `call` (calls and displays), `stmt` (statements and control flow),
//! `assign` (targets), `exceptions` (try/with/raise and the unwinding of
//! blocks for break/continue/return), `function` (def, lambda, class and
//! comprehensions).

mod assign;
mod call;
mod exceptions;
mod expr;
mod function;
mod patterns;
mod stmt;
mod unit;

use std::rc::Rc;

use ouro_syntax::ast::{self, Span};
use ouro_syntax::SyntaxError;

use crate::bytecode::{CodeKind, CodeObject, ConstValue, Op};
use crate::errors::ErrorSource;
use crate::fold::Folder;
use crate::mangle::mangle;
use crate::symtable::{BlockKind, NameScope, SymbolTable, DEF_IMPORT};
use crate::Mode;

pub use unit::{FBlock, Label, ScopeType, Unit};

pub type CResult = Result<(), SyntaxError>;

/// How a name is being used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

impl From<ast::ExprContext> for Ctx {
    fn from(c: ast::ExprContext) -> Ctx {
        match c {
            ast::ExprContext::Load => Ctx::Load,
            ast::ExprContext::Store => Ctx::Store,
            ast::ExprContext::Del => Ctx::Del,
        }
    }
}

pub struct Compiler<'a, 'e> {
    table: SymbolTable,
    folder: Folder,
    errs: &'e ErrorSource<'e>,
    filename: Rc<str>,
    mode: Mode,
    units: Vec<Unit<'a>>,
}

impl<'a, 'e> Compiler<'a, 'e> {
    pub fn new(table: SymbolTable, errs: &'e ErrorSource<'e>, filename: &str, mode: Mode) -> Self {
        Compiler {
            table,
            folder: Folder::default(),
            errs,
            filename: filename.into(),
            mode,
            units: Vec::new(),
        }
    }

    /// Compile the module body into the top-level code object.
    pub fn compile_module(
        mut self,
        module: &'a ast::Module,
    ) -> Result<Rc<CodeObject>, SyntaxError> {
        let kind = if self.mode == Mode::Interactive {
            CodeKind::Interactive
        } else {
            CodeKind::Module
        };
        self.enter_unit(0, kind, ScopeType::Module, "<module>", 1);
        if let (Mode::Eval, [ast::Stmt { node: ast::StmtKind::Expr(value), .. }]) = (self.mode, module.body.as_slice()) {
            // 'eval': the expression's value is the code's result.
            self.u().loc = value.span;
            self.expr(value)?;
            self.emit(Op::ReturnValue, 0);
            return Ok(self.exit_unit());
        }
        if self.mode == Mode::Interactive {
            if has_annotations(&module.body) {
                self.emit(Op::SetupAnnotations, 0);
            }
            self.stmts(&module.body)?;
        } else {
            self.namespace_body(&module.body)?;
        }
        if let Some(last) = module.body.last() {
            self.u().loc = last.span;
        }
        self.emit_artificial_return_none();
        Ok(self.exit_unit())
    }

    /// The unit being compiled.
    fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn unit(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        self.errs.error(msg, span)
    }

    /// An error at the current location (CPython's `compiler_error`).
    fn error_here(&self, msg: impl Into<String>) -> SyntaxError {
        self.errs.error(msg, self.unit().loc)
    }

    fn enter_unit(
        &mut self,
        scope: usize,
        kind: CodeKind,
        scope_type: ScopeType,
        name: &str,
        first_line: u32,
    ) {
        let parent_private = self.units.last().and_then(|u| u.private.clone());
        let qualname = self.qualname(name, scope_type);
        let sc = &self.table.scopes[scope];
        let mut unit = Unit::new(scope, kind, scope_type, name, &qualname, first_line);
        unit.private = if scope_type == ScopeType::Class {
            Some(name.to_string())
        } else {
            parent_private
        };
        for p in &sc.params {
            unit.varnames.intern(p);
        }
        unit.cellvars = sc.cellvars();
        unit.freevars = sc.freevars();
        unit.loc = Span {
            line: first_line,
            col: 0,
            end_line: first_line,
            end_col: 0,
        };
        self.units.push(unit);
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname(&self, name: &str, scope_type: ScopeType) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit();
        if matches!(scope_type, ScopeType::Function | ScopeType::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.table.scopes[parent.scope].scope_of(&mangled) == Some(NameScope::GlobalExplicit)
            {
                return name.to_string();
            }
        }
        match parent.scope_type {
            ScopeType::Function | ScopeType::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    fn exit_unit(&mut self) -> Rc<CodeObject> {
        let unit = self.units.pop().expect("exit_unit matches enter_unit");
        let flags = self.code_flags(&unit);
        Rc::new(crate::assemble::assemble(unit, flags, &self.filename))
    }

    fn code_flags(&self, unit: &Unit) -> u32 {
        use crate::bytecode::flags::*;
        let sc = &self.table.scopes[unit.scope];
        let mut f = 0;
        if sc.kind == BlockKind::Function {
            f |= OPTIMIZED | NEWLOCALS;
            if sc.nested {
                f |= NESTED;
            }
            if sc.coroutine && sc.generator {
                f |= ASYNC_GENERATOR;
            } else if sc.coroutine {
                f |= COROUTINE;
            } else if sc.generator {
                f |= GENERATOR;
            }
            if sc.varargs {
                f |= VARARGS;
            }
            if sc.varkeywords {
                f |= VARKEYWORDS;
            }
        }
        f
    }

    // ----- emitting -----

    fn emit(&mut self, op: Op, arg: u32) {
        self.u().emit(op, arg);
    }

    fn emit_jump(&mut self, op: Op, target: Label) {
        self.u().emit(op, target.0);
    }

    /// Emit with the previous instruction's position (CPython's "artificial"
    /// instructions, e.g. the POP_TOP of an expression statement).
    fn emit_artificial(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let saved = u.loc;
        if let Some(last) = u.positions.last() {
            u.loc = *last;
        }
        u.emit(op, arg);
        u.loc = saved;
    }

    /// The `return None` a function body falls off into. It has no line
    /// (line 0): like CPython's propagated line numbers, it belongs to
    /// whichever line reached it (the loop header whose exit jumps there,
    /// or the last statement of the branch taken), so a trace function sees
    /// no extra line event.
    fn emit_implicit_return_none(&mut self) {
        let u = self.u();
        let saved = u.loc;
        u.loc = ouro_syntax::ast::Span::default();
        let idx = u.add_const(ConstValue::None);
        u.emit(Op::LoadConst, idx);
        u.emit(Op::ReturnValue, 0);
        self.u().loc = saved;
    }

    fn emit_artificial_return_none(&mut self) {
        let idx = self.u().add_const(ConstValue::None);
        self.emit_artificial(Op::LoadConst, idx);
        self.emit_artificial(Op::ReturnValue, 0);
    }

    fn new_label(&mut self) -> Label {
        self.u().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.u().bind(label);
    }

    fn load_const(&mut self, value: ConstValue) {
        let idx = self.u().add_const(value);
        self.emit(Op::LoadConst, idx);
    }

    fn load_none(&mut self) {
        self.load_const(ConstValue::None);
    }

    fn load_str(&mut self, s: &str) {
        self.load_const(ConstValue::Str(Rc::from(s)));
    }

    /// Emit `op` with the (mangled) name's `co_names` index.
    fn emit_name(&mut self, op: Op, name: &str) {
        let mangled = mangle(self.unit().private.as_deref(), name);
        let idx = self.u().names.intern(&mangled);
        self.emit(op, idx);
    }

    /// Set the current location, returning the previous one.
    fn set_loc(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.u().loc, span)
    }

    fn restore_loc(&mut self, span: Span) {
        self.u().loc = span;
    }

    // ----- names -----

    /// Load, store or delete a variable (CPython's `compiler_nameop`).
    fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult {
        if name == "__debug__" && ctx != Ctx::Load {
            let msg = if ctx == Ctx::Store {
                "cannot assign to __debug__"
            } else {
                "cannot delete __debug__"
            };
            return Err(self.error_here(msg));
        }
        let mangled = mangle(self.unit().private.as_deref(), name);
        let sc = &self.table.scopes[self.unit().scope];
        let scope = sc.scope_of(&mangled);
        let in_function = sc.kind == BlockKind::Function;
        let in_class = sc.kind == BlockKind::Class;
        let kind = match scope {
            Some(NameScope::Free) => {
                let idx = self.unit().cellvars.len()
                    + self
                        .unit()
                        .freevars
                        .iter()
                        .position(|n| *n == mangled)
                        .unwrap_or(0);
                return self.deref_op(idx as u32, ctx, in_class);
            }
            Some(NameScope::Cell) => {
                let idx = self
                    .unit()
                    .cellvars
                    .iter()
                    .position(|n| *n == mangled)
                    .unwrap_or(0);
                return self.deref_op(idx as u32, ctx, in_class);
            }
            Some(NameScope::Local) if in_function => NameKind::Fast,
            Some(NameScope::GlobalImplicit) if in_function => NameKind::Global,
            Some(NameScope::GlobalExplicit) => NameKind::Global,
            _ => NameKind::Name,
        };
        let (op, table) = match (kind, ctx) {
            (NameKind::Fast, Ctx::Load) => (Op::LoadFast, true),
            (NameKind::Fast, Ctx::Store) => (Op::StoreFast, true),
            (NameKind::Fast, Ctx::Del) => (Op::DeleteFast, true),
            (NameKind::Global, Ctx::Load) => (Op::LoadGlobal, false),
            (NameKind::Global, Ctx::Store) => (Op::StoreGlobal, false),
            (NameKind::Global, Ctx::Del) => (Op::DeleteGlobal, false),
            (NameKind::Name, Ctx::Load) => (Op::LoadName, false),
            (NameKind::Name, Ctx::Store) => (Op::StoreName, false),
            (NameKind::Name, Ctx::Del) => (Op::DeleteName, false),
        };
        let idx = if table {
            self.u().varnames.intern(&mangled)
        } else {
            self.u().names.intern(&mangled)
        };
        self.emit(op, idx);
        Ok(())
    }

    fn deref_op(&mut self, idx: u32, ctx: Ctx, in_class: bool) -> CResult {
        let op = match ctx {
            Ctx::Load if in_class => Op::LoadClassDeref,
            Ctx::Load => Op::LoadDeref,
            Ctx::Store => Op::StoreDeref,
            Ctx::Del => Op::DeleteDeref,
        };
        self.emit(op, idx);
        Ok(())
    }

    /// True when `e` is a module-level name bound by an import (CPython
    /// then skips the LoadMethod optimization).
    fn is_import_originated(&self, e: &ast::Expr) -> bool {
        match &e.node {
            ast::ExprKind::Name { id, .. } => self.table.scopes[0].flags(id) & DEF_IMPORT != 0,
            _ => false,
        }
    }

    /// A module or class body (CPython's `compiler_body`): annotations
    /// set up if any, the docstring stored as `__doc__`, then the statements.
    fn namespace_body(&mut self, body: &'a [ast::Stmt]) -> CResult {
        if self.unit().scope_type == ScopeType::Module {
            if let Some(first) = body.first() {
                self.set_loc(first.span);
            }
        }
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            self.u().doc = Some(Rc::from(doc));
            let saved = self.set_loc(body[0].span);
            self.load_str(doc);
            self.restore_loc(saved);
            let idx = self.unit().instrs.len() - 1;
            let pos = self.unit().positions[idx];
            let saved = self.set_loc(pos);
            self.name_op("__doc__", Ctx::Store)?;
            self.restore_loc(saved);
            rest = &body[1..];
        }
        self.stmts(rest)
    }
}

#[derive(Clone, Copy)]
enum NameKind {
    Fast,
    Global,
    Name,
}

/// The docstring of a body: its first statement, if a string literal.
pub fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match &body.first()?.node {
        ast::StmtKind::Expr(ast::Expr {
            node: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// Whether a module or class body has annotated assignments (outside of
/// nested functions and classes), so `__annotations__` must be set up.
pub fn has_annotations(body: &[ast::Stmt]) -> bool {
    use ast::StmtKind as S;
    body.iter().any(|s| match &s.node {
        S::AnnAssign { .. } => true,
        S::For { body, orelse, .. }
        | S::While { body, orelse, .. }
        | S::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        S::With { body, .. } => has_annotations(body),
        S::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
