//! Turning a finished [`Unit`] into a [`CodeObject`]: resolve labels, drop
//! unreachable instructions and unused constants (as CPython does), compute
//! the stack size.

use std::rc::Rc;

use crate::bytecode::{CodeObject, ConstValue, Instr, Op};
use crate::codegen::Unit;
use crate::stackdepth::{analyze, is_jump};

pub fn assemble(unit: Unit, flags: u32, filename: &Rc<str>) -> CodeObject {
    let mut instrs = unit.instrs.clone();
    for ins in instrs.iter_mut().filter(|i| is_jump(i.op)) {
        // Invariant: every label a jump names was bound before assembly.
        let target = unit.labels[ins.arg as usize];
        debug_assert!(target != u32::MAX, "unbound label");
        ins.arg = target;
    }
    if instrs.is_empty()
        || instrs
            .last()
            .is_some_and(|i| !crate::stackdepth::is_terminator(i.op))
    {
        // Only reachable when a body falls off the end, which codegen prevents.
        instrs.push(Instr {
            op: Op::ReturnValue,
            arg: 0,
        });
    }
    let flow = analyze(&instrs);
    let (instrs, positions) = drop_unreachable(&instrs, &unit.positions, &flow.depth_at);
    let (instrs, constants) =
        order_consts(instrs, &unit.consts, &unit.const_order, &unit.const_kept);
    let varnames: Vec<Rc<str>> = unit
        .varnames
        .items
        .iter()
        .map(|s| Rc::from(s.as_str()))
        .collect();
    let cell2arg = unit
        .cellvars
        .iter()
        .map(|c| {
            unit.varnames
                .items
                .iter()
                .position(|v| v == c)
                .map(|i| i as u32)
        })
        .collect();
    CodeObject {
        kind: unit.kind,
        name: unit.name.as_str().into(),
        qualname: unit.qualname.as_str().into(),
        filename: filename.clone(),
        first_line: unit.first_line,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags,
        instructions: instrs,
        positions,
        constants,
        names: unit
            .names
            .items
            .iter()
            .map(|s| Rc::from(s.as_str()))
            .collect(),
        varnames,
        cellvars: unit.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
        freevars: unit.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
        cell2arg,
        stacksize: flow.max_depth,
        doc: unit.doc.clone(),
    }
}

fn drop_unreachable(
    instrs: &[Instr],
    positions: &[ouro_syntax::ast::Span],
    depth_at: &[Option<u32>],
) -> (Vec<Instr>, Vec<ouro_syntax::ast::Span>) {
    let mut new_index = vec![0u32; instrs.len() + 1];
    let mut kept = 0u32;
    for (i, d) in depth_at.iter().enumerate() {
        new_index[i] = kept;
        if d.is_some() {
            kept += 1;
        }
    }
    new_index[instrs.len()] = kept;
    let mut out = Vec::with_capacity(kept as usize);
    let mut pos = Vec::with_capacity(kept as usize);
    for (i, ins) in instrs.iter().enumerate() {
        if depth_at[i].is_none() {
            continue;
        }
        let mut ins = *ins;
        if is_jump(ins.op) {
            // Invariant: the target of a reachable jump is reachable.
            ins.arg = new_index[ins.arg as usize];
        }
        out.push(ins);
        pos.push(positions.get(i).copied().unwrap_or_default());
    }
    (out, pos)
}

/// Final `co_consts`: constants in the order codegen first asked for them,
/// then those created by tuple folding, like CPython. Constants used only
/// by unreachable code are dropped (CPython never generates that code);
/// the elements of folded tuples and the first constant (a function's
/// docstring or None) are kept.
fn order_consts(
    mut instrs: Vec<Instr>,
    consts: &[ConstValue],
    order: &[Option<u32>],
    kept: &[bool],
) -> (Vec<Instr>, Vec<ConstValue>) {
    let mut used: Vec<bool> = kept.to_vec();
    for ins in instrs.iter().filter(|i| i.op == Op::LoadConst) {
        used[ins.arg as usize] = true;
    }
    let mut ids: Vec<usize> = (0..consts.len()).collect();
    ids.sort_by_key(|&i| (order[i].is_none(), order[i].unwrap_or(0), i));
    if let Some(&first) = ids.first() {
        used[first] = true;
    }
    let mut map = vec![0u32; consts.len()];
    let mut out = Vec::new();
    for i in ids {
        if used[i] {
            map[i] = out.len() as u32;
            out.push(consts[i].clone());
        }
    }
    for ins in instrs.iter_mut().filter(|i| i.op == Op::LoadConst) {
        ins.arg = map[ins.arg as usize];
    }
    (instrs, out)
}
