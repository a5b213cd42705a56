//! UI strings in German and English, from one table in the theme (`i18n.yaml`) that a
//! handbook's theme can extend or override key by key.

use std::collections::BTreeMap;

use crate::config::Language;
use crate::yaml;

/// The strings of one language, by key.
#[derive(Debug, Clone, Default)]
pub struct Strings {
    map: BTreeMap<String, String>,
}

impl Strings {
    /// Reads `key: {de: …, en: …}` entries; later tables override earlier ones.
    pub fn load(tables: &[&str], lang: Language) -> Result<Strings, String> {
        let mut map = BTreeMap::new();
        for text in tables {
            let root = yaml::parse(text, 0)
                .map_err(|e| format!("i18n.yaml line {}: {}", e.pos.line, e.message(lang)))?;
            for entry in root.as_map().unwrap_or(&[]) {
                check_entry(entry)?;
                let value = entry
                    .value
                    .get(lang.code())
                    .or_else(|| entry.value.get("en"))
                    .and_then(|e| e.value.as_text());
                if let Some(v) = value {
                    map.insert(entry.key.clone(), v.to_string());
                }
            }
        }
        Ok(Strings { map })
    }

    /// Whether the table has `key`.
    pub fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// The string for `key`, or the key itself so that a missing string shows.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.map.get(key).map_or(key, String::as_str)
    }

    pub fn as_map(&self) -> &BTreeMap<String, String> {
        &self.map
    }
}

/// The default theme's strings (for words outside the site, such as `diff`'s statuses).
pub fn default_strings(lang: Language) -> Strings {
    let table = super::theme::DEFAULT
        .iter()
        .find(|(p, _)| *p == "i18n.yaml")
        .and_then(|(_, b)| std::str::from_utf8(b).ok())
        .unwrap_or("");
    Strings::load(&[table], lang).unwrap_or_default()
}

/// An entry must be `key: {de: …, en: …}` with text values. A comma in an unquoted
/// value of a flow mapping (`{de: Grün (0,7–1,0)}`) splits it into more keys: that is
/// refused with the line, instead of showing "Grün (0" on every page.
fn check_entry(entry: &yaml::Entry) -> Result<(), String> {
    let line = entry.key_pos.line;
    let key = &entry.key;
    let Some(langs) = entry.value.as_map() else {
        return Err(format!(
            "i18n.yaml line {line}: `{key}` must be a mapping such as {{de: …, en: …}}"
        ));
    };
    for l in langs {
        if !matches!(l.key.as_str(), "de" | "en") || l.value.as_text().is_none() {
            return Err(format!(
                "i18n.yaml line {line}: `{key}` has `{}`, but only de: and en: with text; put a value that holds a comma or colon in quotes",
                l.key
            ));
        }
    }
    Ok(())
}

pub use crate::lang::{number, percent};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_table_is_whole_in_both_languages() {
        let table = std::str::from_utf8(
            super::super::theme::DEFAULT
                .iter()
                .find(|(p, _)| *p == "i18n.yaml")
                .unwrap()
                .1,
        )
        .unwrap();
        for lang in [Language::De, Language::En] {
            let s = Strings::load(&[table], lang).unwrap();
            for (k, v) in s.as_map() {
                assert!(!v.trim().is_empty(), "{k}");
                assert_eq!(v.matches('(').count(), v.matches(')').count(), "{k}: {v}");
            }
        }
        let de = Strings::load(&[table], Language::De).unwrap();
        assert_eq!(de.get("band.green"), "Grün (0,7–1,0)");
    }

    #[test]
    fn a_value_split_by_a_comma_is_refused_with_its_line() {
        let broken = "a: {de: Eins, en: One}\nband.green: {de: Grün (0,7–1,0), en: x}\n";
        let e = Strings::load(&[broken], Language::De).unwrap_err();
        assert!(e.starts_with("i18n.yaml line 2: `band.green`"), "{e}");
    }

    #[test]
    fn later_tables_override_and_fall_back_to_english() {
        let base = "a: {de: Eins, en: One}\nb: {en: Two}\n";
        let theme = "a: {de: Erstens}\n";
        let s = Strings::load(&[base, theme], Language::De).unwrap();
        assert_eq!(s.get("a"), "Erstens");
        assert_eq!(s.get("b"), "Two");
        assert_eq!(s.get("c"), "c");
    }
}
