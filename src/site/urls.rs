//! Where each page of the site lives, and how one page links to another.
//!
//! Every page is a folder with an `index.html`. Links are relative and name the
//! `index.html` explicitly, so the site works under any sub-path of a web server and
//! when opened straight from disk; with `--base-url` they are absolute instead.

use crate::model::{Handbook, Kind};

/// The folder of a document's page below the site root, e.g. `objectives/nps/`.
pub fn doc_path(hb: &Handbook, kind: Kind, index: usize) -> String {
    match (kind, kind.folder()) {
        (Kind::Page, _) | (_, None) => hb.pages[index].path.clone(),
        (_, Some(folder)) => format!("{folder}/{}/", hb.meta(kind, index).id),
    }
}

/// How pages link to each other.
#[derive(Debug, Clone)]
pub struct Linker {
    /// `Some("https://intranet/okr/")` with `--base-url`; else links are relative.
    pub base_url: Option<String>,
}

impl Linker {
    pub fn new(base_url: Option<&str>) -> Self {
        Linker {
            base_url: base_url.map(|b| format!("{}/", b.trim_end_matches('/'))),
        }
    }

    /// The prefix that leads from the page at `from` (a folder path such as
    /// `objectives/x/`, or `""` for the home page) back to the site root.
    pub fn root(&self, from: &str) -> String {
        if let Some(base) = &self.base_url {
            return base.clone();
        }
        "../".repeat(from.matches('/').count())
    }

    /// The link from the page at `from` to the page folder `to`.
    pub fn href(&self, from: &str, to: &str) -> String {
        let root = self.root(from);
        if self.base_url.is_some() {
            format!("{root}{to}")
        } else {
            format!("{root}{to}index.html")
        }
    }

    /// The link from the page at `from` to a file below the site root (`static/site.css`).
    pub fn file(&self, from: &str, file: &str) -> String {
        format!("{}{file}", self.root(from))
    }
}

/// A URL-safe slug for a person's name (`Jürgen Müller` → `juergen-mueller`).
pub fn person_slug(name: &str) -> String {
    crate::model::suggest_id(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_name_index_html() {
        let l = Linker::new(None);
        assert_eq!(l.href("", "objectives/x/"), "objectives/x/index.html");
        assert_eq!(
            l.href("objectives/x/", "teams/cx/"),
            "../../teams/cx/index.html"
        );
        assert_eq!(l.href("objectives/x/", ""), "../../index.html");
        assert_eq!(
            l.file("a/b/c/", "static/site.css"),
            "../../../static/site.css"
        );
    }

    #[test]
    fn base_url_links_are_absolute() {
        let l = Linker::new(Some("https://intra.example/okr"));
        assert_eq!(
            l.href("objectives/x/", "teams/cx/"),
            "https://intra.example/okr/teams/cx/"
        );
        assert_eq!(
            l.file("", "static/site.css"),
            "https://intra.example/okr/static/site.css"
        );
    }

    #[test]
    fn person_slugs() {
        assert_eq!(person_slug("Jürgen Müller"), "juergen-mueller");
    }
}
