//! Standard-library modules written in Python and embedded in the binary,
//! compiled on first import like any other module.

/// The source of the embedded module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    match name {
        "random" => Some(include_str!("random.py")),
        "time" => Some(include_str!("time.py")),
        "os" => Some(include_str!("os.py")),
        "posixpath" => Some(include_str!("posixpath.py")),
        "collections" => Some(include_str!("collections.py")),
        "operator" => Some(include_str!("operator.py")),
        "functools" => Some(include_str!("functools.py")),
        "itertools" => Some(include_str!("itertools.py")),
        "copy" => Some(include_str!("copy.py")),
        "string" => Some(include_str!("string.py")),
        "traceback" => Some(include_str!("traceback.py")),
        "memory_profiler" => Some(include_str!("memory_profiler.py")),
        "types" => Some(include_str!("types.py")),
        "objgraph" => Some(include_str!("objgraph.py")),
        "json" => Some(include_str!("json.py")),
        "enum" => Some(include_str!("enum.py")),
        "dataclasses" => Some(include_str!("dataclasses.py")),
        "typing" => Some(include_str!("typing.py")),
        "abc" => Some(include_str!("abc.py")),
        "contextlib" => Some(include_str!("contextlib.py")),
        "re" => Some(include_str!("re.py")),
        "heapq" => Some(include_str!("heapq.py")),
        "bisect" => Some(include_str!("bisect.py")),
        "io" => Some(include_str!("io.py")),
        "textwrap" => Some(include_str!("textwrap.py")),
        "fractions" => Some(include_str!("fractions.py")),
        "numbers" => Some(include_str!("numbers.py")),
        "statistics" => Some(include_str!("statistics.py")),
        _ => None,
    }
}
