//! The virtual machine's state: the heap, the singletons, the builtin types
//! and modules, and the helpers every other module uses to make objects.
//!
//! Invariant: every object is created through [`Vm::alloc`] (or one of its
//! typed wrappers), which is where CPython runs an automatic collection: a
//! collection may therefore run at any allocation, and every reference held
//! by Rust code across an allocation must be counted (see `object.rs`).

use std::collections::HashMap;
use std::rc::Rc;

use ouro_heap::Heap;

use crate::frame::Frame;
use crate::num::PyInt;
use crate::object::{ListObj, Obj, ObjRef, PyStr};
use crate::output::Output;
use crate::types::Types;

/// CPython 3.11's starting refcount of statically allocated objects.
pub const STATIC_REFCOUNT: usize = 999_999_999;

const SMALL_INT_MIN: i64 = -5;
const SMALL_INT_MAX: i64 = 256;

/// Objects that exist once per interpreter.
pub struct Singletons {
    pub null: ObjRef,
    pub none: ObjRef,
    pub true_: ObjRef,
    pub false_: ObjRef,
    pub ellipsis: ObjRef,
    pub not_implemented: ObjRef,
    pub empty_tuple: ObjRef,
    pub empty_str: ObjRef,
    pub empty_bytes: ObjRef,
    small_ints: Vec<ObjRef>,
}

/// The state of the `gc` module that is not the heap's own.
pub struct GcModuleState {
    pub debug: u32,
    /// The collector's own `gc.garbage` list.
    pub garbage: ObjRef,
    pub callbacks: ObjRef,
}

pub struct Vm {
    pub heap: Heap<Obj>,
    pub s: Singletons,
    pub t: Types,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    interned: crate::fast_hash::FastMap<Box<str>, ObjRef>,
    /// `__new__` and `__init__`, interned once (owned): every instantiation
    /// looks them up, and a hash-map probe per call is measurable.
    pub name_new: ObjRef,
    pub name_init: ObjRef,
    pub name_abstractmethods: ObjRef,
    /// Size at which `insert_interned` next sweeps stale entries.
    intern_sweep_at: usize,
    /// Frames of callers suspended while a callee runs (innermost last).
    pub frames: Vec<Box<Frame>>,
    /// Retired frames kept to reuse their allocations.
    pub frame_pool: Vec<Box<Frame>>,
    /// Python call depth, checked against `recursion_limit`.
    pub depth: usize,
    pub recursion_limit: usize,
    /// The exception being handled (`sys.exc_info()`), owned.
    pub handling: Option<ObjRef>,
    pub out: Output,
    pub gc: GcModuleState,
    /// Source text of every file compiled, for tracebacks (like linecache).
    pub sources: HashMap<Rc<str>, Rc<str>>,
    /// References held by the main script's "parser arena" until it ends
    /// (why a constant bound to one name reports refcount 4; spec 2.2).
    pub arena: Vec<ObjRef>,
    pub argv: Vec<String>,
    /// Containers whose repr is being computed (see `repr.rs`).
    pub repr_guard: Vec<ObjRef>,
    /// Set by a re-raise: the frame raising it is already in the traceback.
    pub skip_traceback_once: bool,
    /// The `sys.settrace` function (owned), and whether one is running.
    pub trace_fn: Option<ObjRef>,
    pub in_trace: bool,
    /// Collect at every tracked allocation (`OURO_GC_STRESS=1`).
    pub gc_stress: bool,
    /// `builtins.__build_class__`, pushed by `LoadBuildClass`.
    pub build_class_fn: ObjRef,
    /// The builtins `eval` and `exec` (owned), whose calls the interpreter
    /// routes with the calling frame (see `builtins/evalexec.rs`).
    pub eval_fn: ObjRef,
    pub exec_fn: ObjRef,
    /// The main script's directory, where `import` looks for `.py` files.
    pub script_dir: Option<std::path::PathBuf>,
    /// `__main__`'s globals in interactive use (see `repl_api.rs`).
    pub main_globals: Option<ObjRef>,
    /// The calling frame's globals during a direct `type(name, bases, ns)`
    /// call (borrowed from that frame): where a class made without
    /// `__module__` takes it from, as CPython's `type_new` does.
    pub type_call_globals: Option<ObjRef>,
    /// Live weak references per referent (not counted references; see
    /// `finalize.rs`).
    pub weakrefs: crate::fast_hash::FastMap<ObjRef, Vec<ObjRef>>,
    /// `finish_dying` is running (see `finalize.rs`).
    pub finalizing: bool,
    /// Explain every collection on stderr (`--gc-trace`, `gc_trace.rs`).
    pub gc_trace: bool,
    /// Why the next collection runs (for the explanation).
    pub collect_reason: &'static str,
    /// Set from a signal handler: raise KeyboardInterrupt.
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Type attribute lookups (see `ops/attr.rs::type_lookup`).
    pub type_cache: crate::fast_hash::FastMap<(ObjRef, ObjRef), TypeCacheEntry>,
}

