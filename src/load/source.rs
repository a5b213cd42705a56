//! One Markdown file: read it safely, check that it is UTF-8 text, split the front matter.

use std::io::Read;
use std::path::Path;

use super::RawDoc;
use crate::diagnostic::{Diagnostic, Pos, Rule};
use crate::lang::Language;
use crate::model::SourceFile;
use crate::yaml::{self, Node};

/// Files above this size are refused: no handbook page is that large, and reading
/// one whole into memory should not be what a stray export does to a build.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// The parts of a document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    /// The YAML between the two `---` lines; `None` when the file has no front matter.
    pub yaml: Option<&'a str>,
    pub body: &'a str,
    /// File line on which the body starts.
    pub body_line: u32,
}

fn is_fence(line: &str) -> bool {
    line.trim_end_matches(['\r', '\n', ' ', '\t']) == "---"
}

/// Splits front matter from the body. `Err` holds nothing: the only failure is a
/// front matter that is opened on line 1 and never closed.
#[allow(clippy::result_unit_err)]
pub fn split_front_matter(text: &str) -> Result<FrontMatter<'_>, ()> {
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if !is_fence(&text[..first_end]) {
        return Ok(FrontMatter {
            yaml: None,
            body: text,
            body_line: 1,
        });
    }
    let mut offset = first_end;
    let mut line = 2u32;
    while offset < text.len() {
        let end = text[offset..]
            .find('\n')
            .map_or(text.len(), |i| offset + i + 1);
        if is_fence(&text[offset..end]) {
            return Ok(FrontMatter {
                yaml: Some(&text[first_end..offset]),
                body: &text[end..],
                body_line: line + 1,
            });
        }
        offset = end;
        line += 1;
    }
    Err(())
}

