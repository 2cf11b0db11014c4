//! A layered, top-down layout in the manner of graphviz's `dot`: cycles
//! are broken, nodes get ranks so that edges point down, each rank is
//! ordered to reduce crossings (barycenter sweeps) and wrapped into rows
//! no wider than a limit, and nodes are placed under their parents.
//! Iterative throughout: no recursion, whatever the graph.

/// Gaps between boxes in a row and between rows, and the outer margin.
pub const NODE_GAP: i64 = 24;
pub const ROW_GAP: i64 = 56;
pub const MARGIN: i64 = 16;
/// Rows wider than this are wrapped.
const MAX_ROW_WIDTH: i64 = 6000;
const SWEEPS: usize = 4;

/// Where a node's box goes: its top-left corner and size.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Placed {
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
}

pub struct Layout {
    pub boxes: Vec<Placed>,
    pub width: i64,
    pub height: i64,
}

/// Lay out nodes of the given sizes joined by `edges` (indexes).
pub fn layout(sizes: &[(i64, i64)], edges: &[(usize, usize)]) -> Layout {
    let n = sizes.len();
    let edges: Vec<(usize, usize)> = edges.iter().copied().filter(|&(a, b)| a != b && a < n && b < n).collect();
    let dag = acyclic(n, &edges);
    let rank = ranks(n, &dag);
    let mut rows = order_rows(n, &rank, &dag);
    rows = wrap_rows(rows, sizes);
    place(rows, sizes, &dag)
}

/// The edges with those that close a cycle reversed (found by an
/// iterative depth-first search in node order).
fn acyclic(n: usize, edges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, &(a, _)) in edges.iter().enumerate() {
        out_edges[a].push(i);
    }
    let mut state = vec![0u8; n]; // 0 new, 1 on the stack, 2 done
    let mut reversed = vec![false; edges.len()];
    for root in 0..n {
        if state[root] != 0 {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        state[root] = 1;
        while let Some(&mut (v, ref mut k)) = stack.last_mut() {
            if let Some(&e) = out_edges[v].get(*k) {
                *k += 1;
                let w = edges[e].1;
                match state[w] {
                    0 => {
                        state[w] = 1;
                        stack.push((w, 0));
                    }
                    1 => reversed[e] = true,
                    _ => {}
                }
            } else {
                state[v] = 2;
                stack.pop();
            }
        }
    }
    edges.iter().zip(reversed).map(|(&(a, b), r)| if r { (b, a) } else { (a, b) }).collect()
}

/// Longest-path ranks (sources on top), then sources pulled down to sit
/// just above their highest child.
fn ranks(n: usize, dag: &[(usize, usize)]) -> Vec<usize> {
    let mut indeg = vec![0usize; n];
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in dag {
        indeg[b] += 1;
        succ[a].push(b);
    }
    let mut rank = vec![0usize; n];
    let mut queue: std::collections::VecDeque<usize> = (0..n).filter(|&v| indeg[v] == 0).collect();
    let mut topo = Vec::with_capacity(n);
    let mut left = indeg.clone();
    while let Some(v) = queue.pop_front() {
        topo.push(v);
        for &w in &succ[v] {
            rank[w] = rank[w].max(rank[v] + 1);
            left[w] -= 1;
            if left[w] == 0 {
                queue.push_back(w);
            }
        }
    }
    for &v in topo.iter().rev() {
        if indeg[v] == 0 {
            if let Some(lowest) = succ[v].iter().map(|&w| rank[w]).min() {
                rank[v] = rank[v].max(lowest.saturating_sub(1));
            }
        }
    }
    rank
}

/// Nodes grouped by rank, each rank ordered by barycenter sweeps.
fn order_rows(n: usize, rank: &[usize], dag: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let depth = rank.iter().copied().max().map_or(0, |m| m + 1);
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); depth];
    for v in 0..n {
        rows[rank[v]].push(v);
    }
    let mut up: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut down: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in dag {
        down[a].push(b);
        up[b].push(a);
    }
    let mut pos = vec![0f64; n];
    let renumber = |rows: &Vec<Vec<usize>>, pos: &mut Vec<f64>| {
        for row in rows {
            for (i, &v) in row.iter().enumerate() {
                pos[v] = i as f64;
            }
        }
    };
    renumber(&rows, &mut pos);
    for sweep in 0..SWEEPS {
        let neighbours = if sweep % 2 == 0 { &up } else { &down };
        for row in rows.iter_mut() {
            let key = |v: usize| {
                let ns = &neighbours[v];
                if ns.is_empty() {
                    pos[v]
                } else {
                    ns.iter().map(|&u| pos[u]).sum::<f64>() / ns.len() as f64
                }
            };
            let mut keyed: Vec<(f64, f64, usize)> = row.iter().map(|&v| (key(v), pos[v], v)).collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
            *row = keyed.into_iter().map(|(_, _, v)| v).collect();
            for (i, &v) in row.iter().enumerate() {
                pos[v] = i as f64;
            }
        }
        renumber(&rows, &mut pos);
    }
    rows
}

