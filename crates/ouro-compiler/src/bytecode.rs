//! Code objects and the instruction set: the contract between the compiler
//! and the VM.
//!
//! Every opcode is defined once, in the `opcodes!` table below, together with
//! its stack effect. The VM interprets exactly these opcodes; the compiler's
//! stack-depth analysis uses exactly these effects.
//!
//! Invariant: jump arguments are absolute instruction indices into
//! `CodeObject::instructions`.

use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;
use ouro_syntax::ast::Span;

/// One instruction: an opcode and its argument (0 when unused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident => |$a:ident, $j:ident| $effect:expr ;)*) => {
        /// The instruction set. Each variant's doc says what it does to the
        /// value stack (top of stack last).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Op {
            /// Net change of the value stack depth when executing this opcode
            /// with argument `arg`. `jump` selects the branch-taken effect for
            /// conditional jumps (it is ignored by other opcodes).
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self {
                    $( Op::$name => { let $a = arg as i32; let $j = jump; $effect } )*
                }
            }

            /// The opcode's name in CPython's style, for disassembly.
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => stringify!($name), )* }
            }
        }
    };
}

opcodes! {
    /// Do nothing.
    Nop => |a, j| 0;
    /// `[x] -> []`
    PopTop => |a, j| -1;
    /// `[.., x_n, .., x_1] -> [.., x_n, .., x_1, x_n]` (Copy(1) duplicates the top).
    Copy => |a, j| 1;
    /// Swap the top with the `arg`-th item (Swap(2) swaps the top two).
    Swap => |a, j| 0;

    /// `[] -> [co_consts[arg]]`
    LoadConst => |a, j| 1;
    /// Name lookup through locals dict, globals, builtins: `[] -> [v]`.
    LoadName => |a, j| 1;
    /// `[v] -> []`, binds `co_names[arg]` in the locals dict.
    StoreName => |a, j| -1;
    /// Unbind `co_names[arg]` from the locals dict.
    DeleteName => |a, j| 0;
    /// Globals then builtins: `[] -> [v]`.
    LoadGlobal => |a, j| 1;
    StoreGlobal => |a, j| -1;
    DeleteGlobal => |a, j| 0;
    /// Fast local slot `arg` (`co_varnames[arg]`): `[] -> [v]`.
    LoadFast => |a, j| 1;
    StoreFast => |a, j| -1;
    DeleteFast => |a, j| 0;
    /// Cell or free variable `arg` (cells first, then frees): `[] -> [v]`.
    LoadDeref => |a, j| 1;
    StoreDeref => |a, j| -1;
    DeleteDeref => |a, j| 0;
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure => |a, j| 1;
    /// In a class body: the locals dict, then the free variable `arg`.
    LoadClassDeref => |a, j| 1;

    /// `[obj] -> [obj.name]` with `name = co_names[arg]`.
    LoadAttr => |a, j| 0;
    /// `[value, obj] -> []`: `obj.name = value`.
    StoreAttr => |a, j| -2;
    /// `[obj] -> []`
    DeleteAttr => |a, j| -1;
    /// `[obj] -> [meth, obj]` when `obj.name` is a plain method found on the
    /// type (no bound method is allocated), otherwise `[NULL, obj.name]`.
    LoadMethod => |a, j| 1;

    /// `[func, arg_1..arg_n] -> [result]`, n = arg.
    CallFunction => |a, j| -a;
    /// `[meth_or_NULL, self_or_callable, arg_1..arg_n] -> [result]`, after LoadMethod.
    CallMethod => |a, j| -a - 1;
    /// `[func, arg_1..arg_n, kwnames] -> [result]`; the last `len(kwnames)`
    /// arguments are keyword arguments named by the constant tuple `kwnames`.
    CallFunctionKw => |a, j| -a - 1;
    /// `[func, args_tuple, (kwargs_dict if arg & 1)] -> [result]`
    CallFunctionEx => |a, j| -1 - (a & 1);

    /// `[lhs, rhs] -> [lhs OP rhs]`. `arg` is an `ast::Operator` index
    /// (`BinOpArg`); + `INPLACE_OFFSET` for the augmented form.
    BinaryOp => |a, j| -1;
    UnaryPositive => |a, j| 0;
    UnaryNegative => |a, j| 0;
    UnaryNot => |a, j| 0;
    UnaryInvert => |a, j| 0;
    /// `[lhs, rhs] -> [lhs CMP rhs]`, `arg` a `CompareArg` (rich comparisons only).
    CompareOp => |a, j| -1;
    /// `[lhs, rhs] -> [lhs is rhs]` (`is not` when arg == 1).
    IsOp => |a, j| -1;
    /// `[lhs, rhs] -> [lhs in rhs]` (`not in` when arg == 1).
    ContainsOp => |a, j| -1;

    /// `[container, key] -> [container[key]]`
    BinarySubscr => |a, j| -1;
    /// `[value, container, key] -> []`
    StoreSubscr => |a, j| -3;
    /// `[container, key] -> []`
    DeleteSubscr => |a, j| -2;
    /// `[start, stop] -> [slice]` (arg 2) or `[start, stop, step] -> [slice]` (arg 3).
    BuildSlice => |a, j| 1 - a;

    /// `[x_1..x_n] -> [(x_1, .., x_n)]`
    BuildTuple => |a, j| 1 - a;
    /// `[x_1..x_n] -> [[x_1, .., x_n]]` (exact capacity n)
    BuildList => |a, j| 1 - a;
    BuildSet => |a, j| 1 - a;
    /// `[k_1, v_1, .., k_n, v_n] -> [dict]`
    BuildMap => |a, j| 1 - 2 * a;
    /// `[v_1..v_n, keys_tuple] -> [dict]`
    BuildConstKeyMap => |a, j| -a;
    /// `[.., list, .., x] -> [.., list, ..]`: append x to the list at depth `arg`
    /// (counted after popping x; 1 = new top).
    ListAppend => |a, j| -1;
    SetAdd => |a, j| -1;
    /// `[.., dict, .., k, v] -> [.., dict, ..]`
    MapAdd => |a, j| -2;
    /// `[.., list, .., iterable] -> [.., list, ..]`: list.extend(iterable).
    ListExtend => |a, j| -1;
    SetUpdate => |a, j| -1;
    /// dict.update(mapping) into the dict at depth arg.
    DictUpdate => |a, j| -1;
    /// Like DictUpdate, but a repeated key is a TypeError (for `f(**a, **b)`).
    DictMerge => |a, j| -1;
    /// `[list] -> [tuple(list)]`
    ListToTuple => |a, j| 0;
    /// `[s_1..s_n] -> [s_1 + .. + s_n]` (all str)
    BuildString => |a, j| 1 - a;
    /// `[value, (spec if arg & FORMAT_HAS_SPEC)] -> [formatted str]`; `arg & 3`
    /// is the conversion (0 none, 1 str, 2 repr, 3 ascii).
    FormatValue => |a, j| if a & 4 != 0 { -1 } else { 0 };
    /// `[seq] -> [x_n, .., x_1]` (x_1 on top).
    UnpackSequence => |a, j| a - 1;
    /// `a, *b, c = seq`: arg = before | (after << 8).
    UnpackEx => |a, j| (a & 0xff) + (a >> 8);

    /// Jump to instruction `arg`.
    Jump => |a, j| 0;
    /// `[cond] -> []`, jump if false.
    PopJumpIfFalse => |a, j| -1;
    PopJumpIfTrue => |a, j| -1;
    /// `[cond] -> [cond]` and jump if false, else `[cond] -> []`.
    JumpIfFalseOrPop => |a, j| if j { 0 } else { -1 };
    JumpIfTrueOrPop => |a, j| if j { 0 } else { -1 };
    /// `[iterable] -> [iter(iterable)]`
    GetIter => |a, j| 0;
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jump.
    ForIter => |a, j| if j { -1 } else { 1 };
    /// `[value] -> []`, return from the frame.
    ReturnValue => |a, j| -1;

    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`;
    /// `arg` is a set of `MAKE_FUNCTION_*` flags saying which extras are present.
    MakeFunction => |a, j| -(a.count_ones() as i32);
    /// `[] -> [__build_class__]`
    LoadBuildClass => |a, j| 1;

    /// Push a `Finally` block. If an exception propagates while it is the
    /// innermost block, the VM pops it, truncates the value stack to the depth
    /// it had when this instruction ran, pushes the exception and jumps to `arg`.
    SetupFinally => |a, j| if j { 1 } else { 0 };
    /// `[mgr] -> [exit, mgr.__enter__()]`, then push a `Finally` block (to
    /// `arg`) whose depth includes `exit` but not the enter result; so the
    /// handler starts with `[.., exit, exc]`.
    SetupWith => |a, j| 1;
    /// Pop the innermost block (which must be a `Finally` block).
    PopBlock => |a, j| 0;
    /// `[exc] -> [exc]`: push an `ExceptHandler` block that remembers the
    /// exception being handled until now and the stack depth below `exc`,
    /// then make `exc` the exception being handled (`sys.exc_info()`).
    /// Unwinding through an `ExceptHandler` block (an exception escaping the
    /// handler) pops it, truncates the stack and restores that exception.
    PushExcInfo => |a, j| 0;
    /// Pop the innermost block (which must be an `ExceptHandler` block) and
    /// restore the exception being handled before it.
    PopExcept => |a, j| 0;
    /// `[exc, type] -> [exc, matches]`; TypeError if `type` is not an
    /// exception class or tuple of them.
    CheckExcMatch => |a, j| 0;
    /// `[exc] -> ` raise `exc` again, keeping its traceback.
    Reraise => |a, j| -1;
    /// Bare `raise` (arg 0: re-raise the exception being handled),
    /// `raise exc` (1: `[exc] ->`), `raise exc from cause` (2: `[exc, cause] ->`).
    RaiseVarargs => |a, j| -a;
    /// `[exit, exc] -> [exit, exc, exit(type(exc), exc, exc.__traceback__)]`
    WithExceptStart => |a, j| 1;
    /// `[] -> [AssertionError]`
    LoadAssertionError => |a, j| 1;

    /// `[value] -> [sent]`: suspend the generator.
    YieldValue => |a, j| 0;
    /// `[iterable] -> [iter]` for `yield from` (generators pass through).
    GetYieldFromIter => |a, j| 0;
    /// `[iter, value] -> [iter, yielded]` and continue, or, when the sub-iterator
    /// returns, `[iter, value] -> [result]` and jump to `arg`.
    Send => |a, j| if j { -1 } else { 0 };

    /// `[level, fromlist] -> [module]`, `co_names[arg]` is the dotted name.
    ImportName => |a, j| -1;
    /// `[module] -> [module, module.name]`
    ImportFrom => |a, j| 1;
    /// `[module] -> []`, `from module import *`.
    ImportStar => |a, j| -1;
    /// Interactive mode: `[value] -> []`, echo repr(value) and bind `_`.
    PrintExpr => |a, j| -1;
    /// Create `__annotations__` in the locals dict if missing.
    SetupAnnotations => |a, j| 0;
    /// `[] -> [locals dict]` (class bodies).
    LoadLocals => |a, j| 1;

    /// `match`: `[v] -> [v, is_sequence(v)]` (a list, tuple, range or
    /// subclass; never str/bytes/bytearray).
    MatchSequence => |a, j| 1;
    /// `[v] -> [v, is_mapping(v)]` (a dict or subclass).
    MatchMapping => |a, j| 1;
    /// `[v] -> [v, len(v)]`
    GetLen => |a, j| 1;
    /// `[v, keys] -> [v, keys, values]`: the tuple of `v`'s values for
    /// `keys` (looked up with `v.get`), or None when one is missing.
    MatchKeys => |a, j| 1;
    /// `[v, keys] -> [v, rest]`: a new dict of `v` without `keys`.
    CopyDictWithoutKeys => |a, j| 0;
    /// `[v, cls, kwnames] -> [attrs]`: if `v` is an instance of `cls`, the
    /// tuple of its `arg` positional sub-pattern values (by
    /// `__match_args__`) followed by the attributes named in `kwnames`;
    /// otherwise None.
    MatchClass => |a, j| -2;
}

/// `BinaryOp` arguments, in CPython's `NB_*` order.
pub const INPLACE_OFFSET: u32 = 13;

/// `CompareOp` arguments, in CPython's `Py_LT..Py_GE` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum CompareArg {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareArg {
    pub fn from_arg(arg: u32) -> CompareArg {
        match arg {
            0 => CompareArg::Lt,
            1 => CompareArg::Le,
            2 => CompareArg::Eq,
            3 => CompareArg::Ne,
            4 => CompareArg::Gt,
            _ => CompareArg::Ge,
        }
    }
}

pub const MAKE_FUNCTION_DEFAULTS: u32 = 1;
pub const MAKE_FUNCTION_KWDEFAULTS: u32 = 2;
pub const MAKE_FUNCTION_ANNOTATIONS: u32 = 4;
pub const MAKE_FUNCTION_CLOSURE: u32 = 8;

pub const FORMAT_CONV_MASK: u32 = 3;
pub const FORMAT_HAS_SPEC: u32 = 4;

/// `co_flags`, with CPython's bit values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    /// An `async def` containing `yield` (added by the compiler author).
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant. Equal constants of one compilation unit are
/// merged into one object when the VM loads the unit.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Rc<[ConstValue]>),
    FrozenSet(Rc<[ConstValue]>),
    Code(Rc<CodeObject>),
}

/// What kind of block a code object was compiled from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    /// One entry of the interactive prompt (expression statements echo).
    Interactive,
    Function,
    Class,
    /// A comprehension or generator expression (its own function scope).
    Comprehension,
}

/// A compiled block of code, as CPython's `PyCodeObject`.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub kind: CodeKind,
    /// `co_name`: `<module>`, the function name, `<listcomp>`, `<lambda>`, ...
    pub name: Rc<str>,
    /// `co_qualname`: `f.<locals>.g`, `C.method`, ...
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `flags::*` bits.
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// Source position of each instruction (same length as `instructions`).
    pub positions: Vec<Span>,
    pub constants: Vec<ConstValue>,
    /// `co_names`: global, attribute and imported names.
    pub names: Vec<Rc<str>>,
    /// `co_varnames`: parameters first (positional, kw-only, *args, **kwargs),
    /// then other locals. Indexes the frame's fast slots.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner scopes (cells), indexes 0.. of the deref slots.
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing scopes, deref slots after the cells.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, its varnames index.
    pub cell2arg: Vec<Option<u32>>,
    /// Maximum value stack depth (computed from `Op::stack_effect`).
    pub stacksize: u32,
    /// The docstring, if the body starts with a string literal.
    pub doc: Option<Rc<str>>,
}

impl CodeObject {
    /// The source line of instruction `index`.
    pub fn line_of(&self, index: usize) -> u32 {
        self.positions.get(index).map_or(self.first_line, |s| s.line)
    }

    /// Number of fast-local slots a frame of this code needs.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }
}

impl fmt::Display for CodeObject {
    /// A readable disassembly (like `dis.dis`), nested code objects included.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Disassembly of <code object {} line {}>:", self.qualname, self.first_line)?;
        let mut last_line = 0;
        for (i, ins) in self.instructions.iter().enumerate() {
            let line = self.line_of(i);
            let shown = if line != last_line { line.to_string() } else { String::new() };
            last_line = line;
            writeln!(f, "{:>4} {:>6} {:<20} {}", shown, i, ins.op.name(), ins.arg)?;
        }
        for c in &self.constants {
            if let ConstValue::Code(code) = c {
                writeln!(f)?;
                write!(f, "{code}")?;
            }
        }
        Ok(())
    }
}
