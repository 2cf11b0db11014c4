//! One code object under construction: instructions, positions, tables,
//! labels and the compile-time block stack used for unwinding.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ouro_syntax::ast::{Span, Stmt};

use crate::bytecode::{CodeKind, ConstValue, Instr, Op};

/// A jump target; bound to an instruction index with `Unit::bind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// What kind of block a unit compiles (drives qualnames and name ops).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// A compile-time block: what `break`/`continue`/`return` must undo when
/// jumping out of it (CPython's `fblockinfo`).
#[derive(Clone, Copy, Debug)]
pub enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// The body of a `try` with handlers (a `SetupFinally` block is active).
    TryExcept,
    /// The body of a `try` with `finally` (a `SetupFinally` block is active).
    FinallyTry {
        finalbody: &'a [Stmt],
    },
    /// The exceptional-path `finally` body: `[exc]` on the stack and an
    /// `ExceptHandler` block active.
    FinallyEnd,
    /// The body of a `with`: `[exit]` on the stack, a `Finally` block active.
    With {
        stmt: &'a Stmt,
    },
    /// An `except` body: an `ExceptHandler` block active, plus a `Finally`
    /// block for the cleanup of `as name` when there is a name.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A value (the return value being preserved) is on the stack.
    PopValue,
}

/// Index-preserving string interning (`co_names`, `co_varnames`).
#[derive(Default, Debug)]
pub struct Interner {
    pub items: Vec<String>,
    index: HashMap<String, u32>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(s.to_string());
        self.index.insert(s.to_string(), i);
        i
    }
}

/// Constants are deduplicated by type and value (`1`, `1.0` and `True`
/// stay distinct, as do `0.0` and `-0.0`); code objects never merge.
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

fn const_key(v: &ConstValue) -> ConstKey {
    match v {
        ConstValue::None => ConstKey::None,
        ConstValue::Bool(b) => ConstKey::Bool(*b),
        ConstValue::Int(i) => ConstKey::Int(i.clone()),
        ConstValue::Float(f) => ConstKey::Float(f.to_bits()),
        ConstValue::Complex { re, im } => ConstKey::Complex(re.to_bits(), im.to_bits()),
        ConstValue::Str(s) => ConstKey::Str(s.clone()),
        ConstValue::Bytes(b) => ConstKey::Bytes(b.clone()),
        ConstValue::Ellipsis => ConstKey::Ellipsis,
        ConstValue::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect()),
        ConstValue::FrozenSet(t) => ConstKey::FrozenSet(t.iter().map(const_key).collect()),
        ConstValue::Code(c) => ConstKey::Code(Rc::as_ptr(c) as usize),
    }
}

pub struct Unit<'a> {
    pub scope: usize,
    pub kind: CodeKind,
    pub scope_type: ScopeType,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instrs: Vec<Instr>,
    pub positions: Vec<Span>,
    pub consts: Vec<ConstValue>,
    const_index: HashMap<ConstKey, u32>,
    /// Per constant: the order codegen first asked for it, or None for
    /// constants only created by folding `BuildTuple` (CPython creates those
    /// after code generation, so they come last in `co_consts`).
    pub const_order: Vec<Option<u32>>,
    /// Constants whose only uses were folded into a tuple (CPython keeps them).
    pub const_kept: Vec<bool>,
    pub names: Interner,
    pub varnames: Interner,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Label id -> instruction index (`u32::MAX` while unbound).
    pub labels: Vec<u32>,
    /// Index of the first instruction after the most recently bound label:
    /// peephole rewrites never reach back past it.
    pub block_start: usize,
    pub fblocks: Vec<FBlock<'a>>,
    /// The current source location, given to each emitted instruction.
    pub loc: Span,
    /// The class name used for private name mangling.
    pub private: Option<String>,
    pub doc: Option<Rc<str>>,
}

impl<'a> Unit<'a> {
    pub fn new(
        scope: usize,
        kind: CodeKind,
        scope_type: ScopeType,
        name: &str,
        qualname: &str,
        first_line: u32,
    ) -> Self {
        Unit {
            scope,
            kind,
            scope_type,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            const_order: Vec::new(),
            const_kept: Vec::new(),
            names: Interner::default(),
            varnames: Interner::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            labels: Vec::new(),
            block_start: 0,
            fblocks: Vec::new(),
            loc: Span::default(),
            private: None,
            doc: None,
        }
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        if op == Op::BuildTuple && self.fold_build_tuple(arg) {
            return;
        }
        if op == Op::UnpackSequence && self.swap_instead_of_unpack(arg) {
            return;
        }
        self.instrs.push(Instr { op, arg });
        self.positions.push(self.loc);
    }

    /// CPython's `fold_tuple_on_constants`: `LoadConst`×n + `BuildTuple n`
    /// in one basic block becomes a single constant tuple.
    fn fold_build_tuple(&mut self, n: u32) -> bool {
        let n = n as usize;
        let len = self.instrs.len();
        if len < n || len - n < self.block_start {
            return false;
        }
        let tail = &self.instrs[len - n..];
        if !tail.iter().all(|i| i.op == Op::LoadConst) {
            return false;
        }
        let items: Vec<ConstValue> = tail
            .iter()
            .map(|i| self.consts[i.arg as usize].clone())
            .collect();
        for i in tail.iter().map(|i| i.arg as usize).collect::<Vec<_>>() {
            self.const_kept[i] = true;
        }
        self.instrs.truncate(len - n);
        self.positions.truncate(len - n);
        let idx = self.intern_const(ConstValue::Tuple(items.into()), false);
        self.instrs.push(Instr {
            op: Op::LoadConst,
            arg: idx,
        });
        self.positions.push(self.loc);
        true
    }

    /// CPython's `BUILD_TUPLE n; UNPACK_SEQUENCE n` rewrite (n <= 3): no
    /// tuple, the items are reordered in place (`a, b = b, a`).
    fn swap_instead_of_unpack(&mut self, n: u32) -> bool {
        let len = self.instrs.len();
        let fits = (1..=3).contains(&n) && len > self.block_start;
        if !fits
            || self.instrs[len - 1]
                != (Instr {
                    op: Op::BuildTuple,
                    arg: n,
                })
        {
            return false;
        }
        self.instrs.pop();
        self.positions.pop();
        if n > 1 {
            self.instrs.push(Instr {
                op: Op::Swap,
                arg: n,
            });
            self.positions.push(self.loc);
        }
        true
    }

    /// The index of `value` in the constants (added if new).
    pub fn add_const(&mut self, value: ConstValue) -> u32 {
        self.intern_const(value, true)
    }

    fn intern_const(&mut self, value: ConstValue, by_codegen: bool) -> u32 {
        let key = const_key(&value);
        let next = self.const_order.iter().flatten().count() as u32;
        let i = match self.const_index.get(&key) {
            Some(&i) => i,
            None => {
                let i = self.consts.len() as u32;
                self.consts.push(value);
                self.const_index.insert(key, i);
                self.const_order.push(None);
                self.const_kept.push(false);
                i
            }
        };
        if by_codegen && self.const_order[i as usize].is_none() {
            self.const_order[i as usize] = Some(next);
        }
        i
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(u32::MAX);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = self.instrs.len() as u32;
        self.block_start = self.instrs.len();
    }

    pub fn push_fblock(&mut self, b: FBlock<'a>) {
        self.fblocks.push(b);
    }

    pub fn pop_fblock(&mut self) {
        self.fblocks.pop();
    }
}
