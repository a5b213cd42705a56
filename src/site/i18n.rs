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

/// The default theme's strings (for words outside the site, such as `diff`'s statuses).
pub fn default_strings(lang: Language) -> Strings {
    let table = super::theme::DEFAULT
        .iter()
        .find(|(p, _)| *p == "i18n.yaml")
        .and_then(|(_, b)| std::str::from_utf8(b).ok())
        .unwrap_or("");
    Strings::load(&[table], lang).unwrap_or_default()
}

/// A number as people of the language write it: `4,5` in German, `4.5` in English;
/// whole numbers without decimals, others with up to two.
pub fn number(v: f64, lang: Language) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else if v.is_finite() && v.abs() < 1e13 && ((v * 100.0).fract().abs() - 0.5).abs() > 1e-6 {
        // Hundredths as an integer: the same digits as `{:.2}` without the slow exact
        // float formatting (charts call this for every check-in).
        let h = (v * 100.0).round() as i64;
        let (int, frac) = (h.unsigned_abs() / 100, h.unsigned_abs() % 100);
        let sign = if h < 0 { "-" } else { "" };
        match frac {
            0 => format!("{sign}{int}"),
            f if f % 10 == 0 => format!("{sign}{int}.{}", f / 10),
            f => format!("{sign}{int}.{f:02}"),
        }
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
        assert_eq!(number(-2.5, Language::De), "-2,5");
        assert_eq!(number(0.05, Language::En), "0.05");
        assert_eq!(number(-0.004, Language::En), "0");
        assert_eq!(number(99.999, Language::En), "100");
        assert_eq!(number(12.30, Language::En), "12.3");
        // Ties keep std's rounding (to even on the exact binary value).
        assert_eq!(number(0.125, Language::En), format!("{:.2}", 0.125_f64));
        for v in [0.1, 0.015, 2.675, 1.005, 4.56789, -7.25, 1234.5678] {
            let std = format!("{v:.2}");
            let std = std.trim_end_matches('0').trim_end_matches('.');
            assert_eq!(number(v, Language::En), std, "{v}");
        }
        assert_eq!(percent(0.585), 59);
        assert_eq!(percent(7.0 / 15.0), 47);
    }

    #[test]
    fn numbers_match_std_rounding_over_a_sweep() {
        // Thousandths and a pseudo-random spread, against std's exact `{:.2}`; std's "-0"
        // for tiny negatives is the one place where okrbook deliberately says "0".
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let randoms = (0..20_000).map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 2_000_000_000) as f64 / 7_919.0 - 100_000.0
        });
        for v in (-20_000..20_000).map(|i| i as f64 / 1000.0).chain(randoms) {
            let std = format!("{v:.2}");
            let std = std.trim_end_matches('0').trim_end_matches('.');
            let std = if std == "-0" { "0" } else { std };
            assert_eq!(number(v, Language::En), std, "{v}");
        }
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
