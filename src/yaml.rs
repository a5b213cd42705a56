//! A YAML node tree that remembers where every key and value stands in the file.
//!
//! The tree is built from the events of `granit-parser`, the YAML 1.2 parser that
//! serde-saphyr is built on. Front matter is read into this tree rather than straight
//! into typed structs so that one wrong field becomes one finding at its own line while
//! the rest of the document still loads, and so that unknown keys keep their position.
//! Scalars stay text until a field asks for a type; the YAML 1.2 core schema decides
//! what a plain scalar means (`null`, `true`, `12`, `4.5`), and the core tags (`!!int`,
//! `!!bool`, `!!null`, `!!str`) mean what YAML says.
//!
//! Syntax errors are explained in the words of the mistake people made (a `: ` inside a
//! value, a tab, a quote or bracket never closed, a line indented wrongly) and placed
//! where that mistake is, which is not always where the parser noticed it.

use std::collections::{HashMap, HashSet};

use granit_parser::{ErrorKind, Event, Parser, ScalarStyle, ScanError};

use crate::diagnostic::Pos;
use crate::lang::Language;

/// Nesting deeper than this is refused: front matter has no use for it, and a
/// pathological `[[[[…` must not exhaust the stack when the tree is dropped.
pub const MAX_DEPTH: usize = 64;
/// Aliases may repeat nodes; this bounds what a "billion laughs" document can expand to.
pub const MAX_NODES: usize = 200_000;
/// Aliases may also repeat long texts: a 2 MB value used a thousand times would be 2 GB.
/// This bounds the text that aliases copy, whatever the number of nodes.
pub const MAX_ALIAS_BYTES: usize = 4 * 1024 * 1024;
/// Mappings up to this many keys look for a repeated key by comparing; larger ones keep
/// a set, so that a mapping of 100,000 keys is not checked in quadratic time.
const SMALL_MAP: usize = 16;

/// One YAML value with the position where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Any scalar, as text; `plain` is false for quoted, block and `!!str`-tagged
    /// scalars, which YAML never reads as numbers, booleans or null.
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

/// A YAML syntax error: where the mistake is (1-based line and column in the file) and
/// what kind of mistake it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub kind: SyntaxKind,
}

/// The mistakes okrbook explains in its own words; `Parser` keeps the parser's message
/// for everything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxKind {
    /// `title: CX: the basics`: a `: ` inside an unquoted value.
    ColonInValue,
    /// A tab where YAML wants spaces.
    Tab,
    /// A quote opened here and not closed on its line.
    UnclosedQuote(char),
    /// More text after the closing quote of a value.
    TextAfterQuote,
    /// A `[` or `{` that is never closed.
    UnclosedBracket(char),
    /// A line whose indentation fits no mapping or list above it.
    Indentation,
    /// A bracketed list or mapping that goes on over several lines and is indented less
    /// than its key.
    FlowIndentation,
    DuplicateKey(String),
    SecondDocument,
    UndefinedAlias(String),
    TooBig,
    ComplexKey,
    TooDeep,
    /// Any other error, with the parser's own message.
    Parser(String),
}

