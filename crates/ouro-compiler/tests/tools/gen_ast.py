"""Generate tests/common/fixtures.rs: Rust constructors of `ouro_syntax::ast`
trees for the Python snippets in tests/tools/snippets.py, using CPython's own
parser (so the compiler can be tested before ouro's parser exists).

Run from the crate root: python3 tests/tools/gen_ast.py
"""
import ast, json, sys, os

sys.path.insert(0, os.path.dirname(__file__))
from snippets import SNIPPETS

OPS = {ast.Add: "Add", ast.BitAnd: "BitAnd", ast.FloorDiv: "FloorDiv", ast.LShift: "LShift",
       ast.MatMult: "MatMult", ast.Mult: "Mult", ast.Mod: "Mod", ast.BitOr: "BitOr", ast.Pow: "Pow",
       ast.RShift: "RShift", ast.Sub: "Sub", ast.Div: "Div", ast.BitXor: "BitXor"}
UNARY = {ast.Invert: "Invert", ast.Not: "Not", ast.UAdd: "UAdd", ast.USub: "USub"}
CMP = {ast.Eq: "Eq", ast.NotEq: "NotEq", ast.Lt: "Lt", ast.LtE: "LtE", ast.Gt: "Gt", ast.GtE: "GtE",
       ast.Is: "Is", ast.IsNot: "IsNot", ast.In: "In", ast.NotIn: "NotIn"}
CTX = {ast.Load: "Load", ast.Store: "Store", ast.Del: "Del"}


def s(x):
    return json.dumps(x, ensure_ascii=False) + ".to_string()"


def span(n):
    return f"sp({n.lineno}, {n.col_offset}, {n.end_lineno}, {n.end_col_offset})"


def opt(x, f):
    return "None" if x is None else f"Some({f(x)})"


def optbox(x):
    return "None" if x is None else f"Some(Box::new({expr(x)}))"


def vec(xs, f):
    return "vec![" + ", ".join(f(x) for x in xs) + "]"


def box(x):
    return f"Box::new({expr(x)})"


def const(v):
    if v is None: return "Constant::None"
    if v is Ellipsis: return "Constant::Ellipsis"
    if isinstance(v, bool): return f"Constant::Bool({str(v).lower()})"
    if isinstance(v, int): return f"Constant::Int({s(str(v))})"
    if isinstance(v, float): return f"Constant::Float({v!r}f64)" if v == v and abs(v) != float('inf') else f"Constant::Float(f64::INFINITY)"
    if isinstance(v, complex): return f"Constant::Complex({v.imag!r}f64)"
    if isinstance(v, str): return f"Constant::Str({s(v)})"
    if isinstance(v, bytes): return f"Constant::Bytes(vec!{list(v)})"
    raise TypeError(v)


def arg(a):
    return f"Arg {{ name: {s(a.arg)}, annotation: {opt(a.annotation, expr)}, span: {span(a)} }}"


def arguments(a):
    return (f"Arguments {{ posonlyargs: {vec(a.posonlyargs, arg)}, args: {vec(a.args, arg)}, vararg: {opt(a.vararg, arg)}, "
            f"kwonlyargs: {vec(a.kwonlyargs, arg)}, kw_defaults: {vec(a.kw_defaults, lambda d: opt(d, expr))}, "
            f"kwarg: {opt(a.kwarg, arg)}, defaults: {vec(a.defaults, expr)} }}")


def keyword(k):
    return f"Keyword {{ arg: {opt(k.arg, s)}, value: {expr(k.value)}, span: {span(k)} }}"


def alias(a):
    return f"Alias {{ name: {s(a.name)}, asname: {opt(a.asname, s)}, span: {span(a)} }}"


def comp(c):
    return f"Comprehension {{ target: {expr(c.target)}, iter: {expr(c.iter)}, ifs: {vec(c.ifs, expr)}, is_async: {str(bool(c.is_async)).lower()} }}"


