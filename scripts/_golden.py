"""Shared helpers for scripts/bless and scripts/check-cpython.

The same rules as crates/ouro/tests/common/mod.rs (keep the two in step):
a case is tests/golden/**/NAME.py or tests/lessons/NAME.py with sidecars
NAME.out (stdout, exact), NAME.err (stderr, absent = empty), NAME.status
(exit status, absent = 0), NAME.xfail (expected failure, text = reason),
NAME.nostress, NAME.cpython (why CPython differs by design).  A script is
copied alone into a fresh temporary directory and run as `PROGRAM NAME.py`
there, stdin null, with a timeout; the directory's path is replaced by
"<tmp>" in both streams, and the elapsed seconds of `gc: done, ...` lines
are masked when comparing.
"""

import re
import difflib
import os
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE_DIRS = [os.path.join(ROOT, "tests", "golden"), os.path.join(ROOT, "tests", "lessons")]
TMP_PLACEHOLDER = "<tmp>"
DEFAULT_TIMEOUT = float(os.environ.get("OURO_GOLDEN_TIMEOUT", "20"))


def rel(path):
    return os.path.relpath(os.path.abspath(path), ROOT)


def discover(dirpath):
    found = []
    for base, dirs, files in os.walk(dirpath):
        dirs.sort()
        for f in files:
            if f.endswith(".py"):
                found.append(os.path.join(base, f))
    return sorted(found)


def select(args, skip_xfail_in_dirs):
    """Scripts named by args (files or directories; default: every suite
    dir). Directories skip .xfail cases when skip_xfail_in_dirs is true."""
    if not args:
        args = [d for d in SUITE_DIRS if os.path.isdir(d)]
    scripts = []
    for a in args:
        if os.path.isdir(a):
            for s in discover(a):
                if not (skip_xfail_in_dirs and os.path.exists(sidecar(s, "xfail"))):
                    scripts.append(s)
        else:
            if not a.endswith(".py"):
                # accept a sidecar name (foo.out) or a bare stem
                stem = a.rsplit(".", 1)[0] if os.path.splitext(a)[1] else a
                a = stem + ".py"
            if not os.path.isfile(a):
                sys.exit(f"no such script: {a}")
            scripts.append(os.path.abspath(a))
    seen, unique = set(), []
    for s in scripts:
        s = os.path.abspath(s)
        if s not in seen:
            seen.add(s)
            unique.append(s)
    return unique


def sidecar(script, ext):
    return script[: -len(".py")] + "." + ext


def read_text(path, default=None):
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    except FileNotFoundError:
        return default


class Expected:
    def __init__(self, script):
        self.stdout = read_text(sidecar(script, "out"))
        self.stderr = read_text(sidecar(script, "err"), "")
        st = read_text(sidecar(script, "status"))
        self.problem = None
        try:
            self.status = int(st.strip()) if st is not None else 0
        except ValueError:
            self.status, self.problem = 0, f"NAME.status is not a number: {st.strip()!r}\n"
        self.xfail = read_text(sidecar(script, "xfail"))
        self.cpython = read_text(sidecar(script, "cpython"))
        self.mask = [l for l in (read_text(sidecar(script, "mask"), "") or "").splitlines() if l.strip()]


class Outcome:
    def __init__(self, stdout, stderr, status, timed_out=False):
        self.stdout, self.stderr, self.status, self.timed_out = stdout, stderr, status, timed_out


def run(program, script, env=None, timeout=DEFAULT_TIMEOUT):
    """program: a list (argv prefix). Returns an Outcome with masked streams."""
    d = os.path.realpath(tempfile.mkdtemp(prefix="ouro-golden-"))
    try:
        name = os.path.basename(script)
        shutil.copyfile(script, os.path.join(d, name))
        child_env = dict(os.environ)
        child_env.pop("OURO_GC_STRESS", None)
        if env:
            child_env.update(env)
        p = subprocess.Popen(
            list(program) + [name], cwd=d, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env,
            start_new_session=True)  # own process group: a timeout kills it all
        try:
            out, err = p.communicate(timeout=timeout)
            status, to = p.returncode, False
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                p.kill()
            try:
                out, err = p.communicate(timeout=2)
            except subprocess.TimeoutExpired:
                out, err = b"", b""
            status, to = None, True
        mask = lambda b: b.decode("utf-8", "replace").replace(d, TMP_PLACEHOLDER)
        return Outcome(mask(out), mask(err), status, to)
    finally:
        shutil.rmtree(d, ignore_errors=True)


