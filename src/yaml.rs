//! A YAML node tree that remembers where every key and value stands in the file.
//!
//! The tree is built from the events of `granit-parser`, the YAML 1.2 parser that
//! serde-saphyr is built on. Front matter is read into this tree rather than straight
//! into typed structs so that one wrong field becomes one finding at its own line while
//! the rest of the document still loads, and so that unknown keys keep their position.
//! Scalars stay text until a field asks for a type; the YAML 1.2 core schema decides
//! what a plain scalar means (`null`, `true`, `12`, `4.5`).

use std::collections::HashMap;

use granit_parser::{Event, Parser, ScalarStyle};

use crate::diagnostic::Pos;

/// Nesting deeper than this is refused: front matter has no use for it, and a
/// pathological `[[[[…` must not exhaust the stack when the tree is dropped.
const MAX_DEPTH: usize = 64;
/// Aliases may repeat nodes; this bounds what a "billion laughs" document can expand to.
const MAX_NODES: usize = 200_000;

/// One YAML value with the position where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Any scalar, as text; `plain` is false for quoted, block and tagged scalars,
    /// which YAML never reads as numbers, booleans or null.
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

/// A key of a mapping, with its own position, and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_pos: Pos,
    pub value: Node,
}

/// A YAML syntax error, positioned in the parsed text (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub message: String,
}

