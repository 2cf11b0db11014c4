//! A forgiving reader of the graphviz dot language, enough for the graphs
//! objgraph writes (and hand-written ones like them): node and edge
//! statements with attribute lists, `node`/`edge` defaults, edge chains,
//! comments and quoted strings. Subgraph structure and graph attributes
//! are read past; anything it cannot make sense of is skipped, never an
//! error.

/// Bounds that keep a huge or hostile file from exhausting memory.
const MAX_NODES: usize = 20_000;
const MAX_EDGES: usize = 100_000;

#[derive(Clone, Debug, Default)]
pub struct Attrs(Vec<(String, String)>);

impl Attrs {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn merge(&mut self, other: &Attrs) {
        for (k, v) in &other.0 {
            self.0.retain(|(key, _)| key != k);
            self.0.push((k.clone(), v.clone()));
        }
    }
}

#[derive(Debug)]
pub struct Node {
    pub name: String,
    pub attrs: Attrs,
}

#[derive(Debug)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub attrs: Attrs,
}

#[derive(Debug, Default)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Id(String),
    Arrow,
    Open,
    Close,
    LBracket,
    RBracket,
    Eq,
    Sep,
    Colon,
}

/// The tokens of `text`; unknown characters are dropped.
fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        i += 1;
        match c {
            '/' if next == Some('/') => i = skip_line(&chars, i),
            '#' => i = skip_line(&chars, i),
            '/' if next == Some('*') => i = skip_comment(&chars, i + 1),
            '-' if next == Some('>') || next == Some('-') => {
                toks.push(Tok::Arrow);
                i += 1;
            }
            '{' => toks.push(Tok::Open),
            '}' => toks.push(Tok::Close),
            '[' => toks.push(Tok::LBracket),
            ']' => toks.push(Tok::RBracket),
            '=' => toks.push(Tok::Eq),
            ';' | ',' => toks.push(Tok::Sep),
            ':' => toks.push(Tok::Colon),
            '"' => i = read_quoted(&chars, i, &mut toks),
            '<' => i = read_html(&chars, i, &mut toks),
            c if is_id_char(c) || c == '-' || c == '.' => {
                let start = i - 1;
                while i < chars.len() && (is_id_char(chars[i]) || chars[i] == '.') {
                    i += 1;
                }
                toks.push(Tok::Id(chars[start..i].iter().collect()));
            }
            _ => {}
        }
    }
    toks
}

fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || !c.is_ascii()
}

fn skip_line(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i] != '\n' {
        i += 1;
    }
    i
}

fn skip_comment(chars: &[char], mut i: usize) -> usize {
    while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
        i += 1;
    }
    (i + 2).min(chars.len())
}

/// A quoted string from just after its opening quote: `\"` is a quote,
/// backslash-newline continues the line, other escapes stay for the label.
fn read_quoted(chars: &[char], mut i: usize, toks: &mut Vec<Tok>) -> usize {
    let mut s = String::new();
    while i < chars.len() && chars[i] != '"' {
        match (chars[i], chars.get(i + 1)) {
            ('\\', Some('"')) => {
                s.push('"');
                i += 2;
            }
            ('\\', Some('\n')) => i += 2,
            ('\\', Some(&c)) => {
                s.push('\\');
                s.push(c);
                i += 2;
            }
            (c, _) => {
                s.push(c);
                i += 1;
            }
        }
    }
    toks.push(Tok::Id(s));
    i + 1
}

