//! Calls and displays, in CPython 3.11's shapes (they decide list
//! capacities and which objects are constants, so they are observable).

use std::collections::HashSet;
use std::rc::Rc;

use ouro_syntax::ast::{Expr, ExprKind, Keyword};

use super::expr::is_starred;
use super::{CResult, Compiler};
use crate::bytecode::{ConstValue, Op};

/// CPython's `STACK_USE_GUIDELINE`: displays and calls with more items are
/// built incrementally.
pub const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a, '_> {
    /// List/set/tuple displays and `*args` tuples (CPython's
    /// `starunpack_helper` with nothing pushed before).
    pub(super) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        build: Op,
        add: Op,
        extend: Op,
        tuple: bool,
    ) -> CResult {
        self.starunpack_pushed(elts, 0, build, add, extend, tuple)
    }

    fn starunpack_pushed(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Op,
        add: Op,
        extend: Op,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        if n > 2 {
            if let Some(items) = self.folder.all(elts) {
                if tuple && pushed == 0 {
                    self.load_const(ConstValue::Tuple(items.into()));
                    return Ok(());
                }
                let folded = if add == Op::SetAdd {
                    ConstValue::FrozenSet(items.into())
                } else {
                    ConstValue::Tuple(items.into())
                };
                self.emit(build, pushed);
                self.load_const(folded);
                self.emit(extend, 1);
                if tuple {
                    self.emit(Op::ListToTuple, 0);
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(
                if tuple { Op::BuildTuple } else { build },
                n as u32 + pushed,
            );
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.node {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    /// `{k: v, **m}` (CPython's `compiler_dict`).
    pub(super) fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Op::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Op::BuildMap, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Op::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Op::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Op::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BuildMap, 0);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let const_keys: Option<Vec<ConstValue>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(|k| self.folder.fold(k)))
                .collect();
            if let Some(const_keys) = const_keys {
                for v in &values[begin..end] {
                    self.expr(v)?;
                }
                self.load_const(ConstValue::Tuple(const_keys.into()));
                self.emit(Op::BuildConstKeyMap, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit(Op::BuildMap, 0);
        }
        for (k, v) in keys[begin..end].iter().zip(&values[begin..end]) {
            if let Some(k) = k {
                self.expr(k)?;
            }
            self.expr(v)?;
            if big {
                self.emit(Op::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Op::BuildMap, n as u32);
        }
        Ok(())
    }

    /// A call expression `e`.
    pub(super) fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        if self.method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        let mut seen = HashSet::new();
        for kw in keywords {
            if let Some(name) = &kw.arg {
                if !seen.insert(name.as_str()) {
                    return Err(self.error(format!("keyword argument repeated: {name}"), kw.span));
                }
            }
        }
        Ok(())
    }

    /// `obj.meth(args)` without keywords or stars: `LoadMethod`/`CallMethod`.
    fn method_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<bool, ouro_syntax::SyntaxError> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ouro_syntax::ast::ExprContext::Load,
        } = &func.node
        else {
            return Ok(false);
        };
        if !keywords.is_empty() || args.len() >= STACK_USE_GUIDELINE || args.iter().any(is_starred)
        {
            return Ok(false);
        }
        if self.is_import_originated(value) {
            return Ok(false);
        }
        self.expr(value)?;
        let saved = self.set_loc(func.span);
        self.at_attr(func, attr, |c| c.emit_name(Op::LoadMethod, attr));
        self.restore_loc(saved);
        for a in args {
            self.expr(a)?;
        }
        self.at_attr(func, attr, |c| c.emit(Op::CallMethod, args.len() as u32));
        let _ = e;
        Ok(true)
    }

    /// Arguments and the call instruction, with `pushed` positional
    /// arguments already on the stack (CPython's `compiler_call_helper`).
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        let simple = args.len() + keywords.len() * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(is_starred)
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let total = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Op::CallFunction, total);
                return Ok(());
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            let names: Vec<ConstValue> = keywords
                .iter()
                .map(|k| ConstValue::Str(Rc::from(k.arg.as_deref().unwrap_or(""))))
                .collect();
            self.load_const(ConstValue::Tuple(names.into()));
            self.emit(Op::CallFunctionKw, total);
            return Ok(());
        }
        if pushed == 0 && args.len() == 1 && is_starred(&args[0]) {
            if let ExprKind::Starred { value, .. } = &args[0].node {
                self.expr(value)?;
            }
        } else {
            self.starunpack_pushed(
                args,
                pushed,
                Op::BuildList,
                Op::ListAppend,
                Op::ListExtend,
                true,
            )?;
        }
        if !keywords.is_empty() {
            self.kwargs_dict(keywords)?;
        }
        self.emit(Op::CallFunctionEx, !keywords.is_empty() as u32);
        Ok(())
    }

    /// The kwargs dict of a `CallFunctionEx` call.
    fn kwargs_dict(&mut self, keywords: &'a [Keyword]) -> CResult {
        let mut have_dict = false;
        let mut nseen = 0;
        for (i, kw) in keywords.iter().enumerate() {
            if kw.arg.is_some() {
                nseen += 1;
                continue;
            }
            if nseen > 0 {
                self.subkwargs(&keywords[i - nseen..i])?;
                if have_dict {
                    self.emit(Op::DictMerge, 1);
                }
                have_dict = true;
                nseen = 0;
            }
            if !have_dict {
                self.emit(Op::BuildMap, 0);
                have_dict = true;
            }
            self.expr(&kw.value)?;
            self.emit(Op::DictMerge, 1);
        }
        if nseen > 0 {
            self.subkwargs(&keywords[keywords.len() - nseen..])?;
            if have_dict {
                self.emit(Op::DictMerge, 1);
            }
        }
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> CResult {
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let name = |k: &Keyword| ConstValue::Str(Rc::from(k.arg.as_deref().unwrap_or("")));
        if n > 1 && !big {
            for k in keywords {
                self.expr(&k.value)?;
            }
            let names: Vec<ConstValue> = keywords.iter().map(name).collect();
            self.load_const(ConstValue::Tuple(names.into()));
            self.emit(Op::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.emit_artificial(Op::BuildMap, 0);
        }
        for k in keywords {
            self.load_const(name(k));
            self.expr(&k.value)?;
            if big {
                self.emit_artificial(Op::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Op::BuildMap, n as u32);
        }
        Ok(())
    }
}
