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
                .map_err(|e| format!("i18n.yaml line {}: {}", e.pos.line, e.message))?;
            for entry in root.as_map().unwrap_or(&[]) {
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

    /// The string for `key`, or the key itself so that a missing string shows.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.map.get(key).map_or(key, String::as_str)
    }

    pub fn as_map(&self) -> &BTreeMap<String, String> {
        &self.map
    }
}

/// A number as people of the language write it: `4,5` in German, `4.5` in English;
/// whole numbers without decimals, others with up to two.
pub fn number(v: f64, lang: Language) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    match lang {
        Language::De => s.replace('.', ","),
        Language::En => s,
    }
}

/// A share in [0, 1] as a whole percentage.
pub fn percent(v: f64) -> u32 {
    (v * 100.0 + 1e-9).round().clamp(0.0, 100.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_by_language() {
        assert_eq!(number(4.5, Language::De), "4,5");
        assert_eq!(number(4.5, Language::En), "4.5");
        assert_eq!(number(35.0, Language::De), "35");
        assert_eq!(number(1.0 / 3.0, Language::En), "0.33");
        assert_eq!(percent(0.585), 59);
        assert_eq!(percent(7.0 / 15.0), 47);
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