impl SyntaxError {
    /// What is wrong, in the handbook's language.
    pub fn message(&self, lang: Language) -> String {
        match &self.kind {
            SyntaxKind::ColonInValue => say!(
                lang,
                "this value holds `: `, which YAML reads as the start of another key",
                "dieser Wert enthält `: `, was YAML als Beginn eines weiteren Schlüssels liest"
            ),
            SyntaxKind::Tab => say!(
                lang,
                "a tab is used for indentation here",
                "hier wird mit einem Tabulator eingerückt"
            ),
            SyntaxKind::UnclosedQuote(q) => say!(
                lang,
                "the quote {q} opened here is not closed on this line",
                "das hier geöffnete Anführungszeichen {q} wird in dieser Zeile nicht geschlossen"
            ),
            SyntaxKind::TextAfterQuote => say!(
                lang,
                "there is more text after the closing quote of this value",
                "nach dem schließenden Anführungszeichen dieses Werts folgt weiterer Text"
            ),
            SyntaxKind::UnclosedBracket(b) => say!(
                lang,
                "the `{b}` opened here is never closed",
                "die hier geöffnete Klammer `{b}` wird nie geschlossen"
            ),
            SyntaxKind::Indentation => say!(
                lang,
                "the indentation of this line does not fit the lines above it",
                "die Einrückung dieser Zeile passt nicht zu den Zeilen darüber"
            ),
            SyntaxKind::FlowIndentation => say!(
                lang,
                "this line continues a value in brackets but is not indented further than its key",
                "diese Zeile setzt einen Wert in Klammern fort, ist aber nicht weiter eingerückt als sein Schlüssel"
            ),
            SyntaxKind::DuplicateKey(key) => say!(
                lang,
                "the key `{key}` appears twice in the same mapping",
                "der Schlüssel `{key}` steht zweimal auf derselben Ebene"
            ),
            SyntaxKind::SecondDocument => say!(
                lang,
                "this line splits the YAML into two documents; the file holds one",
                "diese Zeile teilt das YAML in zwei Dokumente; die Datei enthält nur eines"
            ),
            SyntaxKind::UndefinedAlias(name) => say!(
                lang,
                "the alias `*{name}` refers to an anchor `&{name}` that is not defined above it",
                "der Alias `*{name}` verweist auf einen Anker `&{name}`, der nicht weiter oben definiert ist"
            ),
            SyntaxKind::TooBig => {
                let (nodes, mib) = (MAX_NODES, MAX_ALIAS_BYTES >> 20);
                say!(
                    lang,
                    "the aliases expand to more than {nodes} values or {mib} MiB of text",
                    "die Aliase ergeben mehr als {nodes} Werte oder {mib} MiB Text"
                )
            }
            SyntaxKind::ComplexKey => say!(
                lang,
                "a key must be plain text, not a list or mapping",
                "ein Schlüssel muss einfacher Text sein, keine Liste oder Zuordnung"
            ),
            SyntaxKind::TooDeep => say!(
                lang,
                "values are nested more than {MAX_DEPTH} levels deep",
                "Werte sind mehr als {MAX_DEPTH} Ebenen tief verschachtelt"
            ),
            SyntaxKind::Parser(message) => say!(
                lang,
                "{message}",
                "der YAML-Parser meldet: „{message}“"
            ),
        }
    }

    /// What to do about it, in the handbook's language.
    pub fn help(&self, lang: Language) -> String {
        match &self.kind {
            SyntaxKind::ColonInValue => say!(
                lang,
                "put the value in quotes, e.g. title: \"CX: the basics\"",
                "Den Wert in Anführungszeichen setzen, z. B. title: \"CX: die Grundlagen\""
            ),
            SyntaxKind::Tab => say!(
                lang,
                "indent with spaces: YAML does not allow tabs for indentation",
                "Mit Leerzeichen einrücken: YAML erlaubt keine Tabulatoren zum Einrücken"
            ),
            SyntaxKind::UnclosedQuote(_) => say!(
                lang,
                "close the quote on the same line; a quoted value that goes on over several lines must be indented further than its key",
                "Das Anführungszeichen in derselben Zeile schließen; ein Wert in Anführungszeichen, der über mehrere Zeilen geht, muss weiter eingerückt sein als sein Schlüssel"
            ),
            SyntaxKind::TextAfterQuote => say!(
                lang,
                "put the whole value in quotes and use the other kind of quote inside, e.g. title: 'Customers say \"great\"'",
                "Den ganzen Wert in Anführungszeichen setzen und innen die andere Art verwenden, z. B. title: 'Kunden sagen \"super\"'"
            ),
            SyntaxKind::UnclosedBracket('{') => say!(
                lang,
                "close the mapping with `}}` on the same line, e.g. {{date: 2026-11-02, value: 31}}",
                "Die Zuordnung in derselben Zeile mit `}}` schließen, z. B. {{date: 2026-11-02, value: 31}}"
            ),
            SyntaxKind::UnclosedBracket(_) => say!(
                lang,
                "close the list with `]` on the same line, e.g. principles: [a, b]; a value that starts with `[` needs quotes",
                "Die Liste in derselben Zeile mit `]` schließen, z. B. principles: [a, b]; ein Wert, der mit `[` beginnt, braucht Anführungszeichen"
            ),
            SyntaxKind::Indentation => say!(
                lang,
                "indent the keys of one level by the same number of spaces, and start each list item with `- `",
                "Die Schlüssel einer Ebene gleich weit mit Leerzeichen einrücken und jeden Listeneintrag mit `- ` beginnen"
            ),
            SyntaxKind::FlowIndentation => say!(
                lang,
                "indent the continued lines further than the key, or write the brackets on one line",
                "Die Fortsetzungszeilen weiter einrücken als den Schlüssel oder die Klammern in eine Zeile schreiben"
            ),
            SyntaxKind::DuplicateKey(_) => say!(
                lang,
                "remove one of the two keys",
                "Einen der beiden Schlüssel entfernen"
            ),
            SyntaxKind::SecondDocument => say!(
                lang,
                "remove this `---` or `...` line: the file holds one YAML document",
                "Diese `---`- oder `...`-Zeile entfernen: die Datei enthält ein YAML-Dokument"
            ),
            SyntaxKind::UndefinedAlias(name) => say!(
                lang,
                "define `&{name}` on a value above, or write the value out instead of `*{name}`",
                "`&{name}` an einem Wert weiter oben definieren oder den Wert statt `*{name}` ausschreiben"
            ),
            SyntaxKind::TooBig => say!(
                lang,
                "write the values out instead of repeating them with aliases",
                "Die Werte ausschreiben, statt sie mit Aliasen zu wiederholen"
            ),
            SyntaxKind::ComplexKey => say!(
                lang,
                "write one `key: value` per line",
                "Pro Zeile ein `Schlüssel: Wert` schreiben"
            ),
            SyntaxKind::TooDeep => say!(
                lang,
                "front matter needs a few levels only; remove the extra brackets or indentation",
                "Front Matter braucht nur wenige Ebenen; überzählige Klammern oder Einrückungen entfernen"
            ),
            SyntaxKind::Parser(_) => say!(
                lang,
                "check the indentation and the quotes on this line and the one before",
                "Einrückung und Anführungszeichen in dieser und der vorigen Zeile prüfen"
            ),
        }
    }
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

