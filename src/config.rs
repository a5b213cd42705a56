//! `okrbook.yaml`: the site configuration. Every key has a default.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Pos, Rule, Severity};
use crate::fields::{did_you_mean, Fields};
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

pub use crate::lang::Language;

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub title: Option<String>,
    pub language: Language,
    pub base_url: Option<String>,
    pub default_cycle: Option<String>,
    /// `today:`: the `as_of` date when `--as-of` is not given.
    pub today: Option<Date>,
    pub status: StatusThresholds,
    pub lint: BTreeMap<Rule, Level>,
    /// Days without a check-in after which `stale-checkin` fires.
    pub stale_checkin_days: i64,
    pub theme: String,
    pub repo_url: Option<String>,
    pub unsafe_html: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: None,
            language: Language::default(),
            base_url: None,
            default_cycle: None,
            today: None,
            status: StatusThresholds::default(),
            lint: BTreeMap::new(),
            stale_checkin_days: 14,
            theme: "default".into(),
            repo_url: None,
            unsafe_html: true,
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
    "theme",
    "repo_url",
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

    /// Reads the configuration text. Problems become findings on `okrbook.yaml`;
    /// whatever could be read is used and the rest keeps its default.
    pub fn parse(text: &str, diags: &mut Vec<Diagnostic>) -> Config {
        let mut cfg = Config::default();
        let root = match yaml::parse(text, 0) {
            Ok(root) => root,
            Err(e) => {
                diags.push(
                    Diagnostic::new(Rule::FrontMatter, FILE_NAME, e.pos, format!("okrbook.yaml is not valid YAML: {}", e.message))
                        .with_help("fix the YAML syntax at this line; every key has a default, so the file may also be empty"),
                );
                return cfg;
            }
        };
        if root.is_null() {
            return cfg;
        }
        let Some(entries) = root.as_map() else {
            diags.push(
                Diagnostic::new(
                    Rule::BadValue,
                    FILE_NAME,
                    root.pos,
                    "okrbook.yaml must be a mapping of keys such as `title: …`",
                )
                .with_help("write one `key: value` per line"),
            );
            return cfg;
        };
        let mut f = Fields::new(FILE_NAME, entries, diags);
        f.unknown_keys(KNOWN, "okrbook.yaml");
        cfg.title = f.text("title").map(|s| s.value);
        if let Some(l) = f.choice("language", &["de", "en"]) {
            cfg.language = if l.value == "de" {
                Language::De
            } else {
                Language::En
            };
        }
        cfg.base_url = f.text("base_url").map(|s| s.value);
        cfg.default_cycle = f.text("default_cycle").map(|s| s.value);
        cfg.today = f.date("today").map(|s| s.value);
        cfg.theme = f.text("theme").map_or(cfg.theme, |s| s.value);
        cfg.repo_url = f.text("repo_url").map(|s| s.value);
        cfg.unsafe_html = f.bool("unsafe_html").is_none_or(|s| s.value);
        if let Some(n) = f.number("stale_checkin_days") {
            if n.value >= 1.0 && n.value.fract() == 0.0 {
                cfg.stale_checkin_days = n.value as i64;
            } else {
                f.bad_value(
                    n.pos,
                    format!(
                        "`stale_checkin_days` must be a whole number of days ≥ 1, not {}",
                        n.value
                    ),
                    "write e.g. `stale_checkin_days: 14`",
                );
            }
        }
        if let Some(e) = f.entry("status") {
            read_status(&mut cfg, e, f.diags);
        }
        if let Some(e) = f.entry("lint") {
            read_lint(&mut cfg, e, f.diags);
        }
        cfg
    }
}

fn read_status(cfg: &mut Config, e: &yaml::Entry, diags: &mut Vec<Diagnostic>) {
    let Some(entries) = e.value.as_map() else {
        diags.push(
            Diagnostic::new(
                Rule::BadValue,
                FILE_NAME,
                e.key_pos,
                "`status` must be a mapping",
            )
            .with_help("write `status: {at_risk: 0.2, off_track: 0.4}`"),
        );
        return;
    };
    let mut f = Fields::new(FILE_NAME, entries, diags);
    f.unknown_keys(&["at_risk", "off_track"], "status");
    let mut t = cfg.status;
    for (key, slot) in [("at_risk", &mut t.at_risk), ("off_track", &mut t.off_track)] {
        if let Some(v) = f.number(key) {
            if (0.0..=1.0).contains(&v.value) {
                *slot = v.value;
            } else {
                f.bad_value(
                    v.pos,
                    format!("`{key}` must be between 0 and 1, not {}", v.value),
                    "a gap threshold is a share of the cycle, e.g. 0.2",
                );
            }
        }
    }
    if t.at_risk > t.off_track {
        let pos = f.key_pos("at_risk").unwrap_or(e.key_pos);
        f.bad_value(
            pos,
            format!(
                "`at_risk` ({}) must not be larger than `off_track` ({})",
                t.at_risk, t.off_track
            ),
            "at_risk is the smaller gap, e.g. at_risk: 0.2, off_track: 0.4",
        );
        return;
    }
    cfg.status = t;
}

fn read_lint(cfg: &mut Config, e: &yaml::Entry, diags: &mut Vec<Diagnostic>) {
    let Some(entries) = e.value.as_map() else {
        diags.push(
            Diagnostic::new(
                Rule::BadValue,
                FILE_NAME,
                e.key_pos,
                "`lint` must be a mapping of rule ids to error, warning or off",
            )
            .with_help("write e.g. `lint: {kr-activity: error}`"),
        );
        return;
    };
    let ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    for entry in entries {
        let Some(rule) = Rule::from_id(&entry.key) else {
            let mut d = Diagnostic::new(
                Rule::UnknownField,
                FILE_NAME,
                entry.key_pos,
                format!("`{}` is not a rule id", entry.key),
            );
            if let Some(s) = did_you_mean(&entry.key, &ids) {
                d = d.with_help(format!("did you mean `{s}`?"));
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
                        format!("the level of `{}` must be error, warning or off", entry.key),
                    )
                    .with_help("write e.g. `kr-activity: error`"),
                );
                continue;
            }
        };
        cfg.lint.insert(rule, level);
    }
}

/// Position 1:1 of the configuration file, for findings about it as a whole.
pub fn file_start() -> Pos {
    Pos::new(1, 1)
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
