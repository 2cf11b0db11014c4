//! The symbol table: which scope every name of every block belongs to.
//!
//! Built in two steps, like CPython's `symtable.c`:
//! 1. a walk over the AST records, per block (module, class, function,
//!    lambda, comprehension), how each name is used (`flags`);
//! 2. an analysis resolves each name to a [`NameScope`] (local, global,
//!    free, cell), propagating free variables outwards.
//!
//! Blocks are identified by the address of the AST node that opens them
//! (the `FunctionDef`/`ClassDef` statement or the lambda/comprehension
//! expression); the AST is borrowed immutably for the whole compilation, so
//! addresses are stable. Recursion depth is bounded by `depth::MAX_DEPTH`.

use std::collections::{HashMap, HashSet};

use ouro_syntax::ast::{self, Expr, ExprContext, ExprKind, Span, Stmt, StmtKind};
use ouro_syntax::SyntaxError;

use crate::errors::ErrorSource;
use crate::mangle::mangle;

pub type ScopeId = usize;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// What a name resolves to inside one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Option<NameScope>,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: BlockKind,
    pub comprehension: Option<CompKind>,
    /// The block's name (for debugging dumps).
    #[allow(dead_code)]
    pub name: String,
    symbols: HashMap<String, Symbol>,
    /// Symbol names in first-seen order (analysis is order-sensitive for errors).
    order: Vec<String>,
    /// Parameter names, in `co_varnames` order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    directives: HashMap<String, Span>,
    pub nested: bool,
    pub generator: bool,
    /// An `async def` (a coroutine function).
    pub coroutine: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub child_free: bool,
    pub needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: BlockKind, name: &str, nested: bool) -> Scope {
        Scope {
            kind,
            comprehension: None,
            name: name.to_string(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            directives: HashMap::new(),
            nested,
            generator: false,
            coroutine: false,
            varargs: false,
            varkeywords: false,
            child_free: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// Flags of `name` (already mangled), 0 if unknown.
    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// Resolved scope of `name` (already mangled); None for names the
    /// block never mentions (compiler-generated names).
    pub fn scope_of(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).and_then(|s| s.scope)
    }

    /// Sorted names resolved to `scope` (skipping names with `skip_flag`).
    pub fn names_with(&self, scope: NameScope, skip_flag: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Some(scope) && s.flags & skip_flag == 0)
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        names
    }

    /// `co_freevars`: sorted names that are free here, plus (in a class)
    /// names bound by the class that its methods use as free variables.
    pub fn freevars(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Some(NameScope::Free) || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        names
    }

    /// `co_cellvars`: sorted cell names (`__class__` alone for a class that needs it).
    pub fn cellvars(&self) -> Vec<String> {
        if self.needs_class_closure {
            return vec!["__class__".to_string()];
        }
        self.names_with(NameScope::Cell, 0)
    }
}

/// All blocks of one module; `scopes[0]` is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    /// The block opened by `node` (a `Stmt` or an `Expr`).
    pub fn scope_for<T>(&self, node: &T) -> ScopeId {
        // Invariant: codegen only asks for nodes the builder visited.
        self.by_node[&node_key(node)]
    }

    pub fn build(module: &ast::Module, errs: &ErrorSource) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(BlockKind::Module, "top", false)],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            private: None,
            errs,
        };
        for s in &module.body {
            b.stmt(s)?;
        }
        let mut table = b.table;
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        Analyzer {
            table: &mut table,
            errs,
        }
        .block(0, None, &mut free, &mut global)?;
        Ok(table)
    }
}

struct Builder<'e, 's> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    private: Option<String>,
    errs: &'e ErrorSource<'s>,
}

type R = Result<(), SyntaxError>;

