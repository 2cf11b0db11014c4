//! Expressions: operators, comparisons, conditionals, names, attributes,
//! subscripts, f-strings and yields. Calls and displays are in `call.rs`.

use ouro_syntax::ast::{self, BoolOperator, CmpOperator, Expr, ExprKind, UnaryOperator};

use super::{CResult, Compiler, Ctx, Label};
use crate::bytecode::{CompareArg, ConstValue, Op, FORMAT_HAS_SPEC};
use crate::constops::truthy;
use crate::symtable::BlockKind;

impl<'a> Compiler<'a, '_> {
    /// Compile `e`, leaving its value on the stack. Instructions get `e`'s
    /// span unless a nested expression sets its own.
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.set_loc(e.span);
        let result = self.expr_here(e);
        self.restore_loc(saved);
        result
    }

    fn expr_here(&mut self, e: &'a Expr) -> CResult {
        if let Some(value) = self.folder.fold(e) {
            self.load_const(value);
            return Ok(());
        }
        use ExprKind as E;
        match &e.node {
            E::BoolOp { op, values } => self.bool_op(*op, values),
            E::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy, 1);
                self.store_target(target)
            }
            E::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp, *op as u32);
                Ok(())
            }
            E::UnaryOp { op, operand } => self.unary(*op, operand),
            E::Lambda { args, body } => self.lambda(e, args, body),
            E::IfExp { test, body, orelse } => {
                let (next, end) = (self.new_label(), self.new_label());
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
                Ok(())
            }
            E::Dict { keys, values } => self.dict_display(keys, values),
            E::Set(elts) => self.starunpack(elts, Op::BuildSet, Op::SetAdd, Op::SetUpdate, false),
            E::List { elts, .. } => {
                self.starunpack(elts, Op::BuildList, Op::ListAppend, Op::ListExtend, false)
            }
            E::Tuple { elts, .. } => {
                self.starunpack(elts, Op::BuildList, Op::ListAppend, Op::ListExtend, true)
            }
            E::ListComp { .. }
            | E::SetComp { .. }
            | E::DictComp { .. }
            | E::GeneratorExp { .. } => self.comprehension(e),
            E::Await(_) => Err(self.await_error()),
            E::Yield(value) => {
                self.check_in_function("'yield' outside function")?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.emit(Op::YieldValue, 0);
                Ok(())
            }
            E::YieldFrom(value) => {
                self.check_in_function("'yield' outside function")?;
                self.expr(value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_none();
                self.yield_from_loop();
                Ok(())
            }
            E::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators, false),
            E::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords),
            E::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref()),
            E::JoinedStr(values) => self.joined_str(values),
            E::Constant(_) => unreachable!("constants always fold"),
            E::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.at_attr(e, attr, |c| c.emit_name(Op::LoadAttr, attr));
                Ok(())
            }
            E::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::BinarySubscr, 0);
                Ok(())
            }
            E::Starred { .. } => Err(self.error_here("can't use starred expression here")),
            E::Name { id, .. } => self.name_op(id, Ctx::Load),
            E::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_none(),
                    }
                }
                if let Some(step) = step {
                    self.expr(step)?;
                }
                self.emit(Op::BuildSlice, if step.is_some() { 3 } else { 2 });
                Ok(())
            }
        }
    }

    /// Run `f` with the location CPython gives attribute instructions: the
    /// attribute expression, its start moved to the attribute name's line
    /// when the expression spans several lines.
    pub(super) fn at_attr(&mut self, e: &Expr, attr: &str, f: impl FnOnce(&mut Self)) {
        let mut span = self.unit().loc;
        if span.line != e.span.end_line {
            span.line = e.span.end_line;
            span.col = e.span.end_col.saturating_sub(attr.chars().count() as u32);
            span.end_line = span.end_line.max(span.line);
            if span.line == span.end_line {
                span.end_col = span.end_col.max(span.col);
            }
        }
        let saved = self.set_loc(span);
        f(self);
        self.restore_loc(saved);
    }

    fn check_in_function(&self, msg: &str) -> CResult {
        if self.table.scopes[self.unit().scope].kind != BlockKind::Function {
            return Err(self.error_here(msg));
        }
        Ok(())
    }

    /// `await` is not compiled yet (the instruction set has no awaitable
    /// protocol); outside coroutines this is CPython's error.
    fn await_error(&self) -> ouro_syntax::SyntaxError {
        let scope = &self.table.scopes[self.unit().scope];
        if scope.kind != BlockKind::Function {
            self.error_here("'await' outside function")
        } else if !scope.coroutine && self.unit().scope_type != super::ScopeType::Comprehension {
            self.error_here("'await' outside async function")
        } else {
            self.error_here("'await' is not supported yet")
        }
    }

    /// `[iter, value]` -> `[result]`: the `Send`/`YieldValue` loop of
    /// `yield from`.
    pub(super) fn yield_from_loop(&mut self) {
        let (send, exit) = (self.new_label(), self.new_label());
        self.bind(send);
        self.emit_jump(Op::Send, exit);
        self.emit(Op::YieldValue, 0);
        self.emit_jump(Op::Jump, send);
        self.bind(exit);
    }

    fn bool_op(&mut self, op: BoolOperator, values: &'a [Expr]) -> CResult {
        let jump = if op == BoolOperator::And {
            Op::JumpIfFalseOrPop
        } else {
            Op::JumpIfTrueOrPop
        };
        let end = self.new_label();
        let (last, init) = values
            .split_last()
            .expect("a BoolOp has at least two values");
        for v in init {
            self.expr(v)?;
            self.emit_jump(jump, end);
        }
        self.expr(last)?;
        self.bind(end);
        Ok(())
    }

    /// A run of nested unary operators is compiled in a loop (no recursion
    /// per operator): the innermost operand first, then the operators from
    /// the inside out, each at its own expression's position.
    fn unary(&mut self, op: UnaryOperator, operand: &'a Expr) -> CResult {
        let outer_span = self.unit().loc;
        let mut chain: Vec<(UnaryOperator, ouro_syntax::ast::Span)> = vec![(op, outer_span)];
        let mut inner = operand;
        loop {
            if let Some(inverted) = self.inverted_compare(chain.last().map(|c| c.0), inner) {
                chain.pop();
                inverted?;
                break;
            }
            match &inner.node {
                ExprKind::UnaryOp { op, operand } if self.folder.fold(inner).is_none() => {
                    chain.push((*op, inner.span));
                    inner = operand;
                }
                _ => {
                    self.expr(inner)?;
                    break;
                }
            }
        }
        for (op, span) in chain.into_iter().rev() {
            let saved = self.set_loc(span);
            self.emit(unary_opcode(op), 0);
            self.restore_loc(saved);
        }
        Ok(())
    }

    /// `not (a is b)` / `not (a in b)` compile as `a is not b` / `a not in b`
    /// (CPython's AST optimizer): Some(result) when `outer` is `not` and
    /// `operand` such a comparison.
    fn inverted_compare(
        &mut self,
        outer: Option<UnaryOperator>,
        operand: &'a Expr,
    ) -> Option<CResult> {
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &operand.node
        else {
            return None;
        };
        let invertible = matches!(
            ops[..],
            [CmpOperator::Is | CmpOperator::IsNot | CmpOperator::In | CmpOperator::NotIn]
        );
        if outer != Some(UnaryOperator::Not) || !invertible {
            return None;
        }
        let saved = self.set_loc(operand.span);
        let r = self.compare(left, ops, comparators, true);
        self.restore_loc(saved);
        Some(r)
    }

    fn emit_compare(&mut self, op: CmpOperator, invert: bool) {
        let (op, arg) = match op {
            CmpOperator::Eq => (Op::CompareOp, CompareArg::Eq as u32),
            CmpOperator::NotEq => (Op::CompareOp, CompareArg::Ne as u32),
            CmpOperator::Lt => (Op::CompareOp, CompareArg::Lt as u32),
            CmpOperator::LtE => (Op::CompareOp, CompareArg::Le as u32),
            CmpOperator::Gt => (Op::CompareOp, CompareArg::Gt as u32),
            CmpOperator::GtE => (Op::CompareOp, CompareArg::Ge as u32),
            CmpOperator::Is => (Op::IsOp, invert as u32),
            CmpOperator::IsNot => (Op::IsOp, !invert as u32),
            CmpOperator::In => (Op::ContainsOp, invert as u32),
            CmpOperator::NotIn => (Op::ContainsOp, !invert as u32),
        };
        self.emit(op, arg);
    }

    /// Visit comparator `i`; the last operand of `in`/`not in` gets the
    /// list-to-tuple / set-to-frozenset folding.
    fn comparator(&mut self, ops: &[CmpOperator], comparators: &'a [Expr], i: usize) -> CResult {
        let last = i + 1 == comparators.len();
        let folds_iter = matches!(ops.last(), Some(CmpOperator::In | CmpOperator::NotIn));
        if last && folds_iter {
            self.iter_expr(&comparators[i])
        } else {
            self.expr(&comparators[i])
        }
    }

    /// `a < b < c`: each operand evaluated once; `invert` flips a single
    /// `is`/`in` (for `not (a is b)`).
    fn compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOperator],
        comparators: &'a [Expr],
        invert: bool,
    ) -> CResult {
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.comparator(ops, comparators, 0)?;
            self.emit_compare(ops[0], invert);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.comparator(ops, comparators, i)?;
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.emit_compare(ops[i], false);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.comparator(ops, comparators, n)?;
        self.emit_compare(ops[n], false);
        let end = self.new_label();
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Evaluate `e` as a condition: jump to `target` if its truth equals
    /// `cond`, else fall through (CPython's `compiler_jump_if`).
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        let saved = self.set_loc(e.span);
        let result = self.jump_if_here(e, target, cond);
        self.restore_loc(saved);
        result
    }

    fn jump_if_here(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        if let Some(value) = self.folder.fold(e) {
            if truthy(&value) == cond {
                self.emit_jump(Op::Jump, target);
            }
            return Ok(());
        }
        match &e.node {
            ExprKind::UnaryOp {
                op: UnaryOperator::Not,
                operand,
            } => self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOperator::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    target
                };
                let (last, init) = values
                    .split_last()
                    .expect("a BoolOp has at least two values");
                for v in init {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                let (end, next2) = (self.new_label(), self.new_label());
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => self.chained_compare_jump(left, ops, comparators, target, cond),
            _ => {
                self.expr(e)?;
                self.emit_jump(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    fn chained_compare_jump(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOperator],
        comparators: &'a [Expr],
        target: Label,
        cond: bool,
    ) -> CResult {
        let n = ops.len() - 1;
        let cleanup = self.new_label();
        self.expr(left)?;
        for i in 0..n {
            self.comparator(ops, comparators, i)?;
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.emit_compare(ops[i], false);
            self.emit_jump(Op::PopJumpIfFalse, cleanup);
        }
        self.comparator(ops, comparators, n)?;
        self.emit_compare(ops[n], false);
        self.emit_jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            target,
        );
        let end = self.new_label();
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::PopTop, 0);
        if !cond {
            self.emit_jump(Op::Jump, target);
        }
        self.bind(end);
        Ok(())
    }

    /// An iterable position (`for` target, `in` operand): constant list or
    /// set displays become a constant tuple / frozenset, other list
    /// displays are built as tuples.
    pub(super) fn iter_expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.set_loc(e.span);
        let result = match (&e.node, self.folder.fold_iter(e)) {
            (_, Some(value)) => {
                self.load_const(value);
                Ok(())
            }
            (ExprKind::List { elts, .. }, None) if !elts.iter().any(is_starred) => {
                self.starunpack(elts, Op::BuildList, Op::ListAppend, Op::ListExtend, true)
            }
            _ => self.expr_here(e),
        };
        self.restore_loc(saved);
        result
    }

    fn formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: u8,
        spec: Option<&'a Expr>,
    ) -> CResult {
        self.expr(value)?;
        let mut arg = match conversion {
            b's' => 1,
            b'r' => 2,
            b'a' => 3,
            _ => 0,
        };
        if let Some(spec) = spec {
            self.expr(spec)?;
            arg |= FORMAT_HAS_SPEC;
        }
        self.emit(Op::FormatValue, arg);
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [Expr]) -> CResult {
        if values.len() > super::call::STACK_USE_GUIDELINE {
            self.load_const(ConstValue::Str("".into()));
            self.emit_name(Op::LoadMethod, "join");
            self.emit(Op::BuildList, 0);
            for v in values {
                self.expr(v)?;
                self.emit(Op::ListAppend, 1);
            }
            self.emit(Op::CallMethod, 1);
            return Ok(());
        }
        for v in values {
            self.expr(v)?;
        }
        if values.len() != 1 {
            self.emit(Op::BuildString, values.len() as u32);
        }
        Ok(())
    }
}

fn unary_opcode(op: UnaryOperator) -> Op {
    match op {
        UnaryOperator::Invert => Op::UnaryInvert,
        UnaryOperator::Not => Op::UnaryNot,
        UnaryOperator::UAdd => Op::UnaryPositive,
        UnaryOperator::USub => Op::UnaryNegative,
    }
}

pub(super) fn is_starred(e: &ast::Expr) -> bool {
    matches!(e.node, ExprKind::Starred { .. })
}
