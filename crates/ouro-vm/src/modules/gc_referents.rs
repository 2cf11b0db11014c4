//! What `gc.get_referents` and `gc.get_referrers` show Python code: the
//! references each object's CPython `tp_traverse` visits, in its order.
//!
//! `Obj::trace` serves the collector and the heap check, so it visits every
//! counted reference (including `None` placeholders for absent fields). CPython's
//! traverse functions differ in a few visible ways, which matter to tools
//! such as `objgraph` that draw graphs from these lists:
//! - a dict whose keys are all str visits only its values;
//! - a function visits code, globals, builtins, module, defaults, kwdefaults, doc,
//!   name, dict, closure, annotations, qualname, skipping absent ones
//!   (CPython keeps them NULL where Ouro keeps `None`);
//! - a static (builtin) type is not a GC object; a class visits its dict,
//!   `__mro__`, `__bases__` and `__base__`;
//! - a module visits only its dict; a property skips its absent parts;
//! - an instance of a builtin exception class does not visit the class.

use ouro_heap::Trace;

use crate::object::{FunctionObj, Obj, ObjRef};
use crate::vm::Vm;

/// Call `visit` on each referent of `o` as CPython's traverse would show it
/// (nothing for objects that are not GC objects).
pub fn for_each_referent(vm: &Vm, o: ObjRef, visit: &mut dyn FnMut(ObjRef)) {
    let obj = vm.raw(o);
    if !obj.is_gc_type() {
        return;
    }
    match obj {
        Obj::Dict(d) if d.table.is_unicode() => {
            d.table.for_each_kv(|_, v| visit(v));
            if let Some(ext) = &d.ext {
                ext.trace(visit);
            }
        }
        Obj::Function(f) => function_referents(vm, f, visit),
        Obj::Type(t) if t.is_static => {}
        Obj::Type(t) => {
            visit(t.dict);
            t.mro_tuple.iter().chain(&t.bases_tuple).chain(&t.base).for_each(|&h| visit(h));
        }
        Obj::Module(m) => visit(m.dict),
        Obj::Exception(e) => {
            if !matches!(vm.get(e.cls), Obj::Type(t) if t.is_static) {
                visit(e.cls);
            }
            e.dict.iter().for_each(|&h| visit(h));
            visit(e.args);
            e.traceback.iter().chain(&e.context).chain(&e.cause).for_each(|&h| visit(h));
        }
        Obj::Property { fget, fset, fdel, doc } => {
            // NULL in CPython: None accessors, and the doc when neither
            // given nor taken from `fget`.
            let doc_set = !vm.is_none(*doc) || !vm.is_none(*fget);
            [*fget, *fset, *fdel].into_iter().filter(|&h| !vm.is_none(h)).for_each(&mut *visit);
            if doc_set {
                visit(*doc);
            }
        }
        other => other.trace(visit),
    }
}

/// `func_traverse`'s order; fields that CPython leaves NULL when unset are
/// skipped while they hold `None`.
fn function_referents(vm: &Vm, f: &FunctionObj, visit: &mut dyn FnMut(ObjRef)) {
    let optional = |h: ObjRef| if vm.is_none(h) { None } else { Some(h) };
    let fields = [
        Some(f.code_obj),
        Some(f.globals),
        Some(f.builtins),
        Some(f.module),
        optional(f.defaults),
        optional(f.kwdefaults),
        Some(f.doc),
        Some(f.name),
        optional(f.dict),
        optional(f.closure),
        optional(f.annotations),
        Some(f.qualname),
    ];
    fields.into_iter().flatten().for_each(visit);
}

/// Whether `o`'s traverse (as above) visits any of `targets`.
pub fn refers_to_any(vm: &Vm, o: ObjRef, targets: &[ObjRef]) -> bool {
    let mut hit = false;
    for_each_referent(vm, o, &mut |r| hit |= targets.contains(&r));
    hit
}
