//! `ouro --gc-trace`: each collection explained step by step on stderr,
//! for a student: which objects were examined, how many references each
//! has from outside the generation (its count minus the references found
//! inside), which are reachable and through what, which are garbage and
//! why. Deterministic: addresses are Ouro's own, stable from run to run.

use std::collections::{HashMap, VecDeque};

use ouro_heap::Examined;

use crate::object::ObjRef;
use crate::vm::Vm;

/// Above this many examined objects, reachable ones are summarised.
const LIST_LIMIT: usize = 30;

/// Why an examined object survives or not.
enum Verdict {
    FromOutside,
    Through(ObjRef),
    Unreachable,
}

impl Vm {
    pub fn set_gc_trace(&mut self, on: bool) {
        self.gc_trace = on;
        self.heap.set_explain(on);
    }

    fn label(&self, h: ObjRef) -> String {
        format!("{} at {:#x}", self.type_name(h), self.heap.address(h))
    }
}

/// Print the explanation of the collection of `generation` that just found
/// `unreachable` (called between the analysis and the clearing).
pub fn explain(vm: &mut Vm, generation: usize, why: &str, unreachable: &[ObjRef]) {
    let examined = vm.heap.take_examined();
    let verdicts = judge(vm, &examined, unreachable);
    let mut out = format!("gc-trace: collecting generation {generation} ({why})\n");
    out.push_str(&format!(
        "gc-trace:   {} tracked object{} examined; for each: its reference count, minus references from the others examined = references from outside\n",
        examined.len(),
        plural(examined.len())
    ));
    let listed = examined.len() <= LIST_LIMIT;
    for e in &examined {
        let verdict = &verdicts[&e.handle];
        if !listed && !matches!(verdict, Verdict::Unreachable) {
            continue;
        }
        let because = match verdict {
            Verdict::FromOutside => "reachable (referenced from outside)".to_string(),
            Verdict::Through(p) => format!("reachable through {}", vm.label(*p)),
            Verdict::Unreachable => "unreachable: referenced only from inside this group".to_string(),
        };
        out.push_str(&format!("gc-trace:     {}: refcount {}, from outside {} -> {because}\n", vm.label(e.handle), e.refcount, e.external));
    }
    let reachable = examined.len() - unreachable.len();
    if !listed {
        out.push_str(&format!("gc-trace:     ({reachable} reachable objects not listed)\n"));
    }
    let old = if generation < 2 { format!("move to generation {}", generation + 1) } else { "stay in generation 2".to_string() };
    out.push_str(&format!(
        "gc-trace:   {reachable} reachable object{} {old}; {} unreachable object{} will be freed\n",
        plural(reachable),
        unreachable.len(),
        plural(unreachable.len())
    ));
    vm.out.write_stderr(&out);
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Redo the reachability walk to name, for each reachable object, the
/// object it was reached through (breadth first from the ones referenced
/// from outside, in list order).
fn judge(vm: &Vm, examined: &[Examined], unreachable: &[ObjRef]) -> HashMap<ObjRef, Verdict> {
    let mut verdicts: HashMap<ObjRef, Verdict> = HashMap::new();
    let members: HashMap<ObjRef, ()> = examined.iter().map(|e| (e.handle, ())).collect();
    let mut queue = VecDeque::new();
    for e in examined.iter().filter(|e| e.external > 0) {
        verdicts.insert(e.handle, Verdict::FromOutside);
        queue.push_back(e.handle);
    }
    while let Some(h) = queue.pop_front() {
        if !vm.heap.is_live(h) {
            continue;
        }
        let mut children = Vec::new();
        ouro_heap::Trace::trace(vm.raw(h), &mut |c| children.push(c));
        for c in children {
            if members.contains_key(&c) && !verdicts.contains_key(&c) && !unreachable.contains(&c) {
                verdicts.insert(c, Verdict::Through(h));
                queue.push_back(c);
            }
        }
    }
    for e in examined {
        verdicts.entry(e.handle).or_insert(Verdict::Unreachable);
    }
    verdicts
}
