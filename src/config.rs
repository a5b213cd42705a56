//! `okrbook.yaml`: the site configuration. Every key has a default.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Pos, Rule, Severity};
use crate::fields::{did_you_mean, meant, Fields};
pub use crate::lang::Language;
use crate::yaml;

/// The name of the configuration file in the handbook root.
pub const FILE_NAME: &str = "okrbook.yaml";

/// What a rule is set to in `lint:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
    Off,
}

/// The two gap thresholds of the status rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StatusThresholds {
    pub at_risk: f64,
    pub off_track: f64,
}

impl Default for StatusThresholds {
    fn default() -> Self {
        StatusThresholds {
            at_risk: 0.2,
            off_track: 0.4,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub title: Option<String>,
    pub language: Language,
    /// An absolute `http(s)://` URL the site is published at.
    pub base_url: Option<String>,
    pub default_cycle: Option<String>,
    /// Where `default_cycle:` stands, for a finding when the cycle does not exist.
    pub default_cycle_pos: Pos,
    /// `today:`: the `as_of` date when `--as-of` is not given.
    pub today: Option<Date>,
    pub status: StatusThresholds,
    pub lint: BTreeMap<Rule, Level>,
    /// Days without a check-in after which `stale-checkin` fires.
    pub stale_checkin_days: i64,
    /// Below this latest confidence a key result needs attention (`attention: {confidence}`).
    pub attention_confidence: f64,
    /// A theme id: a folder name under `themes/`, never a path.
    pub theme: String,
    /// The repository's web address (`http(s)://`), or a template with `{path}` and `{line}`.
    pub repo_url: Option<String>,
    /// The branch source links point at (`repo_branch`, default `main`).
    pub repo_branch: String,
    /// Raw HTML in Markdown is kept as written (`true`) or cleaned (`false`, the default).
    pub unsafe_html: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: None,
            language: Language::default(),
            base_url: None,
            default_cycle: None,
            default_cycle_pos: Pos::line(1),
            today: None,
            status: StatusThresholds::default(),
            lint: BTreeMap::new(),
            stale_checkin_days: 14,
            attention_confidence: 0.5,
            theme: "default".into(),
            repo_url: None,
            repo_branch: "main".into(),
            unsafe_html: false,
        }
    }
}

const KNOWN: &[&str] = &[
    "title",
    "language",
    "base_url",
    "default_cycle",
    "today",
    "status",
    "lint",
    "stale_checkin_days",
    "attention",
    "theme",
    "repo_url",
    "repo_branch",
    "unsafe_html",
];

