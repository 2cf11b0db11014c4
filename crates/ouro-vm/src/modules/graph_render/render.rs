//! From dot text to PNG bytes: read the graph, size each box from its
//! label, lay the boxes out, then paint boxes, edges, arrowheads and
//! labels on a canvas.

use super::canvas::{text_size, Canvas, Rgb};
use super::dot::{parse, Graph};
use super::font::LINE_H;
use super::layout::{layout, Placed};
use super::look::{EdgeLook, NodeLook};
use super::png::encode_rgb;

/// Largest image drawn; what falls outside is left out (with a note).
const MAX_WIDTH: i64 = 20_000;
const MAX_PIXELS: i64 = 40_000_000;
const ARROW_LEN: f64 = 10.0;
/// How many earlier edge labels a new one avoids.
const LABELS_CHECKED: usize = 500;
const ARROW_HALF: f64 = 4.0;

/// The PNG image of the dot graph `text`.
pub fn render_png(text: &str) -> Vec<u8> {
    let canvas = draw(&parse(text));
    encode_rgb(canvas.width, canvas.height, &canvas.pixels).unwrap_or_default()
}

fn draw(g: &Graph) -> Canvas {
    let looks: Vec<NodeLook> = g.nodes.iter().map(NodeLook::of).collect();
    let sizes: Vec<(i64, i64)> = looks.iter().map(NodeLook::size).collect();
    let edges: Vec<(usize, usize)> = g.edges.iter().map(|e| (e.from, e.to)).collect();
    let l = layout(&sizes, &edges);
    let width = l.width.clamp(1, MAX_WIDTH);
    let height = l.height.clamp(1, (MAX_PIXELS / width).max(1));
    let hidden = l.boxes.iter().filter(|b| b.y + b.h > height || b.x + b.w > width).count();
    let mut c = Canvas::new(width as u32, height as u32);
    let mut labels = Vec::new();
    for e in &g.edges {
        if let (Some(&a), Some(&b)) = (l.boxes.get(e.from), l.boxes.get(e.to)) {
            draw_edge(&mut c, a, b, &EdgeLook::of(&e.attrs), &mut labels);
        }
    }
    for (b, look) in l.boxes.iter().zip(&looks) {
        draw_node(&mut c, *b, look);
    }
    if hidden > 0 {
        let note = format!("{hidden} nodes not drawn: the image would be too large");
        c.fill_rect(0, height - 2 * LINE_H - 4, width, 2 * LINE_H + 4, [255, 255, 255]);
        c.text(4, height - 2 * LINE_H - 2, &note, 2, [255, 0, 0]);
    }
    c
}

fn draw_node(c: &mut Canvas, b: Placed, look: &NodeLook) {
    c.fill_rect(b.x, b.y, b.w, b.h, look.fill);
    c.stroke_rect(b.x, b.y, b.w, b.h, 1, look.border);
    if look.double {
        c.stroke_rect(b.x + 3, b.y + 3, b.w - 6, b.h - 6, 1, look.border);
    }
    let (tw, th) = text_size(&look.lines, look.scale);
    let line_h = LINE_H * look.scale;
    let top = b.y + (b.h - th) / 2 + look.scale;
    for (i, line) in look.lines.iter().enumerate() {
        let (lw, _) = text_size(std::slice::from_ref(line), look.scale);
        let left = b.x + (b.w - tw) / 2 + (tw - lw) / 2;
        c.text(left, top + i as i64 * line_h, line, look.scale, look.font);
    }
}

fn centre(b: Placed) -> (f64, f64) {
    (b.x as f64 + b.w as f64 / 2.0, b.y as f64 + b.h as f64 / 2.0)
}

/// Where the ray from `b`'s centre towards `towards` leaves the box.
fn border_point(b: Placed, towards: (f64, f64)) -> (f64, f64) {
    let (cx, cy) = centre(b);
    let (dx, dy) = (towards.0 - cx, towards.1 - cy);
    let sx = if dx == 0.0 { f64::INFINITY } else { (b.w as f64 / 2.0) / dx.abs() };
    let sy = if dy == 0.0 { f64::INFINITY } else { (b.h as f64 / 2.0) / dy.abs() };
    let s = sx.min(sy).min(1.0);
    (cx + dx * s, cy + dy * s)
}

/// The end points of an edge: between facing sides when one box is above
/// the other (leaving the source's side spread out towards the target, as
/// dot does), else between the borders on the line joining the centres.
fn end_points(a: Placed, b: Placed) -> ((f64, f64), (f64, f64)) {
    let ((ax, ay), (bx, by)) = (centre(a), centre(b));
    let offset = |w: i64| ((bx - ax) / 4.0).clamp(-(w as f64 / 2.0 - 4.0).max(0.0), (w as f64 / 2.0 - 4.0).max(0.0));
    if b.y >= a.y + a.h {
        ((ax + offset(a.w), (a.y + a.h) as f64), (bx, b.y as f64))
    } else if a.y >= b.y + b.h {
        ((ax + offset(a.w), a.y as f64), (bx, (b.y + b.h) as f64))
    } else {
        (border_point(a, (bx, by)), border_point(b, (ax, ay)))
    }
}

