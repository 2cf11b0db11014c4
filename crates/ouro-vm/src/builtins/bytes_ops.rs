//! `bytes` and `bytearray` as values: construction (`bytes(...)`,
//! `bytearray(...)`), item access, item assignment, concatenation,
//! repetition and membership. The operator hooks in `ops/` route here.
//!
//! Invariant: a bytearray's `alloc` only changes through
//! `text::bytearray_growth` (it drives `sys.getsizeof`).

use crate::builtins::args::{clinic, index_i64, str_or};
use crate::call::Args;
use crate::errors::PyResult;
use crate::num::PyInt;
use crate::object::{ByteArrayObj, Obj, ObjRef};
use crate::text::bytearray_growth::{bytearray_exact, bytearray_resize};
use crate::vm::Vm;

/// A new `bytes` object (owned).
pub fn new_bytes(vm: &mut Vm, data: Vec<u8>) -> ObjRef {
    if data.is_empty() {
        // `b''` is a static singleton, as in CPython.
        let e = vm.s.empty_bytes;
        return vm.incref(e);
    }
    vm.alloc(Obj::Bytes(data.into_boxed_slice()))
}

/// A new `bytearray` holding exactly `data` (owned).
pub fn new_bytearray(vm: &mut Vm, data: Vec<u8>) -> ObjRef {
    let alloc = bytearray_exact(data.len());
    vm.alloc(Obj::ByteArray(ByteArrayObj { data, alloc }))
}

/// A result of the same kind as `like` (bytes or bytearray).
pub fn new_like(vm: &mut Vm, like: ObjRef, data: Vec<u8>) -> ObjRef {
    match vm.get(like) {
        Obj::ByteArray(_) => new_bytearray(vm, data),
        _ => new_bytes(vm, data),
    }
}

/// The contents of a bytes-like object (borrowed view).
pub fn bytes_of(vm: &Vm, h: ObjRef) -> Option<&[u8]> {
    match vm.get(h) {
        Obj::Bytes(b) => Some(b),
        Obj::ByteArray(b) => Some(&b.data),
        _ => None,
    }
}

