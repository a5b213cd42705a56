//! Links between documents: relative links to `.md` files and wiki links by id, their
//! positions in the file, the heading anchors they may point to, and what they resolve to.
//! `check` uses this to report `broken-link`; the site uses it to rewrite links.

use std::collections::{BTreeSet, HashMap};

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use rayon::prelude::*;

use crate::diagnostic::Pos;
use crate::lang::Language;
use crate::model::{Handbook, Kind};

/// The Markdown extensions okrbook enables everywhere.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_WIKILINKS
}

/// A heading's anchor: lowercase, letters and digits kept, spaces to `-`, the rest dropped
/// (`Net Promoter Score (NPS)` → `net-promoter-score-nps`).
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '_' {
            out.extend(c.to_lowercase());
        } else if (c == ' ' || c == '-') && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// A heading found in a body: level, text, anchor.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub level: HeadingLevel,
    pub text: String,
    pub anchor: String,
}

/// The headings of a Markdown text with unique anchors (`x`, `x-1`, `x-2` …).
pub fn headings(body: &str) -> Vec<Heading> {
    let mut out: Vec<Heading> = Vec::new();
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut current: Option<(HeadingLevel, Option<String>, String)> = None;
    for event in Parser::new_ext(body, markdown_options()) {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                current = Some((level, id.map(|s| s.to_string()), String::new()))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, text)) = &mut current {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, text)) = current.take() {
                    let base = id.unwrap_or_else(|| slugify(&text));
                    let n = used.entry(base.clone()).or_insert(0);
                    let anchor = if *n == 0 {
                        base.clone()
                    } else {
                        format!("{base}-{n}")
                    };
                    *n += 1;
                    out.push(Heading {
                        level,
                        text,
                        anchor,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// Anchors of every document's file: its headings, and for an objective the ids of its
/// key results (the objective page shows each key result under its id).
pub fn collect_anchors(hb: &Handbook) -> HashMap<usize, BTreeSet<String>> {
    let mut bodies: Vec<(usize, &str)> = Vec::new();
    bodies.extend(hb.cycles.iter().map(|d| (d.meta.file, &*d.meta.body)));
    bodies.extend(hb.teams.iter().map(|d| (d.meta.file, &*d.meta.body)));
    bodies.extend(hb.principles.iter().map(|d| (d.meta.file, &*d.meta.body)));
    bodies.extend(hb.objectives.iter().map(|d| (d.meta.file, &*d.meta.body)));
    bodies.extend(hb.pages.iter().map(|d| (d.meta.file, &*d.meta.body)));
    bodies.extend(
        hb.key_results
            .iter()
            .filter(|k| k.objective_ref.is_some())
            .map(|d| (d.meta.file, &*d.meta.body)),
    );
    let mut anchors: HashMap<usize, BTreeSet<String>> = bodies
        .par_iter()
        .map(|&(file, body)| {
            let set = if body.contains('#') {
                headings(body).into_iter().map(|h| h.anchor).collect()
            } else {
                BTreeSet::new()
            };
            (file, set)
        })
        .collect();
    for o in &hb.objectives {
        let set = anchors.entry(o.meta.file).or_default();
        set.extend(
            o.key_results
                .iter()
                .map(|&k| hb.key_results[k].meta.id.clone()),
        );
    }
    anchors
}

/// A link as written in a body.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub dest: String,
    pub wiki: bool,
    /// Position in the file (not in the body).
    pub pos: Pos,
}

/// Every link and image in a body, with its position in the file.
pub fn find_links(body: &str, body_line: u32) -> Vec<Link> {
    if !body.contains('[') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut places = Places::new(body, body_line);
    for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
        let (dest, link_type) = match event {
            Event::Start(Tag::Link {
                dest_url,
                link_type,
                ..
            }) => (dest_url, link_type),
            Event::Start(Tag::Image {
                dest_url,
                link_type,
                ..
            }) => (dest_url, link_type),
            _ => continue,
        };
        if matches!(link_type, LinkType::Autolink | LinkType::Email) {
            continue;
        }
        out.push(Link {
            dest: dest.to_string(),
            wiki: matches!(link_type, LinkType::WikiLink { .. }),
            pos: places.at(range.start),
        });
    }
    out
}

/// Turns byte offsets into a body into positions in its file. Offsets are asked for
/// mostly in the order of the text (as the Markdown parser reports them): each answer
/// costs only the text between it and the one before, so that many links on one long
/// line stay linear.
pub struct Places<'a> {
    text: &'a str,
    first_line: u32,
    /// The offset last asked for, and its line and column (in characters, from 1).
    at: usize,
    line: u32,
    column: u32,
}