    /// Whether the scalar was written in quotes (or as a block, or tagged `!!str`).
    pub fn is_quoted(&self) -> bool {
        matches!(&self.value, Value::Scalar { plain: false, .. })
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
    pub fn type_name(&self, lang: Language) -> &'static str {
        let (en, de) = match &self.value {
            Value::Seq(_) => ("a list", "eine Liste"),
            Value::Map(_) => ("a mapping of keys", "eine Zuordnung von Schlüsseln"),
            Value::Scalar { text, plain } => {
                if !*plain {
                    ("text in quotes", "Text in Anführungszeichen")
                } else if is_null_text(text) {
                    ("nothing (an empty value)", "leer")
                } else if self.as_bool().is_some() {
                    ("true/false", "true/false")
                } else if parse_number(text).is_some() {
                    ("a number", "eine Zahl")
                } else {
                    ("text", "Text")
                }
            }
        };
        lang.pick(en, de)
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
    Builder::new(text, line_offset).run()
}

enum Frame {
    Seq {
        items: Vec<Node>,
        pos: Pos,
        anchor: usize,
    },
    Map {
        entries: Vec<Entry>,
        /// The keys, once the mapping is too large to compare them one by one.
        keys: Option<HashSet<String>>,
        pos: Pos,
        anchor: usize,
        key: Option<(String, Pos)>,
    },
}

/// A node kept for its anchor, with what copying it costs.
struct Anchored {
    node: Node,
    nodes: usize,
    bytes: usize,
}

struct Builder<'t> {
    text: &'t str,
    line_offset: u32,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Anchored>,
    nodes: usize,
    alias_bytes: usize,
    root: Option<Node>,
    /// Where the last event ended (0-based line of the YAML text, 0-based column).
    last_end: (usize, usize),
}

/// A scalar as a node. Core tags mean what YAML says: `!!int 3` is a number, `!!str
/// 3` text. A scalar on one line stands for exactly its text, quotes included.
fn scalar(
    text: String,
    style: ScalarStyle,
    tag: Option<&granit_parser::Tag>,
    pos: Pos,
    span: &granit_parser::Span,
) -> Node {
    let plain = match tag {
        None => style == ScalarStyle::Plain,
        Some(t) => matches!(t.core_suffix(), Some("int" | "float" | "bool" | "null")),
    };
    let pos = if span.end.line() == span.start.line() {
        pos.to(u32::try_from(span.end.col() + 1).unwrap_or(u32::MAX))
    } else {
        pos
    };
    Node {
        value: Value::Scalar { text, plain },
        pos,
    }
}

impl<'t> Builder<'t> {
    fn new(text: &'t str, line_offset: u32) -> Self {
        Builder {
            text,
            line_offset,
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            alias_bytes: 0,
            root: None,
            last_end: (0, 0),
        }
    }