def mask_heap_numbers(text, prefixes):
    """Keep in step with crates/ouro/tests/common/mod.rs: digits in lines
    starting with a NAME.mask prefix (or number-only lines for the prefix
    <number>) become N."""
    prefixes = [p for p in prefixes if not p.startswith(MKSTEMP_DIRECTIVE)]
    if not prefixes:
        return text
    out = []
    for line in text.splitlines(True):
        body = line.rstrip("\n")
        hit = any((body.isdigit() if p == "<number>" else body.startswith(p)) for p in prefixes)
        out.append(re.sub(r"\d+", "N", line) if hit else line)
    return "".join(out)


MKSTEMP_DIRECTIVE = "<mkstemp>"


def mask_temp_names(text, mask):
    """Keep in step with crates/ouro/tests/common/mod.rs: for each NAME.mask
    line <mkstemp>PREFIX, the 8 random characters tempfile.mkstemp puts
    after PREFIX (a-z, 0-9, _) become XXXXXXXX."""
    for m in mask:
        if m.startswith(MKSTEMP_DIRECTIVE) and len(m) > len(MKSTEMP_DIRECTIVE):
            prefix = re.escape(m[len(MKSTEMP_DIRECTIVE):])
            text = re.sub("(" + prefix + ")[a-z0-9_]{8}", lambda mo: mo.group(1) + "XXXXXXXX", text)
    return text


def normalise(text):
    """Mask the elapsed seconds of gc debug lines, nothing else."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("gc: done, ") and line.endswith("s elapsed") and ", " in line:
            lines[i] = line.rsplit(", ", 1)[0] + ", X.XXXXs elapsed"
    return "\n".join(lines)


def short_diff(expected, actual, name, limit=30):
    lines = list(difflib.unified_diff(
        expected.splitlines(True), actual.splitlines(True),
        fromfile=name + " (expected)", tofile=name + " (actual)", n=2))
    out = []
    for l in lines[:limit]:
        out.append(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n")
    if len(lines) > limit:
        out.append(f"... ({len(lines) - limit} more diff lines)\n")
    return "".join(out)


def compare(exp, outcome, name):
    """A list of (what, diff text) for each mismatch."""
    problems = []
    if exp.problem:
        problems.append(("status-file", exp.problem))
    if outcome.timed_out:
        problems.append(("timeout", ""))
    elif outcome.status != exp.status:
        problems.append(("status", f"exit status: expected {exp.status}, got {outcome.status}\n"))
    if exp.stdout is None:
        problems.append(("stdout", f"missing {name[:-3]}.out\n"))
    norm = lambda t: mask_temp_names(mask_heap_numbers(normalise(t), exp.mask), exp.mask)
    if exp.stdout is not None and norm(exp.stdout) != norm(outcome.stdout):
        problems.append(("stdout", short_diff(norm(exp.stdout), norm(outcome.stdout), name + " stdout")))
    if norm(exp.stderr) != norm(outcome.stderr):
        problems.append(("stderr", short_diff(norm(exp.stderr), norm(outcome.stderr), name + " stderr")))
    return problems


def cargo(*args):
    p = subprocess.run(["cargo"] + list(args), cwd=ROOT)
    if p.returncode != 0:
        sys.exit(f"cargo {' '.join(args)} failed (exit {p.returncode})")


def target_dir():
    if os.environ.get("CARGO_TARGET_DIR"):
        return os.path.abspath(os.environ["CARGO_TARGET_DIR"])
    import json
    meta = subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"],
                          cwd=ROOT, check=True, stdout=subprocess.PIPE).stdout
    return json.loads(meta)["target_directory"]


def ouro_binary(profile="debug"):
    """The built binary; $OURO_BIN overrides it (with --no-build)."""
    if os.environ.get("OURO_BIN"):
        return os.path.abspath(os.environ["OURO_BIN"])
    exe = os.path.join(target_dir(), profile, "ouro")
    if not os.path.exists(exe):
        sys.exit(f"{exe} not found after the build")
    return exe
