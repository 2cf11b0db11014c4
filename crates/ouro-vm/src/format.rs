//! f-string fields (`FormatValue`), `format()` and `%`-formatting.

use crate::errors::PyResult;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

impl Vm {
    /// `FormatValue`: apply the conversion (1 str, 2 repr, 3 ascii), then
    /// the format spec. Owned result.
    pub fn format_value(&mut self, value: ObjRef, conversion: u32, spec: Option<ObjRef>) -> PyResult<ObjRef> {
        let converted = match conversion {
            1 => self.to_str(value)?,
            2 | 3 => self.repr(value)?,
            _ => self.incref(value),
        };
        let spec_text = spec.map(|s| self.str_text(s).to_owned()).unwrap_or_default();
        let r = self.format(converted, &spec_text);
        self.decref(converted);
        r
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, value: ObjRef, spec: &str) -> PyResult<ObjRef> {
        if spec.is_empty() {
            return self.to_str(value);
        }
        let text = crate::num::format_spec::format_obj(self, value, spec)?;
        Ok(self.new_str(text))
    }
}

/// `fmt % args` for a str `fmt`.
pub fn percent_format(vm: &mut Vm, fmt: ObjRef, args: ObjRef) -> PyResult<ObjRef> {
    let text = vm.str_text(fmt).to_owned();
    let values: Vec<ObjRef> = match vm.get(args) {
        Obj::Tuple(t) => t.to_vec(),
        _ => vec![args],
    };
    let mut out = String::new();
    let mut next = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        let conv = loop {
            match chars.next() {
                Some(ch) if "-+ #0123456789.".contains(ch) => spec.push(ch),
                Some(ch) => break ch,
                None => return Err(vm.value_error("incomplete format")),
            }
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let Some(&v) = values.get(next) else {
            return Err(vm.type_error("not enough arguments for format string"));
        };
        next += 1;
        let piece = crate::num::format_spec::percent_one(vm, v, &spec, conv)?;
        out.push_str(&piece);
    }
    if next < values.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}