/// One cached `type_lookup`: the result (borrowed from a dict of the MRO)
/// and what must be unchanged for it to hold.
pub struct TypeCacheEntry {
    pub result: Option<ObjRef>,
    pub versions: Vec<u64>,
    pub name_hash: i64,
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Vm {
        let mut heap = Heap::new();
        let s = Singletons::create(&mut heap);
        let t = Types::create(&mut heap, &s);
        let placeholder = s.null;
        let mut vm = Vm {
            heap,
            s,
            t,
            builtins: placeholder,
            modules: placeholder,
            interned: Default::default(),
            name_new: placeholder,
            name_init: placeholder,
            name_abstractmethods: placeholder,
            intern_sweep_at: 1024,
            frames: Vec::new(),
            frame_pool: Vec::new(),
            depth: 0,
            recursion_limit: 1000,
            handling: None,
            out: Output::new(),
            gc: GcModuleState { debug: 0, garbage: placeholder, callbacks: placeholder },
            sources: HashMap::new(),
            arena: Vec::new(),
            argv,
            repr_guard: Vec::new(),
            skip_traceback_once: false,
            trace_fn: None,
            in_trace: false,
            gc_stress: false,
            build_class_fn: placeholder,
            eval_fn: placeholder,
            exec_fn: placeholder,
            script_dir: None,
            main_globals: None,
            type_call_globals: None,
            interrupt: Default::default(),
            weakrefs: Default::default(),
            finalizing: false,
            gc_trace: false,
            collect_reason: "",
            type_cache: Default::default(),
        };
        vm.name_new = vm.intern("__new__");
        vm.name_init = vm.intern("__init__");
        vm.name_abstractmethods = vm.intern("__abstractmethods__");
        vm.gc.garbage = vm.new_list(Vec::new());
        vm.gc.callbacks = vm.new_list(Vec::new());
        crate::types::populate(&mut vm);
        vm.builtins = crate::builtins::create_builtins_dict(&mut vm);
        vm.eval_fn = vm.dict_get_str(vm.builtins, "eval").ok().flatten().unwrap_or(placeholder);
        vm.exec_fn = vm.dict_get_str(vm.builtins, "exec").ok().flatten().unwrap_or(placeholder);
        vm.build_class_fn = vm.make_builtin("__build_class__", |vm, args| vm.build_class(args), "builtins");
        vm.modules = vm.new_dict();
        crate::modules::register_builtin_modules(&mut vm);
        vm.gc_stress = std::env::var_os("OURO_GC_STRESS").is_some_and(|v| v == "1");
        if std::env::var_os("OURO_GC_DISABLED").is_some_and(|v| v == "1") {
            // Test mode: only the collections at exit free cyclic garbage.
            vm.heap.set_enabled(false);
        }
        if std::env::var_os("OURO_GC_TRACE").is_some_and(|v| v == "1") {
            vm.set_gc_trace(true);
        }
        vm
    }

    // ----- allocation -------------------------------------------------------

