//! Markdown bodies to HTML: links between documents rewritten to page URLs, heading
//! anchors that match what `check` verifies, and the result cleaned by the policy of
//! [`crate::html`] unless the handbook sets `unsafe_html: true`.

use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag, TagEnd};

use super::urls::{doc_path, Linker};
use crate::links::{headings, markdown_options, LinkIndex, Target};
use crate::model::Handbook;

/// Renders one document's body for the page at `page` (its folder path).
pub fn render(
    hb: &Handbook,
    index: &LinkIndex,
    linker: &Linker,
    file: usize,
    body: &str,
    page: &str,
) -> String {
    if body.trim().is_empty() {
        return String::new();
    }
    let from = hb.files[file].path.as_str();
    let anchors: Vec<String> = headings(body).into_iter().map(|h| h.anchor).collect();
    let mut next_anchor = anchors.into_iter();
    let mut events: Vec<Event<'_>> = Vec::new();
    let cleaning = !hb.config.unsafe_html;
    // Inside a wiki link without a label, its text is replaced by the target's title.
    let mut skipping = false;
    for event in Parser::new_ext(body, markdown_options()) {
        if skipping {
            if matches!(event, Event::End(TagEnd::Link)) {
                skipping = false;
                events.push(event);
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let id = next_anchor.next().map(CowStr::from);
                // Headings keep their id and classes; other attributes (`onfocus=…`) go.
                let attrs = if cleaning { Vec::new() } else { attrs };
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let wiki_plain = matches!(link_type, LinkType::WikiLink { has_pothole: false });
                let link = crate::links::Link {
                    dest: dest_url.to_string(),
                    wiki: matches!(link_type, LinkType::WikiLink { .. }),
                    pos: Default::default(),
                };
                match index.resolve(hb, from, file, &link) {
                    Ok(Target::Document {
                        kind,
                        index: i,
                        anchor,
                        ..
                    }) => {
                        let mut href = linker.href(page, &doc_path(hb, kind, i));
                        if let Some(a) = anchor.filter(|a| !a.is_empty()) {
                            href.push('#');
                            href.push_str(&a);
                        }
                        events.push(Event::Start(Tag::Link {
                            link_type,
                            dest_url: href.into(),
                            title,
                            id,
                        }));
                        if wiki_plain {
                            events.push(Event::Text(hb.meta(kind, i).title.clone().into()));
                            skipping = true;
                        }
                    }
                    Ok(Target::Asset(rel)) => {
                        let href = linker.file(page, &rel);
                        events.push(Event::Start(Tag::Link {
                            link_type,
                            dest_url: href.into(),
                            title,
                            id,
                        }));
                    }
                    _ => events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })),
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let link = crate::links::Link {
                    dest: dest_url.to_string(),
                    wiki: false,
                    pos: Default::default(),
                };
                let dest_url = match index.resolve(hb, from, file, &link) {
                    Ok(Target::Asset(rel)) => linker.file(page, &rel).into(),
                    _ => dest_url,
                };
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            other => events.push(other),
        }
    }
    // Markdown's own markup is escaped as it is written; only raw HTML and link or image
    // addresses can bring in what the policy removes, so only then is the cleaner run.
    let needs_cleaning = cleaning
        && events.iter().any(|e| match e {
            Event::Html(_) | Event::InlineHtml(_) => true,
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                crate::html::check_url(dest_url).is_err()
            }
            _ => false,
        });
    if !needs_cleaning {
        return to_html(body, events);
    }
    if !crate::html::body_too_deep(body) {
        return crate::html::clean(&to_html(body, events));
    }
    // Too deep to parse in reasonable time: the raw HTML is shown as text, and links and
    // images keep their text without an address the policy would drop.
    let safe = events.into_iter().map(|mut e| {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &mut e {
            if crate::html::check_url(dest_url).is_err() {
                *dest_url = CowStr::Borrowed("");
            }
        }
        match e {
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            other => other,
        }
    });
    to_html(body, safe)
}

fn to_html<'a>(body: &str, events: impl IntoIterator<Item = Event<'a>>) -> String {
    let mut out = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}