impl Node {
    /// True for `~`, `null`, an empty value.
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar { text, plain: true } if is_null_text(text))
    }

    /// The text of a scalar; `None` for null, sequences and mappings.
    pub fn as_text(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, plain } if !(*plain && is_null_text(text)) => Some(text),
            _ => None,
        }
    }

    /// A boolean in the core schema: `true`/`false` in any of YAML's three spellings.
    pub fn as_bool(&self) -> Option<bool> {
        match &self.value {
            Value::Scalar { text, plain: true } => match text.as_str() {
                "true" | "True" | "TRUE" => Some(true),
                "false" | "False" | "FALSE" => Some(false),
                _ => None,
            },
            _ => None,
        }
    }

    /// A finite number from a plain scalar (`12`, `-3`, `4.5`, `1e3`, `0x1F`).
    pub fn as_number(&self) -> Option<f64> {
        match &self.value {
            Value::Scalar { text, plain: true } => parse_number(text),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[Entry]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value of `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.as_map()?.iter().find(|e| e.key == key)
    }

    /// A word for the value's type in messages: "a list", "a number", "text" ….
    pub fn type_name(&self) -> &'static str {
        match &self.value {
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping of keys",
            Value::Scalar { text, plain } => {
                if !*plain {
                    "text"
                } else if is_null_text(text) {
                    "nothing (an empty value)"
                } else if self.as_bool().is_some() {
                    "true/false"
                } else if parse_number(text).is_some() {
                    "a number"
                } else {
                    "text"
                }
            }
        }
    }
}

fn is_null_text(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// Parses a core-schema number. Infinity and NaN are refused: no key result can use them.
pub fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim();
    let (sign, digits) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    if let Some(hex) = digits.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok().map(|v| sign * v as f64);
    }
    if let Some(oct) = digits.strip_prefix("0o") {
        return i64::from_str_radix(oct, 8).ok().map(|v| sign * v as f64);
    }
    // Rust's parser also takes "inf", "nan" and "infinity"; YAML's numbers start with a digit or '.'.
    let first = digits.chars().next()?;
    if !(first.is_ascii_digit() || first == '.') {
        return None;
    }
    let v: f64 = digits.parse().ok()?;
    v.is_finite().then_some(sign * v)
}

/// Parses YAML text into one node. Empty text is a null scalar at line 1.
///
/// `line_offset` is added to every line, so that positions inside front matter are
/// positions in the whole file.
pub fn parse(text: &str, line_offset: u32) -> Result<Node, SyntaxError> {
    Builder::new(line_offset).run(text)
}

enum Frame {
    Seq {
        items: Vec<Node>,
        pos: Pos,
        anchor: usize,
    },
    Map {
        entries: Vec<Entry>,
        pos: Pos,
        anchor: usize,
        key: Option<(String, Pos)>,
    },
}

struct Builder {
    line_offset: u32,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    root: Option<Node>,
}

impl Builder {
    fn new(line_offset: u32) -> Self {
        Builder {
            line_offset,
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            root: None,
        }
    }

    fn pos(&self, m: &granit_parser::Marker) -> Pos {
        let line = u32::try_from(m.line()).unwrap_or(u32::MAX);
        let col = u32::try_from(m.col()).unwrap_or(u32::MAX);
        Pos::new(line.saturating_add(self.line_offset), col.saturating_add(1))
    }

    fn run(mut self, text: &str) -> Result<Node, SyntaxError> {
        let mut documents = 0;
        for item in Parser::new_from_str(text) {
            let (event, span) = item.map_err(|e| {
                let m = e.marker();
                SyntaxError {
                    pos: self.pos(m),
                    message: e.info().to_string(),
                }
            })?;
            let pos = self.pos(&span.start);
            match event {
                Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
                Event::DocumentStart(..) => {
                    documents += 1;
                    if documents > 1 {
                        return Err(SyntaxError {
                            pos,
                            message: "a second YAML document starts here; front matter holds one"
                                .into(),
                        });
                    }
                }
                Event::Scalar(text, style, anchor, tag) => {
                    let plain = style == ScalarStyle::Plain && tag.is_none();
                    let node = Node {
                        value: Value::Scalar {
                            text: text.into_owned(),
                            plain,
                        },
                        pos,
                    };
                    self.push(node, anchor)?;
                }
                Event::SequenceStart(_, anchor, _) => {
                    self.open(
                        Frame::Seq {
                            items: Vec::new(),
                            pos,
                            anchor,
                        },
                        pos,
                    )?;
                }
                Event::MappingStart(_, anchor, _) => {
                    self.open(
                        Frame::Map {
                            entries: Vec::new(),
                            pos,
                            anchor,
                            key: None,
                        },
                        pos,
                    )?;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let (node, anchor) = match self.stack.pop() {
                        Some(Frame::Seq { items, pos, anchor }) => (
                            Node {
                                value: Value::Seq(items),
                                pos,
                            },
                            anchor,
                        ),
                        Some(Frame::Map {
                            entries,
                            pos,
                            anchor,
                            ..
                        }) => (
                            Node {
                                value: Value::Map(entries),
                                pos,
                            },
                            anchor,
                        ),
                        None => continue,
                    };
                    self.push(node, anchor)?;
                }
                Event::Alias(id) => {
                    let node = self.anchors.get(&id).cloned().ok_or_else(|| SyntaxError {
                        pos,
                        message: "this alias refers to an anchor that is not defined above".into(),
                    })?;
                    self.nodes += count_nodes(&node);
                    if self.nodes > MAX_NODES {
                        return Err(too_big(pos));
                    }
                    self.push(Node { pos, ..node }, 0)?;
                }
                Event::UnresolvedAlias(name) => {
                    return Err(SyntaxError {
                        pos,
                        message: format!(
                            "the alias *{name} refers to an anchor that is not defined above"
                        ),
                    });
                }
                Event::Anchor(..) => {}
                #[allow(unreachable_patterns)]
                _ => {}
            }
        }
        Ok(self.root.unwrap_or(Node {
            value: Value::Scalar {
                text: String::new(),
                plain: true,
            },
            pos: Pos::new(1 + self.line_offset, 1),
        }))
    }

    fn open(&mut self, frame: Frame, pos: Pos) -> Result<(), SyntaxError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(SyntaxError {
                pos,
                message: format!("values are nested more than {MAX_DEPTH} levels deep"),
            });
        }
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(too_big(pos));
        }
        self.stack.push(frame);
        Ok(())
    }

    /// Hands a finished node to the collection being built, or makes it the root.
    fn push(&mut self, node: Node, anchor: usize) -> Result<(), SyntaxError> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(too_big(node.pos));
        }
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => {
                    let Value::Scalar { text, .. } = node.value else {
                        return Err(SyntaxError {
                            pos: node.pos,
                            message: "a key must be plain text, not a list or mapping".into(),
                        });
                    };
                    if entries.iter().any(|e| e.key == text) {
                        return Err(SyntaxError {
                            pos: node.pos,
                            message: format!("the key `{text}` appears twice in the same mapping"),
                        });
                    }
                    *key = Some((text, node.pos));
                }
                Some((k, key_pos)) => entries.push(Entry {
                    key: k,
                    key_pos,
                    value: node,
                }),
            },
        }
        Ok(())
    }
}

fn too_big(pos: Pos) -> SyntaxError {
    SyntaxError {
        pos,
        message: format!("the YAML expands to more than {MAX_NODES} values (too many aliases?)"),
    }
}

fn count_nodes(node: &Node) -> usize {
    match &node.value {
        Value::Scalar { .. } => 1,
        Value::Seq(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Value::Map(entries) => {
            1 + entries
                .iter()
                .map(|e| 1 + count_nodes(&e.value))
                .sum::<usize>()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_keep_their_positions() {
        let n = parse(
            "title: Hallo\nkey_results:\n  - title: NPS\n    target: 35\n",
            1,
        )
        .unwrap();
        let title = n.get("title").unwrap();
        assert_eq!(title.key_pos, Pos::new(2, 1));
        assert_eq!(title.value.pos, Pos::new(2, 8));
        let krs = n.get("key_results").unwrap().value.as_seq().unwrap();
        let kr_title = krs[0].get("title").unwrap();
        assert_eq!(kr_title.key_pos, Pos::new(4, 5));
        assert_eq!(krs[0].get("target").unwrap().value.as_number(), Some(35.0));
    }

    #[test]
    fn core_schema_scalars() {
        let n = parse(
            "a: 12\nb: '12'\nc: 4.5\nd: true\ne:\nf: ~\ng: 2026-10-01\nh: .inf\ni: -3\n",
            0,
        )
        .unwrap();
        let v = |k: &str| &n.get(k).unwrap().value;
        assert_eq!(v("a").as_number(), Some(12.0));
        assert_eq!(v("b").as_number(), None, "quoted text is not a number");
        assert_eq!(v("b").as_text(), Some("12"));
        assert_eq!(v("c").as_number(), Some(4.5));
        assert_eq!(v("d").as_bool(), Some(true));
        assert!(v("e").is_null());
        assert!(v("f").is_null());
        assert_eq!(v("g").as_text(), Some("2026-10-01"));
        assert_eq!(v("h").as_number(), None, "infinity is refused");
        assert_eq!(v("i").as_number(), Some(-3.0));
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        let e = parse("title: [a\nb: c\n", 1).unwrap_err();
        assert_eq!(e.pos.line, 3);
        let e = parse("a: 'x\n", 1).unwrap_err();
        assert_eq!(e.pos.line, 2);
    }

    #[test]
    fn duplicate_keys_are_refused_at_the_second_key() {
        let e = parse("title: a\nowner: b\ntitle: c\n", 0).unwrap_err();
        assert_eq!(e.pos.line, 3);
        assert!(e.message.contains("twice"), "{}", e.message);
    }

    #[test]
    fn aliases_are_expanded_but_bounded() {
        let n = parse("a: &x {v: 1}\nb: *x\n", 0).unwrap();
        assert_eq!(
            n.get("b")
                .unwrap()
                .value
                .get("v")
                .unwrap()
                .value
                .as_number(),
            Some(1.0)
        );
        let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            laughs.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let e = parse(&laughs, 0).unwrap_err();
        assert!(e.message.contains("expands"), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = "[".repeat(10_000);
        let e = parse(&deep, 0).unwrap_err();
        assert!(e.pos.line >= 1);
    }

    #[test]
    fn empty_text_is_null() {
        assert!(parse("", 0).unwrap().is_null());
    }
}
