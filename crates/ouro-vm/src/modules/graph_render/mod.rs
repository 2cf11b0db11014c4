//! `_objgraph`: the native half of the built-in `objgraph` module.
//!
//! - `mkstemp(prefix, suffix, dirs)`: a new empty file in the first usable
//!   of `dirs`, named as `tempfile.mkstemp` would
//!   (`/tmp/objgraph-XXXXXXXX.dot`); its path.
//! - `render(dot_filename, filename, format)`: draw the dot file as an
//!   image, what graphviz's `dot -Tpng` does for objgraph. None on
//!   success, else the message `dot` would print on stderr.
//!
//! The renderer is Ouro's own (no graphviz): `dot` reads the graph,
//! `look` sizes and colours it, `layout` places it in layers, `canvas`
//! and `font` paint it, `png` and `deflate` encode it.

mod canvas;
mod deflate;
mod dot;
mod font;
mod layout;
mod look;
mod png;
mod render;
mod tempname;

use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs;
use crate::modules::posix::os_error;
use crate::object::ObjRef;
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_objgraph");
    let d = vm.module_dict(m);
    vm.add_functions(d, "_objgraph", &[("mkstemp", mkstemp), ("render", render)]);
    m
}

fn mkstemp(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "mkstemp", 3)?;
    let prefix = margs::text(vm, a[0], "prefix")?;
    let suffix = margs::text(vm, a[1], "suffix")?;
    let items = vm.collect_iter(a[2])?;
    let texts: Vec<PyResult<String>> = items.iter().map(|&d| margs::text(vm, d, "dir")).collect();
    vm.decref_all(items);
    let dirs = texts.into_iter().map(|t| t.map(std::path::PathBuf::from)).collect::<PyResult<Vec<_>>>()?;
    match tempname::mkstemp(&prefix, &suffix, &dirs) {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None, None)),
    }
}

fn render(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "render", 3)?;
    let dot_filename = margs::text(vm, a[0], "dot_filename")?;
    let filename = margs::text(vm, a[1], "filename")?;
    let format = margs::text(vm, a[2], "format")?;
    match render_file(&dot_filename, &filename, &format) {
        Ok(()) => Ok(vm.none()),
        Err(message) => Ok(vm.new_str(message)),
    }
}

/// The C library's text for an I/O error, without Rust's "(os error N)".
fn reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn render_file(dot_filename: &str, filename: &str, format: &str) -> Result<(), String> {
    if format != "png" {
        return Err(format!("Format: \"{format}\" not recognized. Use one of: png\n"));
    }
    let bytes = std::fs::read(dot_filename).map_err(|e| format!("Error: dot: can't open {dot_filename}: {}\n", reason(&e)))?;
    let png = render::render_png(&String::from_utf8_lossy(&bytes));
    std::fs::write(filename, png).map_err(|e| format!("Error: Could not open \"{filename}\" for writing : {}\n", reason(&e)))
}