def expr(n):
    k = type(n)
    if k is ast.BoolOp: body = f"ExprKind::BoolOp {{ op: BoolOperator::{'And' if isinstance(n.op, ast.And) else 'Or'}, values: {vec(n.values, expr)} }}"
    elif k is ast.NamedExpr: body = f"ExprKind::NamedExpr {{ target: {box(n.target)}, value: {box(n.value)} }}"
    elif k is ast.BinOp: body = f"ExprKind::BinOp {{ left: {box(n.left)}, op: Operator::{OPS[type(n.op)]}, right: {box(n.right)} }}"
    elif k is ast.UnaryOp: body = f"ExprKind::UnaryOp {{ op: UnaryOperator::{UNARY[type(n.op)]}, operand: {box(n.operand)} }}"
    elif k is ast.Lambda: body = f"ExprKind::Lambda {{ args: Box::new({arguments(n.args)}), body: {box(n.body)} }}"
    elif k is ast.IfExp: body = f"ExprKind::IfExp {{ test: {box(n.test)}, body: {box(n.body)}, orelse: {box(n.orelse)} }}"
    elif k is ast.Dict: body = f"ExprKind::Dict {{ keys: {vec(n.keys, lambda x: opt(x, expr))}, values: {vec(n.values, expr)} }}"
    elif k is ast.Set: body = f"ExprKind::Set({vec(n.elts, expr)})"
    elif k in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
        body = f"ExprKind::{k.__name__} {{ elt: {box(n.elt)}, generators: {vec(n.generators, comp)} }}"
    elif k is ast.DictComp: body = f"ExprKind::DictComp {{ key: {box(n.key)}, value: {box(n.value)}, generators: {vec(n.generators, comp)} }}"
    elif k is ast.Await: body = f"ExprKind::Await({box(n.value)})"
    elif k is ast.Yield: body = f"ExprKind::Yield({optbox(n.value)})"
    elif k is ast.YieldFrom: body = f"ExprKind::YieldFrom({box(n.value)})"
    elif k is ast.Compare: body = f"ExprKind::Compare {{ left: {box(n.left)}, ops: {vec(n.ops, lambda o: 'CmpOperator::' + CMP[type(o)])}, comparators: {vec(n.comparators, expr)} }}"
    elif k is ast.Call: body = f"ExprKind::Call {{ func: {box(n.func)}, args: {vec(n.args, expr)}, keywords: {vec(n.keywords, keyword)} }}"
    elif k is ast.FormattedValue: body = f"ExprKind::FormattedValue {{ value: {box(n.value)}, conversion: {max(n.conversion, 0)}, format_spec: {optbox(n.format_spec)} }}"
    elif k is ast.JoinedStr: body = f"ExprKind::JoinedStr({vec(n.values, expr)})"
    elif k is ast.Constant: body = f"ExprKind::Constant({const(n.value)})"
    elif k is ast.Attribute: body = f"ExprKind::Attribute {{ value: {box(n.value)}, attr: {s(n.attr)}, ctx: ExprContext::{CTX[type(n.ctx)]} }}"
    elif k is ast.Subscript: body = f"ExprKind::Subscript {{ value: {box(n.value)}, slice: {box(n.slice)}, ctx: ExprContext::{CTX[type(n.ctx)]} }}"
    elif k is ast.Starred: body = f"ExprKind::Starred {{ value: {box(n.value)}, ctx: ExprContext::{CTX[type(n.ctx)]} }}"
    elif k is ast.Name: body = f"ExprKind::Name {{ id: {s(n.id)}, ctx: ExprContext::{CTX[type(n.ctx)]} }}"
    elif k in (ast.List, ast.Tuple): body = f"ExprKind::{k.__name__} {{ elts: {vec(n.elts, expr)}, ctx: ExprContext::{CTX[type(n.ctx)]} }}"
    elif k is ast.Slice: body = f"ExprKind::Slice {{ lower: {optbox(n.lower)}, upper: {optbox(n.upper)}, step: {optbox(n.step)} }}"
    else: raise TypeError(k)
    return f"Expr {{ node: {body}, span: {span(n)} }}"


def handler(h):
    return f"ExceptHandler {{ typ: {opt(h.type, expr)}, name: {opt(h.name, s)}, body: {vec(h.body, stmt)}, span: {span(h)} }}"


