"""Compare instruction positions with CPython's for the instructions both
compilers emit (loads, stores, calls, operators, ...).

Usage (from the workspace root):
  python3 crates/ouro-compiler/tests/tools/compare_positions.py file.py
It runs `cargo test --test parsed dump` (needs CARGO_TARGET_DIR set as usual).
"""
import dis, os, re, subprocess, sys

MAP = {"LOAD_NAME": "LoadName", "STORE_NAME": "StoreName", "LOAD_GLOBAL": "LoadGlobal", "LOAD_FAST": "LoadFast",
       "STORE_FAST": "StoreFast", "LOAD_ATTR": "LoadAttr", "LOAD_METHOD": "LoadMethod", "STORE_ATTR": "StoreAttr",
       "BINARY_OP": "BinaryOp", "BINARY_SUBSCR": "BinarySubscr", "STORE_SUBSCR": "StoreSubscr", "COMPARE_OP": "CompareOp",
       "CALL": "Call", "CALL_FUNCTION_EX": "CallFunctionEx", "RAISE_VARARGS": "RaiseVarargs", "UNARY_NEGATIVE": "UnaryNegative",
       "UNARY_NOT": "UnaryNot", "UNARY_INVERT": "UnaryInvert", "LOAD_DEREF": "LoadDeref", "STORE_DEREF": "StoreDeref",
       "IMPORT_NAME": "ImportName", "FOR_ITER": "ForIter", "GET_ITER": "GetIter", "FORMAT_VALUE": "FormatValue",
       "BUILD_LIST": "BuildList", "BUILD_MAP": "BuildMap", "LIST_APPEND": "ListAppend", "YIELD_VALUE": "YieldValue",
       "CONTAINS_OP": "ContainsOp", "IS_OP": "IsOp", "MAKE_FUNCTION": "MakeFunction", "CHECK_EXC_MATCH": "CheckExcMatch"}
CALLS = {"CallFunction", "CallMethod", "CallFunctionKw"}


def cpython(path):
    out = {}
    def walk(co):
        rows = []
        for ins in dis.get_instructions(co):
            if ins.opname in MAP:
                p = ins.positions
                rows.append((MAP[ins.opname], f"{p.lineno}:{p.col_offset}-{p.end_lineno}:{p.end_col_offset}"))
        out[co.co_qualname] = rows
        for c in co.co_consts:
            if hasattr(c, "co_code"):
                walk(c)
    walk(compile(open(path).read(), path, "exec"))
    return out


def ouro(path):
    env = dict(os.environ, PARSE_DUMP=path)
    text = subprocess.run(["cargo", "test", "-q", "-p", "ouro-compiler", "--test", "parsed", "dump", "--", "--ignored",
                           "--nocapture"], env=env, capture_output=True, text=True).stdout
    out, cur = {}, None
    for line in text.splitlines():
        if line.startswith("-- "):
            cur = line[3:]
            out[cur] = []
        elif cur is not None and re.match(r"^[A-Z]\w+", line):
            op = line.split()[0]
            op = "Call" if op in CALLS else op
            if op in MAP.values():
                out[cur].append((op, line.split()[-1]))
    return out


a, b = cpython(sys.argv[1]), ouro(sys.argv[1])
bad = 0
for name, rows in a.items():
    mine = b.get(name)
    if mine is None:
        print("missing code object", name); bad += 1; continue
    if rows != mine:
        bad += 1
        print("==", name)
        for i in range(max(len(rows), len(mine))):
            x = rows[i] if i < len(rows) else None
            y = mine[i] if i < len(mine) else None
            print(("   " if x == y else " X "), x, y)
print("differences:", bad)
