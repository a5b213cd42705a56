//! The two languages okrbook speaks: findings, reports and the site are written in the
//! handbook's `language:` (German or English). Numbers are written as people of the
//! language write them.

/// The handbook's language, from `language:` in `okrbook.yaml` (default English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    De,
    #[default]
    En,
}

impl Language {
    /// `de` or `en`, as written in `okrbook.yaml` and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        match code {
            "de" => Some(Language::De),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// The English or the German text.
    pub fn pick<T>(self, en: T, de: T) -> T {
        match self {
            Language::En => en,
            Language::De => de,
        }
    }
}

/// Formats a message in the handbook's language: `say!(lang, "english {x}", "deutsch {x}")`.
/// Both texts are format strings that capture variables by name; only the one asked for
/// is formatted.
#[macro_export]
macro_rules! say {
    ($lang:expr, $en:literal, $de:literal $(,)?) => {
        match $lang {
            $crate::lang::Language::En => format!($en),
            $crate::lang::Language::De => format!($de),
        }
    };
}

/// A number as people of the language write it: `1.800,5` in German, `1,800.5` in
/// English; whole numbers without decimals, others with up to two.
pub fn number(v: f64, lang: Language) -> String {
    grouped(&plain_number(v), lang)
}

/// A number with exactly `decimals` decimals (`1.000,50`), as a title wrote it.
pub fn number_with_decimals(v: f64, decimals: usize, lang: Language) -> String {
    if decimals == 0 {
        return number(v, lang);
    }
    grouped(&format!("{v:.decimals$}"), lang)
}

/// `1800.5` written the language's way: `1.800,5`, `1,800.5`.
fn grouped(plain: &str, lang: Language) -> String {
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let (group, point) = lang.pick((',', '.'), ('.', ','));
    let mut out = String::with_capacity(plain.len() + 4);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 && int.len() > 3 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// A number with a point and no grouping, as in `okrs.json` and YAML: `1800.5`.
fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
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
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s == "-0" {
            "0".to_string()
        } else {
            s.to_string()
        }
    }
}

/// A number and its unit: `12 %`, `4,5 Punkte`, `35`; a unit that is a currency or a
/// word is separated by a space, as both languages write it.
pub fn with_unit(v: f64, unit: Option<&str>, lang: Language) -> String {
    let n = number(v, lang);
    match unit.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => format!("{n} {u}"),
        None => n,
    }
}

/// A share in [0, 1] as a whole percentage.
pub fn percent(v: f64) -> u32 {
    (v * 100.0 + 1e-9).round().clamp(0.0, 100.0) as u32
}

/// A date as the language writes it: `23.11.2026` or `2026-11-23`.
pub fn date(d: jiff::civil::Date, lang: Language) -> String {
    match lang {
        Language::De => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
        Language::En => d.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn say_formats_only_the_language_asked_for() {
        let id = "nps";
        assert_eq!(
            say!(Language::En, "key `{id}`", "Schlüssel `{id}`"),
            "key `nps`"
        );
        assert_eq!(
            say!(Language::De, "key `{id}`", "Schlüssel `{id}`"),
            "Schlüssel `nps`"
        );
    }

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
        for v in [0.1, 0.015, 2.675, 1.005, 4.56789, -7.25, 123.5678] {
            let std = format!("{v:.2}");
            let std = std.trim_end_matches('0').trim_end_matches('.');
            assert_eq!(number(v, Language::En), std, "{v}");
        }
        assert_eq!(percent(0.585), 59);
        assert_eq!(percent(7.0 / 15.0), 47);
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(number(1800.0, Language::De), "1.800");
        assert_eq!(number(1800.0, Language::En), "1,800");
        assert_eq!(number(999.0, Language::De), "999");
        assert_eq!(number(1234567.25, Language::De), "1.234.567,25");
        assert_eq!(number(-25000.5, Language::En), "-25,000.5");
        assert_eq!(with_unit(12.0, Some("%"), Language::De), "12 %");
        assert_eq!(with_unit(3.5, None, Language::De), "3,5");
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
            assert_eq!(plain_number(v), std, "{v}");
        }
    }

    #[test]
    fn dates_by_language() {
        let d = jiff::civil::Date::constant(2026, 3, 5);
        assert_eq!(date(d, Language::De), "05.03.2026");
        assert_eq!(date(d, Language::En), "2026-03-05");
    }
}