/// Split rows wider than `MAX_ROW_WIDTH` into several.
fn wrap_rows(rows: Vec<Vec<usize>>, sizes: &[(i64, i64)]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for row in rows {
        let mut current: Vec<usize> = Vec::new();
        let mut width = 0;
        for v in row {
            let w = sizes[v].0;
            if !current.is_empty() && width + NODE_GAP + w > MAX_ROW_WIDTH {
                out.push(std::mem::take(&mut current));
                width = 0;
            }
            width += if current.is_empty() { w } else { NODE_GAP + w };
            current.push(v);
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

/// Coordinates: each row below the previous one; each node as near the
/// middle of its parents as the row's spacing allows, then (going back up)
/// each parent over the middle of its children.
fn place(rows: Vec<Vec<usize>>, sizes: &[(i64, i64)], dag: &[(usize, usize)]) -> Layout {
    let n = sizes.len();
    let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in dag {
        parents[b].push(a);
        children[a].push(b);
    }
    let mut boxes = vec![Placed::default(); n];
    let mut placed = vec![false; n];
    let mut y = MARGIN;
    for row in &rows {
        let height = row.iter().map(|&v| sizes[v].1).max().unwrap_or(0);
        for &v in row {
            let (w, h) = sizes[v];
            boxes[v] = Placed { x: 0, y: y + (height - h) / 2, w, h };
        }
        align(row, &parents, &mut boxes, &mut placed);
        y += height + ROW_GAP;
    }
    for row in rows.iter().rev().skip(1) {
        align(row, &children, &mut boxes, &mut placed);
    }
    let left = boxes.iter().map(|b| b.x).min().unwrap_or(0);
    for b in &mut boxes {
        b.x += MARGIN - left;
    }
    let width = boxes.iter().map(|b| b.x + b.w).max().unwrap_or(0) + MARGIN;
    let height = if rows.is_empty() { 2 * MARGIN } else { y - ROW_GAP + MARGIN };
    Layout { boxes, width: width.max(2 * MARGIN), height }
}

/// Set the x of a row's boxes from the centres of their placed `toward`
/// neighbours (see `spread`); a box without any stays where it was, if it
/// was placed.
fn align(row: &[usize], toward: &[Vec<usize>], boxes: &mut [Placed], placed: &mut [bool]) {
    let centre = |b: &Placed| b.x as f64 + b.w as f64 / 2.0;
    let wanted: Vec<Option<f64>> = row
        .iter()
        .map(|&v| {
            let near = mean(toward[v].iter().filter(|&&u| placed[u]).map(|&u| centre(&boxes[u])));
            near.or_else(|| placed[v].then(|| centre(&boxes[v])))
        })
        .collect();
    let widths: Vec<i64> = row.iter().map(|&v| boxes[v].w).collect();
    for (&v, x) in row.iter().zip(spread(&widths, &wanted)) {
        boxes[v].x = x;
        placed[v] = true;
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, c), v| (s + v, c + 1));
    (count > 0).then(|| sum / count as f64)
}

/// Left edges for a row of boxes of these widths: packed left to right,
/// each no further left than its wanted centre, then the whole row shifted
/// so that on average boxes sit where they are wanted.
fn spread(widths: &[i64], wanted: &[Option<f64>]) -> Vec<i64> {
    let mut xs = Vec::with_capacity(widths.len());
    let mut next = 0i64;
    let mut drift = Vec::new();
    for (&w, want) in widths.iter().zip(wanted) {
        let x = match want {
            Some(c) => next.max((c - w as f64 / 2.0).round() as i64),
            None => next,
        };
        if let Some(c) = want {
            drift.push(c - (x as f64 + w as f64 / 2.0));
        }
        xs.push(x);
        next = x + w + NODE_GAP;
    }
    let shift = mean(drift.into_iter()).unwrap_or(0.0).round() as i64;
    xs.iter().map(|x| x + shift).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_point_down_and_boxes_do_not_overlap() {
        let sizes = vec![(80, 40); 5];
        let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 0), (4, 3)];
        let l = layout(&sizes, &edges);
        assert!(l.boxes[1].y > l.boxes[0].y && l.boxes[3].y > l.boxes[1].y);
        for (i, a) in l.boxes.iter().enumerate() {
            for b in &l.boxes[i + 1..] {
                let apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
                assert!(apart, "{a:?} {b:?}");
            }
            assert!(a.x >= MARGIN && a.x + a.w <= l.width);
        }
    }

    #[test]
    fn empty_and_wide_graphs() {
        let l = layout(&[], &[]);
        assert!(l.width > 0 && l.height > 0);
        let sizes = vec![(100, 30); 1000];
        let edges: Vec<(usize, usize)> = (1..1000).map(|i| (0, i)).collect();
        let l = layout(&sizes, &edges);
        assert!(l.width <= MAX_ROW_WIDTH + 2 * MARGIN + 200, "{}", l.width);
    }
}
