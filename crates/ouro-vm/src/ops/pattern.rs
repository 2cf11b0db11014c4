//! The runtime half of `match` statements (CPython 3.11's MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS).

use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// Whether a sequence pattern may match `v`: list, tuple, range and
    /// their subclasses (never str, bytes or bytearray).
    pub fn match_is_sequence(&self, v: ObjRef) -> bool {
        let t = &self.t;
        let (list, tuple, range) = (t.list, t.tuple, t.range);
        self.isinstance(v, list) || self.isinstance(v, tuple) || self.isinstance(v, range)
            || self.mro_has_name(v, &["deque", "Sequence", "MutableSequence"])
    }

    /// Whether a mapping pattern may match `v`: dict and its subclasses.
    pub fn match_is_mapping(&self, v: ObjRef) -> bool {
        let dict = self.t.dict;
        self.isinstance(v, dict) || self.mro_has_name(v, &["Mapping", "MutableMapping"])
    }

    /// A class in `type(v)`'s MRO has one of `names` (deque and the
    /// collections.abc classes, which are written in Python here).
    fn mro_has_name(&self, v: ObjRef, names: &[&str]) -> bool {
        let ty = self.type_of(v);
        match self.get(ty) {
            Obj::Type(t) => t.mro.iter().any(|&c| names.contains(&&*self.type_obj(c).name)),
            _ => false,
        }
    }

    /// `[v, keys] -> values`: the tuple of `v`'s values for `keys`, or None
    /// when a key is missing. Owned result.
    pub fn match_keys(&mut self, v: ObjRef, keys: ObjRef) -> PyResult<ObjRef> {
        let keys: Vec<ObjRef> = match self.get(keys) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let exact_dict = self.type_of(v) == self.t.dict;
        let get = if exact_dict {
            None
        } else {
            let name = self.intern("get");
            let r = self.get_attr(v, name);
            self.decref(name);
            Some(r?)
        };
        let mut values: Vec<ObjRef> = Vec::new();
        let mut seen: Vec<ObjRef> = Vec::new();
        let result = (|| -> PyResult<bool> {
            for &k in &keys {
                for &s in &seen {
                    if self.eq(s, k)? {
                        let r = self.repr_string(k)?;
                        return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
                    }
                }
                seen.push(k);
                let found = match get {
                    None => self.dict_get_item(v, k)?,
                    Some(g) => {
                        // A fresh sentinel object tells "missing" from any value.
                        let dummy = self.new_list(Vec::new());
                        let r = self.call(g, &[k, dummy]);
                        let r = r.map(|x| {
                            if x == dummy {
                                self.decref(x);
                                None
                            } else {
                                Some(x)
                            }
                        });
                        self.decref(dummy);
                        r?
                    }
                };
                match found {
                    Some(x) => values.push(x),
                    None => return Ok(false),
                }
            }
            Ok(true)
        })();
        if let Some(g) = get {
            self.decref(g);
        }
        match result {
            Ok(true) => Ok(self.new_tuple(values)),
            Ok(false) => {
                self.decref_all(values);
                Ok(self.none())
            }
            Err(e) => {
                self.decref_all(values);
                Err(e)
            }
        }
    }

    /// `[v, keys] -> rest`: `dict(v)` without `keys`. Owned result.
    pub fn copy_dict_without_keys(&mut self, v: ObjRef, keys: ObjRef) -> PyResult<ObjRef> {
        let rest = self.new_dict();
        if let Err(e) = self.dict_update(rest, v) {
            self.decref(rest);
            return Err(e);
        }
        let keys: Vec<ObjRef> = match self.get(keys) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        for k in keys {
            match self.dict_pop(rest, k) {
                Ok(Some(x)) => self.decref(x),
                Ok(None) => {}
                Err(e) => {
                    self.decref(rest);
                    return Err(e);
                }
            }
        }
        Ok(rest)
    }

    /// `[v, cls, kwnames] -> attrs`: the values for a class pattern with
    /// `npos` positional sub-patterns, or None if `v` does not match.
    pub fn match_class(&mut self, v: ObjRef, cls: ObjRef, kwnames: ObjRef, npos: usize) -> PyResult<ObjRef> {
        if !self.is_type(cls) {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !self.isinstance_hook(v, cls)? {
            return Ok(self.none());
        }
        let kw: Vec<ObjRef> = match self.get(kwnames) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let mut names: Vec<ObjRef> = Vec::new();
        let mut values: Vec<ObjRef> = Vec::new();
        let r = self.match_class_values(v, cls, &kw, npos, &mut names, &mut values);
        self.decref_all(names);
        match r {
            Ok(true) => Ok(self.new_tuple(values)),
            Ok(false) => {
                self.decref_all(values);
                Ok(self.none())
            }
            Err(e) => {
                self.decref_all(values);
                Err(e)
            }
        }
    }

    fn match_class_values(
        &mut self,
        v: ObjRef,
        cls: ObjRef,
        kw: &[ObjRef],
        npos: usize,
        names: &mut Vec<ObjRef>,
        values: &mut Vec<ObjRef>,
    ) -> PyResult<bool> {
        let cls_name = self.type_obj(cls).name.to_string();
        let mut attrs: Vec<ObjRef> = Vec::new();
        if npos > 0 {
            let key = self.intern("__match_args__");
            let r = self.get_attr(cls, key);
            self.decref(key);
            let match_args = match r {
                Ok(m) => Some(m),
                Err(e) if self.err_is(&e, "AttributeError") => {
                    self.decref(e.0);
                    None
                }
                Err(e) => return Err(e),
            };
            match match_args {
                Some(m) => {
                    let items: Option<Vec<ObjRef>> = match self.get(m) {
                        Obj::Tuple(t) if self.type_of(m) == self.t.tuple => Some(t.to_vec()),
                        _ => None,
                    };
                    let Some(items) = items else {
                        let tn = self.type_name(m);
                        self.decref(m);
                        return Err(self.type_error(format!("{cls_name}.__match_args__ must be a tuple (got {tn})")));
                    };
                    if npos > items.len() {
                        self.decref(m);
                        return Err(self.type_error(accepts(&cls_name, items.len(), npos)));
                    }
                    for &a in &items[..npos] {
                        if !matches!(self.get(a), Obj::Str(_)) {
                            let tn = self.type_name(a);
                            self.decref(m);
                            return Err(self.type_error(format!("__match_args__ elements must be strings (got {tn})")));
                        }
                        self.incref(a);
                        attrs.push(a);
                    }
                    self.decref(m);
                }
                None => {
                    let t = &self.t;
                    let selfish = [t.bool_, t.bytearray, t.bytes, t.dict, t.float, t.frozenset, t.int, t.list, t.set, t.str_, t.tuple];
                    if selfish.iter().any(|&s| self.is_subtype(cls, s)) {
                        if npos > 1 {
                            return Err(self.type_error(accepts(&cls_name, 1, npos)));
                        }
                        self.incref(v);
                        values.push(v);
                    } else {
                        return Err(self.type_error(accepts(&cls_name, 0, npos)));
                    }
                }
            }
        }
        for &k in kw {
            self.incref(k);
            attrs.push(k);
        }
        for a in attrs {
            for &n in names.iter() {
                if self.str_text(n) == self.str_text(a) {
                    let r = self.repr_string(a)?;
                    self.decref(a);
                    return Err(self.type_error(format!("{cls_name}() got multiple sub-patterns for attribute {r}")));
                }
            }
            names.push(a);
            match self.get_attr(v, a) {
                Ok(x) => values.push(x),
                Err(e) if self.err_is(&e, "AttributeError") => {
                    self.decref(e.0);
                    return Ok(false);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(true)
    }
}

fn accepts(cls: &str, allowed: usize, given: usize) -> String {
    let s = if allowed == 1 { "" } else { "s" };
    format!("{cls}() accepts {allowed} positional sub-pattern{s} ({given} given)")
}
