//! The iterator objects made by builtins (`enumerate`, `zip`, `map`,
//! `filter`, `reversed`): one `Obj::NativeIter` variant, with each kind's
//! state, references and `next` here.

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::vm::Vm;

pub enum NativeIter {
    /// `enumerate(iterable, start)`: the underlying iterator and the next count.
    Enumerate { it: ObjRef, count: ObjRef },
}

impl NativeIter {
    /// The Python type name (`type(enumerate([])).__name__`).
    pub fn type_name(&self) -> &'static str {
        match self {
            NativeIter::Enumerate { .. } => "enumerate",
        }
    }

    /// Every reference held, in traverse order.
    pub fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        match self {
            NativeIter::Enumerate { it, count } => {
                visit(*it);
                visit(*count);
            }
        }
    }

    /// CPython's basic size of the iterator object (without the GC head).
    pub fn basic_size(&self) -> usize {
        match self {
            NativeIter::Enumerate { .. } => 56,
        }
    }
}

/// `next()` of the native iterator `h`: Some(owned item) or None.
pub fn next(vm: &mut Vm, h: ObjRef) -> PyResult<Option<ObjRef>> {
    let (it, count) = match vm.get(h) {
        crate::object::Obj::NativeIter(n) => match &**n {
            NativeIter::Enumerate { it, count } => (*it, *count),
        },
        _ => return Ok(None),
    };
    let Some(item) = vm.next(it)? else {
        return Ok(None);
    };
    let one = vm.new_int(1);
    let next_count = vm.binary_op(crate::ops::arith::binop::ADD, count, one);
    vm.decref(one);
    let next_count = match next_count {
        Ok(c) => c,
        Err(e) => {
            vm.decref(item);
            return Err(e);
        }
    };
    let old = match vm.get_mut(h) {
        crate::object::Obj::NativeIter(n) => match &mut **n {
            NativeIter::Enumerate { count, .. } => std::mem::replace(count, next_count),
        },
        _ => next_count,
    };
    Ok(Some(vm.new_tuple(vec![old, item])))
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate(vm: &mut Vm, args: &crate::call::Args) -> PyResult<ObjRef> {
    let Some(&iterable) = args.pos.first() else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = args.pos.get(1).copied().or_else(|| crate::builtins::kwarg(vm, args, "start"));
    let it = vm.get_iter(iterable)?;
    let count = match start {
        Some(s) => vm.incref(s),
        None => vm.new_int(0),
    };
    Ok(vm.alloc_tracked(crate::object::Obj::NativeIter(Box::new(NativeIter::Enumerate { it, count }))))
}
