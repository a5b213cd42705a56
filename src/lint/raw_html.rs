//! `raw-html`: what the site's cleaning removes from a body (an element, an attribute, a
//! link's address), reported where the author wrote it, and assets left out because a
//! browser would run script from them. Silent when `unsafe_html: true` keeps it all.

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Rule};
use crate::html::{removals, BadUrl, Removed};
use crate::lang::Language;
use crate::links::Places;
use crate::model::Handbook;
use crate::site::assets;

/// Removals reported one by one in a file; the rest are counted in one more finding, so
/// that a page of pasted HTML does not bury the report (and its memory) in thousands.
const MAX_PER_FILE: usize = 100;

pub fn raw_html(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    if hb.config.unsafe_html {
        return;
    }
    let lang = hb.config.language;
    let found: Vec<Diagnostic> = super::documents(hb)
        .par_iter()
        // Only these characters start what cleaning removes (`&` for an address whose
        // scheme is written as entities).
        .filter(|meta| meta.body.contains(['<', ':', '{', '&']))
        .flat_map_iter(|meta| {
            let file = hb.file_path(meta);
            let mut places = Places::new(&meta.body, meta.body_line);
            let found = removals(&meta.body);
            let more = found.len().saturating_sub(MAX_PER_FILE);
            let mut out: Vec<Diagnostic> = found
                .iter()
                .take(MAX_PER_FILE)
                .map(|r| {
                    let mut pos = places.at(r.at);
                    if let (Some(column), Some(width)) = (pos.column, width(&r.what)) {
                        pos = pos.to(column + width);
                    }
                    let (message, help) = words(&r.what, lang);
                    Diagnostic::new(Rule::RawHtml, file, pos, message).with_help(help)
                })
                .collect();
            if more > 0 {
                let pos = places.at(found[MAX_PER_FILE].at);
                out.push(
                    Diagnostic::new(
                        Rule::RawHtml,
                        file,
                        pos,
                        say!(
                            lang,
                            "from here on, {more} more pieces of HTML or links are removed in this file (only the first {MAX_PER_FILE} are reported one by one)",
                            "Ab hier werden in dieser Datei {more} weitere HTML-Stellen oder Links entfernt (nur die ersten {MAX_PER_FILE} werden einzeln gemeldet)"
                        ),
                    )
                    .with_help(say!(
                        lang,
                        "write the text in Markdown; `unsafe_html: true` in okrbook.yaml keeps all HTML, for handbooks whose authors are all trusted",
                        "Den Text in Markdown schreiben; `unsafe_html: true` in okrbook.yaml behält alles HTML, für Handbücher, deren Autorinnen und Autoren alle vertrauenswürdig sind"
                    )),
                );
            }
            out
        })
        .collect();
    out.extend(found);
    out.extend(hb.assets.iter().filter_map(|a| assets::left_out(a, lang)));
}

/// How many characters the removed thing takes where it is written, to underline it.
fn width(what: &Removed) -> Option<u32> {
    let chars = |s: &str| s.chars().count() as u32;
    match what {
        Removed::Element { name, .. } => Some(chars(name) + 1),
        Removed::Attribute { name, .. } | Removed::HeadingAttribute { name } => Some(chars(name)),
        Removed::Url { .. } | Removed::TooDeep => None,
    }
}

