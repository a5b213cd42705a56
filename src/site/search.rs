//! The offline search index: one compact entry per page (title, kind, owner, team and
//! the words of its text), written as a script so that search also works when the site
//! is opened from disk, where browsers refuse to fetch JSON files.

use serde::Serialize;

use super::context::Ctx;
use super::urls::doc_path;
use crate::model::Kind;

#[derive(Serialize)]
struct Entry<'a> {
    /// Title.
    t: &'a str,
    /// URL relative to the site root.
    u: String,
    /// Kind, for the result list.
    k: &'a str,
    /// Owner, team and the page's text, lowercased and folded to single spaces.
    x: String,
}

/// Plain words of a Markdown text, without markup, lowercased.
fn words(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in pulldown_cmark::Parser::new(markdown) {
        if let pulldown_cmark::Event::Text(t) | pulldown_cmark::Event::Code(t) = event {
            out.push(' ');
            out.push_str(&t);
        }
    }
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The search index as a script (`window.OKRBOOK_SEARCH=[…]`), so that search works
/// from files opened straight from disk.
pub fn index_js(ctx: &Ctx<'_>) -> Vec<u8> {
    let hb = ctx.hb;
    let mut entries: Vec<Entry<'_>> = Vec::new();
    for (i, o) in hb.objectives.iter().enumerate() {
        if hb.is_published(o) {
            objective_entries(ctx, i, &mut entries);
        }
    }
    let simple = [
        (
            Kind::Team,
            hb.teams.iter().map(|d| &d.meta).collect::<Vec<_>>(),
            "kind.team",
        ),
        (
            Kind::Principle,
            hb.principles.iter().map(|d| &d.meta).collect(),
            "kind.principle",
        ),
        (
            Kind::Cycle,
            hb.cycles.iter().map(|d| &d.meta).collect(),
            "kind.cycle",
        ),
        (
            Kind::Page,
            hb.pages.iter().map(|d| &d.meta).collect(),
            "kind.page",
        ),
    ];
    for (kind, metas, label) in simple {
        for (i, m) in metas.into_iter().enumerate() {
            entries.push(Entry {
                t: &m.title,
                u: doc_path(hb, kind, i),
                k: ctx.t(label),
                x: words(&m.body),
            });
        }
    }
    let json = serde_json::to_string(&entries).expect("the index serialises");
    // `</script>` inside a string must not end the script when inlined anywhere.
    format!("window.OKRBOOK_SEARCH={};\n", json.replace("</", "<\\/")).into_bytes()
}

/// An objective's entry (found by its owner, team, key results and text) and its key
/// results' (found by owner, team and check-in notes).
fn objective_entries<'c>(ctx: &'c Ctx<'_>, i: usize, entries: &mut Vec<Entry<'c>>) {
    let hb = ctx.hb;
    let o = &hb.objectives[i];
    let team = o
        .team
        .as_ref()
        .and_then(|t| t.target)
        .map(|t| hb.teams[t].meta.title.as_str())
        .unwrap_or("");
    let krs: Vec<&str> = o
        .key_results
        .iter()
        .map(|&k| hb.key_results[k].meta.title.as_str())
        .collect();
    let text = format!(
        "{} {} {} {}",
        o.owner.as_deref().unwrap_or(""),
        team,
        krs.join(" "),
        words(&o.meta.body)
    );
    entries.push(Entry {
        t: &o.meta.title,
        u: doc_path(hb, Kind::Objective, i),
        k: ctx.t("kind.objective"),
        x: text.to_lowercase(),
    });
    for &k in &o.key_results {
        let kr = &hb.key_results[k];
        let notes: Vec<&str> = kr
            .checkins
            .iter()
            .filter_map(|c| c.note.as_deref())
            .collect();
        let text = format!(
            "{} {} {}",
            hb.kr_owner(kr).unwrap_or(""),
            team,
            notes.join(" ")
        );
        entries.push(Entry {
            t: &kr.meta.title,
            u: doc_path(hb, Kind::KeyResult, k),
            k: ctx.t("kind.key-result"),
            x: text.to_lowercase(),
        });
    }
}