impl Config {
    /// The severity a finding of `rule` gets, or `None` when the rule is off.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        match self.lint.get(&rule) {
            Some(Level::Off) => None,
            Some(Level::Error) => Some(Severity::Error),
            Some(Level::Warning) => Some(Severity::Warning),
            None => Some(rule.default_severity()),
        }
    }

    /// The web address of a line of a file in the repository, when `repo_url` is set:
    /// GitLab's `/-/blob/<branch>/`, else GitHub's `/blob/<branch>/` (also Gitea's and
    /// Forgejo's); a `repo_url` holding `{path}` is a template for any other host.
    pub fn source_url(&self, file: &str, line: u32) -> Option<String> {
        let repo = self.repo_url.as_deref()?;
        if repo.contains("{path}") {
            return Some(
                repo.replace("{path}", file)
                    .replace("{line}", &line.to_string())
                    .replace("{branch}", &self.repo_branch),
            );
        }
        let repo = repo.trim_end_matches('/');
        let host = repo.split('/').nth(2).unwrap_or("");
        let blob = if host.contains("gitlab") {
            "-/blob"
        } else {
            "blob"
        };
        Some(format!("{repo}/{blob}/{}/{file}#L{line}", self.repo_branch))
    }

    /// Reads the configuration text. Problems become findings on `okrbook.yaml`;
    /// whatever could be read is used and the rest keeps its default.
    pub fn parse(text: &str, diags: &mut Vec<Diagnostic>) -> Config {
        let mut cfg = Config::default();
        let root = match yaml::parse(text, 0) {
            Ok(root) => root,
            Err(e) => {
                // The file's own language, if its `language:` line can still be read.
                cfg.language = language_line(text).unwrap_or_default();
                diags.push(not_yaml(&e, cfg.language));
                return cfg;
            }
        };
        if root.is_null() {
            return cfg;
        }
        let Some(entries) = root.as_map() else {
            diags.push(not_a_mapping(
                root.pos,
                "okrbook.yaml",
                cfg.language,
                "title: …",
            ));
            return cfg;
        };
        // The language first: every other finding about the file speaks it.
        if let Some(l) = root
            .get("language")
            .and_then(|e| e.value.as_text())
            .and_then(Language::from_code)
        {
            cfg.language = l;
        }
        let lang = cfg.language;
        let mut f = Fields::new(FILE_NAME, lang, entries, diags);
        f.unknown_keys(KNOWN, &say!(lang, "of okrbook.yaml", "von okrbook.yaml"));
        cfg.title = f.text("title").map(|s| s.value);
        f.choice("language", &["de", "en"]);
        if let Some(url) = f.text("base_url") {
            cfg.base_url = checked_url(&mut f, url, "base_url");
        }
        if let Some(c) = f.text("default_cycle") {
            cfg.default_cycle = Some(c.value);
            cfg.default_cycle_pos = c.pos;
        }
        cfg.today = f.date("today").map(|s| s.value);
        if let Some(t) = f.text("theme") {
            cfg.theme = theme_name(&mut f, t).unwrap_or(cfg.theme);
        }
        if let Some(url) = f.text("repo_url") {
            cfg.repo_url = checked_url(&mut f, url, "repo_url");
        }
        if let Some(b) = f.text("repo_branch") {
            cfg.repo_branch = b.value;
        }
        cfg.unsafe_html = f.bool("unsafe_html").is_some_and(|s| s.value);
        if let Some(n) = f.number("stale_checkin_days") {
            cfg.stale_checkin_days = stale_days(&mut f, n).unwrap_or(cfg.stale_checkin_days);
        }
        if let Some(e) = f.entry("status") {
            read_status(&mut cfg, e, f.diags);
        }
        if let Some(e) = f.entry("attention") {
            read_attention(&mut cfg, e, f.diags);
        }
        if let Some(e) = f.entry("lint") {
            read_lint(&mut cfg, e, f.diags);
        }
        cfg
    }
}

/// `theme:`: the plain name of a folder under `themes/`, never a path.
fn theme_name(f: &mut Fields<'_>, t: crate::fields::Spanned<String>) -> Option<String> {
    if crate::model::is_valid_id(&t.value) {
        return Some(t.value);
    }
    let lang = f.lang;
    let (theme, id) = (&t.value, crate::model::suggest_id(&t.value));
    f.bad_value(
        t.pos,
        say!(
            lang,
            "`theme` must be the name of a folder under themes/, not `{theme}`",
            "`theme` muss der Name eines Ordners unter themes/ sein, nicht `{theme}`"
        ),
        say!(
            lang,
            "write a plain name such as `{id}` and put the theme into themes/{id}/",
            "Einen einfachen Namen wie `{id}` schreiben und das Theme unter themes/{id}/ ablegen"
        ),
    );
    None
}

/// `stale_checkin_days:`: a whole number of days, at least 1.
fn stale_days(f: &mut Fields<'_>, n: crate::fields::Spanned<f64>) -> Option<i64> {
    if n.value >= 1.0 && n.value.fract() == 0.0 {
        return Some(n.value as i64);
    }
    let lang = f.lang;
    let v = crate::lang::number(n.value, lang);
    f.bad_value(
        n.pos,
        say!(
            lang,
            "`stale_checkin_days` must be a whole number of days ≥ 1, not {v}",
            "`stale_checkin_days` muss eine ganze Zahl von Tagen ≥ 1 sein, nicht {v}"
        ),
        say!(
            lang,
            "write e.g. `stale_checkin_days: 14`",
            "Z. B. `stale_checkin_days: 14` schreiben"
        ),
    );
    None
}