impl<'a> Places<'a> {
    /// Offsets into `text`, whose first line is line `first_line` of its file.
    pub fn new(text: &'a str, first_line: u32) -> Self {
        Places {
            text,
            first_line,
            at: 0,
            line: first_line,
            column: 1,
        }
    }

    /// The position of the byte at `offset` (clamped to the text, and to the start of
    /// the character it falls into).
    pub fn at(&mut self, offset: usize) -> Pos {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.at {
            let back = &self.text[offset..self.at];
            if back.contains('\n') {
                // Back across a line: count again from the start (rare).
                self.at = 0;
                self.line = self.first_line;
                self.column = 1;
            } else {
                self.column -= back.chars().count() as u32;
                self.at = offset;
            }
        }
        for c in self.text[self.at..offset].chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.at = offset;
        Pos::new(self.line, self.column)
    }
}

/// Where a link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Outside the handbook (`https:`, `mailto:`, `//host`) or a site URL we do not check.
    External,
    /// A document of the handbook; `file` is its index in `Handbook::files`.
    Document {
        kind: Kind,
        index: usize,
        file: usize,
        anchor: Option<String>,
    },
    /// A file under `content/` that is copied as it is; path relative to `content/`.
    Asset(String),
}

/// Why a link does not resolve; the text is the message of `broken-link`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub message: String,
    pub help: String,
}

fn has_scheme(dest: &str) -> bool {
    let mut chars = dest.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && dest.find(':').is_some_and(|i| {
            dest[..i]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        })
}

