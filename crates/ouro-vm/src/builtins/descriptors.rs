//! `property`, `classmethod`, `staticmethod` and `super`.

use crate::call::Args;
use crate::errors::PyResult;
use crate::frame::Frame;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn new_property(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let names = ["fget", "fset", "fdel", "doc"];
    let mut parts = [vm.s.none; 4];
    for (i, &a) in args.pos.iter().enumerate().take(4) {
        parts[i] = a;
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        match names.iter().position(|n| *n == vm.str_text(k)) {
            Some(i) => parts[i] = v,
            None => {
                let k = vm.str_text(k).to_owned();
                return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for property()")));
            }
        }
    }
    for &p in &parts {
        vm.incref(p);
    }
    let [fget, fset, fdel, doc] = parts;
    Ok(vm.alloc_tracked(Obj::Property { fget, fset, fdel, doc }))
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy with one
/// function replaced.
fn with_function(vm: &mut Vm, args: &Args, which: usize) -> PyResult<ObjRef> {
    let (Some(&prop), Some(&f)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.type_error("expected one argument"));
    };
    let Obj::Property { fget, fset, fdel, doc } = vm.get(prop) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [*fget, *fset, *fdel, *doc];
    parts[which] = f;
    for &p in &parts {
        vm.incref(p);
    }
    let [fget, fset, fdel, doc] = parts;
    Ok(vm.alloc_tracked(Obj::Property { fget, fset, fdel, doc }))
}

pub fn register_property_methods(vm: &mut Vm) {
    let t = vm.t.property;
    vm.add_methods(
        t,
        "property",
        &[
            ("getter", |vm, a| with_function(vm, a, 0)),
            ("setter", |vm, a| with_function(vm, a, 1)),
            ("deleter", |vm, a| with_function(vm, a, 2)),
        ],
    );
}

/// `classmethod(f)` / `staticmethod(f)`.
pub fn wrap_function(vm: &mut Vm, args: &Args, class_method: bool) -> PyResult<ObjRef> {
    let name = if class_method { "classmethod" } else { "staticmethod" };
    crate::builtins::check_args(vm, args, name, 1, 1)?;
    let f = vm.incref(args.pos[0]);
    let obj = if class_method { Obj::ClassMethod(f) } else { Obj::StaticMethod(f) };
    Ok(vm.alloc_tracked(obj))
}

/// `super(typ, obj)` with explicit arguments.
pub fn new_super(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos {
        [typ, obj] => make_super(vm, *typ, *obj),
        [] => Err(vm.error("RuntimeError", "super(): no arguments")),
        _ => Err(vm.type_error("super() argument 1 must be a type")),
    }
}

fn make_super(vm: &mut Vm, typ: ObjRef, obj: ObjRef) -> PyResult<ObjRef> {
    if !vm.is_type(typ) {
        let t = vm.type_name(typ);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")));
    }
    let ok = vm.isinstance(obj, typ) || (vm.is_type(obj) && vm.is_subtype(obj, typ));
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    vm.incref(typ);
    vm.incref(obj);
    Ok(vm.alloc_tracked(Obj::Super { typ, obj }))
}

impl Vm {
    /// Zero-argument `super()` inside a method: the class from the
    /// `__class__` cell and the method's first argument.
    pub fn zero_arg_super(&mut self, f: &Frame) -> PyResult<ObjRef> {
        let code = &f.code.code;
        let ncells = code.cellvars.len();
        let class_cell = code.freevars.iter().position(|n| &**n == "__class__").map(|i| f.cells[ncells + i]);
        let Some(cell) = class_cell else {
            return Err(self.error("RuntimeError", "super(): __class__ cell not found"));
        };
        let cls = match self.get(cell) {
            Obj::Cell(Some(c)) => *c,
            _ => return Err(self.error("RuntimeError", "super(): empty __class__ cell")),
        };
        if code.argcount == 0 {
            return Err(self.error("RuntimeError", "super(): no arguments"));
        }
        let first = match f.fast.first().copied().flatten() {
            Some(v) => v,
            None => {
                // The first argument may have moved into a cell.
                let slot = code.cell2arg.iter().position(|a| *a == Some(0));
                match slot.map(|i| self.get(f.cells[i])) {
                    Some(Obj::Cell(Some(v))) => *v,
                    _ => return Err(self.error("RuntimeError", "super(): arg[0] deleted")),
                }
            }
        };
        make_super(self, cls, first)
    }

    /// `super_obj.name`: look `name` up in the MRO after `typ`, bound to obj.
    pub fn super_getattr(&mut self, sup: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let (typ, obj) = match self.get(sup) {
            Obj::Super { typ, obj } => (*typ, *obj),
            _ => return Err(self.type_error("not a super object")),
        };
        // `super(C, cls)` with `cls` a subclass of C looks at the class
        // itself; otherwise `obj` is an instance (possibly a class whose
        // metaclass derives from C).
        let start_type = if self.is_type(obj) && self.is_subtype(obj, typ) { obj } else { self.type_of(obj) };
        let mro = self.type_obj(start_type).mro.clone();
        let after = mro.iter().position(|&c| c == typ).map_or(mro.len(), |i| i + 1);
        for &cls in &mro[after..] {
            let dict = self.type_obj(cls).dict;
            if let Some(v) = self.dict_get_item(dict, name)? {
                self.decref(v);
                if obj == start_type {
                    return Ok(self.bind_to_class(v, start_type));
                }
                if let Obj::Property { fget, .. } = self.get(v) {
                    let fget = *fget;
                    return self.call(fget, &[obj]);
                }
                return Ok(self.bind_descriptor(v, obj, start_type));
            }
        }
        let n = self.str_text(name).to_owned();
        Err(self.attribute_error(format!("'super' object has no attribute '{n}'")))
    }
}