/// The finding on an `okrbook.yaml` that is not valid YAML.
fn not_yaml(e: &yaml::SyntaxError, lang: Language) -> Diagnostic {
    let what = e.message(lang);
    Diagnostic::new(
        Rule::FrontMatter,
        FILE_NAME,
        e.pos,
        say!(
            lang,
            "okrbook.yaml is not valid YAML: {what}",
            "okrbook.yaml ist kein gültiges YAML: {what}"
        ),
    )
    .with_help(e.help(lang))
}

/// `language: de` read from the text when the YAML as a whole cannot be parsed.
fn language_line(text: &str) -> Option<Language> {
    text.lines().find_map(|l| {
        let v = l.strip_prefix("language:")?.trim();
        Language::from_code(v.trim_matches(['"', '\'']))
    })
}

/// A URL okrbook puts into links: absolute and `http(s)`, nothing else.
fn checked_url(
    f: &mut Fields<'_>,
    url: crate::fields::Spanned<String>,
    key: &str,
) -> Option<String> {
    if is_web_url(&url.value) {
        return Some(url.value);
    }
    let (lang, value) = (f.lang, &url.value);
    let example = if key == "repo_url" {
        "https://github.com/acme/okr"
    } else {
        "https://intranet.example.com/okr/"
    };
    f.bad_value(
        url.pos,
        say!(
            lang,
            "`{key}` must be an absolute http:// or https:// address, not `{value}`",
            "`{key}` muss eine absolute http://- oder https://-Adresse sein, nicht `{value}`"
        ),
        say!(
            lang,
            "write the whole address, e.g. `{key}: {example}`",
            "Die ganze Adresse schreiben, z. B. `{key}: {example}`"
        ),
    );
    None
}

/// Whether `url` is an absolute `http://` or `https://` address with a host.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]@_".contains(c))
    }) && !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// "`status` must be a mapping" and its kin, for the nested settings.
fn not_a_mapping(pos: Pos, what: &str, lang: Language, example: &str) -> Diagnostic {
    Diagnostic::new(
        Rule::BadValue,
        FILE_NAME,
        pos,
        say!(
            lang,
            "{what} must be a mapping of keys",
            "{what} muss eine Zuordnung von Schlüsseln sein"
        ),
    )
    .with_help(say!(lang, "write `{example}`", "`{example}` schreiben"))
}

/// The keys of a nested setting such as `status: {…}`, or `None` (after a finding)
/// when it is not a mapping.
fn nested<'a>(
    e: &'a yaml::Entry,
    known: &[&'static str],
    lang: Language,
    example: &str,
    diags: &'a mut Vec<Diagnostic>,
) -> Option<Fields<'a>> {
    let Some(entries) = e.value.as_map() else {
        diags.push(not_a_mapping(
            e.key_pos,
            &format!("`{}`", e.key),
            lang,
            example,
        ));
        return None;
    };
    let mut f = Fields::new(FILE_NAME, lang, entries, diags);
    let key = &e.key;
    f.unknown_keys(known, &say!(lang, "of `{key}`", "von `{key}`"));
    Some(f)
}

fn read_status(cfg: &mut Config, e: &yaml::Entry, diags: &mut Vec<Diagnostic>) {
    let lang = cfg.language;
    let example = "status: {at_risk: 0.2, off_track: 0.4}";
    let Some(mut f) = nested(e, &["at_risk", "off_track"], lang, example, diags) else {
        return;
    };
    let mut t = cfg.status;
    for (key, slot) in [("at_risk", &mut t.at_risk), ("off_track", &mut t.off_track)] {
        let help = say!(
            lang,
            "a gap threshold is a share of the cycle, e.g. 0.2",
            "Eine Schwelle für den Rückstand ist ein Anteil des Zyklus, z. B. 0.2"
        );
        if let Some(v) = f.share(key, help) {
            *slot = v.value;
        }
    }
    if t.at_risk > t.off_track {
        let pos = f.key_pos("at_risk").unwrap_or(e.key_pos);
        let (a, o) = (
            crate::lang::number(t.at_risk, lang),
            crate::lang::number(t.off_track, lang),
        );
        f.bad_value(
            pos,
            say!(
                lang,
                "`at_risk` ({a}) must not be larger than `off_track` ({o})",
                "`at_risk` ({a}) darf nicht größer sein als `off_track` ({o})"
            ),
            say!(
                lang,
                "at_risk is the smaller gap, e.g. at_risk: 0.2, off_track: 0.4",
                "at_risk ist der kleinere Rückstand, z. B. at_risk: 0.2, off_track: 0.4"
            ),
        );
        return;
    }
    cfg.status = t;
}