/// A copy of a bytes-like argument, or CPython's "a bytes-like object is
/// required" TypeError.
pub fn bytes_arg(vm: &mut Vm, h: ObjRef) -> PyResult<Vec<u8>> {
    match bytes_of(vm, h) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(h);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn type_label(bytearray: bool) -> &'static str {
    if bytearray {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A byte value from an int-like object.
pub fn byte_value(vm: &mut Vm, h: ObjRef, msg: &str) -> PyResult<u8> {
    let v = match vm.as_index(h) {
        Some(PyInt::Small(v)) => v,
        Some(PyInt::Big(_)) => -1,
        None => {
            let t = vm.type_name(h);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    u8::try_from(v).map_err(|_| vm.value_error(msg))
}

/// `bytes(source, encoding, errors)` / `bytearray(...)`.
pub fn construct(vm: &mut Vm, args: &Args, bytearray: bool) -> PyResult<ObjRef> {
    let name = type_label(bytearray);
    let a = clinic(vm, args, args.pos, name, &["source", "encoding", "errors"], 0)?;
    let data = match (a[0], a[1], a[2]) {
        (None, None, None) => Vec::new(),
        (None, _, _) => {
            let what = if a[1].is_some() { "encoding" } else { "errors" };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        (Some(src), enc, errs) if matches!(vm.get(src), Obj::Str(_)) => {
            let Some(enc) = enc else {
                return Err(vm.type_error("string argument without an encoding"));
            };
            let enc = str_or(vm, enc, |t| format!("{name}() argument 'encoding' must be str, not {t}"))?;
            let errs = match errs {
                Some(e) => str_or(vm, e, |t| format!("{name}() argument 'errors' must be str, not {t}"))?,
                None => "strict".to_string(),
            };
            let text = vm.str_text(src).to_owned();
            crate::methods::bytes::encode_text(vm, &text, &enc, &errs)?
        }
        (Some(_), Some(_), _) => return Err(vm.type_error("encoding without a string argument")),
        (Some(_), None, Some(_)) => return Err(vm.type_error("errors without a string argument")),
        (Some(src), None, None) => {
            if !bytearray && matches!(vm.get(src), Obj::Bytes(_)) {
                return Ok(vm.incref(src));
            }
            if bytearray && !matches!(vm.get(src), Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Int(_) | Obj::Bool(_)) {
                return bytearray_from_iterable(vm, src);
            }
            from_source(vm, src, name)?
        }
    };
    Ok(if bytearray { new_bytearray(vm, data) } else { new_bytes(vm, data) })
}

/// The bytes of a non-str source: a count, a bytes-like object or an
/// iterable of ints.
fn from_source(vm: &mut Vm, src: ObjRef, name: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, src) {
        return Ok(b.to_vec());
    }
    if vm.as_index(src).is_some() {
        let n = index_i64(vm, src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let items = match vm.collect_iter(src) {
        Ok(items) => items,
        Err(e) if vm.err_is(&e, "TypeError") => {
            vm.decref(e.0);
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("cannot convert '{t}' object to {name}")));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    let mut err = None;
    for &item in &items {
        match byte_value(vm, item, "bytes must be in range(0, 256)") {
            Ok(b) => out.push(b),
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    vm.decref_all(items);
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// `bytearray(iterable_of_ints)`: grows one byte at a time as CPython does.
fn bytearray_from_iterable(vm: &mut Vm, src: ObjRef) -> PyResult<ObjRef> {
    let items = match vm.collect_iter(src) {
        Ok(items) => items,
        Err(e) if vm.err_is(&e, "TypeError") => {
            vm.decref(e.0);
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("cannot convert '{t}' object to bytearray")));
        }
        Err(e) => return Err(e),
    };
    let exact = matches!(vm.get(src), Obj::List(_) | Obj::Tuple(_));
    let mut data = Vec::with_capacity(items.len());
    let mut alloc = if exact { bytearray_exact(items.len()) } else { 0 };
    let mut err = None;
    for &item in &items {
        match byte_value(vm, item, "byte must be in range(0, 256)") {
            Ok(b) => {
                if !exact {
                    alloc = bytearray_resize(alloc, data.len(), data.len() + 1);
                }
                data.push(b);
            }
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    vm.decref_all(items);
    match err {
        Some(e) => Err(e),
        None => Ok(vm.alloc(Obj::ByteArray(ByteArrayObj { data, alloc }))),
    }
}

/// `b[key]` for bytes and bytearray.
pub fn getitem(vm: &mut Vm, container: ObjRef, key: ObjRef) -> PyResult<ObjRef> {
    let bytearray = matches!(vm.get(container), Obj::ByteArray(_));
    let len = bytes_of(vm, container).map_or(0, <[u8]>::len);
    if matches!(vm.get(key), Obj::Slice { .. }) {
        let s = vm.slice_indices(key, len)?;
        let data = bytes_of(vm, container).unwrap_or(&[]);
        let picked: Vec<u8> = s.positions().map(|p| data[p]).collect();
        if !bytearray && picked.len() == len && s.step == 1 {
            return Ok(vm.incref(container));
        }
        return Ok(new_like(vm, container, picked));
    }
    let i = item_index(vm, key, len, bytearray)?;
    let v = bytes_of(vm, container).map_or(0, |d| d[i]);
    Ok(vm.new_int(v as i64))
}

/// A non-slice index into `len` bytes, with CPython's errors.
fn item_index(vm: &mut Vm, key: ObjRef, len: usize, bytearray: bool) -> PyResult<usize> {
    let what = if bytearray { "bytearray" } else { "byte" };
    let i = match vm.as_index(key) {
        Some(PyInt::Small(i)) => i,
        Some(PyInt::Big(_)) => {
            let t = vm.type_name(key);
            return Err(vm.index_error(format!("cannot fit '{t}' into an index-sized integer")));
        }
        None => {
            let t = vm.type_name(key);
            return Err(vm.type_error(format!("{what} indices must be integers or slices, not {t}")));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        let msg = if bytearray { "bytearray index out of range" } else { "index out of range" };
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

/// Replace the data of bytearray `h`, resizing `alloc` by CPython's rule.
pub fn bytearray_set(vm: &mut Vm, h: ObjRef, data: Vec<u8>) {
    if let Obj::ByteArray(b) = vm.get_mut(h) {
        b.alloc = bytearray_resize(b.alloc, b.data.len(), data.len());
        b.data = data;
    }
}

fn bytearray_data(vm: &Vm, h: ObjRef) -> Vec<u8> {
    bytes_of(vm, h).map(<[u8]>::to_vec).unwrap_or_default()
}

/// `ba[key] = value`.
pub fn setitem(vm: &mut Vm, container: ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
    let mut data = bytearray_data(vm, container);
    if matches!(vm.get(key), Obj::Slice { .. }) {
        let s = vm.slice_indices(key, data.len())?;
        let new = match bytes_of(vm, value) {
            Some(b) => b.to_vec(),
            None if matches!(vm.get(value), Obj::Int(_) | Obj::Str(_)) => {
                return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            None => from_source(vm, value, "bytearray")?,
        };
        if s.step == 1 {
            let lo = s.start.max(0) as usize;
            data.splice(lo..lo + s.len, new);
        } else {
            if new.len() != s.len {
                return Err(vm.value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), s.len)));
            }
            for (p, b) in s.positions().zip(new) {
                data[p] = b;
            }
        }
        bytearray_set(vm, container, data);
        return Ok(());
    }
    let i = item_index(vm, key, data.len(), true)?;
    let b = byte_value(vm, value, "byte must be in range(0, 256)")?;
    if let Obj::ByteArray(ba) = vm.get_mut(container) {
        ba.data[i] = b;
    }
    Ok(())
}

/// `del ba[key]`.
pub fn delitem(vm: &mut Vm, container: ObjRef, key: ObjRef) -> PyResult<()> {
    let mut data = bytearray_data(vm, container);
    let mut drop: Vec<usize> = if matches!(vm.get(key), Obj::Slice { .. }) {
        vm.slice_indices(key, data.len())?.positions().collect()
    } else {
        vec![item_index(vm, key, data.len(), true)?]
    };
    drop.sort_unstable();
    for &p in drop.iter().rev() {
        data.remove(p);
    }
    bytearray_set(vm, container, data);
    Ok(())
}

/// `a + b` (and `a += b`) when `a` is bytes-like; None if `a` is not.
pub fn concat(vm: &mut Vm, inplace: bool, lhs: ObjRef, rhs: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(a) = bytes_of(vm, lhs).map(<[u8]>::to_vec) else {
        return Ok(None);
    };
    let Some(b) = bytes_of(vm, rhs).map(<[u8]>::to_vec) else {
        let (l, r) = (vm.type_name(lhs), vm.type_name(rhs));
        return Err(vm.type_error(format!("can't concat {r} to {l}")));
    };
    let mut data = a;
    data.extend_from_slice(&b);
    if inplace && matches!(vm.get(lhs), Obj::ByteArray(_)) {
        bytearray_set(vm, lhs, data);
        return Ok(Some(vm.incref(lhs)));
    }
    Ok(Some(new_like(vm, lhs, data)))
}

/// `seq * n` for bytes-like `seq`; None if it is not one.
pub fn repeat(vm: &mut Vm, seq: ObjRef, n: i64) -> Option<ObjRef> {
    let data = bytes_of(vm, seq)?.repeat(n.max(0) as usize);
    if n == 1 && matches!(vm.get(seq), Obj::Bytes(_)) {
        return Some(vm.incref(seq));
    }
    Some(new_like(vm, seq, data))
}

/// `item in container` for a bytes-like container.
pub fn contains(vm: &mut Vm, container: ObjRef, item: ObjRef) -> PyResult<bool> {
    let hay = bytearray_data(vm, container);
    if vm.as_index(item).is_some() {
        let b = byte_value(vm, item, "byte must be in range(0, 256)")?;
        return Ok(hay.contains(&b));
    }
    let needle = bytes_arg(vm, item)?;
    Ok(crate::text::bytes_methods::find(&hay, &needle, None, None) >= 0)
}