/// Joins a relative path onto a folder, refusing to climb above `content/`.
fn normalize(folder: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = if path.starts_with('/') {
        Vec::new()
    } else {
        folder.split('/').filter(|s| !s.is_empty()).collect()
    };
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// An index from ids and paths to documents, built once per handbook (kept as
/// `Handbook::links`, read by `broken-link` and the site).
#[derive(Debug, Clone, Default)]
/// Its maps hash with foldhash: `serve` builds it again after every save, with an entry
/// for each of tens of thousands of documents.
pub struct LinkIndex {
    by_id: foldhash::HashMap<(Kind, String), (usize, usize)>,
    /// `content/…` path → (kind, index).
    by_path: foldhash::HashMap<String, (Kind, usize)>,
    /// File name without `.md` → one `content/…` path with that name, for suggestions.
    by_name: foldhash::HashMap<String, String>,
    /// Markdown files that exist but are no document (broken front matter, bad id): a
    /// link to one is not broken too, the file's own error is the cause.
    unreadable: foldhash::HashSet<String>,
    assets: BTreeSet<String>,
}

impl LinkIndex {
    pub fn new(hb: &Handbook) -> Self {
        let docs = hb.objectives.len() + hb.key_results.len() + hb.teams.len();
        let mut by_id: foldhash::HashMap<_, _> = foldhash::HashMapExt::with_capacity(docs);
        let mut by_path: foldhash::HashMap<_, _> =
            foldhash::HashMapExt::with_capacity(hb.files.len());
        let mut add = |kind: Kind, i: usize, meta: &crate::model::Meta, own_file: bool| {
            by_id.insert((kind, meta.id.clone()), (i, meta.file));
            if own_file {
                by_path.insert(hb.files[meta.file].path.clone(), (kind, i));
            }
        };
        for (i, d) in hb.objectives.iter().enumerate() {
            add(Kind::Objective, i, &d.meta, true);
        }
        for (i, d) in hb.key_results.iter().enumerate() {
            add(Kind::KeyResult, i, &d.meta, d.objective_ref.is_some());
        }
        for (i, d) in hb.principles.iter().enumerate() {
            add(Kind::Principle, i, &d.meta, true);
        }
        for (i, d) in hb.teams.iter().enumerate() {
            add(Kind::Team, i, &d.meta, true);
        }
        for (i, d) in hb.cycles.iter().enumerate() {
            add(Kind::Cycle, i, &d.meta, true);
        }
        for (i, d) in hb.pages.iter().enumerate() {
            add(Kind::Page, i, &d.meta, true);
        }
        let mut by_name: foldhash::HashMap<String, String> =
            foldhash::HashMapExt::with_capacity(by_path.len());
        for path in by_path.keys() {
            let name = path
                .rsplit('/')
                .next()
                .unwrap_or("")
                .trim_end_matches(".md");
            let slot = by_name
                .entry(name.to_string())
                .or_insert_with(|| path.clone());
            if path < slot {
                *slot = path.clone();
            }
        }
        let unreadable = hb
            .files
            .iter()
            .map(|f| &f.path)
            .filter(|p| p.starts_with("content/") && !by_path.contains_key(*p))
            .cloned()
            .collect();
        LinkIndex {
            by_id,
            by_path,
            by_name,
            unreadable,
            assets: hb.assets.iter().cloned().collect(),
        }
    }

    /// Resolves `dest` as written in the file at `from` (a `content/…` path).
    pub fn resolve(
        &self,
        hb: &Handbook,
        from: &str,
        from_file: usize,
        link: &Link,
    ) -> Result<Target, Broken> {
        let dest = link.dest.trim();
        if link.wiki {
            return self.resolve_wiki(hb, dest);
        }
        if dest.is_empty() || has_scheme(dest) || dest.starts_with("//") {
            return Ok(Target::External);
        }
        let (path, anchor) = match dest.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (dest, None),
        };
        let path = path.split('?').next().unwrap_or("");
        if path.is_empty() {
            let anchor = anchor.unwrap_or("");
            return self
                .check_anchor(hb, from_file, anchor)
                .map(|_| Target::External);
        }
        let path = percent_decode(path);
        let folder = from.rsplit_once('/').map_or("", |(f, _)| f);
        if !path.to_ascii_lowercase().ends_with(".md") {
            return self.resolve_file(hb, dest, folder, &path);
        }
        let full = if path.starts_with('/') {
            normalize("content", &path)
        } else {
            normalize(folder, &path)
        };
        let Some(full) = full.filter(|f| f.starts_with("content/")) else {
            return Err(outside(dest, hb.config.language));
        };
        let Some(&(kind, index)) = self.by_path.get(&full) else {
            if self.unreadable.contains(&full) {
                // Its front matter is broken; that error is the one to fix.
                return Ok(Target::External);
            }
            return Err(self.no_document(dest, &full, hb.config.language));
        };
        let file = hb.meta(kind, index).file;
        if let Some(a) = anchor {
            self.check_anchor(hb, file, a)?;
        }
        Ok(Target::Document {
            kind,
            index,
            file,
            anchor: anchor.map(str::to_string),
        })
    }

    /// A link to something other than a Markdown file: a site URL (`/objectives/x/`)
    /// or a folder is not a file that can be checked; a file with an extension must be
    /// an asset under `content/`.
    fn resolve_file(
        &self,
        hb: &Handbook,
        dest: &str,
        folder: &str,
        path: &str,
    ) -> Result<Target, Broken> {
        let file_name = path.rsplit('/').next().unwrap_or("");
        if path.starts_with('/') || path.ends_with('/') || !file_name.contains('.') {
            return Ok(Target::External);
        }
        let lang = hb.config.language;
        let Some(full) = normalize(folder, path) else {
            return Err(outside(dest, lang));
        };
        let rel = full.strip_prefix("content/").unwrap_or(&full).to_string();
        if self.assets.contains(&rel) {
            return Ok(Target::Asset(rel));
        }
        Err(Broken {
            message: say!(
                lang,
                "the link `{dest}` points to a file that does not exist",
                "Der Link `{dest}` zeigt auf eine Datei, die es nicht gibt"
            ),
            help: relative_help(lang),
        })
    }

    /// A link to `full`, a Markdown file that is not there; the help names a file of
    /// the same name elsewhere.
    fn no_document(&self, dest: &str, full: &str, lang: Language) -> Broken {
        let name = full
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".md");
        let help = self.by_name.get(name).map_or_else(
            || relative_help(lang),
            |p| {
                say!(
                    lang,
                    "did you mean `{p}`? (paths are relative to this file's folder)",
                    "Meinten Sie `{p}`? (Pfade gehen vom Ordner dieser Datei aus)"
                )
            },
        );
        Broken {
            message: say!(
                lang,
                "the link `{dest}` points to `{full}`, which does not exist",
                "Der Link `{dest}` zeigt auf `{full}`, das es nicht gibt"
            ),
            help,
        }
    }

    fn check_anchor(&self, hb: &Handbook, file: usize, anchor: &str) -> Result<(), Broken> {
        if anchor.is_empty()
            || hb
                .anchors
                .get(&file)
                .is_some_and(|s| s.contains(&percent_decode(anchor)))
        {
            return Ok(());
        }
        let known: Vec<&str> = hb
            .anchors
            .get(&file)
            .map(|s| s.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let lang = hb.config.language;
        let help = match crate::fields::did_you_mean(anchor, &known) {
            Some(s) => crate::fields::meant(lang, &format!("#{s}")),
            None if known.is_empty() => say!(
                lang,
                "the target has no headings to link to",
                "Das Ziel hat keine Überschriften, auf die verlinkt werden kann"
            ),
            None => {
                let list = known
                    .iter()
                    .take(8)
                    .map(|a| format!("#{a}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                say!(lang, "anchors there: {list}", "Anker dort: {list}")
            }
        };
        let path = &hb.files[file].path;
        Err(Broken {
            message: say!(
                lang,
                "the anchor `#{anchor}` does not exist in {path}",
                "Den Anker `#{anchor}` gibt es in {path} nicht"
            ),
            help,
        })
    }

    fn resolve_wiki(&self, hb: &Handbook, dest: &str) -> Result<Target, Broken> {
        let lang = hb.config.language;
        let (target, anchor) = match dest.split_once('#') {
            Some((t, a)) => (t.trim(), Some(a.trim())),
            None => (dest, None),
        };
        let (kinds, id): (Vec<Kind>, &str) = match target.split_once(':') {
            Some((prefix, id)) => {
                let kind = match prefix.trim() {
                    "kr" | "key-result" => Kind::KeyResult,
                    "o" | "objective" => Kind::Objective,
                    "principle" => Kind::Principle,
                    "team" => Kind::Team,
                    "cycle" => Kind::Cycle,
                    "page" => Kind::Page,
                    other => {
                        return Err(Broken {
                            message: say!(
                                lang,
                                "the wiki link `[[{dest}]]` has the unknown prefix `{other}:`",
                                "Der Wiki-Link `[[{dest}]]` hat das unbekannte Präfix `{other}:`"
                            ),
                            help: say!(
                                lang,
                                "prefixes are kr:, objective:, principle:, team:, cycle: and page:",
                                "Präfixe sind kr:, objective:, principle:, team:, cycle: und page:"
                            ),
                        })
                    }
                };
                (vec![kind], id.trim())
            }
            None => (Kind::ALL.to_vec(), target),
        };
        for kind in kinds {
            if let Some(&(index, file)) = self.by_id.get(&(kind, id.to_string())) {
                if let Some(a) = anchor {
                    self.check_anchor(hb, file, a)?;
                }
                return Ok(Target::Document {
                    kind,
                    index,
                    file,
                    anchor: anchor.map(str::to_string),
                });
            }
            if hb.unreadable.contains(&(kind, id.to_string())) {
                return Ok(Target::External);
            }
        }
        let ids: Vec<&str> = self.by_id.keys().map(|(_, id)| id.as_str()).collect();
        let help = crate::fields::did_you_mean(id, &ids).map_or_else(
            || {
                say!(
                    lang,
                    "a wiki link names the id of a document: [[id]], or [[kr:id]] for a key result",
                    "Ein Wiki-Link nennt die Id eines Dokuments: [[id]], oder [[kr:id]] für ein Key Result"
                )
            },
            |s| crate::fields::meant(lang, &format!("[[{s}]]")),
        );
        Err(Broken {
            message: say!(
                lang,
                "the wiki link `[[{dest}]]` names no document",
                "Der Wiki-Link `[[{dest}]]` nennt kein Dokument"
            ),
            help,
        })
    }
}

fn outside(dest: &str, lang: Language) -> Broken {
    Broken {
        message: say!(
            lang,
            "the link `{dest}` leads outside content/",
            "Der Link `{dest}` führt aus content/ hinaus"
        ),
        help: say!(
            lang,
            "link to documents inside content/ only",
            "Nur auf Dokumente innerhalb von content/ verlinken"
        ),
    }
}

fn relative_help(lang: Language) -> String {
    say!(
        lang,
        "check the path: it is relative to this file's folder",
        "Den Pfad prüfen: Er geht vom Ordner dieser Datei aus"
    )
}

/// Decodes `%20` and friends; leaves malformed escapes as they are.
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    decode_percent(s, false).unwrap_or_else(|| s.to_string())
}

/// Decodes `%20` and friends; `None` for a malformed escape or bytes that are not UTF-8
/// (a request path that cannot be read must not be guessed at).
pub fn percent_decode_strict(s: &str) -> Option<String> {
    decode_percent(s, true)
}

fn decode_percent(s: &str, strict: bool) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let escape = s
                .get(i + 1..i + 3)
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match escape {
                Some(v) => {
                    out.push(v);
                    i += 3;
                    continue;
                }
                None if strict => return None,
                None => {}
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Net Promoter Score (NPS)"),
            "net-promoter-score-nps"
        );
        assert_eq!(slugify("Kündigungsquote & Churn"), "kündigungsquote-churn");
        assert_eq!(slugify("  a  b  "), "a-b");
    }

    #[test]
    fn headings_get_unique_anchors() {
        let h = headings("# A\n\n## A\n\n### B {#custom}\n");
        let a: Vec<_> = h.iter().map(|h| h.anchor.as_str()).collect();
        assert_eq!(a, ["a", "a-1", "custom"]);
    }

    #[test]
    fn links_carry_file_positions() {
        let body = "Intro\n\nSee [the guide](../x.md#a) and [[kr:nps]].\n\n![logo](img/ä.png)\n";
        let links = find_links(body, 5);
        let got: Vec<_> = links
            .iter()
            .map(|l| (l.dest.as_str(), l.wiki, l.pos))
            .collect();
        assert_eq!(
            got,
            [
                ("../x.md#a", false, Pos::new(7, 5)),
                ("kr:nps", true, Pos::new(7, 32)),
                ("img/ä.png", false, Pos::new(9, 1)),
            ]
        );
    }

    #[test]
    fn many_links_on_one_line_are_found_in_linear_time() {
        let body = "[a](x.md) ".repeat(40_000);
        // Quadratic column counting took seconds here; linear takes milliseconds.
        let links = find_links(&body, 3);
        assert_eq!(links.len(), 40_000);
        assert_eq!(links[39_999].pos, Pos::new(3, 399_991));
    }

    #[test]
    fn places_go_forward_and_back() {
        let text = "ab\nçd\n\nxyz";
        let mut p = Places::new(text, 10);
        assert_eq!(p.at(0), Pos::new(10, 1));
        assert_eq!(p.at(4), Pos::new(11, 1), "inside `ç`: its start");
        assert_eq!(p.at(5), Pos::new(11, 2));
        assert_eq!(p.at(10), Pos::new(13, 3));
        assert_eq!(p.at(9), Pos::new(13, 2));
        assert_eq!(p.at(1), Pos::new(10, 2));
        assert_eq!(p.at(99), Pos::new(13, 4));
    }

    #[test]
    fn paths_never_climb_out() {
        assert_eq!(
            normalize("content/a", "../b.md").as_deref(),
            Some("content/b.md")
        );
        assert_eq!(normalize("content", "../../etc/passwd"), None);
        assert_eq!(normalize("", "../x"), None);
        assert!(has_scheme("https://x"));
        assert!(has_scheme("mailto:a@b"));
        assert!(!has_scheme("../a.md"));
        assert!(!has_scheme("a.md"));
        assert_eq!(percent_decode("a%20b%2"), "a b%2");
    }
}