impl Builder<'_, '_> {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("scope stack never empty")
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn lookup(&self, name: &str) -> u32 {
        let m = mangle(self.private.as_deref(), name);
        self.table.scopes[self.cur()].flags(&m)
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> R {
        let id = self.cur();
        self.add_def_in(id, name, flag, span)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, span: Span) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.table.scopes[id];
        let mut val = flag;
        if let Some(sym) = scope.symbols.get(&mangled) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(self.errs.error(
                    format!("duplicate argument '{name}' in function definition"),
                    span,
                ));
            }
            val |= sym.flags;
        }
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(self.errs.error(msg, span));
            }
            val |= DEF_COMP_ITER;
        }
        if !scope.symbols.contains_key(&mangled) {
            scope.order.push(mangled.clone());
        }
        scope.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: None,
            },
        );
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.table.scopes[0];
            if !module.symbols.contains_key(&mangled) {
                module.order.push(mangled.clone());
            }
            let sym = module.symbols.entry(mangled).or_insert(Symbol {
                flags: 0,
                scope: None,
            });
            sym.flags |= flag;
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur_scope().directives.entry(mangled).or_insert(span);
    }

    fn enter(&mut self, kind: BlockKind, name: &str, key: usize) -> ScopeId {
        let parent = &self.table.scopes[self.cur()];
        let nested = parent.nested || parent.kind == BlockKind::Function;
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, nested));
        let parent_id = self.cur();
        self.table.scopes[parent_id].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs<'x>(&mut self, es: impl IntoIterator<Item = &'x Expr>) -> R {
        es.into_iter().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.node {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(v) => self.exprs(v),
            StmtKind::Delete(ts) => self.exprs(ts),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(s, target, annotation, value.as_ref(), *simple),
            StmtKind::AugAssign { target, value, .. } => self.exprs([target, value]),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.exprs([target, iter])?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    self.exprs(&item.optional_vars)?;
                }
                self.stmts(body)
            }
            StmtKind::Raise { exc, cause } => {
                self.exprs(exc)?;
                self.exprs(cause)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    self.exprs(&h.typ)?;
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.exprs(msg)
            }
            StmtKind::Import(names) => self.imports(s, names),
            StmtKind::ImportFrom { names, .. } => self.imports(s, names),
            StmtKind::Global(names) => self.global_or_nonlocal(s, names, true),
            StmtKind::Nonlocal(names) => self.global_or_nonlocal(s, names, false),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    self.exprs(&c.guard)?;
                    self.stmts(&c.body)?;
                }
                Ok(())
            }
        }
    }

    /// A pattern's capture names are bound; its values and classes are loads.
    fn pattern(&mut self, p: &ast::Pattern) -> R {
        use ast::PatternKind as P;
        match &p.node {
            P::MatchValue(e) => self.expr(e),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(ps) | P::MatchOr(ps) => ps.iter().try_for_each(|p| self.pattern(p)),
            P::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                match rest {
                    Some(name) => self.add_def(name, DEF_LOCAL, p.span),
                    None => Ok(()),
                }
            }
            P::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|p| self.pattern(p))
            }
            P::MatchStar(name) => match name {
                Some(name) => self.add_def(name, DEF_LOCAL, p.span),
                None => Ok(()),
            },
            P::MatchAs { pattern, name } => {
                if let Some(inner) = pattern {
                    self.pattern(inner)?;
                }
                match name {
                    Some(name) => self.add_def(name, DEF_LOCAL, p.span),
                    None => Ok(()),
                }
            }
        }
    }

    fn function_def(&mut self, s: &Stmt, f: &ast::FunctionDef) -> R {
        self.add_def(&f.name, DEF_LOCAL, s.span)?;
        self.exprs(&f.args.defaults)?;
        self.exprs(f.args.kw_defaults.iter().flatten())?;
        self.annotations(&f.args, f.returns.as_ref())?;
        self.exprs(&f.decorators)?;
        let id = self.enter(BlockKind::Function, &f.name, node_key(s));
        self.table.scopes[id].coroutine = f.is_async;
        self.params(&f.args)?;
        self.stmts(&f.body)?;
        self.exit();
        Ok(())
    }

    fn annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in all {
            self.exprs(&arg.annotation)?;
        }
        self.exprs(returns)
    }

    fn params(&mut self, args: &ast::Arguments) -> R {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&arg.name, DEF_PARAM, arg.span)?;
        }
        if let Some(arg) = &args.vararg {
            self.add_def(&arg.name, DEF_PARAM, arg.span)?;
            self.cur_scope().varargs = true;
        }
        if let Some(arg) = &args.kwarg {
            self.add_def(&arg.name, DEF_PARAM, arg.span)?;
            self.cur_scope().varkeywords = true;
        }
        Ok(())
    }

    fn class_def(&mut self, s: &Stmt, c: &ast::ClassDef) -> R {
        self.add_def(&c.name, DEF_LOCAL, s.span)?;
        self.exprs(&c.bases)?;
        self.exprs(c.keywords.iter().map(|k| &k.value))?;
        self.exprs(&c.decorators)?;
        self.enter(BlockKind::Class, &c.name, node_key(s));
        let saved = self.private.replace(c.name.clone());
        let result = self.stmts(&c.body);
        self.private = saved;
        self.exit();
        result
    }

    fn ann_assign(
        &mut self,
        s: &Stmt,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> R {
        if let ExprKind::Name { id, .. } = &target.node {
            let cur = self.lookup(id);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && simple {
                let kind = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(self
                    .errs
                    .error(format!("annotated name '{id}' can't be {kind}"), s.span));
            }
            if simple {
                self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span)?;
            } else if value.is_some() {
                self.add_def(id, DEF_LOCAL, target.span)?;
            }
        } else {
            self.expr(target)?;
        }
        self.expr(annotation)?;
        self.exprs(value)
    }

    fn imports(&mut self, s: &Stmt, names: &[ast::Alias]) -> R {
        for alias in names {
            if alias.name == "*" {
                if self.table.scopes[self.cur()].kind != BlockKind::Module {
                    return Err(self
                        .errs
                        .error("import * only allowed at module level", s.span));
                }
                continue;
            }
            let store = match &alias.asname {
                Some(asname) => asname.as_str(),
                None => alias.name.split('.').next().unwrap_or(&alias.name),
            };
            self.add_def(store, DEF_IMPORT, alias.span)?;
        }
        Ok(())
    }

    fn global_or_nonlocal(&mut self, s: &Stmt, names: &[String], global: bool) -> R {
        let word = if global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                return Err(self.errs.error(msg, s.span));
            }
            self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, s.span)?;
            self.record_directive(name, s.span);
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        use ExprKind as E;
        match &e.node {
            E::NamedExpr { target, value } => self.named_expr(e, target, value),
            E::BoolOp { values, .. } => self.exprs(values),
            E::BinOp { left, right, .. } => self.exprs([&**left, &**right]),
            E::UnaryOp { .. } => {
                // Iterate down a run of unary operators (no recursion per level).
                let mut inner = e;
                while let E::UnaryOp { operand, .. } = &inner.node {
                    inner = operand;
                }
                self.expr(inner)
            }
            E::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                self.exprs(args.kw_defaults.iter().flatten())?;
                self.enter(BlockKind::Function, "lambda", node_key(e));
                self.params(args)?;
                self.expr(body)?;
                self.exit();
                Ok(())
            }
            E::IfExp { test, body, orelse } => self.exprs([&**test, &**body, &**orelse]),
            E::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.exprs(k)?;
                    self.expr(v)?;
                }
                Ok(())
            }
            E::Set(elts) | E::JoinedStr(elts) | E::List { elts, .. } | E::Tuple { elts, .. } => {
                self.exprs(elts)
            }
            E::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)
            }
            E::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)
            }
            E::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)
            }
            E::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value)),
            E::Yield(v) => {
                self.exprs(v.as_deref())?;
                self.mark_generator(e)
            }
            E::YieldFrom(v) => {
                self.expr(v)?;
                self.mark_generator(e)
            }
            E::Await(v) => self.expr(v),
            E::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            E::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                self.exprs(keywords.iter().map(|k| &k.value))
            }
            E::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.exprs(format_spec.as_deref())
            }
            E::Constant(_) => Ok(()),
            E::Attribute { value, .. } | E::Starred { value, .. } => self.expr(value),
            E::Subscript { value, slice, .. } => self.exprs([&**value, &**slice]),
            E::Slice { lower, upper, step } => {
                self.exprs(lower.as_deref())?;
                self.exprs(upper.as_deref())?;
                self.exprs(step.as_deref())
            }
            E::Name { id, ctx } => self.name(id, *ctx, e.span),
        }
    }

    fn name(&mut self, id: &str, ctx: ExprContext, span: Span) -> R {
        let flag = if ctx == ExprContext::Load {
            USE
        } else {
            DEF_LOCAL
        };
        self.add_def(id, flag, span)?;
        let in_function = self.table.scopes[self.cur()].kind == BlockKind::Function;
        if ctx == ExprContext::Load && in_function && id == "super" {
            self.add_def("__class__", USE, span)?;
        }
        Ok(())
    }

    fn mark_generator(&mut self, e: &Expr) -> R {
        let scope = self.cur_scope();
        scope.generator = true;
        let what = match scope.comprehension {
            None => return Ok(()),
            Some(CompKind::List) => "list comprehension",
            Some(CompKind::Set) => "set comprehension",
            Some(CompKind::Dict) => "dict comprehension",
            Some(CompKind::Generator) => "generator expression",
        };
        Err(self.errs.error(format!("'yield' inside {what}"), e.span))
    }

    fn named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        if self.table.scopes[self.cur()].comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(self.errs.error(msg, e.span));
        }
        if self.table.scopes[self.cur()].comprehension.is_some() {
            if let ExprKind::Name { id, .. } = &target.node {
                self.extend_namedexpr_scope(id, target.span)?;
            }
        }
        self.expr(value)?;
        self.expr(target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing
    /// function (as nonlocal) or module (as global).
    fn extend_namedexpr_scope(&mut self, name: &str, span: Span) -> R {
        for &id in self.stack.clone().iter().rev() {
            let scope = &self.table.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags(&mangle(self.private.as_deref(), name)) & DEF_COMP_ITER != 0 {
                    let msg = format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                    return Err(self.errs.error(msg, span));
                }
                continue;
            }
            match scope.kind {
                BlockKind::Function => {
                    let in_scope = scope.flags(&mangle(self.private.as_deref(), name));
                    let flag = if in_scope & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, span)?;
                    self.record_directive(name, span);
                    return self.add_def_in(id, name, DEF_LOCAL, span);
                }
                BlockKind::Module => {
                    self.add_def(name, DEF_GLOBAL, span)?;
                    self.record_directive(name, span);
                    return self.add_def_in(id, name, DEF_GLOBAL, span);
                }
                BlockKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(self.errs.error(msg, span));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        let cur = self.cur();
        self.table.scopes[cur].comp_iter_expr += 1;
        let r = self.expr(&first.iter);
        self.table.scopes[cur].comp_iter_expr -= 1;
        r?;
        let name = match kind {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Generator => "genexpr",
        };
        let id = self.enter(BlockKind::Function, name, node_key(e));
        self.table.scopes[id].comprehension = Some(kind);
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.comp_target(id, &first.target)?;
        self.exprs(&first.ifs)?;
        for g in &generators[1..] {
            self.table.scopes[id].comp_iter_expr += 1;
            let r = self.expr(&g.iter);
            self.table.scopes[id].comp_iter_expr -= 1;
            r?;
            self.comp_target(id, &g.target)?;
            self.exprs(&g.ifs)?;
        }
        self.exprs(value)?;
        self.expr(elt)?;
        self.table.scopes[id].generator = kind == CompKind::Generator;
        self.exit();
        Ok(())
    }

    fn comp_target(&mut self, id: ScopeId, target: &Expr) -> R {
        self.table.scopes[id].comp_iter_target = true;
        let r = self.expr(target);
        self.table.scopes[id].comp_iter_target = false;
        r
    }
}

