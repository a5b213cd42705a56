//! What HTML a Markdown body may bring into the site, in one place: the site cleans the
//! rendered bodies with this policy (through the `ammonia` sanitizer), and the `raw-html`
//! rule reads the same policy to tell the author what the cleaning removes, and where.
//!
//! Kept: plain formatting (`<details>`, `<summary>`, `<kbd>`, `<sup>`, `<sub>`, `<br>`,
//! `<abbr>`, `<mark>`, tables …) with a few harmless attributes. Removed: everything else
//! — scripts, frames, forms, objects, `style`, event attributes (`on…`) — and every link
//! or image address whose scheme is not `http:`, `https:`, `mailto:` or `tel:`.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag as MdTag, TagEnd};

/// The URL schemes links and images may use; relative URLs are always kept.
pub const URL_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Elements kept in bodies. `input` is there for Markdown task lists (checkboxes only).
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "input",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Elements removed together with what they hold (a script's code, a frame's fallback).
const REMOVED_WITH_CONTENT: &[&str] = &[
    "script", "style", "iframe", "object", "embed", "noscript", "noembed", "noframes", "template",
    "textarea", "title", "xmp", "select",
];

/// Attributes any kept element may have.
const GENERIC_ATTRIBUTES: &[&str] = &["class", "dir", "lang", "title"];

/// Attributes kept on particular elements. Headings and footnotes keep their `id`, the
/// target of anchors; table cells keep the alignment Markdown tables write.
const ELEMENT_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "hreflang"]),
    ("img", &["src", "alt", "width", "height"]),
    ("h1", &["id"]),
    ("h2", &["id"]),
    ("h3", &["id"]),
    ("h4", &["id"]),
    ("h5", &["id"]),
    ("h6", &["id"]),
    ("div", &["id"]),
    ("details", &["open"]),
    ("ol", &["start", "reversed"]),
    ("time", &["datetime"]),
    ("del", &["datetime"]),
    ("ins", &["datetime"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("td", &["colspan", "rowspan", "headers", "style"]),
    ("th", &["colspan", "rowspan", "headers", "scope", "style"]),
    ("input", &["type", "checked", "disabled"]),
];

/// Attributes that hold a URL, checked against [`URL_SCHEMES`].
fn is_url_attribute(attribute: &str) -> bool {
    matches!(attribute, "href" | "src")
}

/// Whether a kept element may keep this attribute with this value.
fn attribute_allowed(element: &str, attribute: &str, value: &str) -> bool {
    let listed = GENERIC_ATTRIBUTES.contains(&attribute)
        || ELEMENT_ATTRIBUTES
            .iter()
            .any(|(e, attrs)| *e == element && attrs.contains(&attribute));
    listed
        && match attribute {
            // Only what a Markdown table writes for a column's alignment.
            "style" => matches!(
                value.trim().trim_end_matches(';'),
                "text-align: left" | "text-align: center" | "text-align: right"
            ),
            "type" => value.eq_ignore_ascii_case("checkbox"),
            _ => true,
        }
}

/// Why a URL is dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadUrl {
    /// A scheme other than those of [`URL_SCHEMES`], lower case and with its colon
    /// (`javascript:`), however it was written.
    Scheme(String),
    /// Not a URL a browser could follow.
    Invalid,
}

/// Checks a link or image address as written (entities already decoded). A browser
/// ignores leading spaces and control characters and the case of a scheme; the URL
/// parser the sanitizer uses does the same, so `  JaVaScRiPt:` is caught as well.
pub fn check_url(url: &str) -> Result<(), BadUrl> {
    match ammonia::Url::parse(url) {
        Ok(u) if URL_SCHEMES.contains(&u.scheme()) => Ok(()),
        Ok(u) => Err(BadUrl::Scheme(format!("{}:", u.scheme()))),
        Err(ammonia::url::ParseError::RelativeUrlWithoutBase) => Ok(()),
        Err(_) => Err(BadUrl::Invalid),
    }
}

/// The sanitizer, configured once from the tables above.
fn cleaner() -> &'static ammonia::Builder<'static> {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut attributes: HashMap<&str, HashSet<&str>> = HashMap::new();
        for (element, attrs) in ELEMENT_ATTRIBUTES {
            attributes
                .entry(element)
                .or_default()
                .extend(attrs.iter().copied());
        }
        let mut b = ammonia::Builder::new();
        b.tags(ELEMENTS.iter().copied().collect())
            .clean_content_tags(REMOVED_WITH_CONTENT.iter().copied().collect())
            .generic_attributes(GENERIC_ATTRIBUTES.iter().copied().collect())
            .tag_attributes(attributes)
            .url_schemes(URL_SCHEMES.iter().copied().collect())
            .url_relative(ammonia::UrlRelative::PassThrough)
            // No `target` is kept, so no `rel` is needed; links stay as Markdown wrote them.
            .link_rel(None)
            .attribute_filter(|element: &str, attribute: &str, value: &str| {
                attribute_allowed(element, attribute, value).then_some(Cow::Borrowed(value))
            });
        b
    })
}

