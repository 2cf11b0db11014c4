//! An RGB pixel canvas with the few drawing operations a graph needs:
//! rectangles, (dotted) lines, filled triangles and bitmap text. Every
//! operation clips to the canvas, so any coordinates are safe.

use super::font::{glyph, ADVANCE, GLYPH_W, LINE_H};

pub type Rgb = [u8; 3];

pub const WHITE: Rgb = [255, 255, 255];
pub const BLACK: Rgb = [0, 0, 0];

pub struct Canvas {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl Canvas {
    /// A white canvas (each side at least 1 pixel).
    pub fn new(width: u32, height: u32) -> Canvas {
        let (width, height) = (width.max(1), height.max(1));
        Canvas { width, height, pixels: vec![255; width as usize * height as usize * 3] }
    }

    pub fn put(&mut self, x: i64, y: i64, c: Rgb) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let i = (y as usize * self.width as usize + x as usize) * 3;
        if let Some(p) = self.pixels.get_mut(i..i + 3) {
            p.copy_from_slice(&c);
        }
    }

    pub fn fill_rect(&mut self, x: i64, y: i64, w: i64, h: i64, c: Rgb) {
        let (x0, x1) = (x.max(0), (x + w).min(i64::from(self.width)));
        let (y0, y1) = (y.max(0), (y + h).min(i64::from(self.height)));
        for yy in y0..y1 {
            for xx in x0..x1 {
                self.put(xx, yy, c);
            }
        }
    }

    /// The outline of a rectangle, `t` pixels thick, inside its bounds.
    pub fn stroke_rect(&mut self, x: i64, y: i64, w: i64, h: i64, t: i64, c: Rgb) {
        self.fill_rect(x, y, w, t, c);
        self.fill_rect(x, y + h - t, w, t, c);
        self.fill_rect(x, y, t, h, c);
        self.fill_rect(x + w - t, y, t, h, c);
    }

    /// A line (Bresenham), clipped to the canvas first; `dotted` draws 2
    /// pixels of every 5.
    pub fn line(&mut self, from: (i64, i64), to: (i64, i64), c: Rgb, dotted: bool) {
        let Some((from, to)) = self.clip(from, to) else { return };
        let (mut x, mut y) = from;
        let (dx, dy) = ((to.0 - x).abs(), -(to.1 - y).abs());
        let (sx, sy) = (if x < to.0 { 1 } else { -1 }, if y < to.1 { 1 } else { -1 });
        let mut err = dx + dy;
        let mut step = 0u64;
        loop {
            if !dotted || step % 5 < 2 {
                self.put(x, y, c);
            }
            if (x, y) == to || step > 1 << 20 {
                return;
            }
            step += 1;
            let e2 = 2 * err;
            if e2 >= dy {
                err += dy;
                x += sx;
            }
            if e2 <= dx {
                err += dx;
                y += sy;
            }
        }
    }

    /// The part of a segment inside the canvas (Liang-Barsky), if any.
    fn clip(&self, from: (i64, i64), to: (i64, i64)) -> Option<((i64, i64), (i64, i64))> {
        let (x0, y0) = (from.0 as f64, from.1 as f64);
        let (dx, dy) = (to.0 as f64 - x0, to.1 as f64 - y0);
        let (w, h) = (f64::from(self.width) - 1.0, f64::from(self.height) - 1.0);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [(-dx, x0), (dx, w - x0), (-dy, y0), (dy, h - y0)] {
            if p == 0.0 {
                if q < 0.0 {
                    return None;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        if t0 > t1 {
            return None;
        }
        let at = |t: f64| ((x0 + t * dx).round() as i64, (y0 + t * dy).round() as i64);
        Some((at(t0), at(t1)))
    }

    /// A filled triangle (scanline by scanline, clipped).
    pub fn fill_triangle(&mut self, a: (f64, f64), b: (f64, f64), c: (f64, f64), color: Rgb) {
        let top = a.1.min(b.1).min(c.1).floor().max(0.0) as i64;
        let bottom = a.1.max(b.1).max(c.1).ceil().min(f64::from(self.height)) as i64;
        for y in top..bottom {
            let yc = y as f64 + 0.5;
            let mut xs = Vec::with_capacity(3);
            for (p, q) in [(a, b), (b, c), (c, a)] {
                if (p.1 <= yc && yc < q.1) || (q.1 <= yc && yc < p.1) {
                    xs.push(p.0 + (yc - p.1) * (q.0 - p.0) / (q.1 - p.1));
                }
            }
            if let (Some(lo), Some(hi)) = (xs.iter().copied().reduce(f64::min), xs.iter().copied().reduce(f64::max)) {
                let right = f64::from(self.width) - 1.0;
                for x in lo.max(0.0).round() as i64..=hi.min(right).round() as i64 {
                    self.put(x, y, color);
                }
            }
        }
    }

    /// One line of text with its top-left corner at (x, y), each font pixel
    /// drawn as a `scale` x `scale` square.
    pub fn text(&mut self, x: i64, y: i64, line: &str, scale: i64, c: Rgb) {
        for (i, ch) in line.chars().enumerate() {
            let gx = x + i as i64 * ADVANCE * scale;
            let (rows, _) = glyph(ch);
            for (r, bits) in rows.iter().enumerate() {
                for col in 0..GLYPH_W {
                    if bits >> (GLYPH_W - 1 - col) & 1 == 1 {
                        self.fill_rect(gx + col * scale, y + r as i64 * scale, scale, scale, c);
                    }
                }
            }
        }
    }
}

/// Width and height in pixels of `lines` drawn at `scale`.
pub fn text_size(lines: &[String], scale: i64) -> (i64, i64) {
    let chars = lines.iter().map(|l| l.chars().count() as i64).max().unwrap_or(0);
    let w = if chars == 0 { 0 } else { (chars * ADVANCE - 1) * scale };
    (w, lines.len() as i64 * LINE_H * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawing_far_outside_is_clipped() {
        let mut c = Canvas::new(10, 10);
        c.line((-1_000_000_000, 5), (1_000_000_000, 5), BLACK, false);
        c.line((-50, -50), (-10, 100), BLACK, true);
        c.fill_triangle((-1e12, 0.0), (1e12, 5.0), (0.0, 1e12), BLACK);
        c.fill_rect(i64::MIN / 4, 0, 5, 5, BLACK);
        c.text(-100, -100, "é long text", 3, BLACK);
        assert_eq!(&c.pixels[(5 * 10) * 3..(5 * 10) * 3 + 3], &BLACK);
        let blank = Canvas::new(0, 0);
        assert_eq!((blank.width, blank.height), (1, 1));
    }
}
