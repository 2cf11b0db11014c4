//! `SyntaxError` exceptions: the one place a compile-time
//! `ouro_syntax::SyntaxError` becomes a Python exception, the attributes a
//! `SyntaxError` instance derives from its args, its `str()`, and the
//! `File "...", line N` block with the caret line that CPython prints in
//! place of the usual last line of a traceback.

use ouro_syntax::SyntaxError;

use crate::errors::{PyErr, PyResult};
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// The attributes `SyntaxError.__init__` sets from `args[1]`, in order.
const LOCATION_FIELDS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

/// A syntax error's position as CPython's `parse_syntax_error` reads it.
struct Location {
    msg: ObjRef,
    filename: String,
    lineno: i64,
    offset: i64,
    end_lineno: i64,
    end_offset: i64,
    text: Option<String>,
}

impl Vm {
    /// The exception CPython raises for a compile-time error: a
    /// `SyntaxError` (or subclass) with args `(msg, (filename, lineno,
    /// offset, text, end_lineno, end_offset))`, or a `RecursionError` for
    /// code nested too deeply.
    pub fn syntax_error_object(&mut self, e: &SyntaxError) -> PyErr {
        if e.msg == ouro_compiler::errors::RECURSION_MSG {
            return self.error("RecursionError", e.msg.as_str());
        }
        let cls = self.t.exc(e.type_name());
        let msg = self.new_str(e.msg.as_str());
        let filename = self.new_str(e.filename.as_str());
        let text = match &e.text {
            Some(t) => self.new_str(t.as_str()),
            None => self.none(),
        };
        // CPython's tokenizer gives an unexpected indent no end column.
        let end_offset = if e.msg == "unexpected indent" { -1 } else { i64::from(e.end_offset) };
        let numbers = [e.lineno.into(), e.offset.into(), e.end_lineno.into(), end_offset].map(|n| self.new_int(n));
        let [lineno, offset, end_lineno, end_offset] = numbers;
        let info = self.new_tuple(vec![filename, lineno, offset, text, end_lineno, end_offset]);
        PyErr(self.new_exception(cls, vec![msg, info]))
    }

    /// `exc.name` for the attributes of a SyntaxError instance that come
    /// from its args (`msg`, `filename`, ..., `print_file_and_line`), when
    /// `exc` is one and has not had the attribute assigned (owned).
    pub fn syntax_error_field(&mut self, exc: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let Obj::Exception(e) = self.get(exc) else { return Ok(None) };
        let (cls, args, dict) = (e.cls, e.args, e.dict);
        if !self.is_subtype(cls, self.t.exc("SyntaxError")) {
            return Ok(None);
        }
        let field = self.str_text(name);
        let index = match field {
            "msg" => None,
            "print_file_and_line" => return Ok(Some(self.none())),
            _ => match LOCATION_FIELDS.iter().position(|&f| f == field) {
                Some(i) => Some(i),
                None => return Ok(None),
            },
        };
        if let Some(d) = dict {
            if let Some(v) = self.dict_get_item(d, name)? {
                self.decref(v);
                return Ok(None);
            }
        }
        let args: Vec<ObjRef> = match self.get(args) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let value = match index {
            None => args.first().copied(),
            Some(i) if args.len() == 2 => match self.get(args[1]) {
                Obj::Tuple(info) if (4..=6).contains(&info.len()) => info.get(i).copied(),
                _ => None,
            },
            Some(_) => None,
        };
        let v = value.unwrap_or(self.s.none);
        Ok(Some(self.incref(v)))
    }

    /// `SyntaxError.__str__`: the message, with the file's base name and
    /// the line when they are known.
    pub fn syntax_error_str(&mut self, exc: ObjRef) -> PyResult<String> {
        let msg = self.attr_str(exc, "msg")?;
        let msg_text = self.str_string(msg);
        self.decref(msg);
        let msg_text = msg_text?;
        let filename = self.attr_str(exc, "filename")?;
        let base = match self.get(filename) {
            Obj::Str(s) => Some(s.text.rsplit('/').next().unwrap_or_default().to_string()),
            _ => None,
        };
        self.decref(filename);
        let lineno = self.attr_str(exc, "lineno")?;
        let line = match self.get(lineno) {
            Obj::Int(i) => Some(i.to_string()),
            _ => None,
        };
        self.decref(lineno);
        Ok(match (base, line) {
            (Some(f), Some(l)) => format!("{msg_text} ({f}, line {l})"),
            (Some(f), None) => format!("{msg_text} ({f})"),
            (None, Some(l)) => format!("{msg_text} (line {l})"),
            (None, None) => msg_text,
        })
    }

