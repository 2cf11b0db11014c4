//! The iterator objects made by builtins (`enumerate`, `zip`, `map`,
//! `filter`, `reversed`, and `iter(callable, sentinel)`): one
//! `Obj::NativeIter` variant, with each kind's state, references, size and
//! `next` here.
//!
//! Invariant: every `ObjRef` a `NativeIter` holds is owned by it (released
//! when the iterator is freed, visited by `trace`).

use crate::builtins::kwarg;
use crate::call::Args;
use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

pub enum NativeIter {
    /// `enumerate(iterable, start)`: the underlying iterator and the next count.
    Enumerate { it: ObjRef, count: ObjRef },
    /// `zip(*iterables, strict=False)`.
    Zip { iters: Vec<ObjRef>, strict: bool },
    /// `map(func, *iterables)`.
    Map { func: ObjRef, iters: Vec<ObjRef> },
    /// `filter(func, iterable)`; a None `func` tests the items' truth.
    Filter { func: ObjRef, it: ObjRef },
    /// `reversed(seq)`: the next index to read, counting down.
    Reversed { seq: ObjRef, index: i64, kind: ReversedKind },
    /// `iter(callable, sentinel)`; `done` once the sentinel was seen.
    Callable { func: ObjRef, sentinel: ObjRef, done: bool },
}

/// Which type a `reversed()` iterator reports (and how it reads items).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ReversedKind {
    /// `list_reverseiterator`: reads the list directly.
    List,
    /// `reversed`: the sequence protocol (`seq[index]`).
    Sequence,
    /// `dict_reversekeyiterator`: over a snapshot list of the keys.
    DictKeys,
}

impl NativeIter {
    /// The Python type name (`type(zip()).__name__`).
    pub fn type_name(&self) -> &'static str {
        match self {
            NativeIter::Enumerate { .. } => "enumerate",
            NativeIter::Zip { .. } => "zip",
            NativeIter::Map { .. } => "map",
            NativeIter::Filter { .. } => "filter",
            NativeIter::Reversed { kind: ReversedKind::List, .. } => "list_reverseiterator",
            NativeIter::Reversed { kind: ReversedKind::Sequence, .. } => "reversed",
            NativeIter::Reversed { kind: ReversedKind::DictKeys, .. } => "dict_reversekeyiterator",
            NativeIter::Callable { .. } => "callable_iterator",
        }
    }

    /// Every reference held, in traverse order.
    pub fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        match self {
            NativeIter::Enumerate { it, count } => {
                visit(*it);
                visit(*count);
            }
            NativeIter::Zip { iters, strict: _ } => iters.iter().for_each(|&h| visit(h)),
            NativeIter::Map { func, iters } => {
                iters.iter().for_each(|&h| visit(h));
                visit(*func);
            }
            NativeIter::Filter { func, it } => {
                visit(*func);
                visit(*it);
            }
            NativeIter::Reversed { seq, index: _, kind: _ } => visit(*seq),
            NativeIter::Callable { func, sentinel, done: _ } => {
                visit(*func);
                visit(*sentinel);
            }
        }
    }

    /// CPython's basic size of the iterator object (without the GC head).
    pub fn basic_size(&self) -> usize {
        match self {
            NativeIter::Enumerate { .. } => 56,
            NativeIter::Zip { .. } => 48,
            NativeIter::Reversed { kind: ReversedKind::DictKeys, .. } => 56,
            NativeIter::Map { .. } | NativeIter::Filter { .. } | NativeIter::Reversed { .. } | NativeIter::Callable { .. } => 32,
        }
    }
}

fn state(vm: &Vm, h: ObjRef) -> Option<&NativeIter> {
    match vm.get(h) {
        Obj::NativeIter(n) => Some(n),
        _ => None,
    }
}

fn state_mut(vm: &mut Vm, h: ObjRef) -> Option<&mut NativeIter> {
    match vm.get_mut(h) {
        Obj::NativeIter(n) => Some(n),
        _ => None,
    }
}

fn alloc(vm: &mut Vm, n: NativeIter) -> ObjRef {
    vm.alloc_tracked(Obj::NativeIter(Box::new(n)))
}

/// `next()` of the native iterator `h`: Some(owned item) or None. The
/// iterator is kept alive while Python code runs.
pub fn next(vm: &mut Vm, h: ObjRef) -> PyResult<Option<ObjRef>> {
    vm.incref(h);
    let r = match state(vm, h) {
        Some(NativeIter::Enumerate { .. }) => next_enumerate(vm, h),
        Some(NativeIter::Zip { .. }) => next_zip(vm, h),
        Some(NativeIter::Map { .. }) => next_map(vm, h),
        Some(NativeIter::Filter { .. }) => next_filter(vm, h),
        Some(NativeIter::Reversed { .. }) => next_reversed(vm, h),
        Some(NativeIter::Callable { .. }) => next_callable(vm, h),
        None => Ok(None),
    };
    vm.decref(h);
    r
}

