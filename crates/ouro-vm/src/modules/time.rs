//! `_time`: the clocks and `sleep` behind the embedded `time` module
//! (which adds `struct_time`, `gmtime`, `localtime`, `strftime`, ...).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs;
use crate::num::PyInt;
use crate::object::ObjRef;
use crate::ops::arith::Num;
use crate::vm::Vm;

thread_local! {
    /// The origin of `perf_counter`/`monotonic` (only differences matter).
    static START: Instant = Instant::now();
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_time");
    let d = vm.module_dict(m);
    vm.add_functions(
        d,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
        ],
    );
    m
}

fn since_epoch() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn since_start() -> Duration {
    // Start from one second so the first reading is not 0.0.
    START.with(|s| s.elapsed()) + Duration::from_secs(1)
}

/// CPU time of this process from `/proc/self/stat` (user + system ticks),
/// falling back to wall time since start.
fn cpu_time() -> Duration {
    let ticks = std::fs::read_to_string("/proc/self/stat").ok().and_then(|s| {
        let rest = &s[s.rfind(')')? + 2..];
        let fields: Vec<&str> = rest.split(' ').collect();
        let user: u64 = fields.get(11)?.parse().ok()?;
        let sys: u64 = fields.get(12)?.parse().ok()?;
        Some(user + sys)
    });
    match ticks {
        Some(t) => Duration::from_millis(t * 10),
        None => since_start(),
    }
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() || !args.pos.is_empty() {
        return Err(vm.type_error(format!("time.{name}() takes no arguments ({} given)", args.pos.len() + args.kwnames.len())));
    }
    Ok(())
}

fn secs(vm: &mut Vm, args: &Args, name: &str, d: Duration) -> PyResult<ObjRef> {
    no_args(vm, args, name)?;
    Ok(vm.new_float(d.as_secs_f64()))
}

fn nanos(vm: &mut Vm, args: &Args, name: &str, d: Duration) -> PyResult<ObjRef> {
    no_args(vm, args, name)?;
    Ok(vm.new_pyint(PyInt::from_i128(d.as_nanos() as i128)))
}

fn time(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    secs(vm, args, "time", since_epoch())
}

fn time_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    nanos(vm, args, "time_ns", since_epoch())
}

fn perf_counter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    secs(vm, args, "perf_counter", since_start())
}

fn perf_counter_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    nanos(vm, args, "perf_counter_ns", since_start())
}

fn process_time(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    secs(vm, args, "process_time", cpu_time())
}

fn process_time_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    nanos(vm, args, "process_time_ns", cpu_time())
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = margs::one(vm, args, "time.sleep")?;
    let s = match vm.as_num(x) {
        Some(Num::Float(f)) => f,
        Some(Num::Int(i)) => vm.int_to_float(&i)?,
        None => {
            let t = vm.type_name(x);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !s.is_finite() || s > 1e10 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    vm.out.flush_stdout();
    std::thread::sleep(Duration::from_secs_f64(s));
    Ok(vm.none())
}