/// Cleans rendered HTML by the policy above.
pub fn clean(html: &str) -> String {
    cleaner().clean(html).to_string()
}

/// What cleaning removes from a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removed {
    /// An element not on the list; `content`: what it holds goes too.
    Element { name: String, content: bool },
    /// An attribute of a kept element.
    Attribute { element: String, name: String },
    /// The address of a link or image: in raw HTML (`element` and `attribute` named) or
    /// a Markdown link (`element` is `a` or `img`, `attribute` empty).
    Url {
        element: String,
        attribute: String,
        problem: BadUrl,
    },
    /// An attribute of a Markdown heading (`## H {#id onclick=…}`) other than id and class.
    HeadingAttribute { name: String },
    /// The body's HTML nests deeper than [`MAX_DEPTH`]: all its raw HTML is shown as
    /// text (at the first piece of raw HTML).
    TooDeep,
}

/// One removal and the byte offset in the body where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    pub at: usize,
    pub what: Removed,
}

/// Everything cleaning would remove from a Markdown body, in the order it is written.
pub fn removals(body: &str) -> Vec<Removal> {
    analyse(body, true).0
}

/// Whether the elements of a body (Markdown's and its raw HTML's) nest deeper than
/// [`MAX_DEPTH`]; then its raw HTML is shown as text rather than cleaned.
pub fn body_too_deep(body: &str) -> bool {
    analyse(body, false).1
}

/// How deep HTML may nest before it is shown as text instead of cleaned. Parsing HTML
/// takes time in the square of its depth (a browser's parser as much as the cleaner's);
/// browsers stop nesting at 512 as well.
pub const MAX_DEPTH: usize = 512;

/// Elements that never hold others.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// One pass over a body: what cleaning removes (when `collect`), and whether the body
/// nests too deep to be cleaned. The rule and the site both ask this one function, so
/// that they never disagree.
fn analyse(body: &str, collect: bool) -> (Vec<Removal>, bool) {
    let mut out = Vec::new();
    // Pieces of the HTML block being read: (offset in the body, text).
    let mut block: Vec<(usize, CowStr<'_>)> = Vec::new();
    let mut in_block = false;
    let mut first_html = None;
    let mut nesting = Nesting::default();
    for (event, range) in Parser::new_ext(body, crate::links::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Start(MdTag::HtmlBlock) => in_block = true,
            Event::End(TagEnd::HtmlBlock) => {
                in_block = false;
                html_removals(&std::mem::take(&mut block), &mut nesting, collect, &mut out);
            }
            Event::Html(text) | Event::InlineHtml(text) => {
                first_html.get_or_insert(range.start);
                if in_block {
                    block.push((range.start, text));
                } else {
                    html_removals(&[(range.start, text)], &mut nesting, collect, &mut out);
                }
            }
            Event::Start(tag) => {
                nesting.markdown += 1;
                nesting.max = nesting.max.max(nesting.markdown + nesting.html);
                if collect {
                    markdown_removals(body, range, tag, &mut out);
                }
            }
            Event::End(_) => nesting.markdown = nesting.markdown.saturating_sub(1),
            _ => {}
        }
    }
    let too_deep = nesting.max > MAX_DEPTH;
    if let (true, Some(at)) = (too_deep && collect, first_html) {
        // The HTML is shown as text: only the links' addresses are still dropped.
        out.retain(|r| {
            matches!(&r.what, Removed::Url { attribute, .. } if attribute.is_empty())
                || matches!(r.what, Removed::HeadingAttribute { .. })
        });
        out.push(Removal {
            at,
            what: Removed::TooDeep,
        });
        out.sort_by_key(|r| r.at);
    }
    (out, too_deep)
}

/// How deep elements stand at a point of a body: Markdown's own (a list in a quote) and
/// those its raw HTML left open; and the deepest seen.
#[derive(Default)]
struct Nesting {
    markdown: usize,
    html: usize,
    max: usize,
}