fn read_attention(cfg: &mut Config, e: &yaml::Entry, diags: &mut Vec<Diagnostic>) {
    let lang = cfg.language;
    let example = "attention: {confidence: 0.5}";
    let Some(mut f) = nested(e, &["confidence"], lang, example, diags) else {
        return;
    };
    let help = say!(
        lang,
        "key results whose latest confidence is below this share need attention, e.g. 0.5",
        "Key Results, deren letzte Zuversicht unter diesem Anteil liegt, brauchen Aufmerksamkeit, z. B. 0.5"
    );
    if let Some(v) = f.share("confidence", help) {
        cfg.attention_confidence = v.value;
    }
}

fn read_lint(cfg: &mut Config, e: &yaml::Entry, diags: &mut Vec<Diagnostic>) {
    let lang = cfg.language;
    let Some(entries) = e.value.as_map() else {
        diags.push(not_a_mapping(
            e.key_pos,
            "`lint`",
            lang,
            "lint: {kr-activity: error}",
        ));
        return;
    };
    // Rule levels are not fields: each key is checked against the rule ids below.
    let ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    for entry in entries {
        let key = &entry.key;
        let Some(rule) = Rule::from_id(key) else {
            let mut d = Diagnostic::new(
                Rule::UnknownField,
                FILE_NAME,
                entry.key_pos,
                say!(
                    lang,
                    "`{key}` is not a rule id",
                    "`{key}` ist keine Regel-Id"
                ),
            );
            if let Some(s) = did_you_mean(key, &ids) {
                d = d.with_help(meant(lang, s));
            }
            diags.push(d);
            continue;
        };
        let level = match entry.value.as_text().or_else(|| {
            entry
                .value
                .as_bool()
                .map(|b| if b { "warning" } else { "off" })
        }) {
            Some("error") => Level::Error,
            Some("warning") | Some("warn") => Level::Warning,
            Some("off") | Some("allow") => Level::Off,
            _ => {
                diags.push(
                    Diagnostic::new(
                        Rule::BadValue,
                        FILE_NAME,
                        entry.key_pos,
                        say!(
                            lang,
                            "the level of `{key}` must be error, warning or off",
                            "Die Stufe von `{key}` muss error, warning oder off sein"
                        ),
                    )
                    .with_help(say!(
                        lang,
                        "write e.g. `{key}: error`",
                        "Z. B. `{key}: error` schreiben"
                    )),
                );
                continue;
            }
        };
        cfg.lint.insert(rule, level);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_when_empty() {
        let mut d = Vec::new();
        let c = Config::parse("", &mut d);
        assert!(d.is_empty());
        assert_eq!(c, Config::default());
        assert_eq!(c.stale_checkin_days, 14);
        assert_eq!(
            c.status,
            StatusThresholds {
                at_risk: 0.2,
                off_track: 0.4
            }
        );
    }

    #[test]
    fn reads_every_key() {
        let mut d = Vec::new();
        let c = Config::parse(
            "title: CX\nlanguage: de\ndefault_cycle: 2026-q4\ntoday: 2026-11-20\nstatus: {at_risk: 0.1, off_track: 0.3}\nlint: {kr-activity: error, stale-checkin: off}\nstale_checkin_days: 21\nunsafe_html: false\n",
            &mut d,
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(c.language, Language::De);
        assert_eq!(c.default_cycle.as_deref(), Some("2026-q4"));
        assert_eq!(c.today, Some(Date::constant(2026, 11, 20)));
        assert_eq!(c.status.at_risk, 0.1);
        assert_eq!(c.severity(Rule::KrActivity), Some(Severity::Error));
        assert_eq!(c.severity(Rule::StaleCheckin), None);
        assert_eq!(c.severity(Rule::KrCount), Some(Severity::Warning));
        assert_eq!(c.stale_checkin_days, 21);
        assert!(!c.unsafe_html);
    }

    #[test]
    fn source_links_fit_the_forge() {
        let mut d = Vec::new();
        let github = Config::parse("repo_url: https://github.com/acme/okr/\n", &mut d);
        assert_eq!(
            github.source_url("content/a.md", 12).as_deref(),
            Some("https://github.com/acme/okr/blob/main/content/a.md#L12")
        );
        let gitlab = Config::parse(
            "repo_url: https://gitlab.example.com/cx/okr\nrepo_branch: trunk\n",
            &mut d,
        );
        assert_eq!(
            gitlab.source_url("content/a.md", 3).as_deref(),
            Some("https://gitlab.example.com/cx/okr/-/blob/trunk/content/a.md#L3")
        );
        let template = Config::parse(
            "repo_url: \"https://git.example/okr/src/branch/{branch}/{path}#L{line}\"\n",
            &mut d,
        );
        assert_eq!(
            template.source_url("content/a.md", 7).as_deref(),
            Some("https://git.example/okr/src/branch/main/content/a.md#L7")
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(Config::default().source_url("content/a.md", 1), None);
    }

    #[test]
    fn addresses_and_theme_names_are_checked() {
        for bad in [
            "base_url: not a url\n",
            "base_url: /okr/\n",
            "repo_url: javascript:alert(1)\n",
            "theme: ../../etc\n",
            "theme: /tmp/x\n",
        ] {
            let mut d = Vec::new();
            let c = Config::parse(bad, &mut d);
            assert_eq!(d.len(), 1, "{bad}: {d:?}");
            assert_eq!(d[0].rule, Rule::BadValue, "{bad}");
            assert_eq!(c.base_url, None);
            assert_eq!(c.repo_url, None);
            assert_eq!(c.theme, "default");
        }
        assert!(
            !Config::default().unsafe_html,
            "raw HTML is cleaned by default"
        );
        let mut d = Vec::new();
        let c = Config::parse("attention: {confidence: 0.3}\nunsafe_html: true\n", &mut d);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(c.attention_confidence, 0.3);
        assert!(c.unsafe_html);
    }

    #[test]
    fn findings_about_the_file_speak_its_language_even_before_language_is_read() {
        let mut d = Vec::new();
        Config::parse("titel: x\nlanguage: de\n", &mut d);
        assert_eq!(d[0].help.as_deref(), Some("Meinten Sie `title`?"));
        let mut d = Vec::new();
        let c = Config::parse("language: de\ntitle: [unclosed\n", &mut d);
        assert_eq!(c.language, Language::De);
        assert!(
            d[0].message
                .starts_with("okrbook.yaml ist kein gültiges YAML"),
            "{d:?}"
        );
    }

    #[test]
    fn a_config_that_is_not_a_mapping_is_one_finding_and_the_defaults() {
        for text in ["- title: CX\n", "CX handbook\n", "[title, CX]\n"] {
            let mut d = Vec::new();
            let c = Config::parse(text, &mut d);
            assert_eq!(d.len(), 1, "{text}: {d:?}");
            assert_eq!((d[0].rule, d[0].line), (Rule::BadValue, 1), "{text}");
            assert_eq!(d[0].message, "okrbook.yaml must be a mapping of keys");
            assert_eq!(d[0].help.as_deref(), Some("write `title: …`"));
            assert_eq!(c, Config::default());
        }
    }

    #[test]
    fn problems_become_findings_with_lines() {
        let mut d = Vec::new();
        Config::parse(
            "title: x\nlangauge: de\nlint: {kr-activty: error, kr-count: loud}\n",
            &mut d,
        );
        let got: Vec<_> = d
            .iter()
            .map(|x| (x.rule.id(), x.line, x.help.clone()))
            .collect();
        assert_eq!(
            got[0],
            ("unknown-field", 2, Some("did you mean `language`?".into()))
        );
        assert_eq!(
            got[1],
            (
                "unknown-field",
                3,
                Some("did you mean `kr-activity`?".into())
            )
        );
        assert_eq!(got[2].0, "bad-value");
        assert_eq!(got.len(), 3);
    }
}
