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
    let anchors: Vec<String> = headings(body).into_iter().map(|h| h.anchor).collect();
    let mut rewriter = Rewriter {
        hb,
        index,
        linker,
        file,
        page,
        anchors: anchors.into_iter(),
        cleaning: !hb.config.unsafe_html,
    };
    let mut events: Vec<Event<'_>> = Vec::new();
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
            Event::Start(tag @ Tag::Heading { .. }) => events.push(rewriter.heading(tag)),
            Event::Start(tag @ Tag::Link { .. }) => skipping = rewriter.link(tag, &mut events),
            Event::Start(tag @ Tag::Image { .. }) => events.push(rewriter.image(tag)),
            other => events.push(other),
        }
    }
    finish(body, events, rewriter.cleaning)
}

/// What a body's headings, links and images become on its page.
struct Rewriter<'h> {
    hb: &'h Handbook,
    index: &'h LinkIndex,
    linker: &'h Linker,
    file: usize,
    page: &'h str,
    /// The anchors of the body's headings, in order, as `check` computes them.
    anchors: std::vec::IntoIter<String>,
    cleaning: bool,
}

impl Rewriter<'_> {
    /// A heading gets its anchor; it keeps its id and classes, other attributes
    /// (`onfocus=…`) go unless HTML is left as written.
    fn heading<'a>(&mut self, tag: Tag<'a>) -> Event<'a> {
        let Tag::Heading {
            level,
            classes,
            attrs,
            ..
        } = tag
        else {
            return Event::Start(tag);
        };
        let id = self.anchors.next().map(CowStr::from);
        let attrs = if self.cleaning { Vec::new() } else { attrs };
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        })
    }

    fn resolve(&self, dest: &str, wiki: bool) -> Option<Target> {
        let link = crate::links::Link {
            dest: dest.to_string(),
            wiki,
            pos: Default::default(),
        };
        let from = self.hb.files[self.file].path.as_str();
        self.index.resolve(self.hb, from, self.file, &link).ok()
    }

    /// A link to a document or asset points at its page or file. A wiki link without a
    /// label shows the target's title: returns whether the link's own text is to be
    /// skipped.
    fn link<'a>(&self, tag: Tag<'a>, events: &mut Vec<Event<'a>>) -> bool {
        let Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        } = tag
        else {
            events.push(Event::Start(tag));
            return false;
        };
        let wiki = matches!(link_type, LinkType::WikiLink { .. });
        let (dest_url, label) = match self.resolve(&dest_url, wiki) {
            Some(Target::Document {
                kind,
                index: i,
                anchor,
                ..
            }) => {
                let mut href = self.linker.href(self.page, &doc_path(self.hb, kind, i));
                if let Some(a) = anchor.filter(|a| !a.is_empty()) {
                    href.push('#');
                    href.push_str(&a);
                }
                let plain = matches!(link_type, LinkType::WikiLink { has_pothole: false });
                let label = plain.then(|| self.hb.meta(kind, i).title.clone());
                (href.into(), label)
            }
            Some(Target::Asset(rel)) => (self.linker.file(self.page, &rel).into(), None),
            _ => (dest_url, None),
        };
        events.push(Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }));
        let skip = label.is_some();
        events.extend(label.map(|t| Event::Text(t.into())));
        skip
    }

    /// An image of the handbook's assets points at its file.
    fn image<'a>(&self, tag: Tag<'a>) -> Event<'a> {
        let Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        } = tag
        else {
            return Event::Start(tag);
        };
        let dest_url = match self.resolve(&dest_url, false) {
            Some(Target::Asset(rel)) => self.linker.file(self.page, &rel).into(),
            _ => dest_url,
        };
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        })
    }
}

/// The events as HTML, cleaned by the policy when `cleaning` and there is something
/// to clean.
fn finish(body: &str, events: Vec<Event<'_>>, cleaning: bool) -> String {
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
