//! How a node or an edge of a dot graph looks: its label lines, font
//! scale and colours, from its attributes (graphviz's names and defaults).

use super::canvas::{text_size, Rgb, BLACK, WHITE};
use super::dot::{label_lines, Attrs, Node};

/// Labels are cut to this many lines of this many characters.
const MAX_LINES: usize = 12;
const MAX_CHARS: usize = 60;
/// Padding inside a box, and its smallest size (dot's 0.75 x 0.5 inch).
const PAD_X: i64 = 10;
const PAD_Y: i64 = 6;
const MIN_W: i64 = 54;
const MIN_H: i64 = 36;

pub struct NodeLook {
    pub lines: Vec<String>,
    pub scale: i64,
    pub fill: Rgb,
    pub border: Rgb,
    pub font: Rgb,
    /// `shape=doublecircle` and friends: drawn with a double outline.
    pub double: bool,
}

impl NodeLook {
    pub fn of(node: &Node) -> NodeLook {
        let a = &node.attrs;
        let filled = a.get("style").is_some_and(|s| s.contains("filled"));
        let fill_spec = a.get("fillcolor").or_else(|| a.get("color"));
        NodeLook {
            lines: cut(label_lines(a.get("label").unwrap_or("\\N"), &node.name)),
            scale: font_scale(a),
            fill: if filled { fill_spec.and_then(parse_color).unwrap_or([211, 211, 211]) } else { WHITE },
            border: a.get("color").and_then(parse_color).unwrap_or(BLACK),
            font: a.get("fontcolor").and_then(parse_color).unwrap_or(BLACK),
            double: a.get("shape").is_some_and(|s| s.starts_with("double")),
        }
    }

    /// The box size around the label.
    pub fn size(&self) -> (i64, i64) {
        let (tw, th) = text_size(&self.lines, self.scale);
        let (min_w, min_h) = if self.scale < 2 { (MIN_W / 2, MIN_H / 2) } else { (MIN_W, MIN_H) };
        ((tw + 2 * PAD_X).max(min_w), (th + 2 * PAD_Y).max(min_h))
    }
}

pub struct EdgeLook {
    pub lines: Vec<String>,
    pub color: Rgb,
    pub dotted: bool,
}

impl EdgeLook {
    pub fn of(a: &Attrs) -> EdgeLook {
        EdgeLook {
            lines: a.get("label").map(|l| cut(label_lines(l, ""))).unwrap_or_default(),
            color: a.get("color").and_then(parse_color).unwrap_or(BLACK),
            dotted: a.get("style").is_some_and(|s| s.contains("dotted") || s.contains("dashed")),
        }
    }
}

/// Scale 1 for small fonts (`fontsize` under 10 points), else 2.
fn font_scale(a: &Attrs) -> i64 {
    match a.get("fontsize").and_then(|s| s.trim().parse::<f64>().ok()) {
        Some(size) if size < 10.0 => 1,
        _ => 2,
    }
}

fn cut(mut lines: Vec<String>) -> Vec<String> {
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        lines.push("...".to_string());
    }
    for l in &mut lines {
        if l.chars().count() > MAX_CHARS {
            *l = l.chars().take(MAX_CHARS - 3).chain("...".chars()).collect();
        }
    }
    lines
}

/// A graphviz colour: `"H,S,V"` (0..1, commas or spaces), `#rrggbb`, or
/// one of the common names.
pub fn parse_color(spec: &str) -> Option<Rgb> {
    let s = spec.trim();
    if let Some(hex) = s.strip_prefix('#') {
        let v = u32::from_str_radix(hex.get(..6)?, 16).ok()?;
        return Some([(v >> 16) as u8, (v >> 8) as u8, v as u8]);
    }
    let parts: Vec<f64> = s.split(|c: char| c == ',' || c.is_whitespace()).filter(|p| !p.is_empty()).map_while(|p| p.parse().ok()).collect();
    if parts.len() == 3 && s.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return Some(hsv(parts[0], parts[1], parts[2]));
    }
    named(&s.to_ascii_lowercase())
}

fn named(name: &str) -> Option<Rgb> {
    Some(match name {
        "white" => WHITE,
        "black" => BLACK,
        "red" => [255, 0, 0],
        "green" => [0, 255, 0],
        "blue" => [0, 0, 255],
        "yellow" => [255, 255, 0],
        "orange" => [255, 165, 0],
        "gray" | "grey" => [192, 192, 192],
        "lightgray" | "lightgrey" => [211, 211, 211],
        "darkgray" | "darkgrey" => [169, 169, 169],
        _ => return None,
    })
}

/// HSV (each 0..1, clamped) to RGB.
pub fn hsv(h: f64, s: f64, v: f64) -> Rgb {
    let clamp = |x: f64| if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) };
    let (h, s, v) = (clamp(h) * 6.0, clamp(s), clamp(v));
    let sector = (h.floor() as i64).min(5);
    let f = h - sector as f64;
    let (p, q, t) = (v * (1.0 - s), v * (1.0 - s * f), v * (1.0 - s * (1.0 - f)));
    let (r, g, b) = match sector {
        0 => (v, t, p),
        1 => (q, v, p),
        2 => (p, v, t),
        3 => (p, q, v),
        4 => (t, p, v),
        _ => (v, p, q),
    };
    let byte = |x: f64| (x * 255.0).round() as u8;
    [byte(r), byte(g), byte(b)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours() {
        assert_eq!(parse_color("0,0,1"), Some(WHITE));
        assert_eq!(parse_color("0,0,0.766667"), Some([196, 196, 196]));
        assert_eq!(parse_color("0,1,1"), Some([255, 0, 0]));
        assert_eq!(parse_color("#00ff00"), Some([0, 255, 0]));
        assert_eq!(parse_color("red"), Some([255, 0, 0]));
        assert_eq!(parse_color("nonsense"), None);
        assert_eq!(parse_color("#12"), None);
    }

    #[test]
    fn long_labels_are_cut() {
        let lines = cut(vec!["x".repeat(500); 40]);
        assert_eq!(lines.len(), MAX_LINES + 1);
        assert!(lines.iter().all(|l| l.chars().count() <= MAX_CHARS));
    }
}