    /// Store a new object (refcount 1, untracked). A GC-type allocation may
    /// run an automatic collection first, exactly as in CPython.
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        let is_gc = ouro_heap::Trace::is_gc_type(&obj);
        let h = self.heap.alloc(obj);
        if self.heap.accounting_enabled() {
            self.account_new_object(h);
        }
        if is_gc {
            if let Some(generation) = self.heap.collection_due() {
                crate::gc_driver::collect_automatic(self, generation);
            }
        }
        h
    }

    /// `alloc` then start tracking (lists, tuples, functions, ...). In
    /// stress mode (`OURO_GC_STRESS=1`) every such allocation first runs a
    /// young collection, to shake out references Rust code forgot to count.
    pub fn alloc_tracked(&mut self, obj: Obj) -> ObjRef {
        if self.gc_stress && !self.heap.is_collecting() {
            crate::gc_driver::collect_stress(self);
        }
        let is_gc = ouro_heap::Trace::is_gc_type(&obj);
        let h = self.alloc(obj);
        // Only GC types are ever tracked (a range iterator, say, is not).
        if is_gc {
            self.heap.track(h);
        }
        h
    }

    #[inline]
    pub fn incref(&mut self, h: ObjRef) -> ObjRef {
        self.heap.incref(h);
        h
    }

    #[inline]
    pub fn decref(&mut self, h: ObjRef) {
        self.heap.decref(h);
    }

    pub fn decref_all(&mut self, hs: impl IntoIterator<Item = ObjRef>) {
        for h in hs {
            self.heap.decref(h);
        }
    }

    #[inline]
    /// The object's value; for an instance of a subclass of an immutable
    /// builtin, its builtin value (see `Obj::Sub`; `raw` sees the wrapper).
    pub fn get(&self, h: ObjRef) -> &Obj {
        match self.heap.get(h) {
            Obj::Sub(s) => &s.base,
            o => o,
        }
    }

    #[inline]
    pub fn get_mut(&mut self, h: ObjRef) -> &mut Obj {
        match self.heap.get_mut(h) {
            Obj::Sub(s) => &mut s.base,
            o => o,
        }
    }

    /// The object as stored, `Obj::Sub` wrappers included.
    #[inline]
    pub fn raw(&self, h: ObjRef) -> &Obj {
        self.heap.get(h)
    }

    // ----- constructors (each returns an owned reference) -------------------

    pub fn none(&mut self) -> ObjRef {
        let n = self.s.none;
        self.incref(n)
    }

    pub fn new_bool(&mut self, b: bool) -> ObjRef {
        let h = if b { self.s.true_ } else { self.s.false_ };
        self.incref(h)
    }

    pub fn new_int(&mut self, v: i64) -> ObjRef {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            let h = self.s.small_ints[(v - SMALL_INT_MIN) as usize];
            return self.incref(h);
        }
        self.alloc(Obj::Int(PyInt::Small(v)))
    }

    pub fn new_pyint(&mut self, v: PyInt) -> ObjRef {
        match v {
            PyInt::Small(i) => self.new_int(i),
            big => self.alloc(Obj::Int(big)),
        }
    }

    pub fn new_float(&mut self, v: f64) -> ObjRef {
        self.alloc(Obj::Float(v))
    }

    pub fn new_complex(&mut self, z: crate::num::Complex) -> ObjRef {
        self.alloc(Obj::Complex(z))
    }

    pub fn new_str(&mut self, text: impl Into<Box<str>>) -> ObjRef {
        let text: Box<str> = text.into();
        if text.is_empty() {
            let e = self.s.empty_str;
            return self.incref(e);
        }
        self.alloc(Obj::Str(PyStr::new(text)))
    }

    /// The interned str object for `name` (identifiers, attribute names).
    ///
    /// Like CPython 3.11's "mortal" interned strings, the table's reference
    /// is not counted: an interned string dies when its last user lets go,
    /// and the table entry is then stale. A stale entry is recognised (the
    /// slot is free, or now holds another object) and replaced.
    pub fn intern(&mut self, name: &str) -> ObjRef {
        if let Some(h) = self.live_interned(name) {
            return self.incref(h);
        }
        let h = self.new_str(name);
        self.insert_interned(name.into(), h);
        h
    }

    /// Add to the intern table, first dropping stale entries (strings that
    /// died) whenever the table has doubled since the last sweep.
    fn insert_interned(&mut self, text: Box<str>, h: ObjRef) {
        if self.interned.len() >= self.intern_sweep_at {
            let heap = &self.heap;
            self.interned.retain(|t, &mut s| heap.is_live(s) && matches!(heap.get(s), Obj::Str(p) if p.text == *t));
            self.intern_sweep_at = (2 * self.interned.len()).max(1024);
        }
        self.interned.insert(text, h);
    }

    fn live_interned(&self, name: &str) -> Option<ObjRef> {
        let &h = self.interned.get(name)?;
        match self.heap.is_live(h).then(|| self.get(h)) {
            Some(Obj::Str(s)) if &*s.text == name => Some(h),
            _ => None,
        }
    }

    /// Intern an existing str object (`sys.intern`): returns an owned
    /// reference to the canonical object.
    pub fn intern_obj(&mut self, s: ObjRef) -> ObjRef {
        let text = self.str_text(s).to_owned();
        if let Some(h) = self.live_interned(&text) {
            return self.incref(h);
        }
        self.insert_interned(text.into(), s);
        self.incref(s)
    }

    pub fn new_tuple(&mut self, items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            let e = self.s.empty_tuple;
            return self.incref(e);
        }
        self.alloc_tracked(Obj::Tuple(items.into_boxed_slice()))
    }

    /// A list whose capacity is exactly its length.
    pub fn new_list(&mut self, items: Vec<ObjRef>) -> ObjRef {
        let allocated = items.len();
        self.new_list_with_capacity(items, allocated)
    }

    pub fn new_list_with_capacity(&mut self, items: Vec<ObjRef>, allocated: usize) -> ObjRef {
        self.alloc_tracked(Obj::List(ListObj { items, allocated, ext: None }))
    }

    /// Dicts start untracked (CPython: tracked when a trackable item arrives).
    pub fn new_dict(&mut self) -> ObjRef {
        self.alloc(Obj::Dict(Box::new(crate::object::DictObj { table: Default::default(), ext: None, split_of: None })))
    }

    // ----- accessors ---------------------------------------------------------

    /// The text of a str object. Precondition: `h` is a str.
    pub fn str_text(&self, h: ObjRef) -> &str {
        match self.get(h) {
            Obj::Str(s) => &s.text,
            _ => "",
        }
    }

    pub fn is_none(&self, h: ObjRef) -> bool {
        h == self.s.none
    }
}

