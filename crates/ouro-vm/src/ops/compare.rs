//! Comparisons, truth, membership and hashing.

use std::cmp::Ordering;

use ouro_compiler::bytecode::CompareArg;

use crate::errors::PyResult;
use crate::num::PyInt;
use crate::object::{Obj, ObjRef};
use crate::ops::arith::Num;
use crate::num::float_ops::compare_int_float;
use crate::vm::Vm;

const OP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

impl Vm {
    /// Fast path of `CompareOp` for two machine-sized ints.
    #[inline]
    pub fn small_int_compare(&self, arg: u32, lhs: ObjRef, rhs: ObjRef) -> Option<bool> {
        let (Obj::Int(PyInt::Small(a)), Obj::Int(PyInt::Small(b))) = (self.raw(lhs), self.raw(rhs)) else {
            return None;
        };
        Some(match arg {
            0 => a < b,
            1 => a <= b,
            2 => a == b,
            3 => a != b,
            4 => a > b,
            _ => a >= b,
        })
    }

    /// `lhs OP rhs` as a bool object (owned).
    pub fn compare(&mut self, op: CompareArg, lhs: ObjRef, rhs: ObjRef) -> PyResult<ObjRef> {
        let b = self.compare_bool(op, lhs, rhs)?;
        Ok(self.new_bool(b))
    }

    pub fn compare_bool(&mut self, op: CompareArg, lhs: ObjRef, rhs: ObjRef) -> PyResult<bool> {
        if self.is_user_object(lhs) || self.is_user_object(rhs) {
            if let Some(r) = self.through_proxies(lhs, rhs, |vm, l, r| vm.compare_bool(op, l, r)) {
                return r;
            }
            if let Some(b) = self.compare_dunder(op, lhs, rhs)? {
                return Ok(b);
            }
            let builtin_base = |vm: &Vm, h| !vm.is_user_object(h) || vm.has_builtin_base(h);
            if builtin_base(self, lhs) && builtin_base(self, rhs) {
                return self.compare_builtin(op, lhs, rhs);
            }
            match op {
                CompareArg::Eq => return Ok(lhs == rhs),
                CompareArg::Ne => return Ok(lhs != rhs),
                _ => {
                    let (a, b) = (self.type_name(lhs), self.type_name(rhs));
                    let sym = OP_SYMBOLS[op as usize];
                    return Err(self.type_error(format!("'{sym}' not supported between instances of '{a}' and '{b}'")));
                }
            }
        }
        self.compare_builtin(op, lhs, rhs)
    }

    /// Comparison by the builtin types' own rules.
    pub(crate) fn compare_builtin(&mut self, op: CompareArg, lhs: ObjRef, rhs: ObjRef) -> PyResult<bool> {
        if self.is_anyset(lhs) && self.is_anyset(rhs) && !matches!(op, CompareArg::Eq | CompareArg::Ne) {
            return self.set_compare(op, lhs, rhs);
        }
        if !matches!(op, CompareArg::Eq | CompareArg::Ne) && self.both_sequences(lhs, rhs) {
            return self.seq_compare(op, lhs, rhs);
        }
        match op {
            CompareArg::Eq => self.eq_operator(lhs, rhs),
            CompareArg::Ne => Ok(!self.eq_operator(lhs, rhs)?),
            _ => match self.order(lhs, rhs)? {
                Some(ord) => Ok(match op {
                    CompareArg::Lt => ord == Ordering::Less,
                    CompareArg::Le => ord != Ordering::Greater,
                    CompareArg::Gt => ord == Ordering::Greater,
                    _ => ord != Ordering::Less,
                }),
                None if self.is_nan_compare(lhs, rhs) => Ok(false),
                None if self.is_proxy(lhs) || self.is_proxy(rhs) => {
                    self.through_proxies(lhs, rhs, |vm, l, r| vm.compare_bool(op, l, r)).unwrap_or(Ok(false))
                }
                None => {
                    let (a, b) = (self.type_name(lhs), self.type_name(rhs));
                    let sym = OP_SYMBOLS[op as usize];
                    Err(self.type_error(format!("'{sym}' not supported between instances of '{a}' and '{b}'")))
                }
            },
        }
    }

    /// Sets are partially ordered by inclusion: unrelated sets compare False.
    fn set_compare(&mut self, op: CompareArg, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        let (la, lb) = (self.set_items(a).len(), self.set_items(b).len());
        Ok(match op {
            CompareArg::Lt => la < lb && self.set_is_subset(a, b)?,
            CompareArg::Le => self.set_is_subset(a, b)?,
            CompareArg::Gt => la > lb && self.set_is_subset(b, a)?,
            _ => self.set_is_subset(b, a)?,
        })
    }

