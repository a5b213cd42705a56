//! The default theme is embedded in the binary, so `okrbook build` works anywhere; a
//! handbook overrides any single file by putting its own at the same path under
//! `themes/<theme>/`.

use std::collections::BTreeMap;
use std::path::Path;

macro_rules! embedded {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!("../../themes/default/", $path)) as &[u8])),*]
    };
}

/// Every file of the default theme, by path below `themes/default/`.
pub const DEFAULT: &[(&str, &[u8])] = embedded![
    "i18n.yaml",
    "templates/base.html",
    "templates/nav.html",
    "templates/progress.html",
    "templates/findings.html",
    "templates/index.html",
    "templates/cycle.html",
    "templates/alignment.html",
    "templates/objective.html",
    "templates/key_result.html",
    "templates/team.html",
    "templates/principle.html",
    "templates/people.html",
    "templates/person.html",
    "templates/attention.html",
    "templates/print.html",
    "templates/list.html",
    "templates/page.html",
    "templates/warnings.html",
    "templates/404.html",
    "static/site.css",
    "static/site.js",
    "static/favicon.svg",
];

/// The theme of one build: the embedded files with the handbook's overrides on top.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// Loads the default theme and every file under `<root>/themes/<name>/`.
    pub fn load(root: &Path, name: &str) -> std::io::Result<Theme> {
        let mut files: BTreeMap<String, Vec<u8>> = DEFAULT
            .iter()
            .map(|(p, b)| (p.to_string(), b.to_vec()))
            .collect();
        let dir = root.join("themes").join(name);
        if dir.is_dir() {
            for entry in walkdir::WalkDir::new(&dir)
                .sort_by_file_name()
                .follow_links(false)
            {
                let entry = entry.map_err(std::io::Error::other)?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
                let key = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                if crate::load::is_ignored_name(key.rsplit('/').next().unwrap_or("")) {
                    continue;
                }
                files.insert(key, std::fs::read(entry.path())?);
            }
        }
        Ok(Theme { files })
    }

    /// Templates (`templates/*.html`) by name, as text.
    pub fn templates(&self) -> Vec<(String, String)> {
        self.files
            .iter()
            .filter_map(|(p, b)| {
                let name = p.strip_prefix("templates/")?;
                Some((name.to_string(), String::from_utf8_lossy(b).into_owned()))
            })
            .collect()
    }

    /// Static files, copied to `static/` in the site.
    pub fn statics(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files
            .iter()
            .filter_map(|(p, b)| Some((p.strip_prefix("static/")?, b.as_slice())))
    }

    /// The UI strings: the default table, then the theme's own (if it overrides it).
    pub fn i18n_tables(&self) -> Vec<String> {
        let default = DEFAULT
            .iter()
            .find(|(p, _)| *p == "i18n.yaml")
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned());
        let own = self
            .files
            .get("i18n.yaml")
            .map(|b| String::from_utf8_lossy(b).into_owned());
        default.into_iter().chain(own).collect()
    }
}
