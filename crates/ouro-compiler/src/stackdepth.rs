//! Flow analysis over a unit's instructions: the maximum value-stack depth
//! (`co_stacksize`) and which instructions are reachable.
//!
//! Like CPython's `stackdepth()`: every instruction must be reached with a
//! single consistent depth; a jump contributes its branch-taken effect to
//! its target (for `SetupFinally`/`SetupWith` the target is the handler,
//! entered with the exception pushed), and its fall-through effect to the
//! next instruction unless it never falls through.

use crate::bytecode::{Instr, Op};

/// Opcodes whose argument is an instruction index.
pub fn is_jump(op: Op) -> bool {
    matches!(
        op,
        Op::Jump
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::ForIter
            | Op::SetupFinally
            | Op::SetupWith
            | Op::Send
    )
}

/// Opcodes after which execution never continues with the next instruction.
pub fn is_terminator(op: Op) -> bool {
    matches!(
        op,
        Op::Jump | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise
    )
}

pub struct Flow {
    pub max_depth: u32,
    /// The depth on entry of each instruction; None where unreachable.
    pub depth_at: Vec<Option<u32>>,
}

/// Analyze `instrs` (jump arguments already resolved to indices).
pub fn analyze(instrs: &[Instr]) -> Flow {
    let mut depth_at: Vec<Option<u32>> = vec![None; instrs.len()];
    let mut max_depth = 0i32;
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    while let Some((start, depth)) = work.pop() {
        let (mut i, mut d) = (start, depth);
        while i < instrs.len() {
            if let Some(seen) = depth_at[i] {
                debug_assert_eq!(
                    seen as i32, d,
                    "inconsistent stack depth at instruction {i}"
                );
                break;
            }
            debug_assert!(d >= 0, "negative stack depth at instruction {i}");
            depth_at[i] = Some(d.max(0) as u32);
            let ins = instrs[i];
            if is_jump(ins.op) {
                let target_depth = d + ins.op.stack_effect(ins.arg, true);
                max_depth = max_depth.max(target_depth);
                work.push((ins.arg as usize, target_depth));
            }
            d += ins.op.stack_effect(ins.arg, false);
            max_depth = max_depth.max(d);
            if is_terminator(ins.op) {
                break;
            }
            i += 1;
        }
    }
    Flow {
        max_depth: max_depth.max(0) as u32,
        depth_at,
    }
}