/// Step 2: resolve every name (CPython's `analyze_block`).
struct Analyzer<'t, 'e, 's> {
    table: &'t mut SymbolTable,
    errs: &'e ErrorSource<'s>,
}

type Names = HashSet<String>;

impl Analyzer<'_, '_, '_> {
    fn block(
        &mut self,
        id: ScopeId,
        mut bound: Option<&mut Names>,
        free: &mut Names,
        global: &mut Names,
    ) -> R {
        let kind = self.table.scopes[id].kind;
        let mut local = Names::new();
        let mut scopes: HashMap<String, NameScope> = HashMap::new();
        let mut newglobal = Names::new();
        let mut newbound = Names::new();
        if kind == BlockKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }
        let order = self.table.scopes[id].order.clone();
        for name in &order {
            let flags = self.table.scopes[id].symbols[name].flags;
            let sc = self.name(
                id,
                name,
                flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.insert(name.clone(), sc);
        }
        if kind != BlockKind::Class {
            if kind == BlockKind::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let mut newfree = Names::new();
        for child in self.table.scopes[id].children.clone() {
            let mut temp_bound = newbound.clone();
            let mut temp_global = newglobal.clone();
            let mut temp_free = Names::new();
            self.block(
                child,
                Some(&mut temp_bound),
                &mut temp_free,
                &mut temp_global,
            )?;
            let child_scope = &self.table.scopes[child];
            let child_has_free = child_scope.child_free
                || child_scope
                    .symbols
                    .values()
                    .any(|s| s.scope == Some(NameScope::Free));
            if child_has_free {
                self.table.scopes[id].child_free = true;
            }
            newfree.extend(temp_free);
        }
        match kind {
            BlockKind::Function => {
                for (name, sc) in scopes.iter_mut() {
                    if *sc == NameScope::Local && newfree.remove(name) {
                        *sc = NameScope::Cell;
                    }
                }
            }
            BlockKind::Class => {
                if newfree.remove("__class__") {
                    self.table.scopes[id].needs_class_closure = true;
                }
            }
            BlockKind::Module => {}
        }
        self.update_symbols(id, &scopes, bound.as_deref(), &newfree);
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn name(
        &mut self,
        id: ScopeId,
        name: &str,
        flags: u32,
        bound: Option<&mut Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<NameScope, SyntaxError> {
        let directive = |scope: &Scope| scope.directives.get(name).copied().unwrap_or_default();
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let span = directive(&self.table.scopes[id]);
                return Err(self
                    .errs
                    .error(format!("name '{name}' is nonlocal and global"), span));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(NameScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let span = directive(&self.table.scopes[id]);
            let Some(b) = bound else {
                return Err(self
                    .errs
                    .error("nonlocal declaration not allowed at module level", span));
            };
            if !b.contains(name) {
                return Err(self
                    .errs
                    .error(format!("no binding for nonlocal '{name}' found"), span));
            }
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(NameScope::Local);
        }
        if bound.is_some_and(|b| b.contains(name)) {
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        Ok(NameScope::GlobalImplicit)
    }

    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &HashMap<String, NameScope>,
        bound: Option<&Names>,
        free: &Names,
    ) {
        let scope = &mut self.table.scopes[id];
        for (name, sc) in scopes {
            if let Some(sym) = scope.symbols.get_mut(name) {
                sym.scope = Some(*sc);
            }
        }
        let is_class = scope.kind == BlockKind::Class;
        let mut sorted: Vec<&String> = free.iter().collect();
        sorted.sort();
        for name in sorted {
            if let Some(sym) = scope.symbols.get_mut(name) {
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) {
                continue;
            }
            scope.order.push(name.clone());
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: Some(NameScope::Free),
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ouro_syntax::ast::{Arguments, ClassDef, FunctionDef, Module};

    fn sp() -> Span {
        Span {
            line: 1,
            col: 0,
            end_line: 1,
            end_col: 1,
        }
    }

    fn name(id: &str, ctx: ExprContext) -> Expr {
        Expr {
            node: ExprKind::Name { id: id.into(), ctx },
            span: sp(),
        }
    }

    fn stmt(node: StmtKind) -> Stmt {
        Stmt { node, span: sp() }
    }

    fn def(name: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
        let args = Arguments {
            args: params
                .iter()
                .map(|p| ast::Arg {
                    name: p.to_string(),
                    annotation: None,
                    span: sp(),
                })
                .collect(),
            ..Default::default()
        };
        let f = FunctionDef {
            name: name.into(),
            args,
            body,
            decorators: vec![],
            returns: None,
            is_async: false,
        };
        stmt(StmtKind::FunctionDef(Box::new(f)))
    }

    fn ret(e: Expr) -> Stmt {
        stmt(StmtKind::Return(Some(e)))
    }

    fn assign(target: &str, value: Expr) -> Stmt {
        stmt(StmtKind::Assign {
            targets: vec![name(target, ExprContext::Store)],
            value,
        })
    }

    fn call(f: &str) -> Expr {
        Expr {
            node: ExprKind::Call {
                func: Box::new(name(f, ExprContext::Load)),
                args: vec![],
                keywords: vec![],
            },
            span: sp(),
        }
    }

    fn build(body: Vec<Stmt>) -> Result<SymbolTable, SyntaxError> {
        SymbolTable::build(&Module { body }, &ErrorSource::new("", "t.py"))
    }

    /// class C:
    ///     x = 1
    ///     def f(self): return x, super()
    ///     def g(self):
    ///         x = 2
    ///         def h(): return x
    #[test]
    fn classification_matches_cpython() {
        let load = |n: &str| name(n, ExprContext::Load);
        let tuple = Expr {
            node: ExprKind::Tuple {
                elts: vec![load("x"), call("super")],
                ctx: ExprContext::Load,
            },
            span: sp(),
        };
        let h = def("h", &[], vec![ret(load("x"))]);
        let class = ClassDef {
            name: "C".into(),
            bases: vec![],
            keywords: vec![],
            body: vec![
                assign(
                    "x",
                    Expr {
                        node: ExprKind::Constant(ast::Constant::Int("1".into())),
                        span: sp(),
                    },
                ),
                def("f", &["self"], vec![ret(tuple)]),
                def("g", &["self"], vec![assign("x", load("self")), h]),
            ],
            decorators: vec![],
        };
        let t = build(vec![stmt(StmtKind::ClassDef(Box::new(class)))]).unwrap();
        let by_name = |n: &str| t.scopes.iter().find(|s| s.name == n).unwrap();
        let (c, f, g, h) = (by_name("C"), by_name("f"), by_name("g"), by_name("h"));
        assert_eq!(c.scope_of("x"), Some(NameScope::Local));
        assert!(c.needs_class_closure);
        assert_eq!(c.cellvars(), ["__class__"]);
        assert_eq!(f.scope_of("x"), Some(NameScope::GlobalImplicit));
        assert_eq!(f.scope_of("super"), Some(NameScope::GlobalImplicit));
        assert_eq!(f.scope_of("__class__"), Some(NameScope::Free));
        assert_eq!(f.scope_of("self"), Some(NameScope::Local));
        assert_eq!(g.scope_of("x"), Some(NameScope::Cell));
        assert_eq!(h.scope_of("x"), Some(NameScope::Free));
        assert!(h.nested && !g.nested);
    }

    #[test]
    fn nonlocal_and_global_errors() {
        let nonlocal = stmt(StmtKind::Nonlocal(vec!["a".into()]));
        let e = build(vec![def("f", &[], vec![nonlocal])]).unwrap_err();
        assert_eq!(e.msg, "no binding for nonlocal 'a' found");
        let global = stmt(StmtKind::Global(vec!["a".into()]));
        let e = build(vec![def("f", &["a"], vec![global])]).unwrap_err();
        assert_eq!(e.msg, "name 'a' is parameter and global");
        let e = build(vec![def("f", &["a", "a"], vec![])]).unwrap_err();
        assert_eq!(e.msg, "duplicate argument 'a' in function definition");
    }

    #[test]
    fn explicit_global_in_function_is_global_at_module_level() {
        let global = stmt(StmtKind::Global(vec!["x".into()]));
        let t = build(vec![def("f", &[], vec![global, assign("x", call("g"))])]).unwrap();
        assert_eq!(t.scopes[0].scope_of("x"), Some(NameScope::GlobalExplicit));
        assert_eq!(t.scopes[1].scope_of("x"), Some(NameScope::GlobalExplicit));
    }
}