/// What cleaning removes from a Markdown element: heading attributes, link addresses.
fn markdown_removals(body: &str, range: Range<usize>, tag: MdTag<'_>, out: &mut Vec<Removal>) {
    match tag {
        MdTag::Heading { attrs, .. } if !attrs.is_empty() => {
            // The attributes stand in the heading's last `{…}`, in order.
            let text = body.get(range.clone()).unwrap_or("");
            let mut from = text.rfind('{').unwrap_or(0);
            for (name, _) in attrs {
                let at = text[from..].find(&*name).map_or(from, |i| from + i);
                from = at;
                out.push(Removal {
                    at: range.start + at,
                    what: Removed::HeadingAttribute {
                        name: name.to_string(),
                    },
                });
            }
        }
        MdTag::Link {
            link_type,
            dest_url,
            ..
        } => link_removal(range, "a", link_type, &dest_url, out),
        MdTag::Image {
            link_type,
            dest_url,
            ..
        } => link_removal(range, "img", link_type, &dest_url, out),
        _ => {}
    }
}

fn link_removal(
    range: Range<usize>,
    element: &str,
    link_type: LinkType,
    dest: &str,
    out: &mut Vec<Removal>,
) {
    // Wiki links name a document by id; e-mail autolinks become `mailto:` links.
    if matches!(link_type, LinkType::WikiLink { .. } | LinkType::Email) {
        return;
    }
    if let Err(problem) = check_url(dest) {
        out.push(Removal {
            at: range.start,
            what: Removed::Url {
                element: element.into(),
                attribute: String::new(),
                problem,
            },
        });
    }
}

/// A start tag as a browser's tokenizer reads it: name and attributes in lower case
/// (values as they are meant, entities decoded), and the line (from 1) it ends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub line: u64,
}

/// The start tags of an HTML text, read as a browser reads them: the text inside
/// `<script>`, `<style>` and the like is text, not tags.
pub fn start_tags(html: &str) -> Vec<StartTag> {
    tokenize(html, &mut Nesting::default(), true)
}

/// Reads the tags of `html`, counting how deep they leave elements open in `nesting`
/// (carried on from the HTML before it); the start tags when `collect`.
fn tokenize(html: &str, nesting: &mut Nesting, collect: bool) -> Vec<StartTag> {
    let tokenizer = Tokenizer::new(
        Tags {
            collect,
            tags: RefCell::new(Vec::new()),
            depth: Cell::new(nesting.html),
            max: Cell::new(nesting.html),
        },
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    nesting.html = tokenizer.sink.depth.get();
    nesting.max = nesting.max.max(nesting.markdown + tokenizer.sink.max.get());
    tokenizer
        .sink
        .tags
        .take()
        .into_iter()
        .map(|(line, tag)| StartTag {
            name: tag.name.to_string(),
            attrs: tag
                .attrs
                .iter()
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect(),
            line,
        })
        .collect()
}

/// Collects the start tags of a tokenizer's input, each with its line, and counts how
/// deep elements are left open.
struct Tags {
    collect: bool,
    tags: RefCell<Vec<(u64, Tag)>>,
    depth: Cell<usize>,
    max: Cell<usize>,
}

impl TokenSink for Tags {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        let depth = self.depth.get();
        match tag.kind {
            TagKind::EndTag => {
                self.depth.set(depth.saturating_sub(1));
                return TokenSinkResult::Continue;
            }
            // `<div/>` opens a div all the same: HTML has no self-closing elements.
            TagKind::StartTag if !VOID.contains(&&*tag.name) => {
                self.depth.set(depth + 1);
                self.max.set(self.max.get().max(depth + 1));
            }
            TagKind::StartTag => {}
        }
        let next = raw_text_after(&tag);
        if self.collect {
            self.tags.borrow_mut().push((line, tag));
        }
        next
    }
}

/// What follows these start tags is text to a browser, not tags: read it so too.
fn raw_text_after(tag: &Tag) -> TokenSinkResult<()> {
    if tag.kind != TagKind::StartTag {
        return TokenSinkResult::Continue;
    }
    match &*tag.name {
        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
            TokenSinkResult::RawData(RawKind::Rawtext)
        }
        "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
        "plaintext" => TokenSinkResult::Plaintext,
        _ => TokenSinkResult::Continue,
    }
}