fn next_enumerate(vm: &mut Vm, h: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(NativeIter::Enumerate { it, count }) = state(vm, h) else { return Ok(None) };
    let (it, count) = (*it, *count);
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
    let old = match state_mut(vm, h) {
        Some(NativeIter::Enumerate { count, .. }) => std::mem::replace(count, next_count),
        _ => next_count,
    };
    Ok(Some(vm.new_tuple(vec![old, item])))
}

/// One item from each iterator, or None at the first exhausted one (with
/// the index of that iterator).
fn next_of_each(vm: &mut Vm, iters: &[ObjRef]) -> PyResult<Result<Vec<ObjRef>, usize>> {
    let mut items = Vec::with_capacity(iters.len());
    for (i, &it) in iters.iter().enumerate() {
        match vm.next(it) {
            Ok(Some(v)) => items.push(v),
            Ok(None) => {
                vm.decref_all(items);
                return Ok(Err(i));
            }
            Err(e) => {
                vm.decref_all(items);
                return Err(e);
            }
        }
    }
    Ok(Ok(items))
}

fn next_zip(vm: &mut Vm, h: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(NativeIter::Zip { iters, strict }) = state(vm, h) else { return Ok(None) };
    let (iters, strict) = (iters.clone(), *strict);
    if iters.is_empty() {
        return Ok(None);
    }
    match next_of_each(vm, &iters)? {
        Ok(items) => Ok(Some(vm.new_tuple(items))),
        Err(_) if !strict => Ok(None),
        Err(0) => {
            for (i, &it) in iters.iter().enumerate().skip(1) {
                if let Some(v) = vm.next(it)? {
                    vm.decref(v);
                    return Err(vm.value_error(format!("zip() argument {} is longer than argument{} 1", i + 1, if i == 1 { "" } else { "s" })));
                }
            }
            Ok(None)
        }
        Err(i) => {
            let plural = if i == 1 { " 1".to_string() } else { format!("s 1-{i}") };
            Err(vm.value_error(format!("zip() argument {} is shorter than argument{plural}", i + 1)))
        }
    }
}

fn next_map(vm: &mut Vm, h: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(NativeIter::Map { func, iters }) = state(vm, h) else { return Ok(None) };
    let (func, iters) = (*func, iters.clone());
    match next_of_each(vm, &iters)? {
        Ok(items) => {
            let r = vm.call(func, &items);
            vm.decref_all(items);
            r.map(Some)
        }
        Err(_) => Ok(None),
    }
}

fn next_filter(vm: &mut Vm, h: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(NativeIter::Filter { func, it }) = state(vm, h) else { return Ok(None) };
    let (func, it) = (*func, *it);
    let use_truth = vm.is_none(func) || func == vm.t.bool_;
    while let Some(item) = vm.next(it)? {
        let keep = if use_truth {
            vm.is_true(item)
        } else {
            vm.call(func, &[item]).and_then(|r| {
                let t = vm.is_true(r);
                vm.decref(r);
                t
            })
        };
        match keep {
            Ok(true) => return Ok(Some(item)),
            Ok(false) => vm.decref(item),
            Err(e) => {
                vm.decref(item);
                return Err(e);
            }
        }
    }
    Ok(None)
}

fn next_reversed(vm: &mut Vm, h: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(NativeIter::Reversed { seq, index, kind }) = state(vm, h) else { return Ok(None) };
    let (seq, index, kind) = (*seq, *index, *kind);
    if index < 0 {
        return Ok(None);
    }
    let set_index = |vm: &mut Vm, v: i64| {
        if let Some(NativeIter::Reversed { index, .. }) = state_mut(vm, h) {
            *index = v;
        }
    };
    if kind == ReversedKind::Sequence {
        let key = vm.new_int(index);
        let r = vm.getitem(seq, key);
        vm.decref(key);
        return match r {
            Ok(v) => {
                set_index(vm, index - 1);
                Ok(Some(v))
            }
            Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => {
                vm.decref(e.0);
                set_index(vm, -1);
                Ok(None)
            }
            Err(e) => Err(e),
        };
    }
    let item = vm.list_items(seq).get(index as usize).copied();
    match item {
        Some(v) => {
            set_index(vm, index - 1);
            Ok(Some(vm.incref(v)))
        }
        None => {
            set_index(vm, -1);
            Ok(None)
        }
    }
}

fn next_callable(vm: &mut Vm, h: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(NativeIter::Callable { func, sentinel, done }) = state(vm, h) else { return Ok(None) };
    let (func, sentinel, done) = (*func, *sentinel, *done);
    if done {
        return Ok(None);
    }
    let r = vm.call(func, &[]);
    let v = match vm.stop_iteration_to_none(r)? {
        Some(v) => v,
        None => return Ok(None),
    };
    match vm.eq(v, sentinel) {
        Ok(false) => Ok(Some(v)),
        Ok(true) => {
            vm.decref(v);
            if let Some(NativeIter::Callable { done, .. }) = state_mut(vm, h) {
                *done = true;
            }
            Ok(None)
        }
        Err(e) => {
            vm.decref(v);
            Err(e)
        }
    }
}