fn draw_edge(c: &mut Canvas, a: Placed, b: Placed, look: &EdgeLook, labels: &mut Vec<Placed>) {
    if a == b {
        return draw_loop(c, a, look, labels);
    }
    let (from, to) = end_points(a, b);
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1.0 {
        return;
    }
    let (ux, uy) = (dx / len, dy / len);
    let base = (to.0 - ux * ARROW_LEN, to.1 - uy * ARROW_LEN);
    let px = |p: (f64, f64)| (p.0.round() as i64, p.1.round() as i64);
    c.line(px(from), px(base), look.color, look.dotted);
    let wing = |side: f64| (base.0 - uy * ARROW_HALF * side, base.1 + ux * ARROW_HALF * side);
    c.fill_triangle(to, wing(1.0), wing(-1.0), look.color);
    draw_edge_label(c, (from.0 + dx / 2.0, from.1 + dy / 2.0), (dx, dy), &look.lines, labels);
}

/// An edge from a box to itself: a small loop on its right side.
fn draw_loop(c: &mut Canvas, b: Placed, look: &EdgeLook, labels: &mut Vec<Placed>) {
    let (right, top, bottom) = (b.x + b.w, b.y + b.h / 4, b.y + 3 * b.h / 4);
    let out = right + 16;
    c.line((right, top), (out, top), look.color, look.dotted);
    c.line((out, top), (out, bottom), look.color, look.dotted);
    c.line((out, bottom), (right + ARROW_LEN as i64, bottom), look.color, look.dotted);
    let tip = (right as f64, bottom as f64);
    let base = tip.0 + ARROW_LEN;
    c.fill_triangle(tip, (base, tip.1 - ARROW_HALF), (base, tip.1 + ARROW_HALF), look.color);
    draw_edge_label(c, ((out - 2) as f64, (top + bottom) as f64 / 2.0), (0.0, 1.0), &look.lines, labels);
}

/// Label text beside the middle of an edge going in direction `dir`, on
/// the outer side of a slanted edge (left of one going down to the right),
/// far enough that the text clears the line (above it when the edge is
/// nearly horizontal), moved down past labels already drawn (`labels`),
/// on a white ground.
fn draw_edge_label(c: &mut Canvas, at: (f64, f64), dir: (f64, f64), lines: &[String], labels: &mut Vec<Placed>) {
    if lines.is_empty() {
        return;
    }
    let (w, h) = text_size(lines, 2);
    let slope = if dir.1.abs() < 1.0 { f64::INFINITY } else { (dir.0 / dir.1).abs() };
    let (x, y) = if slope > 3.0 {
        (at.0 - w as f64 / 2.0, at.1 - h as f64 - 4.0)
    } else if dir.0 * dir.1 > 0.0 {
        (at.0 - 6.0 - slope * h as f64 / 2.0 - w as f64, at.1 - h as f64 / 2.0)
    } else {
        (at.0 + 6.0 + slope * h as f64 / 2.0, at.1 - h as f64 / 2.0)
    };
    let spot = free_spot(labels, Placed { x: x.round() as i64 - 2, y: y.round() as i64 - 2, w: w + 4, h: h + 2 });
    labels.push(spot);
    let (x, y) = (spot.x + 2, spot.y + 2);
    c.fill_rect(spot.x, spot.y, spot.w, spot.h, WHITE_GROUND);
    for (i, line) in lines.iter().enumerate() {
        c.text(x, y + i as i64 * LINE_H * 2, line, 2, [0, 0, 0]);
    }
}

/// `want`, or the first place below it (a few tries) that overlaps none
/// of `taken` (only the latest labels are looked at, so that huge graphs
/// stay fast).
fn free_spot(taken: &[Placed], want: Placed) -> Placed {
    let taken = &taken[taken.len().saturating_sub(LABELS_CHECKED)..];
    let overlaps = |p: &Placed| taken.iter().any(|t| p.x < t.x + t.w && t.x < p.x + p.w && p.y < t.y + t.h && t.y < p.y + p.h);
    let mut spot = want;
    for _ in 0..6 {
        if !overlaps(&spot) {
            return spot;
        }
        spot.y += want.h;
    }
    want
}

const WHITE_GROUND: Rgb = [255, 255, 255];

#[cfg(test)]
mod tests {
    use super::*;

    fn png_size(png: &[u8]) -> (u32, u32) {
        let be = |i: usize| u32::from_be_bytes([png[i], png[i + 1], png[i + 2], png[i + 3]]);
        (be(16), be(20))
    }

    /// Random soups of dot's punctuation, names and strings.
    #[test]
    fn random_text_never_panics() {
        let pieces = ["digraph", "{", "}", "[", "]", "->", "--", ";", ",", "=", "a", "b", "label", "\"x\\ny\"", "\"", "<", ">", "/*", "//", "\n", ":", "node", "é", "0,0,1", "style=dotted", "#"];
        let mut seed = 7u64;
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..40 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                text.push(' ');
            }
            assert_eq!(&render_png(&text)[1..4], b"PNG");
        }
    }

    #[test]
    fn draws_anything_without_panicking() {
        let many: String = (0..1000).map(|i| format!("n{i} -> n{};\n", (i * 7 + 1) % 1000)).collect();
        let long = format!("a[label=\"{}\"]; a -> a; a -> b [label=\"é\\n{}\"]", "x".repeat(5000), "y".repeat(300));
        for text in ["", "digraph {}", "digraph { a }", &format!("digraph {{ {many} }}"), &long, "\u{0}\u{ffff}"] {
            let png = render_png(text);
            assert_eq!(&png[1..4], b"PNG");
            let (w, h) = png_size(&png);
            assert!(w > 0 && h > 0 && i64::from(w) * i64::from(h) <= MAX_PIXELS);
        }
    }
}