def stmt(n):
    k = type(n)
    if k in (ast.FunctionDef, ast.AsyncFunctionDef):
        body = (f"StmtKind::FunctionDef(Box::new(FunctionDef {{ name: {s(n.name)}, args: {arguments(n.args)}, body: {vec(n.body, stmt)}, "
                f"decorators: {vec(n.decorator_list, expr)}, returns: {opt(n.returns, expr)}, is_async: {str(k is ast.AsyncFunctionDef).lower()} }}))")
    elif k is ast.ClassDef:
        body = (f"StmtKind::ClassDef(Box::new(ClassDef {{ name: {s(n.name)}, bases: {vec(n.bases, expr)}, keywords: {vec(n.keywords, keyword)}, "
                f"body: {vec(n.body, stmt)}, decorators: {vec(n.decorator_list, expr)} }}))")
    elif k is ast.Return: body = f"StmtKind::Return({opt(n.value, expr)})"
    elif k is ast.Delete: body = f"StmtKind::Delete({vec(n.targets, expr)})"
    elif k is ast.Assign: body = f"StmtKind::Assign {{ targets: {vec(n.targets, expr)}, value: {expr(n.value)} }}"
    elif k is ast.AugAssign: body = f"StmtKind::AugAssign {{ target: {expr(n.target)}, op: Operator::{OPS[type(n.op)]}, value: {expr(n.value)} }}"
    elif k is ast.AnnAssign: body = f"StmtKind::AnnAssign {{ target: {expr(n.target)}, annotation: {expr(n.annotation)}, value: {opt(n.value, expr)}, simple: {str(bool(n.simple)).lower()} }}"
    elif k is ast.For: body = f"StmtKind::For {{ target: {expr(n.target)}, iter: {expr(n.iter)}, body: {vec(n.body, stmt)}, orelse: {vec(n.orelse, stmt)} }}"
    elif k in (ast.While, ast.If): body = f"StmtKind::{k.__name__} {{ test: {expr(n.test)}, body: {vec(n.body, stmt)}, orelse: {vec(n.orelse, stmt)} }}"
    elif k is ast.With: body = f"StmtKind::With {{ items: {vec(n.items, lambda i: f'WithItem {{ context_expr: {expr(i.context_expr)}, optional_vars: {opt(i.optional_vars, expr)} }}')}, body: {vec(n.body, stmt)} }}"
    elif k is ast.Raise: body = f"StmtKind::Raise {{ exc: {opt(n.exc, expr)}, cause: {opt(n.cause, expr)} }}"
    elif k is ast.Try: body = f"StmtKind::Try {{ body: {vec(n.body, stmt)}, handlers: {vec(n.handlers, handler)}, orelse: {vec(n.orelse, stmt)}, finalbody: {vec(n.finalbody, stmt)} }}"
    elif k is ast.Assert: body = f"StmtKind::Assert {{ test: {expr(n.test)}, msg: {opt(n.msg, expr)} }}"
    elif k is ast.Import: body = f"StmtKind::Import({vec(n.names, alias)})"
    elif k is ast.ImportFrom: body = f"StmtKind::ImportFrom {{ module: {opt(n.module, s)}, names: {vec(n.names, alias)}, level: {n.level} }}"
    elif k is ast.Global: body = f"StmtKind::Global({vec(n.names, s)})"
    elif k is ast.Nonlocal: body = f"StmtKind::Nonlocal({vec(n.names, s)})"
    elif k is ast.Expr: body = f"StmtKind::Expr({expr(n.value)})"
    elif k in (ast.Pass, ast.Break, ast.Continue): body = f"StmtKind::{k.__name__}"
    else: raise TypeError(k)
    return f"Stmt {{ node: {body}, span: {span(n)} }}"


out = ["// @generated by tests/tools/gen_ast.py from tests/tools/snippets.py -- do not edit.",
       "#![allow(clippy::all, dead_code)]", "use ouro_syntax::ast::*;", "",
       "fn sp(line: u32, col: u32, end_line: u32, end_col: u32) -> Span { Span { line, col, end_line, end_col } }", "",
       "/// The AST and source of snippet `name`.",
       "pub fn snippet(name: &str) -> (Module, &'static str) {", "    match name {"]
for name, src in SNIPPETS.items():
    tree = ast.parse(src)
    out.append(f"        {json.dumps(name)} => (Module {{ body: {vec(tree.body, stmt)} }}, {json.dumps(src, ensure_ascii=False)}),")
out += ["        _ => panic!(\"unknown snippet {name}\"),", "    }", "}", ""]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "common", "fixtures.rs"), "w") as f:
    f.write("\n".join(out))