/// Line and column (1-based, in characters) of a byte offset.
fn line_col(text: &[u8], at: usize) -> Pos {
    let before = &text[..at.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Pos::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// The bytes of `file` as text, or the `encoding` finding for binary data or bytes
/// that are not UTF-8.
fn text_of(bytes: Vec<u8>, file: &str, lang: Language) -> Result<String, Diagnostic> {
    if let Some(at) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(Diagnostic::new(
            Rule::Encoding,
            file,
            line_col(&bytes, at),
            say!(
                lang,
                "this file ends in .md but holds binary data, not text",
                "Diese Datei endet auf .md, enthält aber Binärdaten statt Text"
            ),
        )
        .with_help(say!(
            lang,
            "rename it if it is not a Markdown page (okrbook copies other files as they are)",
            "Die Datei umbenennen, wenn sie keine Markdown-Seite ist (andere Dateien kopiert okrbook unverändert)"
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let byte = bytes.get(at).copied().unwrap_or(0);
        Diagnostic::new(
            Rule::Encoding,
            file,
            line_col(&bytes, at),
            say!(
                lang,
                "this file is not UTF-8: byte 0x{byte:02X} here is not valid UTF-8 text",
                "Diese Datei ist nicht in UTF-8 gespeichert: Das Byte 0x{byte:02X} hier ist kein gültiger UTF-8-Text"
            ),
        )
        .with_help(say!(
            lang,
            "save the file as UTF-8 (in most editors: \"Save with encoding\" → UTF-8); Windows-1252 or Latin-1 umlauts cause this",
            "Die Datei als UTF-8 speichern (in den meisten Editoren: „Mit Kodierung speichern“ → UTF-8); Umlaute in Windows-1252 oder Latin-1 verursachen das"
        ))
    })
}

/// Reads one file under `content/`. Never panics on what is in the file.
pub(super) fn read_document(
    root: &Path,
    rel: &str,
    index: usize,
    lang: Language,
) -> (SourceFile, Option<RawDoc>, Vec<Diagnostic>) {
    let file = format!("content/{rel}");
    let mut diags = Vec::new();
    let empty = |path: &str| SourceFile {
        path: path.to_string(),
        text: "".into(),
    };
    let path = root.join("content").join(rel);
    let bytes = match read_limited(&path) {
        Ok(b) => b,
        Err(ReadError::TooLarge(size)) => {
            diags.push(too_large(&file, size, lang));
            return (empty(&file), None, diags);
        }
        Err(ReadError::Io(e)) => {
            diags.push(unreadable(&file, &e, lang));
            return (empty(&file), None, diags);
        }
    };
    let text = match text_of(bytes, &file, lang) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return (empty(&file), None, diags);
        }
    };
    let text = strip_bom(text);
    let doc = split_document(&text, rel, index, &file, lang, &mut diags);
    (
        SourceFile {
            path: file,
            text: text.into(),
        },
        Some(doc),
        diags,
    )
}

/// The text without a leading byte-order mark, which some Windows editors write.
pub fn strip_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

fn too_large(file: &str, size: u64, lang: Language) -> Diagnostic {
    let (size, max) = (
        crate::lang::number(size as f64 / 1048576.0, lang),
        MAX_FILE_BYTES / 1048576,
    );
    Diagnostic::new(
        Rule::Io,
        file,
        Pos::line(1),
        say!(
            lang,
            "this file is {size} MiB; okrbook reads Markdown files of up to {max} MiB",
            "Diese Datei ist {size} MiB groß; okrbook liest Markdown-Dateien bis {max} MiB"
        ),
    )
    .with_help(say!(
        lang,
        "split the page into several files, or move large data out of content/",
        "Die Seite auf mehrere Dateien aufteilen oder große Daten aus content/ herausnehmen"
    ))
}

/// A file that exists but cannot be read (permissions, a folder with that name …).
pub fn unreadable(file: &str, e: &std::io::Error, lang: Language) -> Diagnostic {
    Diagnostic::new(
        Rule::Io,
        file,
        Pos::line(1),
        say!(
            lang,
            "cannot read this file: {e}",
            "Diese Datei kann nicht gelesen werden: {e}"
        ),
    )
    .with_help(check_the_file(lang))
}

/// The help of every finding about a file that cannot be read.
pub fn check_the_file(lang: Language) -> String {
    say!(
        lang,
        "check that the file exists and that you may read it",
        "Prüfen, ob die Datei existiert und gelesen werden darf"
    )
}

fn split_document(
    text: &str,
    rel: &str,
    index: usize,
    file: &str,
    lang: Language,
    diags: &mut Vec<Diagnostic>,
) -> RawDoc {
    let range_of = |part: &str| {
        let start = part.as_ptr() as usize - text.as_ptr() as usize;
        start..start + part.len()
    };
    match split_front_matter(text) {
        Ok(fm) => RawDoc {
            file: index,
            rel: rel.to_string(),
            yaml: fm.yaml.map(range_of),
            body: range_of(fm.body),
            body_line: fm.body_line,
            broken: false,
        },
        Err(()) => {
            diags.push(
                Diagnostic::new(
                    Rule::FrontMatter,
                    file,
                    Pos::new(1, 1),
                    say!(
                        lang,
                        "the front matter opened on line 1 is never closed",
                        "Die in Zeile 1 geöffnete Front Matter wird nie geschlossen"
                    ),
                )
                .with_help(say!(
                    lang,
                    "add a line that holds only `---` after the last front matter key",
                    "Nach dem letzten Schlüssel der Front Matter eine Zeile einfügen, die nur `---` enthält"
                )),
            );
            RawDoc {
                file: index,
                rel: rel.to_string(),
                yaml: None,
                body: text.len()..text.len(),
                body_line: 1,
                broken: true,
            }
        }
    }
}

/// Parses a document's front matter (the YAML between the `---` lines, which start on
/// line 2 of the file) into its top-level mapping.
pub fn parse_front_matter(yaml_text: &str, file: &str, lang: Language) -> Result<Node, Diagnostic> {
    let node = yaml::parse(yaml_text, 1).map_err(|e| {
        let what = e.message(lang);
        Diagnostic::new(
            Rule::FrontMatter,
            file,
            e.pos,
            say!(
                lang,
                "the front matter is not valid YAML: {what}",
                "Die Front Matter ist kein gültiges YAML: {what}"
            ),
        )
        .with_help(e.help(lang))
    })?;
    if node.is_null() || node.as_map().is_some() {
        return Ok(node);
    }
    let is = node.type_name(lang);
    Err(Diagnostic::new(
        Rule::FrontMatter,
        file,
        node.pos,
        say!(
            lang,
            "the front matter must be a list of `key: value` lines, but it is {is}",
            "Die Front Matter muss aus Zeilen der Form `Schlüssel: Wert` bestehen, ist aber {is}"
        ),
    )
    .with_help(say!(
        lang,
        "write one `key: value` per line between the two `---` lines",
        "Zwischen die beiden `---`-Zeilen pro Zeile ein `Schlüssel: Wert` schreiben"
    )))
}

enum ReadError {
    TooLarge(u64),
    Io(std::io::Error),
}

fn read_limited(path: &Path) -> Result<Vec<u8>, ReadError> {
    let f = std::fs::File::open(path).map_err(ReadError::Io)?;
    let size = f.metadata().map_err(ReadError::Io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(size));
    }
    let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Bounded even if the file grows while it is read.
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(ReadError::Io)?;
    if buf.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(buf.len() as u64));
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file that cannot be read (gone after the walk, or locked: as root, which CI
    /// runs as, permissions lock nothing, so a vanished file stands in) is an `io` error
    /// at line 1 that says why, and no document.
    #[test]
    fn a_file_that_cannot_be_read_is_an_io_error_at_line_1() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        for (lang, words) in [
            (Language::En, "cannot read this file: "),
            (Language::De, "Diese Datei kann nicht gelesen werden: "),
        ] {
            let (file, doc, diags) = read_document(dir.path(), "gone.md", 0, lang);
            assert!(doc.is_none());
            assert_eq!(file.path, "content/gone.md");
            assert_eq!(diags.len(), 1, "{diags:?}");
            let d = &diags[0];
            assert_eq!((d.rule, d.line), (Rule::Io, 1));
            assert!(d.message.starts_with(words), "{}", d.message);
            assert!(
                d.message.len() > words.len(),
                "the reason follows: {}",
                d.message
            );
        }
    }

    #[test]
    fn splits_front_matter_and_counts_body_line() {
        let fm = split_front_matter("---\ntitle: x\n---\nBody\n").unwrap();
        assert_eq!(fm.yaml, Some("title: x\n"));
        assert_eq!(fm.body, "Body\n");
        assert_eq!(fm.body_line, 4);
    }

    #[test]
    fn crlf_and_no_front_matter() {
        let fm = split_front_matter("---\r\ntitle: x\r\n---\r\nBody").unwrap();
        assert_eq!(fm.yaml, Some("title: x\r\n"));
        assert_eq!(fm.body, "Body");
        let fm = split_front_matter("# Title\n---\n").unwrap();
        assert_eq!(fm.yaml, None);
        assert_eq!(fm.body_line, 1);
        let fm = split_front_matter("").unwrap();
        assert_eq!(fm.yaml, None);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(split_front_matter("---\ntitle: x\n").is_err());
        assert!(split_front_matter("---").is_err());
    }

    #[test]
    fn line_col_counts_characters() {
        let t = "ab\nÄöx".as_bytes();
        assert_eq!(line_col(t, 3 + 4), Pos::new(2, 3));
    }
}
