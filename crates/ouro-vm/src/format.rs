//! f-string fields (`FormatValue`), `format()` and `%`-formatting: the VM
//! side (conversions, argument plumbing) of `num::format` and
//! `num::percent`.

use crate::errors::PyResult;
use crate::num::percent::{parse_directive, pct_char, pct_char_code, pct_float, pct_int, pct_str, Count};
use crate::object::{Obj, ObjRef};
use crate::ops::arith::Num;
use crate::vm::Vm;

impl Vm {
    /// `FormatValue`: apply the conversion (1 str, 2 repr, 3 ascii), then
    /// the format spec. Owned result.
    pub fn format_value(&mut self, value: ObjRef, conversion: u32, spec: Option<ObjRef>) -> PyResult<ObjRef> {
        let converted = match conversion {
            1 => self.to_str(value)?,
            2 => self.repr(value)?,
            3 => {
                let r = self.repr_string(value)?;
                let a = crate::builtins::functions::ascii_escape(&r);
                self.new_str(a)
            }
            _ => self.incref(value),
        };
        let spec_text = spec.map(|s| self.str_text(s).to_owned()).unwrap_or_default();
        let r = self.format(converted, &spec_text);
        self.decref(converted);
        r
    }

    /// `format(value, spec)` (owned str): a user class's `__format__`,
    /// else the builtin rule.
    pub fn format(&mut self, value: ObjRef, spec: &str) -> PyResult<ObjRef> {
        if self.is_user_object(value) {
            let s = self.new_str(spec.to_owned());
            let r = self.call_dunder(value, "__format__", &[s]);
            self.decref(s);
            if let Some(v) = r? {
                if matches!(self.get(v), Obj::Str(_)) {
                    return Ok(v);
                }
                let t = self.type_name(v);
                self.decref(v);
                return Err(self.type_error(format!("__format__ must return a str, not {t}")));
            }
        }
        self.builtin_format(value, spec)
    }

    /// `format(value, spec)` by the builtin type's own rule, ignoring a
    /// user `__format__` (what `int.__format__(self, spec)` does).
    pub fn builtin_format(&mut self, value: ObjRef, spec: &str) -> PyResult<ObjRef> {
        if spec.is_empty() && self.is_user_object(value) {
            // CPython formats a subclass with an empty spec as str(obj).
            return self.to_str(value);
        }
        let r = match self.get(value) {
            Obj::Int(i) => crate::num::format::format_int(i, spec, "int", crate::builtins::construct::MAX_STR_DIGITS),
            Obj::Bool(_) if spec.is_empty() => return self.to_str(value),
            Obj::Bool(b) => crate::num::format::format_int(&crate::num::PyInt::Small(*b as i64), spec, "bool", 4300),
            Obj::Float(f) => crate::num::format::format_float(*f, spec),
            Obj::Complex(z) => crate::num::complex_format::format_complex(*z, spec),
            Obj::Str(s) => crate::num::format::format_str(&s.text, spec),
            _ if spec.is_empty() => return self.to_str(value),
            _ => return Err(self.unsupported_format(value)),
        };
        match r {
            Ok(text) => Ok(self.new_str(text)),
            Err(e) => Err(self.num_err(e)),
        }
    }
}

impl Vm {
    fn unsupported_format(&mut self, value: ObjRef) -> crate::errors::PyErr {
        let t = self.type_name(value);
        self.type_error(format!("unsupported format string passed to {t}.__format__"))
    }
}

/// `object.__format__`, `int.__format__`, `str.__format__`,
/// `float.__format__` and `str.__str__`: the builtin behaviour, reachable
/// from subclasses (enum's mixed-in data types).
pub fn register(vm: &mut Vm) {
    let object = vm.t.object;
    vm.add_methods(object, "object", &[("__format__", object_format)]);
    for (t, owner) in [(vm.t.int, "int"), (vm.t.str_, "str"), (vm.t.float, "float")] {
        vm.add_methods(t, owner, &[("__format__", builtin_format)]);
    }
    let s = vm.t.str_;
    vm.add_methods(s, "str", &[("__str__", str_str)]);
}

