//! Atom feeds of check-ins, when the site's address is known (`--base-url` or
//! `base_url:`): `/feed.xml` with the 50 latest check-ins of the handbook and
//! `/teams/<id>/feed.xml` with those of each team. Entry ids are the key result's page
//! with the check-in's date, so they stay the same from build to build.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};

use super::urls::doc_path;
use crate::model::{Handbook, Kind};

/// Entries a feed holds at most.
pub const ENTRIES: usize = 50;

/// A check-in: key result index and check-in index.
type Ref = (usize, usize);

/// The feed of the whole handbook.
pub fn handbook_feed(hb: &Handbook, base: &str, title: &str) -> Vec<u8> {
    let checkins = latest(hb, |_| true);
    feed(hb, base, "feed.xml", title, &checkins)
}

/// The feed of team `t`: check-ins of the key results of its objectives.
pub fn team_feed(hb: &Handbook, base: &str, t: usize, title: &str) -> Vec<u8> {
    let checkins = latest(hb, |o| {
        hb.objectives[o].team.as_ref().and_then(|r| r.target) == Some(t)
    });
    let path = format!("{}feed.xml", doc_path(hb, Kind::Team, t));
    feed(hb, base, &path, title, &checkins)
}

/// The latest check-ins of published objectives that `keep` lets through, newest first.
fn latest(hb: &Handbook, keep: impl Fn(usize) -> bool) -> Vec<Ref> {
    let mut all: Vec<(jiff::civil::Date, Ref)> = Vec::new();
    for (k, kr) in hb.key_results.iter().enumerate() {
        let Some(o) = kr.objective.filter(|&o| hb.is_published(&hb.objectives[o])) else {
            continue;
        };
        if keep(o) {
            all.extend(
                kr.checkins
                    .iter()
                    .enumerate()
                    .map(|(j, c)| (c.date, (k, j))),
            );
        }
    }
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    all.into_iter().take(ENTRIES).map(|(_, r)| r).collect()
}

fn day(d: jiff::civil::Date) -> FixedDateTime {
    let text = format!("{d}T00:00:00+00:00");
    FixedDateTime::parse_from_rfc3339(&text).unwrap_or_default()
}

fn feed(hb: &Handbook, base: &str, path: &str, title: &str, checkins: &[Ref]) -> Vec<u8> {
    let base = format!("{}/", base.trim_end_matches('/'));
    let entries: Vec<Entry> = checkins.iter().map(|&r| entry(hb, &base, r)).collect();
    let updated = checkins
        .first()
        .map(|&(k, j)| hb.key_results[k].checkins[j].date)
        .unwrap_or(hb.as_of);
    let mut f = Feed::default();
    f.set_id(format!("{base}{path}"));
    f.set_title(Text::plain(title));
    f.set_updated(day(updated));
    f.set_links(vec![
        link(&format!("{base}{path}"), "self"),
        link(&base, "alternate"),
    ]);
    f.set_entries(entries);
    let mut out = f.to_string().into_bytes();
    out.push(b'\n');
    out
}

fn link(href: &str, rel: &str) -> Link {
    let mut l = Link::default();
    l.set_href(href);
    l.set_rel(rel);
    l
}

fn entry(hb: &Handbook, base: &str, (k, j): Ref) -> Entry {
    let kr = &hb.key_results[k];
    let c = &kr.checkins[j];
    let page = format!("{base}{}", doc_path(hb, Kind::KeyResult, k));
    // Two check-ins of one key result on one day stay apart by their place in the file.
    let same_day = kr.checkins[..j].iter().filter(|x| x.date == c.date).count();
    let id = match same_day {
        0 => format!("{page}#checkin-{}", c.date),
        n => format!("{page}#checkin-{}-{}", c.date, n + 1),
    };
    let lang = hb.config.language;
    let value = match (c.value, c.done) {
        (Some(v), _) => crate::lang::with_unit(v, kr.unit.as_deref(), lang),
        (None, Some(true)) => lang.pick("done", "erledigt").to_string(),
        _ => lang.pick("open", "offen").to_string(),
    };
    let mut e = Entry::default();
    e.set_id(id);
    e.set_title(Text::plain(format!("{}: {value}", kr.meta.title)));
    e.set_updated(day(c.date));
    e.set_links(vec![link(&page, "alternate")]);
    if let Some(owner) = hb.kr_owner(kr) {
        let mut p = Person::default();
        p.set_name(owner);
        e.set_authors(vec![p]);
    }
    if let Some(note) = &c.note {
        let mut content = Content::default();
        content.set_content_type("text".to_string());
        content.set_value(note.clone());
        e.set_content(content);
    }
    e
}