/// The removals in raw HTML given as pieces (offset in the body, text), read as one: the
/// lines of an HTML block, or one inline tag.
fn html_removals(
    pieces: &[(usize, CowStr<'_>)],
    nesting: &mut Nesting,
    collect: bool,
    out: &mut Vec<Removal>,
) {
    let mut whole = String::with_capacity(pieces.iter().map(|(_, t)| t.len()).sum());
    // Where each piece starts in `whole` and in the body.
    let mut starts: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for (at, text) in pieces {
        starts.push((whole.len(), *at));
        whole.push_str(text);
    }
    if whole.is_empty() {
        return;
    }
    let tags = tokenize(&whole, nesting, collect);
    if !collect {
        return;
    }
    let body_at = |pos: usize| {
        let i = starts.partition_point(|s| s.0 <= pos).saturating_sub(1);
        starts[i].1 + (pos - starts[i].0)
    };
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(whole.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    // Each tag is looked for after the one before, so that a repeated tag is found at
    // its own place; where the text does not show it plainly, its line stands for it.
    let mut cursor = 0;
    for tag in tags {
        let line = usize::try_from(tag.line.saturating_sub(1)).unwrap_or(usize::MAX);
        let line_end = line_starts.get(line + 1).copied().unwrap_or(whole.len());
        let name = tag.name;
        let tag_at = find_ci(&whole, &format!("<{name}"), cursor..line_end)
            .unwrap_or_else(|| line_starts[line.min(line_starts.len() - 1)].max(cursor));
        cursor = (tag_at + 1).min(whole.len());
        if !ELEMENTS.contains(&name.as_str()) {
            out.push(Removal {
                at: body_at(tag_at),
                what: Removed::Element {
                    content: REMOVED_WITH_CONTENT.contains(&name.as_str()),
                    name,
                },
            });
            continue;
        }
        for (attribute, value) in tag.attrs {
            let what = if !attribute_allowed(&name, &attribute, &value) {
                Removed::Attribute {
                    element: name.clone(),
                    name: attribute.clone(),
                }
            } else if is_url_attribute(&attribute) {
                match check_url(&value) {
                    Ok(()) => continue,
                    Err(problem) => Removed::Url {
                        element: name.clone(),
                        attribute: attribute.clone(),
                        problem,
                    },
                }
            } else {
                continue;
            };
            let attr_at = find_ci(&whole, &attribute, tag_at..line_end).unwrap_or(tag_at);
            out.push(Removal {
                at: body_at(attr_at),
                what,
            });
        }
    }
}

/// The first place in `within` where `needle` stands in `hay`, ignoring ASCII case. The
/// search never leaves `within`, so that looking for many tags stays linear.
fn find_ci(hay: &str, needle: &str, within: Range<usize>) -> Option<usize> {
    let hay = hay
        .as_bytes()
        .get(within.start..within.end.min(hay.len()))?;
    let needle = needle.as_bytes();
    if needle.is_empty() {
        return None;
    }
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|i| within.start + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(body: &str) -> Vec<(usize, Removed)> {
        removals(body).into_iter().map(|r| (r.at, r.what)).collect()
    }

    fn element(name: &str, content: bool) -> Removed {
        Removed::Element {
            name: name.into(),
            content,
        }
    }

    fn scheme(element: &str, attribute: &str, s: &str) -> Removed {
        Removed::Url {
            element: element.into(),
            attribute: attribute.into(),
            problem: BadUrl::Scheme(s.into()),
        }
    }

    #[test]
    fn urls_keep_only_the_listed_schemes() {
        for ok in [
            "https://x.example/a",
            "http://x",
            "mailto:a@b.example",
            "tel:+49301234",
            "../objectives/x/index.html",
            "guide.md#a",
            "#top",
            "/static/a.png",
            "",
        ] {
            assert_eq!(check_url(ok), Ok(()), "{ok}");
        }
        for (bad, s) in [
            ("javascript:alert(1)", "javascript:"),
            ("JaVaScRiPt:alert(1)", "javascript:"),
            (" \u{1}javascript:alert(1)", "javascript:"),
            ("\tjava\nscript:alert(1)", "javascript:"),
            ("data:text/html,<script>", "data:"),
            ("vbscript:x", "vbscript:"),
            ("file:///etc/passwd", "file:"),
        ] {
            assert_eq!(check_url(bad), Err(BadUrl::Scheme(s.into())), "{bad:?}");
        }
        assert_eq!(check_url("http://[::1"), Err(BadUrl::Invalid));
    }

    #[test]
    fn cleaning_removes_scripts_events_styles_and_bad_urls() {
        let dirty = concat!(
            "<p onclick=\"x()\" style=\"color:red\">a<script>alert(1)</script>",
            "<iframe src=\"https://x\"></iframe><form><input type=text></form>",
            "<object data=x></object><style>p{}</style>",
            "<a href=\"javascript:alert(1)\">j</a><a href=\"&#106;avascript:alert(1)\">e</a>",
            "<img src=\"data:image/png;base64,AAAA\" onerror=\"alert(1)\"></p>",
            "<svg><script>alert(1)</script></svg><math><mi xlink:href=\"javascript:x\">m</mi></math>",
        );
        let clean = clean(dirty);
        for gone in [
            "script",
            "iframe",
            "form",
            "object",
            "style",
            "onclick",
            "onerror",
            "javascript",
            "data:",
            "svg",
            "math",
            "xlink",
            "alert",
            "type=",
        ] {
            assert!(!clean.contains(gone), "{gone} left in {clean}");
        }
        assert!(clean.contains("<a>j</a>"), "{clean}");
    }

    #[test]
    fn cleaning_keeps_harmless_html() {
        let kept = concat!(
            "<details open=\"\"><summary>More</summary><p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, ",
            "x<sup>2</sup>, H<sub>2</sub>O, <abbr title=\"Net Promoter Score\">NPS</abbr>, ",
            "<mark>now</mark><br></p></details>",
            "<table><thead><tr><th style=\"text-align: center\">a</th></tr></thead>",
            "<tbody><tr><td style=\"text-align: right\">1</td></tr></tbody></table>",
            "<h2 id=\"ok\" class=\"note\">H</h2><a href=\"https://x.example/\">x</a>",
            "<input disabled=\"\" type=\"checkbox\" checked=\"\">"
        );
        assert_eq!(clean(kept), kept);
        assert!(removals(kept).is_empty(), "{:?}", removals(kept));
    }

    #[test]
    fn removals_name_what_goes_and_where() {
        let body = "A <span onclick=\"x\">b</span>\n\n<div>\n  <script>alert(1)</script>\n<IFRAME SRC=x></iframe>\n</div>\n";
        assert_eq!(
            what(body),
            [
                (
                    8,
                    Removed::Attribute {
                        element: "span".into(),
                        name: "onclick".into()
                    }
                ),
                (38, element("script", true)),
                (64, element("iframe", true)),
            ]
        );
    }

    #[test]
    fn markdown_links_images_and_heading_attributes() {
        let body = "# T {#ok .c onfocus=alert(1)}\n\n[a](javascript:x) [b][r] <javascript:y> ![i](data:image/png;base64,AA) [[wiki]] <a@b.example>\n\n[r]: JaVaScRiPt:z\n";
        let got = what(body);
        assert_eq!(
            got,
            [
                (
                    12,
                    Removed::HeadingAttribute {
                        name: "onfocus".into()
                    }
                ),
                (31, scheme("a", "", "javascript:")),
                (49, scheme("a", "", "javascript:")),
                (56, scheme("a", "", "javascript:")),
                (71, scheme("img", "", "data:")),
            ]
        );
    }

    #[test]
    fn text_inside_a_script_is_not_read_as_tags() {
        let body = "<script>\nvar s = '<b onclick=x>';\n</script>\n";
        assert_eq!(what(body), [(0, element("script", true))]);
    }

    #[test]
    fn nesting_deeper_than_browsers_build_is_found_in_one_pass() {
        let nested = |n: usize| "<div>".repeat(n) + "x" + &"</div>".repeat(n);
        assert!(!body_too_deep(&nested(MAX_DEPTH - 1)));
        assert!(body_too_deep(&nested(MAX_DEPTH + 1)));
        // Closed or empty elements do not add up; a script's text holds no tags.
        assert!(!body_too_deep(&"<p>x</p><br><img src=a>".repeat(2000)));
        assert!(!body_too_deep(&format!(
            "<script>{}</script>",
            "<div>".repeat(MAX_DEPTH * 2)
        )));
        // Markdown's own nesting counts, and HTML left open carries on to later pieces.
        assert!(body_too_deep(&"> ".repeat(MAX_DEPTH + 1)));
        assert!(body_too_deep(&"<div/>".repeat(MAX_DEPTH + 1)));
        assert!(body_too_deep(&"x <span>y\n\n".repeat(MAX_DEPTH + 1)));
        // A pass whose work grew with the square of the depth would take minutes here.
        assert!(body_too_deep(&nested(200_000)));
    }

    #[test]
    fn too_deep_html_is_one_removal_and_links_still_count() {
        let body = format!(
            "Intro [x](javascript:a)\n\n{}<script>alert(1)</script>",
            "<div>".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(
            what(&body),
            [(6, scheme("a", "", "javascript:")), (25, Removed::TooDeep)]
        );
    }

    #[test]
    fn a_repeated_tag_is_found_at_its_own_place() {
        let body = "<p>\n<span onclick=a>1</span> <span onclick=b>2</span>\n</p>\n";
        let at: Vec<usize> = removals(body).iter().map(|r| r.at).collect();
        assert_eq!(at, [10, 35]);
    }
}