impl Singletons {
    fn create(heap: &mut Heap<Obj>) -> Singletons {
        let null = heap.alloc_static(Obj::Null, STATIC_REFCOUNT);
        // None, True and False are static but keep ordinary counts in 3.11
        // (spec 2.3): they start with the interpreter's own reference, so
        // `sys.getrefcount(None)` is the true number of references to it.
        let none = heap.alloc_static(Obj::None, 1);
        let true_ = heap.alloc_static(Obj::Bool(true), 1);
        let false_ = heap.alloc_static(Obj::Bool(false), 1);
        let mut stat = |o: Obj| heap.alloc_static(o, STATIC_REFCOUNT);
        let ellipsis = stat(Obj::Ellipsis);
        let not_implemented = stat(Obj::NotImplemented);
        let empty_tuple = stat(Obj::Tuple(Box::new([])));
        let empty_str = stat(Obj::Str(PyStr::new("".into())));
        let empty_bytes = stat(Obj::Bytes(Box::new([])));
        let small_ints = (SMALL_INT_MIN..=SMALL_INT_MAX).map(|i| stat(Obj::Int(PyInt::Small(i)))).collect();
        Singletons { null, none, true_, false_, ellipsis, not_implemented, empty_tuple, empty_str, empty_bytes, small_ints }
    }
}
