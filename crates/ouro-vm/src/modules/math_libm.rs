//! The few libm functions whose Rust `std` versions round differently from
//! the C library CPython uses (glibc): the inverse hyperbolic functions
//! (fdlibm's algorithms) and `cbrt` (glibc's), built from `ln`, `ln_1p`
//! and `sqrt`, which match. The constants are written as in glibc.
#![allow(clippy::excessive_precision)]

const LN2: f64 = std::f64::consts::LN_2;

pub fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !x.is_finite() || a < 2f64.powi(-28) {
        return x;
    }
    let w = if a > 2f64.powi(28) {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

pub fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 2f64.powi(28) {
        return if x.is_infinite() { x } else { x.ln() + LN2 };
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

pub fn atanh(x: f64) -> f64 {
    let a = x.abs();
    let t = if a < 0.5 {
        if a < 2f64.powi(-28) {
            return x;
        }
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else if a < 1.0 {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    } else if a > 1.0 || x.is_nan() {
        return f64::NAN;
    } else {
        return f64::INFINITY.copysign(x);
    };
    t.copysign(x)
}

/// glibc's `cbrt`: a polynomial first guess refined by one Halley step.
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = crate::modules::math::frexp_f64(x.abs());
    let u = 0.354895765043919860
        + (1.50819193781584896
            + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    crate::modules::math::ldexp_f64(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
}