/// The message and help for one removal.
fn words(what: &Removed, lang: Language) -> (String, String) {
    let keep_html = || {
        say!(
            lang,
            "write it in Markdown or with the HTML okrbook keeps (`<details>`, `<kbd>`, `<sup>`, tables …); `unsafe_html: true` in okrbook.yaml keeps all HTML, for handbooks whose authors are all trusted",
            "Das in Markdown schreiben oder mit dem HTML, das okrbook behält (`<details>`, `<kbd>`, `<sup>`, Tabellen …); `unsafe_html: true` in okrbook.yaml behält alles HTML, für Handbücher, deren Autorinnen und Autoren alle vertrauenswürdig sind"
        )
    };
    match what {
        Removed::Element {
            name,
            content: false,
        } => (
            say!(
                lang,
                "the element `<{name}>` was removed; its text stays",
                "Das Element `<{name}>` wurde entfernt; sein Text bleibt"
            ),
            keep_html(),
        ),
        Removed::Element {
            name,
            content: true,
        } => (
            say!(
                lang,
                "the element `<{name}>` was removed with what it holds",
                "Das Element `<{name}>` wurde mit seinem Inhalt entfernt"
            ),
            keep_html(),
        ),
        Removed::Attribute { element, name } => (
            say!(
                lang,
                "the attribute `{name}` of `<{element}>` was removed",
                "Das Attribut `{name}` von `<{element}>` wurde entfernt"
            ),
            keep_html(),
        ),
        Removed::TooDeep => too_deep_words(lang),
        Removed::HeadingAttribute { name } => heading_words(name, lang),
        Removed::Url {
            element,
            attribute,
            problem,
        } => url_words(element, attribute, problem, lang),
    }
}

fn too_deep_words(lang: Language) -> (String, String) {
    let max = crate::html::MAX_DEPTH;
    (
        say!(
            lang,
            "the HTML of this document nests more than {max} elements deep, so all of it is shown as text",
            "Das HTML dieses Dokuments ist mehr als {max} Elemente tief verschachtelt und wird darum ganz als Text gezeigt"
        ),
        say!(
            lang,
            "close the elements you open, or write the text in Markdown",
            "Geöffnete Elemente schließen oder den Text in Markdown schreiben"
        ),
    )
}

fn heading_words(name: &str, lang: Language) -> (String, String) {
    (
        say!(
            lang,
            "the heading attribute `{name}` was removed; headings keep only an id and classes",
            "Das Überschriften-Attribut `{name}` wurde entfernt; Überschriften behalten nur eine Id und Klassen"
        ),
        say!(
            lang,
            "write `{{#id .class}}` after a heading, nothing else",
            "Hinter einer Überschrift nur `{{#id .class}}` schreiben"
        ),
    )
}

/// A link's or image's address the policy refused.
fn url_words(element: &str, attribute: &str, problem: &BadUrl, lang: Language) -> (String, String) {
    let image = element == "img";
    let help = if image {
        say!(
            lang,
            "put the image into content/ and point to its file, or use an `https:` address",
            "Das Bild unter content/ ablegen und auf seine Datei zeigen oder eine `https:`-Adresse verwenden"
        )
    } else {
        say!(
            lang,
            "link to an `https:`, `http:`, `mailto:` or `tel:` address, or to a file of the handbook",
            "Auf eine `https:`-, `http:`-, `mailto:`- oder `tel:`-Adresse oder auf eine Datei des Handbuchs verlinken"
        )
    };
    let message = match (problem, attribute.is_empty(), image) {
        (BadUrl::Scheme(s), true, false) => say!(
            lang,
            "the link to a `{s}` address was removed; its text stays",
            "Der Link auf eine `{s}`-Adresse wurde entfernt; sein Text bleibt"
        ),
        (BadUrl::Scheme(s), true, true) => say!(
            lang,
            "the image from a `{s}` address was removed",
            "Das Bild von einer `{s}`-Adresse wurde entfernt"
        ),
        (BadUrl::Scheme(s), false, _) => say!(
            lang,
            "the `{s}` address in `{attribute}` of `<{element}>` was removed",
            "Die `{s}`-Adresse in `{attribute}` von `<{element}>` wurde entfernt"
        ),
        (BadUrl::Invalid, _, false) => say!(
            lang,
            "the address of this link is not a valid URL and was removed",
            "Die Adresse dieses Links ist keine gültige URL und wurde entfernt"
        ),
        (BadUrl::Invalid, _, true) => say!(
            lang,
            "the address of this image is not a valid URL and was removed",
            "Die Adresse dieses Bildes ist keine gültige URL und wurde entfernt"
        ),
    };
    (message, help)
}