// ----- constructors ------------------------------------------------------------

/// Calling one of the iterator types (`zip(...)`, `map(...)`, ...); None
/// when `t` is not one of them.
pub fn construct(vm: &mut Vm, t: ObjRef, args: &Args) -> Option<PyResult<ObjRef>> {
    let tt = &vm.t;
    Some(if t == tt.zip {
        zip(vm, args)
    } else if t == tt.map {
        map(vm, args)
    } else if t == tt.filter {
        filter(vm, args)
    } else if t == tt.reversed {
        reversed(vm, args)
    } else {
        return None;
    })
}

/// Iterators over each of `sources` (owned), or the first error.
fn iters_of(vm: &mut Vm, sources: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut iters = Vec::with_capacity(sources.len());
    for &s in sources {
        match vm.get_iter(s) {
            Ok(it) => iters.push(it),
            Err(e) => {
                vm.decref_all(iters);
                return Err(e);
            }
        }
    }
    Ok(iters)
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Some(&iterable) = args.pos.first() else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = args.pos.get(1).copied().or_else(|| kwarg(vm, args, "start"));
    let it = vm.get_iter(iterable)?;
    let count = match start {
        Some(s) => vm.incref(s),
        None => vm.new_int(0),
    };
    Ok(alloc(vm, NativeIter::Enumerate { it, count }))
}

fn zip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut strict = false;
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        if vm.str_text(k) != "strict" {
            let k = vm.str_text(k).to_owned();
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for zip()")));
        }
        strict = vm.is_true(v)?;
    }
    let iters = iters_of(vm, args.pos)?;
    Ok(alloc(vm, NativeIter::Zip { iters, strict }))
}

fn map(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iters = iters_of(vm, &args.pos[1..])?;
    let func = vm.incref(args.pos[0]);
    Ok(alloc(vm, NativeIter::Map { func, iters }))
}

fn filter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    super::args::check_count(vm, args.pos.len(), "filter", 2, 2)?;
    let it = vm.get_iter(args.pos[1])?;
    let func = vm.incref(args.pos[0]);
    Ok(alloc(vm, NativeIter::Filter { func, it }))
}

fn reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kwargs() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("reversed expected 1 argument, got {n}")));
    }
    let seq = args.pos[0];
    if vm.is_user_object(seq) {
        if let Some(r) = vm.call_dunder(seq, "__reversed__", &[])? {
            return Ok(r);
        }
    }
    match vm.get(seq) {
        Obj::Range { start, stop, step } => {
            let (start, stop, step) = (*start, *stop, *step);
            let n = crate::ops::iter::range_len(start, stop, step) as i64;
            let last = start + (n - 1) * step;
            return Ok(vm.alloc_tracked(Obj::RangeIter { next: last, stop: start - step, step: -step }));
        }
        // A list subclass without its own `__reversed__` uses
        // `list.__reversed__`: the items, not its `__len__`/`__getitem__`.
        Obj::List(l) => {
            let index = l.items.len() as i64 - 1;
            vm.incref(seq);
            return Ok(alloc(vm, NativeIter::Reversed { seq, index, kind: ReversedKind::List }));
        }
        Obj::Dict(_) | Obj::DictView { kind: crate::object::DictIterKind::Keys, .. } => {
            let keys = vm.collect_iter(seq)?;
            let index = keys.len() as i64 - 1;
            let list = vm.new_list(keys);
            return Ok(alloc(vm, NativeIter::Reversed { seq: list, index, kind: ReversedKind::DictKeys }));
        }
        Obj::Str(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Instance(_) => {}
        _ => {
            let t = vm.type_name(seq);
            return Err(vm.type_error(format!("'{t}' object is not reversible")));
        }
    }
    if vm.is_user_object(seq) && vm.lookup_dunder(seq, "__getitem__").is_none() {
        let t = vm.type_name(seq);
        return Err(vm.type_error(format!("'{t}' object is not reversible")));
    }
    let index = vm.len_of(seq)? as i64 - 1;
    vm.incref(seq);
    Ok(alloc(vm, NativeIter::Reversed { seq, index, kind: ReversedKind::Sequence }))
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &mut Vm, func: ObjRef, sentinel: ObjRef) -> PyResult<ObjRef> {
    if !crate::builtins::functions::is_callable(vm, func) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    let (func, sentinel) = (vm.incref(func), vm.incref(sentinel));
    Ok(alloc(vm, NativeIter::Callable { func, sentinel, done: false }))
}