    /// A position in the file from a 1-based line and 0-based column of the YAML text.
    fn at(&self, line: usize, col: usize) -> Pos {
        let line = u32::try_from(line).unwrap_or(u32::MAX);
        let col = u32::try_from(col).unwrap_or(u32::MAX);
        Pos::new(line.saturating_add(self.line_offset), col.saturating_add(1))
    }

    fn run(mut self) -> Result<Node, SyntaxError> {
        let options = granit_parser::options! {
            strict_indentation: true,
            emit_unresolved_aliases: true,
        };
        let mut documents = 0;
        // Where the first document was ended by a `...` line, if it was.
        let mut ended_at = None;
        for item in Parser::new_from_str_with_options(self.text, options) {
            let (event, span) = item.map_err(|e| self.explain(&e))?;
            let pos = self.at(span.start.line(), span.start.col());
            self.last_end = (span.end.line(), span.end.col());
            match event {
                Event::DocumentStart(explicit, _) => {
                    documents += 1;
                    if documents > 1 {
                        // Without its own `---`, the second document is there because
                        // of the `...` line: that is the line to remove.
                        let pos = if explicit {
                            pos
                        } else {
                            ended_at.unwrap_or(pos)
                        };
                        return Err(SyntaxError {
                            pos,
                            kind: SyntaxKind::SecondDocument,
                        });
                    }
                }
                Event::DocumentEnd if span.start != span.end => ended_at = Some(pos),
                Event::Scalar(text, style, anchor, tag) => {
                    let node = scalar(text.into_owned(), style, tag.as_deref(), pos, &span);
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
                            keys: None,
                            pos,
                            anchor,
                            key: None,
                        },
                        pos,
                    )?;
                }
                Event::SequenceEnd | Event::MappingEnd => self.close()?,
                Event::Alias(id) => self.alias(id, pos)?,
                Event::UnresolvedAlias(name) => {
                    return Err(SyntaxError {
                        pos,
                        kind: SyntaxKind::UndefinedAlias(name.into_owned()),
                    });
                }
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
                kind: SyntaxKind::TooDeep,
            });
        }
        self.count(1, 0, pos)?;
        self.stack.push(frame);
        Ok(())
    }

    fn close(&mut self) -> Result<(), SyntaxError> {
        let (node, anchor) = match self.stack.pop() {
            Some(Frame::Seq {
                items, pos, anchor, ..
            }) => (
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
            None => return Ok(()),
        };
        self.push(node, anchor)
    }

    /// A copy of an anchored node, within the bounds on nodes and copied text.
    fn alias(&mut self, id: usize, pos: Pos) -> Result<(), SyntaxError> {
        let Some((nodes, bytes)) = self.anchors.get(&id).map(|a| (a.nodes, a.bytes)) else {
            return Err(SyntaxError {
                pos,
                kind: SyntaxKind::UndefinedAlias(id.to_string()),
            });
        };
        self.count(nodes, bytes, pos)?;
        let node = Node {
            pos,
            ..self.anchors[&id].node.clone()
        };
        // The copy was counted above; `push` counts only its own slot.
        self.nodes -= 1;
        self.push(node, 0)
    }

    fn count(&mut self, nodes: usize, bytes: usize, pos: Pos) -> Result<(), SyntaxError> {
        self.nodes += nodes;
        self.alias_bytes += bytes;
        if self.nodes > MAX_NODES || self.alias_bytes > MAX_ALIAS_BYTES {
            return Err(SyntaxError {
                pos,
                kind: SyntaxKind::TooBig,
            });
        }
        Ok(())
    }

    /// Hands a finished node to the collection being built, or makes it the root.
    fn push(&mut self, node: Node, anchor: usize) -> Result<(), SyntaxError> {
        self.count(1, 0, node.pos)?;
        if anchor != 0 {
            let (nodes, bytes) = size_of(&node);
            self.anchors.insert(
                anchor,
                Anchored {
                    node: node.clone(),
                    nodes,
                    bytes,
                },
            );
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries, keys, key, ..
            }) => match key.take() {
                None => {
                    let Value::Scalar { text, .. } = node.value else {
                        return Err(SyntaxError {
                            pos: node.pos,
                            kind: SyntaxKind::ComplexKey,
                        });
                    };
                    if is_repeated(entries, keys, &text) {
                        return Err(SyntaxError {
                            pos: node.pos,
                            kind: SyntaxKind::DuplicateKey(text),
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

    /// Turns the parser's error into the mistake a person made, at the place they made it.
    fn explain(&self, e: &ScanError) -> SyntaxError {
        let m = e.marker();
        let here = (m.line(), m.col());
        let at = |(line, col): (usize, usize)| self.at(line, col);
        let error = |place, kind| SyntaxError {
            pos: at(place),
            kind,
        };
        let flow = open_bracket(self.text, here);
        match e.kind() {
            ErrorKind::TabInPlainScalar
            | ErrorKind::TabInIndentation
            | ErrorKind::TabNotAllowed
            | ErrorKind::TabInBlockIndentation
            | ErrorKind::TabAtBlockScalarStart => {
                let tab = find_after(self.text, here, |c| c == '\t').map(|(p, _)| p);
                error(tab.unwrap_or(here), SyntaxKind::Tab)
            }
            ErrorKind::UnclosedQuotedScalar
            | ErrorKind::InvalidQuotedScalarIndent
            | ErrorKind::InvalidTrailingDoubleQuotedScalar
            | ErrorKind::InvalidTrailingSingleQuotedScalar
            | ErrorKind::DocumentIndicatorInQuotedScalar => {
                let opened = find_after(self.text, self.last_end, |c| c == '"' || c == '\'');
                match opened {
                    Some((place, q)) if place.0 < here.0 => {
                        error(place, SyntaxKind::UnclosedQuote(q))
                    }
                    _ if matches!(
                        e.kind(),
                        ErrorKind::InvalidTrailingDoubleQuotedScalar
                            | ErrorKind::InvalidTrailingSingleQuotedScalar
                    ) =>
                    {
                        error(here, SyntaxKind::TextAfterQuote)
                    }
                    Some((place, q)) => error(place, SyntaxKind::UnclosedQuote(q)),
                    None => error(here, SyntaxKind::UnclosedQuote('"')),
                }
            }
            ErrorKind::InvalidColonPlacement
            | ErrorKind::InvalidIndentation
            | ErrorKind::UnclosedFlowCollection { .. }
            | ErrorKind::UnexpectedEofFlowSequence
            | ErrorKind::UnexpectedEofFlowMapping
            | ErrorKind::UnexpectedEofImplicitFlowMapping
            | ErrorKind::ExpectedFlowSequenceSeparator
            | ErrorKind::ExpectedFlowMappingSeparator
            | ErrorKind::InvalidFlowScalarIndent
            | ErrorKind::MappingValueNotAllowed
                if flow.is_some_and(|(place, _)| place.0 < here.0) =>
            {
                let (place, bracket) = flow.expect("checked above");
                if is_closed(self.text, place) {
                    error(here, SyntaxKind::FlowIndentation)
                } else {
                    error(place, SyntaxKind::UnclosedBracket(bracket))
                }
            }
            ErrorKind::MappingValueNotAllowed if colon_before(self.text, here) => {
                error(here, SyntaxKind::ColonInValue)
            }
            ErrorKind::MappingValueNotAllowed
            | ErrorKind::ExpectedBlockMappingKey
            | ErrorKind::ExpectedBlockSequenceEntry
            | ErrorKind::InvalidIndentation
            | ErrorKind::BlockSequenceEntryNotAllowed
            | ErrorKind::MappingKeyNotAllowed => error(here, SyntaxKind::Indentation),
            ErrorKind::RecursionLimitExceeded => error(here, SyntaxKind::TooDeep),
            _ => error(here, SyntaxKind::Parser(e.info())),
        }
    }
}

/// Whether a key is already in a mapping; large mappings keep their keys in a set.
fn is_repeated(entries: &[Entry], keys: &mut Option<HashSet<String>>, key: &str) -> bool {
    if let Some(set) = keys {
        return !set.insert(key.to_string());
    }
    if entries.iter().any(|e| e.key == key) {
        return true;
    }
    if entries.len() >= SMALL_MAP {
        let mut set: HashSet<String> = entries.iter().map(|e| e.key.clone()).collect();
        set.insert(key.to_string());
        *keys = Some(set);
    }
    false
}

/// The number of nodes in a tree and the bytes of its text.
fn size_of(node: &Node) -> (usize, usize) {
    match &node.value {
        Value::Scalar { text, .. } => (1, text.len()),
        Value::Seq(items) => items.iter().map(size_of).fold((1, 0), add),
        Value::Map(entries) => entries
            .iter()
            .map(|e| {
                let (n, b) = size_of(&e.value);
                (n + 1, b + e.key.len())
            })
            .fold((1, 0), add),
    }
}

fn add(a: (usize, usize), b: (usize, usize)) -> (usize, usize) {
    (a.0 + b.0, a.1 + b.1)
}

/// The first character matching `want` at or after (1-based line, 0-based column), with
/// its place.
fn find_after(
    text: &str,
    (line, col): (usize, usize),
    want: impl Fn(char) -> bool,
) -> Option<((usize, usize), char)> {
    for (i, l) in text.lines().enumerate().skip(line.saturating_sub(1)) {
        let skip = if i + 1 == line { col } else { 0 };
        if let Some((c, ch)) = l.chars().enumerate().skip(skip).find(|&(_, ch)| want(ch)) {
            return Some(((i + 1, c), ch));
        }
    }
    None
}

/// Whether the line before the parser's stop holds `key: ` already, so that the `: ` it
/// stopped at is inside a value.
fn colon_before(text: &str, (line, col): (usize, usize)) -> bool {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else {
        return false;
    };
    let before: String = l.chars().take(col).collect();
    before.contains(": ") || before.contains(":\t")
}

/// The brackets and quotes of the YAML text, as a person reads them: `[`, `{` and their
/// closing ones outside quotes and comments. A quote opens only where a value starts, so
/// that the apostrophe in "don't" is not taken for one.
fn brackets(text: &str) -> impl Iterator<Item = ((usize, usize), char)> + '_ {
    text.lines().enumerate().flat_map(|(i, line)| {
        let mut quote: Option<char> = None;
        let mut prev = ' ';
        let mut out = Vec::new();
        for (c, ch) in line.chars().enumerate() {
            match (quote, ch) {
                (Some(q), _) if ch == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if " :-[{,".contains(prev) => quote = Some(ch),
                (None, '#') if prev == ' ' || c == 0 => break,
                (None, '[' | '{' | ']' | '}') => out.push(((i + 1, c), ch)),
                _ => {}
            }
            if !ch.is_whitespace() {
                prev = ch;
            }
        }
        out
    })
}

/// The innermost `[` or `{` still open at (1-based line, 0-based column).
fn open_bracket(text: &str, before: (usize, usize)) -> Option<((usize, usize), char)> {
    let mut stack = Vec::new();
    for (place, ch) in brackets(text).take_while(|(place, _)| *place < before) {
        match ch {
            '[' | '{' => stack.push((place, ch)),
            _ => {
                stack.pop();
            }
        }
    }
    stack.pop()
}

/// Whether the bracket at (1-based line, 0-based column) is closed somewhere after it.
fn is_closed(text: &str, at: (usize, usize)) -> bool {
    let mut depth = 0i64;
    for (_, ch) in brackets(text).skip_while(|(place, _)| *place < at) {
        depth += if matches!(ch, '[' | '{') { 1 } else { -1 };
        if depth == 0 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(p: Pos) -> (u32, Option<u32>) {
        (p.line, p.column)
    }

    fn err(text: &str) -> SyntaxError {
        parse(text, 0).expect_err(text)
    }

    #[test]
    fn keys_and_values_keep_their_positions() {
        let n = parse(
            "title: Hallo\nkey_results:\n  - title: NPS\n    target: 35\n",
            1,
        )
        .unwrap();
        let title = n.get("title").unwrap();
        assert_eq!(title.key_pos, Pos::new(2, 1).to(6));
        assert_eq!(title.value.pos, Pos::new(2, 8).to(13));
        let krs = n.get("key_results").unwrap().value.as_seq().unwrap();
        let kr_title = krs[0].get("title").unwrap();
        assert_eq!(at(kr_title.key_pos), (4, Some(5)));
        assert_eq!(krs[0].get("target").unwrap().value.as_number(), Some(35.0));
    }

    #[test]
    fn flow_list_items_stand_for_exactly_their_text() {
        let n = parse("owners: [a, Alex Morgan]\n", 0).unwrap();
        let items = n.get("owners").unwrap().value.as_seq().unwrap();
        assert_eq!(items[0].pos, Pos::new(1, 10).to(11));
        assert_eq!(items[1].pos, Pos::new(1, 13).to(24));
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
    fn core_tags_mean_what_yaml_says() {
        let n = parse(
            "a: !!int 3\nb: !!bool true\nc: !!null\nd: !!str 3\ne: !!float \"4.5\"\nf: !custom 7\n",
            0,
        )
        .unwrap();
        let v = |k: &str| &n.get(k).unwrap().value;
        assert_eq!(v("a").as_number(), Some(3.0));
        assert_eq!(v("b").as_bool(), Some(true));
        assert!(v("c").is_null());
        assert_eq!(v("d").as_number(), None, "!!str is text");
        assert_eq!(v("d").as_text(), Some("3"));
        assert_eq!(v("e").as_number(), Some(4.5));
        assert_eq!(v("f").as_number(), None, "an unknown tag keeps the text");
    }

    #[test]
    fn a_colon_in_a_value_asks_for_quotes() {
        let e = err("title: CX: the basics\nowner: x\n");
        assert_eq!(e.kind, SyntaxKind::ColonInValue);
        assert_eq!(e.pos.line, 1);
        assert!(e.help(Language::En).contains("quotes"), "{e:?}");
        assert!(e.help(Language::De).contains("Anführungszeichen"));
        // An over-indented key is about indentation, not quotes.
        let e = err("title: a\nowner: b\n  team: c\ncycle: d\n");
        assert_eq!((e.kind, e.pos.line), (SyntaxKind::Indentation, 3));
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let mut text = String::from("title: a\nowner: b\nteam: c\ncycle: d\nkind: \"committed\n");
        text.push_str("key_results:\n  - title: x\n    target: 3\n");
        text.push_str("  - title: y\n    unit: \"%\"\n    target: 4\nprinciples: [a]\n");
        let e = err(&text);
        assert_eq!(e.kind, SyntaxKind::UnclosedQuote('"'));
        assert_eq!(at(e.pos), (5, Some(7)));
        let e = err("title: 'Kunden\nowner: b\n");
        assert_eq!((e.kind, e.pos.line), (SyntaxKind::UnclosedQuote('\''), 1));
        let e = err("title: \"Kunden\" sagen\n");
        assert_eq!((e.kind, e.pos.line), (SyntaxKind::TextAfterQuote, 1));
    }

    #[test]
    fn a_tab_is_reported_on_its_own_line() {
        let e = err("title: a\nowner: b\n\tteam: c\ncycle: d\n");
        assert_eq!(e.kind, SyntaxKind::Tab);
        assert_eq!(at(e.pos), (3, Some(1)));
        let e = err("title: a\nkey_results:\n  - title: x\n\ttarget: 3\n");
        assert_eq!((e.kind, e.pos.line), (SyntaxKind::Tab, 4));
    }

    #[test]
    fn misplaced_keys_are_reported_at_their_line() {
        for (text, line) in [
            ("title: a\nkey_results:\n  - title: x\n    target: 3\n   unit: '%'\n  - title: y\nowner: z\n", 5),
            ("title: a\nkey_results:\n  - title: x\n    checkins:\n      - {date: 2026-10-01, value: 1}\n     target: 3\n  - title: y\n", 6),
            ("title: a\nkey_results:\n  - title: x\n    target: 3\n target: 5\n  - title: y\n", 5),
        ] {
            let e = err(text);
            assert_eq!((e.kind.clone(), e.pos.line), (SyntaxKind::Indentation, line), "{text}");
        }
    }

    #[test]
    fn an_unclosed_bracket_is_reported_where_it_opens() {
        let e = err("title: Customers stay\nkey_results:\n  - title: [unclosed\n    target: 3\n");
        assert_eq!(e.kind, SyntaxKind::UnclosedBracket('['));
        assert_eq!(at(e.pos), (3, Some(12)));
        let e = err("title: a\nprinciples: [a, b\nowner: c\nteam: d\n");
        assert_eq!((e.kind, e.pos.line), (SyntaxKind::UnclosedBracket('['), 2));
    }

    #[test]
    fn strict_indentation_refuses_what_the_yaml_test_suite_calls_invalid() {
        // A quoted string continued on a line indented with a tab (test suite DK95).
        let e = err("key: \"a\n\tb\"\n");
        assert_eq!(e.kind, SyntaxKind::Tab);
        // A multi-line flow sequence less indented than its key (9C9N).
        let e = err("key:\n  - [a,\nb]\n");
        assert_eq!((e.kind, e.pos.line), (SyntaxKind::FlowIndentation, 3));
        // A multi-line quoted scalar less indented than its key (QB6E).
        let e = err("quoted: \"a\nb\nc\"\n");
        assert_eq!(e.pos.line, 1);
        assert!(matches!(e.kind, SyntaxKind::UnclosedQuote('"')), "{e:?}");
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        let e = parse("title: [a\nb: c\n", 1).unwrap_err();
        assert_eq!(e.pos.line, 2);
        let e = parse("a: 'x\n", 1).unwrap_err();
        assert_eq!(e.pos.line, 2);
    }

    #[test]
    fn every_kind_of_error_says_something_in_both_languages() {
        for text in [
            "title: CX: the basics\n",
            "a: 1\n\tb: 2\n",
            "a: \"x\nb: 2\n",
            "a: \"x\" y\n",
            "a: [x\nb: 2\n",
            "a: 1\n  b: 2\n",
            "a: 1\na: 2\n",
            "a: *nowhere\n",
            "[a]: b\n",
            "a: 1\n---\nb: 2\n",
            "a: !<tag:yaml.org,2002:str x\n",
        ] {
            let e = err(text);
            for lang in [Language::En, Language::De] {
                assert!(!e.message(lang).trim().is_empty(), "{text:?} {e:?}");
                assert!(!e.help(lang).trim().is_empty(), "{text:?} {e:?}");
            }
            assert_ne!(e.message(Language::En), e.message(Language::De), "{text:?}");
        }
    }

    #[test]
    fn duplicate_keys_are_refused_at_the_second_key() {
        let e = parse("title: a\nowner: b\ntitle: c\n", 0).unwrap_err();
        assert_eq!(e.pos.line, 3);
        assert_eq!(e.kind, SyntaxKind::DuplicateKey("title".into()));
        // Large mappings are checked with a set: the repeat is still found.
        let mut big: String = (0..5000).map(|i| format!("k{i}: {i}\n")).collect();
        big.push_str("k4321: again\n");
        let e = parse(&big, 0).unwrap_err();
        assert_eq!(
            (e.kind, e.pos.line),
            (SyntaxKind::DuplicateKey("k4321".into()), 5001)
        );
    }

    /// 99,000 keys (about as many as `MAX_NODES` lets a mapping have) took minutes when
    /// each key was compared with all before it, about 4.9 billion comparisons. A
    /// mapping keeps its keys in a set once it is larger than a few, so the repeat at
    /// the end is found in a moment.
    #[test]
    fn a_repeat_among_99000_keys_is_found_without_comparing_every_pair() {
        let n = 99_000;
        let mut big: String = (0..n).map(|i| format!("k{i}: {i}\n")).collect();
        big.push_str("k98765: again\n");
        let e = parse(&big, 0).unwrap_err();
        assert_eq!(
            (e.kind, e.pos.line),
            (SyntaxKind::DuplicateKey("k98765".into()), n + 1)
        );
    }

    #[test]
    fn a_second_document_is_reported_at_the_line_that_starts_it() {
        for text in ["a: 1\n---\nb: 2\n", "a: 1\n...\nb: 2\n"] {
            let e = parse(text, 0).unwrap_err();
            assert_eq!(e.kind, SyntaxKind::SecondDocument, "{text}");
            assert_eq!(at(e.pos), (2, Some(1)), "{text}");
        }
        assert!(parse("---\na: 1\n...\n", 0).is_ok(), "one document, marked");
    }

    #[test]
    fn undefined_aliases_get_their_own_message() {
        let e = err("title: *foo\n");
        assert_eq!(e.kind, SyntaxKind::UndefinedAlias("foo".into()));
        assert!(e.message(Language::En).contains("*foo"));
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
        assert_eq!(err(&laughs).kind, SyntaxKind::TooBig);
        // Few nodes, much text: a long anchored value used many times.
        let long = "x".repeat(1 << 20);
        let mut text = format!("a: &big \"{long}\"\nb: [");
        text.push_str(&["*big"; 8].join(", "));
        text.push_str("]\n");
        assert_eq!(err(&text).kind, SyntaxKind::TooBig);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = format!(
            "{}a{}",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        let e = parse(&deep, 0).unwrap_err();
        assert_eq!(e.kind, SyntaxKind::TooDeep);
        assert_eq!(at(e.pos), (1, Some(MAX_DEPTH as u32 + 1)));
        let far = "[".repeat(10_000);
        assert_eq!(parse(&far, 0).unwrap_err().kind, SyntaxKind::TooDeep);
        let fits = format!("{}a{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fits, 0).is_ok());
    }

    #[test]
    fn empty_text_is_null() {
        assert!(parse("", 0).unwrap().is_null());
    }
}
