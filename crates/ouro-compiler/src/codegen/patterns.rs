//! `match` statements (PEP 634), compiled as CPython 3.11 does: the
//! subject stays on the stack while each case's pattern is tried on a copy
//! of it. A failing check jumps to a chain of `POP_TOP`s that removes
//! exactly what the pattern had pushed so far, then goes on to the next
//! case. Captures are stored as soon as they match (PEP 634 leaves the
//! bindings of a failed match unspecified).

use std::rc::Rc;

use ouro_syntax::ast::{Span, Constant, Expr, ExprKind, MatchCase, Pattern, PatternKind, UnaryOperator};

use super::{CResult, Compiler, Ctx, Label};
use crate::bytecode::{CompareArg, ConstValue, Op};

/// The state of one pattern (or one alternative of an or-pattern).
struct PCtx {
    /// `fail_pop[k]` pops `k` items, then continues at the failure target.
    fail_pop: Vec<Label>,
    /// Items on the stack above the case's base, the matched value included.
    on_top: usize,
    /// Names captured so far, in order.
    stores: Vec<String>,
    allow_irrefutable: bool,
    /// The span of the last pattern entered (CPython reports some errors there).
    last: Span,
}

impl<'a> Compiler<'a, '_> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        for (i, case) in cases.iter().enumerate() {
            let saved = self.set_loc(case.pattern.span);
            self.emit(Op::Copy, 1);
            let mut pc = PCtx {
                fail_pop: Vec::new(),
                on_top: 1,
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                last: case.pattern.span,
            };
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            self.emit(Op::PopTop, 0);
            self.restore_loc(saved);
            self.stmts(&case.body)?;
            self.emit_artificial(Op::Jump, end.0);
            self.emit_fail_chain(&pc);
        }
        self.emit_artificial(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PCtx, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[pops]
    }

    /// Jump (with `op`, a conditional jump or `Jump`) to fail with `pops` items to remove.
    fn jump_fail(&mut self, pc: &mut PCtx, pops: usize, op: Op) {
        let l = self.fail_label(pc, pops);
        self.emit_jump(op, l);
    }

    fn emit_fail_chain(&mut self, pc: &PCtx) {
        for k in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[k]);
            self.emit(Op::PopTop, 0);
        }
        if let Some(&l) = pc.fail_pop.first() {
            self.bind(l);
        }
    }

    fn store_capture(&mut self, name: &str, p: &Pattern, pc: &mut PCtx) -> CResult {
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), p.span));
        }
        pc.stores.push(name.to_string());
        pc.on_top -= 1;
        self.name_op(name, Ctx::Store)
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PCtx) -> CResult {
        let saved = self.set_loc(p.span);
        pc.last = p.span;
        let result = self.pattern_here(p, pc);
        self.restore_loc(saved);
        result
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PCtx) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        result
    }

    fn pattern_here(&mut self, p: &'a Pattern, pc: &mut PCtx) -> CResult {
        match &p.node {
            PatternKind::MatchAs { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(msg, p.span));
                }
                match name {
                    Some(n) => self.store_capture(n, p, pc),
                    None => {
                        self.emit(Op::PopTop, 0);
                        pc.on_top -= 1;
                        Ok(())
                    }
                }
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                self.emit(Op::Copy, 1);
                pc.on_top += 1;
                self.pattern(inner, pc)?;
                match name {
                    Some(n) => self.store_capture(n, p, pc),
                    None => {
                        self.emit(Op::PopTop, 0);
                        pc.on_top -= 1;
                        Ok(())
                    }
                }
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.store_capture(n, p, pc),
                None => {
                    self.emit(Op::PopTop, 0);
                    pc.on_top -= 1;
                    Ok(())
                }
            },
            PatternKind::MatchValue(e) => {
                self.expr(e)?;
                self.emit(Op::CompareOp, CompareArg::Eq as u32);
                pc.on_top -= 1;
                self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(match c {
                    Constant::Bool(b) => ConstValue::Bool(*b),
                    _ => ConstValue::None,
                });
                self.emit(Op::IsOp, 0);
                pc.on_top -= 1;
                self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(ps) => self.sequence_pattern(p, ps, pc),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.mapping_pattern(p, keys, patterns, rest.as_deref(), pc)
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchOr(alts) => self.or_pattern(p, alts, pc),
        }
    }

    /// Unpacked values are on the stack (first on top): match each in turn.
    fn subpatterns(&mut self, ps: &'a [Pattern], pc: &mut PCtx) -> CResult {
        if ps.is_empty() {
            self.emit(Op::PopTop, 0);
            pc.on_top -= 1;
            return Ok(());
        }
        ps.iter().try_for_each(|p| self.subpattern(p, pc))
    }

    fn sequence_pattern(&mut self, p: &'a Pattern, ps: &'a [Pattern], pc: &mut PCtx) -> CResult {
        let mut star = None;
        for (i, sub) in ps.iter().enumerate() {
            if matches!(sub.node, PatternKind::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", sub.span));
                }
                star = Some(i);
            }
        }
        let n = ps.len();
        self.emit(Op::MatchSequence, 0);
        self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Op::GetLen, 0);
                self.load_const(ConstValue::Int(n.into()));
                self.emit(Op::CompareOp, CompareArg::Eq as u32);
                self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
                if n == 0 {
                    self.emit(Op::PopTop, 0);
                    pc.on_top -= 1;
                    return Ok(());
                }
                self.emit(Op::UnpackSequence, n as u32);
            }
            Some(s) => {
                if n > 1 {
                    self.emit(Op::GetLen, 0);
                    self.load_const(ConstValue::Int((n - 1).into()));
                    self.emit(Op::CompareOp, CompareArg::Ge as u32);
                    self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
                }
                let (before, after) = (s, n - 1 - s);
                if before > 0xff || after > 0xffffff {
                    return Err(self.error("too many expressions in star-unpacking sequence pattern", p.span));
                }
                self.emit(Op::UnpackEx, (before | (after << 8)) as u32);
            }
        }
        pc.on_top += n - 1;
        self.subpatterns(ps, pc)
    }

    fn mapping_pattern(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PCtx,
    ) -> CResult {
        self.emit(Op::MatchMapping, 0);
        self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
        if keys.is_empty() && rest.is_none() {
            self.emit(Op::PopTop, 0);
            pc.on_top -= 1;
            return Ok(());
        }
        if !keys.is_empty() {
            self.emit(Op::GetLen, 0);
            self.load_const(ConstValue::Int(keys.len().into()));
            self.emit(Op::CompareOp, CompareArg::Ge as u32);
            self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<String> = Vec::new();
        for k in keys {
            if let Some(r) = literal_repr(k) {
                if seen.contains(&r) {
                    return Err(self.error(format!("mapping pattern checks duplicate key ({r})"), p.span));
                }
                seen.push(r);
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple, keys.len() as u32);
        pc.on_top += 1;
        self.emit(Op::MatchKeys, 0);
        pc.on_top += 1;
        self.emit(Op::Copy, 1);
        self.load_none();
        self.emit(Op::IsOp, 1);
        self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
        if keys.is_empty() {
            self.emit(Op::PopTop, 0);
            pc.on_top -= 1;
        } else {
            self.emit(Op::UnpackSequence, keys.len() as u32);
            pc.on_top += keys.len() - 1;
            patterns.iter().try_for_each(|sub| self.subpattern(sub, pc))?;
        }
        match rest {
            Some(name) => {
                self.emit(Op::CopyDictWithoutKeys, 0);
                self.store_capture(name, p, pc)?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                pc.on_top -= 1;
            }
        }
        self.emit(Op::PopTop, 0);
        pc.on_top -= 1;
        Ok(())
    }

    fn class_pattern(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PCtx,
    ) -> CResult {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                return Err(self.error(format!("attribute name repeated in class pattern: {a}"), kwd_patterns[i].span));
            }
        }
        let _ = p;
        self.expr(cls)?;
        let names: Vec<ConstValue> = kwd_attrs.iter().map(|a| ConstValue::Str(Rc::from(a.as_str()))).collect();
        self.load_const(ConstValue::Tuple(Rc::from(names)));
        self.emit(Op::MatchClass, patterns.len() as u32);
        self.emit(Op::Copy, 1);
        self.load_none();
        self.emit(Op::IsOp, 1);
        self.jump_fail(pc, pc.on_top, Op::PopJumpIfFalse);
        let n = patterns.len() + kwd_patterns.len();
        if n == 0 {
            self.emit(Op::PopTop, 0);
            pc.on_top -= 1;
            return Ok(());
        }
        self.emit(Op::UnpackSequence, n as u32);
        pc.on_top += n - 1;
        patterns.iter().chain(kwd_patterns).try_for_each(|sub| self.subpattern(sub, pc))
    }

    fn or_pattern(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PCtx) -> CResult {
        let end = self.new_label();
        let mut first_names: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.emit(Op::Copy, 1);
            let mut sub = PCtx {
                fail_pop: Vec::new(),
                on_top: 1,
                stores: Vec::new(),
                allow_irrefutable: i + 1 == alts.len() && pc.allow_irrefutable,
                last: alt.span,
            };
            self.pattern(alt, &mut sub)?;
            pc.last = sub.last;
            match &first_names {
                None => first_names = Some(sub.stores.clone()),
                Some(names) => {
                    let mut a = names.clone();
                    let mut b = sub.stores.clone();
                    a.sort();
                    b.sort();
                    if a != b {
                        return Err(self.error("alternative patterns bind different names", sub.last));
                    }
                }
            }
            self.emit(Op::PopTop, 0);
            self.emit_jump(Op::Jump, end);
            self.emit_fail_chain(&sub);
        }
        // Every alternative failed: the value is still on the stack.
        self.jump_fail(pc, pc.on_top, Op::Jump);
        self.bind(end);
        pc.on_top -= 1;
        for name in first_names.unwrap_or_default() {
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), p.span));
            }
            pc.stores.push(name);
        }
        Ok(())
    }
}

/// The repr of a literal mapping key, for the duplicate-key check.
fn literal_repr(e: &Expr) -> Option<String> {
    match &e.node {
        ExprKind::Constant(Constant::Str(s)) => Some(py_str_repr(s)),
        ExprKind::Constant(Constant::Int(d)) => Some(d.clone()),
        ExprKind::Constant(Constant::None) => Some("None".into()),
        ExprKind::Constant(Constant::Bool(b)) => Some(if *b { "True" } else { "False" }.into()),
        ExprKind::UnaryOp { op: UnaryOperator::USub, operand } => match &operand.node {
            ExprKind::Constant(Constant::Int(d)) if d != "0" => Some(format!("-{d}")),
            _ => None,
        },
        _ => None,
    }
}

fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