/// An HTML-like string `<...>` (nested brackets balanced), kept as text.
fn read_html(chars: &[char], mut i: usize, toks: &mut Vec<Tok>) -> usize {
    let mut depth = 1;
    let start = i;
    while i < chars.len() {
        match chars[i] {
            '<' => depth += 1,
            '>' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    toks.push(Tok::Id(chars[start..i.min(chars.len())].iter().collect()));
    i + 1
}

/// Statement-by-statement reader over the tokens.
struct Reader {
    toks: Vec<Tok>,
    pos: usize,
    graph: Graph,
    node_defaults: Attrs,
    edge_defaults: Attrs,
    index: std::collections::HashMap<String, usize>,
}

impl Reader {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    /// `[k=v, ...]` lists (several may follow each other).
    fn attr_lists(&mut self) -> Attrs {
        let mut attrs = Attrs::default();
        while self.peek() == Some(&Tok::LBracket) {
            self.pos += 1;
            while let Some(t) = self.next() {
                match t {
                    Tok::RBracket => break,
                    Tok::Id(k) if self.peek() == Some(&Tok::Eq) => {
                        self.pos += 1;
                        if let Some(Tok::Id(v)) = self.peek().cloned() {
                            self.pos += 1;
                            attrs.0.push((k, v));
                        }
                    }
                    _ => {}
                }
            }
        }
        attrs
    }

    fn node(&mut self, name: &str) -> Option<usize> {
        if let Some(&i) = self.index.get(name) {
            return Some(i);
        }
        if self.graph.nodes.len() >= MAX_NODES {
            return None;
        }
        let i = self.graph.nodes.len();
        self.graph.nodes.push(Node { name: name.to_string(), attrs: self.node_defaults.clone() });
        self.index.insert(name.to_string(), i);
        Some(i)
    }

    /// An identifier with an optional `:port` (and `:compass`), ignored.
    fn skip_port(&mut self) {
        while self.peek() == Some(&Tok::Colon) {
            self.pos += 1;
            if matches!(self.peek(), Some(Tok::Id(_))) {
                self.pos += 1;
            }
        }
    }

    fn statement(&mut self, first: String) {
        match (first.as_str(), self.peek()) {
            ("node" | "edge" | "graph", Some(Tok::LBracket)) => {
                let attrs = self.attr_lists();
                match first.as_str() {
                    "node" => self.node_defaults.merge(&attrs),
                    "edge" => self.edge_defaults.merge(&attrs),
                    _ => {}
                }
            }
            ("subgraph", _) => {
                if matches!(self.peek(), Some(Tok::Id(_))) {
                    self.pos += 1;
                }
            }
            (_, Some(Tok::Eq)) => {
                self.pos += 2; // a graph attribute `name = value`
            }
            _ => self.node_or_edges(first),
        }
    }

    fn node_or_edges(&mut self, first: String) {
        self.skip_port();
        let mut chain = vec![first];
        while self.peek() == Some(&Tok::Arrow) {
            self.pos += 1;
            match self.peek().cloned() {
                Some(Tok::Id(n)) => {
                    self.pos += 1;
                    self.skip_port();
                    chain.push(n);
                }
                _ => break,
            }
        }
        let attrs = self.attr_lists();
        let ids: Vec<Option<usize>> = chain.iter().map(|n| self.node(n)).collect();
        if let [Some(only)] = ids[..] {
            if let Some(n) = self.graph.nodes.get_mut(only) {
                n.attrs.merge(&attrs);
            }
            return;
        }
        for pair in ids.windows(2) {
            if let [Some(from), Some(to)] = *pair {
                if self.graph.edges.len() < MAX_EDGES {
                    let mut a = self.edge_defaults.clone();
                    a.merge(&attrs);
                    self.graph.edges.push(Edge { from, to, attrs: a });
                }
            }
        }
    }
}

/// Read a dot graph; whatever cannot be understood is left out.
pub fn parse(text: &str) -> Graph {
    let toks = tokenize(text);
    let start = toks.iter().position(|t| *t == Tok::Open).map_or(toks.len(), |p| p + 1);
    let mut r = Reader {
        toks,
        pos: start,
        graph: Graph::default(),
        node_defaults: Attrs::default(),
        edge_defaults: Attrs::default(),
        index: std::collections::HashMap::new(),
    };
    while let Some(t) = r.next() {
        if let Tok::Id(name) = t {
            r.statement(name);
        }
    }
    r.graph
}

/// A label's text as lines: `\n`, `\l` and `\r` end lines, `\\` is a
/// backslash, `\N` the node's name; other escapes drop the backslash.
pub fn label_lines(label: &str, node_name: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut chars = label.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            push_char(&mut lines, c);
            continue;
        }
        match chars.next() {
            Some('n' | 'l' | 'r') => lines.push(String::new()),
            Some('N') => node_name.chars().for_each(|c| push_char(&mut lines, c)),
            Some(other) => push_char(&mut lines, other),
            None => push_char(&mut lines, '\\'),
        }
    }
    if lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

fn push_char(lines: &mut Vec<String>, c: char) {
    if c == '\n' {
        lines.push(String::new());
    } else if let Some(l) = lines.last_mut() {
        l.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "digraph ObjectGraph {\n  node[shape=box, style=filled, fillcolor=white];\n  o1[fontcolor=red];\n  o1[label=\"list\\n3 items\"];\n  o1 -> o2;\n  o2 -> o3 [label=\"x\",weight=2];\n  o1->too_many_o1[color=red,style=dotted,len=0.25,weight=10];\n}\n";

    #[test]
    fn reads_objgraph_output() {
        let g = parse(SAMPLE);
        let names: Vec<&str> = g.nodes.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(names, ["o1", "o2", "o3", "too_many_o1"]);
        assert_eq!(g.nodes[0].attrs.get("label"), Some("list\\n3 items"));
        assert_eq!(g.nodes[0].attrs.get("fontcolor"), Some("red"));
        assert_eq!(g.nodes[2].attrs.get("fillcolor"), Some("white"));
        assert_eq!(g.edges.len(), 3);
        assert_eq!(g.edges[1].attrs.get("label"), Some("x"));
        assert_eq!(g.edges[2].attrs.get("style"), Some("dotted"));
        assert_eq!(label_lines("list\\n3 items", "o1"), ["list", "3 items"]);
    }

    #[test]
    fn survives_garbage() {
        for text in ["", "}", "digraph {", "a -> -> [", "\"unterminated", "/* open", "<<<", "x[label=]", "{ a:p -> b:q:n }"] {
            let _ = parse(text);
        }
        assert_eq!(parse("digraph { a -> b -> c }").edges.len(), 2);
        assert_eq!(label_lines("a\\\\b\\", "n"), ["a\\b\\"]);
    }
}