/// The receiver and the spec of a `__format__(self, spec)` call.
fn format_args(vm: &mut Vm, args: &crate::call::Args) -> PyResult<(ObjRef, String)> {
    let [s, spec] = args.pos else {
        return Err(vm.type_error(format!("__format__() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1))));
    };
    match vm.get(*spec) {
        Obj::Str(t) => Ok((*s, t.text.to_string())),
        _ => {
            let t = vm.type_name(*spec);
            Err(vm.type_error(format!("__format__() argument must be str, not {t}")))
        }
    }
}

fn object_format(vm: &mut Vm, args: &crate::call::Args) -> PyResult<ObjRef> {
    let (s, spec) = format_args(vm, args)?;
    if !spec.is_empty() {
        return Err(vm.unsupported_format(s));
    }
    vm.to_str(s)
}

fn builtin_format(vm: &mut Vm, args: &crate::call::Args) -> PyResult<ObjRef> {
    let (s, spec) = format_args(vm, args)?;
    vm.builtin_format(s, &spec)
}

/// `str.__str__(self)`: the plain str value of a str (or subclass).
fn str_str(vm: &mut Vm, args: &crate::call::Args) -> PyResult<ObjRef> {
    let text = match args.pos {
        [s] => match vm.get(*s) {
            Obj::Str(t) => Some(t.text.to_string()),
            _ => None,
        },
        _ => None,
    };
    match text {
        Some(t) => Ok(vm.new_str(t)),
        None => Err(vm.type_error("descriptor '__str__' requires a 'str' object")),
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
    let mut rest = text.as_str();
    while let Some(pos) = rest.find('%') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos + 1..];
        let Some((mut d, consumed)) = parse_directive(rest) else {
            return Err(vm.value_error("incomplete format"));
        };
        rest = &rest[consumed..];
        if d.conv == '%' {
            out.push('%');
            continue;
        }
        if d.width == Count::Star {
            d.spec.width = Some(take_count(vm, &values, &mut next)?);
        }
        if d.precision == Count::Star {
            d.spec.precision = Some(take_count(vm, &values, &mut next)?);
        }
        let Some(&v) = values.get(next) else {
            return Err(vm.type_error("not enough arguments for format string"));
        };
        next += 1;
        out.push_str(&percent_one(vm, v, d.conv, &d.spec)?);
    }
    out.push_str(rest);
    if next < values.len() && matches!(vm.get(args), Obj::Tuple(_)) {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

fn take_count(vm: &mut Vm, values: &[ObjRef], next: &mut usize) -> PyResult<usize> {
    let Some(&v) = values.get(*next) else {
        return Err(vm.type_error("not enough arguments for format string"));
    };
    *next += 1;
    match vm.as_index(v).and_then(|i| i.as_i64()) {
        Some(n) => Ok(n.max(0) as usize),
        None => Err(vm.type_error("* wants int")),
    }
}

fn percent_one(vm: &mut Vm, v: ObjRef, conv: char, spec: &crate::num::percent::PctSpec) -> PyResult<String> {
    match conv {
        's' => Ok(pct_str(&vm.str_string(v)?, spec)),
        'r' => Ok(pct_str(&vm.repr_string(v)?, spec)),
        'a' => {
            let r = vm.repr_string(v)?;
            Ok(pct_str(&crate::builtins::functions::ascii_escape(&r), spec))
        }
        'c' => match vm.get(v) {
            Obj::Str(s) if s.char_len == 1 => {
                let c = s.text.chars().next().unwrap_or(' ');
                Ok(pct_char(c, spec))
            }
            _ => match vm.as_index(v) {
                Some(i) => pct_char_code(&i, spec).map_err(|e| vm.num_err(e)),
                None => Err(vm.type_error("%c requires int or char")),
            },
        },
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => match vm.as_num(v) {
            Some(Num::Int(i)) => Ok(pct_int(&i, conv, spec)),
            Some(Num::Float(f)) if "diu".contains(conv) => {
                let i = crate::num::PyInt::from_f64(f).map_err(|e| vm.num_err(e))?;
                Ok(pct_int(&i, conv, spec))
            }
            _ => {
                let t = vm.type_name(v);
                let what = if "diu".contains(conv) { "a real number" } else { "an integer" };
                Err(vm.type_error(format!("%{conv} format: {what} is required, not {t}")))
            }
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match vm.as_num(v) {
            Some(Num::Float(f)) => Ok(pct_float(f, conv, spec)),
            Some(Num::Int(i)) => {
                let f = vm.int_to_float(&i)?;
                Ok(pct_float(f, conv, spec))
            }
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("must be real number, not {t}")))
            }
        },
        other => Err(vm.value_error(format!("unsupported format character '{other}' (0x{:x}) at index 1", other as u32))),
    }
}