    fn attr_str(&mut self, obj: ObjRef, name: &str) -> PyResult<ObjRef> {
        let key = self.intern(name);
        let r = self.get_attr(obj, key);
        self.decref(key);
        r
    }

    /// An attribute read as CPython's `PyLong_AsSsize_t` would: None when
    /// it is missing or not an int (the block is then not printed).
    fn attr_int(&mut self, obj: ObjRef, name: &str, none_means: Option<i64>) -> Option<i64> {
        let v = match self.attr_str(obj, name) {
            Ok(v) => v,
            Err(e) => {
                self.decref(e.0);
                return None;
            }
        };
        let r = match self.get(v) {
            Obj::None => none_means,
            Obj::Int(i) => i.as_i64(),
            Obj::Bool(b) => Some(i64::from(*b)),
            _ => None,
        };
        self.decref(v);
        r
    }

    /// CPython's `parse_syntax_error`: what the printed block needs
    /// (`msg` owned), or None when an attribute does not fit.
    fn syntax_error_location(&mut self, exc: ObjRef) -> Option<Location> {
        let lineno = self.attr_int(exc, "lineno", None)?;
        let offset = self.attr_int(exc, "offset", Some(-1))?;
        // Only SyntaxError itself shows a caret range; subclasses
        // (IndentationError, TabError) always get a single caret.
        let (end_lineno, end_offset) = if self.exc_class(exc) == self.t.exc("SyntaxError") {
            (self.attr_int(exc, "end_lineno", Some(lineno))?, self.attr_int(exc, "end_offset", Some(-1))?)
        } else {
            (lineno, -1)
        };
        let filename = self.attr_str(exc, "filename").ok()?;
        let filename_text = if self.is_none(filename) { Ok("<string>".to_string()) } else { self.str_string(filename) };
        self.decref(filename);
        let filename = filename_text.map_err(|e| self.decref(e.0)).ok()?;
        let text = self.attr_str(exc, "text").ok()?;
        let text_str = match self.get(text) {
            Obj::Str(s) => Some(s.text.to_string()),
            _ => None,
        };
        self.decref(text);
        let msg = self.attr_str(exc, "msg").map_err(|e| self.decref(e.0)).ok()?;
        Some(Location { msg, filename, lineno, offset, end_lineno, end_offset, text: text_str })
    }

    /// What CPython prints after the traceback entries for a SyntaxError
    /// instance: `  File "name", line N`, the line with its carets, and the
    /// exception line with the bare message. None when the instance's
    /// attributes cannot be read that way (the usual line is printed).
    pub fn syntax_error_display(&mut self, exc: ObjRef) -> Option<String> {
        let loc = self.syntax_error_location(exc)?;
        let mut out = format!("  File \"{}\", line {}\n", loc.filename, loc.lineno);
        if let Some(text) = &loc.text {
            let line_size = text.len() as i64;
            let mut end_offset = loc.end_offset;
            if loc.end_lineno > loc.lineno {
                end_offset = line_size;
            }
            end_offset = end_offset.min(line_size + 1);
            out.push_str(&ouro_syntax::render_error_text(loc.offset, end_offset, text));
        }
        let name = crate::traceback::exception_type_name(self, exc);
        let message = if self.is_none(loc.msg) { Ok(String::new()) } else { self.str_string(loc.msg) };
        self.decref(loc.msg);
        match message {
            Ok(m) if m.is_empty() => out.push_str(&format!("{name}\n")),
            Ok(m) => out.push_str(&format!("{name}: {m}\n")),
            Err(e) => {
                self.decref(e.0);
                out.push_str(&format!("{name}: <exception str() failed>\n"));
            }
        }
        Some(out)
    }
}