    fn is_nan_compare(&self, a: ObjRef, b: ObjRef) -> bool {
        let nan = |h| matches!(self.get(h), Obj::Float(f) if f.is_nan());
        (nan(a) || nan(b)) && self.as_num(a).is_some() && self.as_num(b).is_some()
    }

    /// The `==` operator: `eq`, except that a NaN float or complex is not
    /// equal to itself.
    fn eq_operator(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        if a == b {
            return Ok(!match self.get(a) {
                Obj::Float(f) => f.is_nan(),
                Obj::Complex(z) => z.re.is_nan() || z.im.is_nan(),
                _ => false,
            });
        }
        self.eq(a, b)
    }

    /// `a == b` as containers, `in` and lookups compare
    /// (`PyObject_RichCompareBool`): an object is equal to itself.
    pub fn eq(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        if let (Obj::WeakRef(x), Obj::WeakRef(y)) = (self.get(a), self.get(b)) {
            // Live weakrefs compare their referents; dead ones by identity.
            return match (x.referent, y.referent) {
                (Some(p), Some(q)) if !x.is_proxy && !y.is_proxy => self.eq(p, q),
                _ => Ok(a == b),
            };
        }
        if a != b && (self.is_user_object(a) || self.is_user_object(b)) {
            if let Some(r) = self.compare_dunder(CompareArg::Eq, a, b)? {
                return Ok(r);
            }
            let builtin_base = |vm: &Vm, h| !vm.is_user_object(h) || vm.has_builtin_base(h);
            if !(builtin_base(self, a) && builtin_base(self, b)) {
                return Ok(false);
            }
        }
        if a == b {
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
        }
        if let Some(r) = self.complex_eq(a, b) {
            return Ok(r);
        }
        match (self.get(a), self.get(b)) {
            (Obj::Str(x), Obj::Str(y)) => Ok(x.text == y.text),
            (Obj::Bytes(_) | Obj::ByteArray(_), Obj::Bytes(_) | Obj::ByteArray(_)) => {
                Ok(crate::builtins::bytes_ops::bytes_of(self, a) == crate::builtins::bytes_ops::bytes_of(self, b))
            }
            (Obj::List(x), Obj::List(y)) => {
                let (x, y) = (x.items.clone(), y.items.clone());
                self.seq_eq(&x, &y)
            }
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.seq_eq(&x, &y)
            }
            (Obj::Dict(_), Obj::Dict(_)) => self.dict_eq(a, b),
            (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                Ok(self.set_items(a).len() == self.set_items(b).len() && self.set_is_subset(a, b)?)
            }
            (Obj::Range { start, stop, step }, Obj::Range { start: s2, stop: e2, step: t2 }) => {
                let l1 = crate::ops::iter::range_len(*start, *stop, *step);
                let l2 = crate::ops::iter::range_len(*s2, *e2, *t2);
                Ok(l1 == l2 && (l1 == 0 || start == s2 && (l1 == 1 || step == t2)))
            }
            (Obj::Slice { start, stop, step }, Obj::Slice { start: s2, stop: e2, step: t2 }) => {
                let (x, y) = ([*start, *stop, *step], [*s2, *e2, *t2]);
                self.seq_eq(&x, &y)
            }
            _ => Ok(false),
        }
    }

    fn seq_eq(&mut self, x: &[ObjRef], y: &[ObjRef]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (&p, &q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_eq(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        if self.dict_len(a) != self.dict_len(b) {
            return Ok(false);
        }
        for (k, v) in self.dict_items(a) {
            match self.dict_get_item(b, k)? {
                Some(w) => {
                    let same = self.eq(v, w);
                    self.decref(w);
                    if !same? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Ordering for `<`, `<=`, `>`, `>=`; None when unorderable.
    fn order(&mut self, a: ObjRef, b: ObjRef) -> PyResult<Option<Ordering>> {
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return Ok(num_cmp(&x, &y));
        }
        match (self.get(a), self.get(b)) {
            (Obj::Str(x), Obj::Str(y)) => Ok(Some(x.text.cmp(&y.text))),
            (Obj::Bytes(_) | Obj::ByteArray(_), Obj::Bytes(_) | Obj::ByteArray(_)) => {
                Ok(crate::builtins::bytes_ops::bytes_of(self, a).partial_cmp(&crate::builtins::bytes_ops::bytes_of(self, b)))
            }
            (Obj::List(x), Obj::List(y)) => {
                let (x, y) = (x.items.clone(), y.items.clone());
                self.seq_order(&x, &y)
            }
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.seq_order(&x, &y)
            }
            _ => Ok(None),
        }
    }

    /// `x OP y` for sequences (items owned by the caller): the first
    /// unequal pair decides, compared with OP itself (so their own `__lt__`
    /// and friends run, as in CPython); else the lengths.
    fn seq_compare(&mut self, op: CompareArg, lhs: ObjRef, rhs: ObjRef) -> PyResult<bool> {
        // As CPython's list_richcompare: items are read afresh at each step
        // (an item's `__eq__` may change the lists), and only the pair
        // being compared is held.
        let mut i = 0;
        while let (Some(p), Some(q)) = (self.seq_item(lhs, i), self.seq_item(rhs, i)) {
            self.incref(p);
            self.incref(q);
            let r = match self.eq(p, q) {
                Ok(true) => None,
                Ok(false) => Some(self.compare_bool(op, p, q)),
                Err(e) => Some(Err(e)),
            };
            self.decref(p);
            self.decref(q);
            if let Some(r) = r {
                return r;
            }
            i += 1;
        }
        let ord = self.seq_len(lhs).cmp(&self.seq_len(rhs));
        Ok(match op {
            CompareArg::Lt => ord == Ordering::Less,
            CompareArg::Le => ord != Ordering::Greater,
            CompareArg::Gt => ord == Ordering::Greater,
            _ => ord != Ordering::Less,
        })
    }

    fn both_sequences(&self, a: ObjRef, b: ObjRef) -> bool {
        matches!((self.get(a), self.get(b)), (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)))
    }

    fn seq_item(&self, h: ObjRef, i: usize) -> Option<ObjRef> {
        match self.get(h) {
            Obj::List(l) => l.items.get(i).copied(),
            Obj::Tuple(t) => t.get(i).copied(),
            _ => None,
        }
    }

    fn seq_len(&self, h: ObjRef) -> usize {
        match self.get(h) {
            Obj::List(l) => l.items.len(),
            Obj::Tuple(t) => t.len(),
            _ => 0,
        }
    }

    /// Lexicographic order: the first unequal pair decides.
    fn seq_order(&mut self, x: &[ObjRef], y: &[ObjRef]) -> PyResult<Option<Ordering>> {
        for (&p, &q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return match self.order(p, q)? {
                    Some(o) => Ok(Some(o)),
                    None => {
                        let (a, b) = (self.type_name(p), self.type_name(q));
                        Err(self.type_error(format!("'<' not supported between instances of '{a}' and '{b}'")))
                    }
                };
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// Truth without running Python code, when possible.
    #[inline]
    pub fn truth_fast(&self, h: ObjRef) -> Option<bool> {
        match self.raw(h) {
            Obj::Bool(b) => Some(*b),
            Obj::None => Some(false),
            Obj::Int(i) => Some(!i.is_zero()),
            _ => None,
        }
    }

    /// `bool(h)`.
    pub fn is_true(&mut self, h: ObjRef) -> PyResult<bool> {
        if self.is_user_object(h) {
            if let Some(t) = self.truth_dunder(h)? {
                return Ok(t);
            }
            if !self.has_builtin_base(h) {
                return Ok(true);
            }
        }
        Ok(match self.get(h) {
            Obj::Bool(b) => *b,
            Obj::None => false,
            Obj::Int(i) => !i.is_zero(),
            Obj::Float(f) => *f != 0.0,
            Obj::Complex(z) => !z.is_zero(),
            Obj::Str(s) => !s.text.is_empty(),
            Obj::Bytes(b) => !b.is_empty(),
            Obj::ByteArray(b) => !b.data.is_empty(),
            Obj::Tuple(t) => !t.is_empty(),
            Obj::List(l) => !l.items.is_empty(),
            Obj::Dict(d) => !d.table.is_empty(),
            Obj::Set(s) | Obj::FrozenSet(s) => !s.table.is_empty(),
            Obj::DictView { dict, .. } => {
                let d = *dict;
                self.dict_len(d) > 0
            }
            Obj::Range { start, stop, step } => crate::ops::iter::range_len(*start, *stop, *step) > 0,
            Obj::WeakRef(w) if w.is_proxy => {
                let t = self.proxy_target(h)?;
                return self.is_true(t);
            }
            _ => true,
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: ObjRef, item: ObjRef) -> PyResult<bool> {
        if let Some(v) = self.call_dunder(container, "__contains__", &[item])? {
            let t = self.is_true(v);
            self.decref(v);
            return t;
        }
        self.contains_builtin(container, item)
    }

    /// `item in container` by the builtin type's own rules.
    pub fn contains_builtin(&mut self, container: ObjRef, item: ObjRef) -> PyResult<bool> {
        match self.get(container) {
            Obj::Str(s) => match self.get(item) {
                Obj::Str(sub) => Ok(s.text.contains(&*sub.text)),
                _ => {
                    let t = self.type_name(item);
                    Err(self.type_error(format!("'in <string>' requires string as left operand, not {t}")))
                }
            },
            Obj::Dict(_) => Ok(self.dict_get_item(container, item)?.map(|v| self.decref(v)).is_some()),
            Obj::Bytes(_) | Obj::ByteArray(_) => crate::builtins::bytes_ops::contains(self, container, item),
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_contains(container, item),
            Obj::DictView { dict, kind: crate::object::DictIterKind::Keys } => {
                let d = *dict;
                Ok(self.dict_get_item(d, item)?.map(|v| self.decref(v)).is_some())
            }
            Obj::List(l) => {
                let items = l.items.clone();
                self.any_eq(&items, item)
            }
            Obj::Tuple(t) => {
                let items = t.to_vec();
                self.any_eq(&items, item)
            }
            Obj::WeakRef(w) if w.is_proxy => {
                let t = self.proxy_target(container)?;
                return self.contains(t, item);
            }
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                match self.get(item) {
                    Obj::Int(PyInt::Small(v)) => Ok(crate::ops::iter::range_contains(start, stop, step, *v)),
                    Obj::Bool(b) => Ok(crate::ops::iter::range_contains(start, stop, step, *b as i64)),
                    _ => Ok(false),
                }
            }
            _ => {
                let it = match self.get_iter(container) {
                    Ok(it) => it,
                    Err(e) => {
                        self.decref(e.0);
                        let t = self.type_name(container);
                        return Err(self.type_error(format!("argument of type '{t}' is not iterable")));
                    }
                };
                let r = self.iter_contains(it, item);
                self.decref(it);
                r
            }
        }
    }

    fn iter_contains(&mut self, it: ObjRef, item: ObjRef) -> PyResult<bool> {
        while let Some(v) = self.next(it)? {
            let same = self.eq(v, item);
            self.decref(v);
            if same? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn any_eq(&mut self, items: &[ObjRef], item: ObjRef) -> PyResult<bool> {
        for &i in items {
            if self.eq(i, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `hash(h)` with CPython's values for numbers.
    pub fn hash(&mut self, h: ObjRef) -> PyResult<i64> {
        if self.is_user_object(h) && (!self.has_builtin_base(h) || self.lookup_dunder(h, "__hash__").is_some()) {
            return self.hash_dunder(h);
        }
        self.builtin_hash(h)
    }

    /// `hash(h)` by the builtin type's own rule, ignoring a user
    /// `__hash__` (what `int.__hash__(self)` gives a subclass).
    pub fn builtin_hash(&mut self, h: ObjRef) -> PyResult<i64> {
        match self.get(h) {
            Obj::Str(s) => {
                let cached = s.hash.get();
                if cached != crate::object::HASH_UNSET {
                    return Ok(cached);
                }
                let v = crate::hash::str_hash(&s.text);
                s.hash.set(v);
                Ok(v)
            }
            Obj::Int(i) => Ok(i.hash()),
            Obj::Bool(b) => Ok(*b as i64),
            Obj::Float(f) => {
                let addr = self.heap.address(h);
                Ok(crate::num::float_ops::hash(*f, || crate::hash::identity_hash(addr)))
            }
            Obj::Complex(z) => {
                let addr = self.heap.address(h);
                Ok(z.hash(|| crate::hash::identity_hash(addr)))
            }
            Obj::None => Ok(crate::hash::identity_hash(self.heap.address(h))),
            Obj::Tuple(items) => {
                let items = items.to_vec();
                let mut hashes = Vec::with_capacity(items.len());
                for i in items {
                    hashes.push(self.hash(i)?);
                }
                Ok(crate::hash::tuple_hash(&hashes))
            }
            Obj::FrozenSet(s) => Ok(s.table.frozenset_hash()),
            Obj::Bytes(b) => Ok(crate::hash::str_hash(&crate::text::codec::decode_latin1(b))),
            Obj::ByteArray(_) => Err(self.type_error("unhashable type: 'bytearray'")),
            Obj::WeakRef(w) if !w.is_proxy => {
                if let Some(v) = w.hash.get() {
                    return Ok(v);
                }
                let Some(t) = w.referent else {
                    return Err(self.type_error("weak object has gone away"));
                };
                let v = self.hash(t)?;
                if let Obj::WeakRef(w) = self.get(h) {
                    w.hash.set(Some(v));
                }
                Ok(v)
            }
            Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Slice { .. } => {
                let t = self.type_name(h);
                Err(self.type_error(format!("unhashable type: '{t}'")))
            }
            _ => Ok(crate::hash::identity_hash(self.heap.address(h))),
        }
    }
}

/// Compare two numbers exactly (ints and floats mixed), None for NaN.
pub fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => compare_int_float(x, *y),
        (Num::Float(x), Num::Int(y)) => compare_int_float(y, *x).map(Ordering::reverse),
    }
}
