//! `_random`: CPython's Mersenne Twister (MT19937) with its exact seeding
//! (`init_by_array` over the seed's 32-bit words), `random()`,
//! `getrandbits(k)` and `_randbelow(n)`. Generators are numbered handles so
//! the Python `random.Random` class (embedded `random.py`) can own one.

use std::cell::RefCell;

use num_bigint::{BigInt, Sign};

use crate::call::Args;
use crate::errors::PyResult;
use crate::modules::margs::{self, index};
use crate::num::PyInt;
use crate::object::{Obj, ObjRef};
use crate::vm::Vm;

const N: usize = 624;
const M: usize = 397;

/// One MT19937 generator state.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt { state: [0; N], index: N + 1 };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeding from an array of 32-bit words (CPython's `init_by_array`).
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        for kk in 0..N {
            let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % N] & 0x7fff_ffff);
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)`: 32-bit words filled least significant first.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(if k == 0 { 0 } else { self.next_u32() >> (32 - k) });
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k;
        let mut out = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &out)
    }

    /// A uniform int in [0, n) by rejection (CPython's `_randbelow`).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if n.sign() != Sign::Plus {
            return BigInt::from(0);
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }
}

thread_local! {
    static GENERATORS: RefCell<Vec<Mt>> = const { RefCell::new(Vec::new()) };
}

fn with_gen<T>(vm: &mut Vm, h: ObjRef, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let i = margs::small_index(vm, h)?;
    GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        usize::try_from(i).ok().and_then(|i| g.get_mut(i)).map(f)
    })
    .ok_or_else(|| vm.value_error("invalid generator"))
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_random");
    let d = vm.module_dict(m);
    vm.add_functions(
        d,
        "_random",
        &[
            ("new", new),
            ("seed", seed),
            ("random", random),
            ("getrandbits", getrandbits),
            ("randbelow", randbelow),
            ("getstate", getstate),
            ("setstate", setstate),
            ("bytes_seed", bytes_seed),
        ],
    );
    m
}

fn new(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let i = GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        g.push(Mt::new());
        g.len() - 1
    });
    Ok(vm.new_int(i as i64))
}

/// The 32-bit words of `|n|`, least significant first (at least one).
fn seed_words(n: &PyInt) -> Vec<u32> {
    let (_, words) = n.to_big().to_u32_digits();
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

/// Words from the OS (or the clock when there is no `/dev/urandom`).
fn os_seed_words() -> Vec<u32> {
    use std::io::Read;
    let mut buf = [0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).is_ok();
    if ok {
        return buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    }
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    vec![t as u32, (t >> 32) as u32, std::process::id()]
}

/// `seed(handle, n)`: an int (its absolute value), or None for OS entropy.
fn seed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "seed", 2)?;
    let words = if vm.is_none(a[1]) {
        os_seed_words()
    } else {
        seed_words(&index(vm, a[1])?)
    };
    with_gen(vm, a[0], |g| g.init_by_array(&words))?;
    Ok(vm.none())
}

fn random(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "random", 1)?;
    let r = with_gen(vm, a[0], Mt::random)?;
    Ok(vm.new_float(r))
}

fn getrandbits(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "getrandbits", 2)?;
    let k = margs::small_index(vm, a[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > 1 << 34 {
        return Err(vm.error("MemoryError", ""));
    }
    let r = with_gen(vm, a[0], |g| g.getrandbits(k as u64))?;
    Ok(vm.new_pyint(PyInt::from_big(r)))
}

fn randbelow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "randbelow", 2)?;
    let n = index(vm, a[1])?.to_big();
    let r = with_gen(vm, a[0], |g| g.randbelow(&n))?;
    Ok(vm.new_pyint(PyInt::from_big(r)))
}

/// The 624 state words and the position, as a tuple of 625 ints.
fn getstate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "getstate", 1)?;
    let mt = with_gen(vm, a[0], |g| g.clone())?;
    let mut items: Vec<ObjRef> = mt.state.iter().map(|&w| vm.new_int(w as i64)).collect();
    items.push(vm.new_int(mt.index as i64));
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "setstate", 2)?;
    let items: Vec<ObjRef> = match vm.get(a[1]) {
        Obj::Tuple(t) if t.len() == N + 1 => t.to_vec(),
        _ => return Err(vm.value_error("state vector is the wrong size")),
    };
    let mut mt = Mt::new();
    for (i, &h) in items.iter().enumerate() {
        let v = margs::small_index(vm, h)?;
        if i < N {
            mt.state[i] = v as u32;
        } else if (0..=N as i64).contains(&v) {
            mt.index = v as usize;
        } else {
            return Err(vm.value_error("invalid state"));
        }
    }
    with_gen(vm, a[0], |g| *g = mt)?;
    Ok(vm.none())
}

/// `int.from_bytes(a + sha512(a).digest())` for a bytes seed `a` (a str
/// seed is its UTF-8 encoding).
fn bytes_seed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = margs::exactly(vm, args, "bytes_seed", 1)?;
    let mut data = match vm.get(a[0]) {
        Obj::Bytes(b) => b.to_vec(),
        Obj::ByteArray(b) => b.data.clone(),
        Obj::Str(s) => s.text.as_bytes().to_vec(),
        _ => return Err(vm.type_error("expected str, bytes or bytearray")),
    };
    let d = crate::modules::sha512::digest(&data);
    data.extend_from_slice(&d);
    Ok(vm.new_pyint(PyInt::from_big(BigInt::from_bytes_be(Sign::Plus, &data))))
}
