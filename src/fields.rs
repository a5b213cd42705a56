//! Typed reading of front matter fields, one finding per wrong field.
//!
//! Every getter returns `None` after recording a `bad-value` finding when the value has
//! the wrong type, so that the rest of the document still loads and later rules can
//! still run on what is there.

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Pos, Rule};
use crate::lang::Language;
use crate::yaml::{Entry, Node};

/// A value together with the position of the key (or list item) it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> Spanned<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Spanned { value, pos }
    }
}

/// Reads the keys of one YAML mapping for one file.
pub struct Fields<'a> {
    pub file: &'a str,
    /// The handbook's language, for the messages of findings.
    pub lang: Language,
    entries: &'a [Entry],
    pub diags: &'a mut Vec<Diagnostic>,
    /// Known fields that unknown keys probably meant (`tem:` → `team`): rules about a
    /// missing field stay silent about these, so that one typo makes one finding.
    pub meant: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    pub fn new(
        file: &'a str,
        lang: Language,
        entries: &'a [Entry],
        diags: &'a mut Vec<Diagnostic>,
    ) -> Self {
        Fields {
            file,
            lang,
            entries,
            diags,
            meant: Vec::new(),
        }
    }

    /// The same file and findings, for a nested mapping (a key result, a check-in).
    pub fn nested<'b>(&'b mut self, entries: &'b [Entry]) -> Fields<'b> {
        Fields::new(self.file, self.lang, entries, self.diags)
    }

    /// The entry for `key`, unless it is missing or explicitly empty.
    pub fn entry(&self, key: &str) -> Option<&'a Entry> {
        self.entries
            .iter()
            .find(|e| e.key == key)
            .filter(|e| !e.value.is_null())
    }

    /// Position of a key, if present (even when empty).
    pub fn key_pos(&self, key: &str) -> Option<Pos> {
        self.entries
            .iter()
            .find(|e| e.key == key)
            .map(|e| e.key_pos)
    }

    /// Whether an unknown key of this mapping was probably meant to be `key`.
    pub fn misspelt(&self, key: &str) -> bool {
        self.meant.contains(&key)
    }

    pub fn bad_value(&mut self, pos: Pos, message: String, help: String) {
        self.diags
            .push(Diagnostic::new(Rule::BadValue, self.file, pos, message).with_help(help));
    }

    fn wrong_type(&mut self, e: &Entry, want_en: &str, want_de: &str, help: String) {
        let (key, is) = (&e.key, e.value.type_name(self.lang));
        let message = say!(
            self.lang,
            "`{key}` must be {want_en}, but it is {is}",
            "`{key}` muss {want_de} sein, ist aber {is}"
        );
        self.bad_value(e.key_pos, message, help);
    }

    /// Text: any scalar (numbers and dates are read as they are written).
    pub fn text(&mut self, key: &str) -> Option<Spanned<String>> {
        let e = self.entry(key)?;
        match e.value.as_text() {
            Some(t) => Some(Spanned::new(t.trim().to_string(), e.key_pos)),
            None => {
                let help = say!(
                    self.lang,
                    "write the value as text on the same line as the key",
                    "Den Wert als Text in dieselbe Zeile wie den Schlüssel schreiben"
                );
                self.wrong_type(e, "text", "Text", help);
                None
            }
        }
    }

    /// A finite number, written without quotes.
    pub fn number(&mut self, key: &str) -> Option<Spanned<f64>> {
        let e = self.entry(key)?;
        number_of(self, e, &e.value, e.key_pos)
    }

    pub fn bool(&mut self, key: &str) -> Option<Spanned<bool>> {
        let e = self.entry(key)?;
        match e.value.as_bool() {
            Some(b) => Some(Spanned::new(b, e.key_pos)),
            None => {
                // YAML 1.1 and people read yes/no as truth values; YAML 1.2 reads text.
                let word = e.value.as_text().map(|t| t.trim().to_lowercase());
                let lang = self.lang;
                let help = match word.as_deref() {
                    Some("yes" | "y" | "on" | "ja" | "wahr") => say!(
                        lang,
                        "write `true`: in YAML 1.2 only `true` and `false` are truth values",
                        "`true` schreiben: In YAML 1.2 sind nur `true` und `false` Wahrheitswerte"
                    ),
                    Some("no" | "n" | "off" | "nein" | "falsch") => say!(
                        lang,
                        "write `false`: in YAML 1.2 only `true` and `false` are truth values",
                        "`false` schreiben: In YAML 1.2 sind nur `true` und `false` Wahrheitswerte"
                    ),
                    _ => say!(
                        lang,
                        "write `true` or `false` without quotes",
                        "`true` oder `false` ohne Anführungszeichen schreiben"
                    ),
                };
                self.wrong_type(e, "true or false", "true oder false", help);
                None
            }
        }
    }

    /// A share from 0 to 1 (`confidence`, a gap threshold); `help` says what it means.
    pub fn share(&mut self, key: &str, help: String) -> Option<Spanned<f64>> {
        let v = self.number(key)?;
        if (0.0..=1.0).contains(&v.value) {
            return Some(v);
        }
        let n = crate::lang::number(v.value, self.lang);
        let message = say!(
            self.lang,
            "`{key}` must be between 0 and 1, not {n}",
            "`{key}` muss zwischen 0 und 1 liegen, nicht bei {n}"
        );
        self.bad_value(v.pos, message, help);
        None
    }

    /// The items of a list; anything else is a `bad-value` finding with `help`.
    pub fn seq(&mut self, key: &str, help: String) -> Option<&'a [Node]> {
        let e = self.entry(key)?;
        if let Some(items) = e.value.as_seq() {
            return Some(items);
        }
        self.wrong_type(e, "a list", "eine Liste", help);
        None
    }

    /// A `YYYY-MM-DD` date.
    pub fn date(&mut self, key: &str) -> Option<Spanned<Date>> {
        let e = self.entry(key)?;
        date_of(self, &e.key, &e.value, e.key_pos)
    }

    /// A list of text items; a single text value counts as a list of one.
    pub fn text_list(&mut self, key: &str) -> Vec<Spanned<String>> {
        let Some(e) = self.entry(key) else {
            return Vec::new();
        };
        if let Some(t) = e.value.as_text() {
            return vec![Spanned::new(t.trim().to_string(), e.key_pos)];
        }
        let Some(items) = e.value.as_seq() else {
            let help = say!(
                self.lang,
                "write the items as `[a, b]` or as `- a` lines below the key",
                "Die Einträge als `[a, b]` oder als `- a`-Zeilen unter den Schlüssel schreiben"
            );
            self.wrong_type(e, "a list", "eine Liste", help);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item.as_text() {
                Some(t) => out.push(Spanned::new(t.trim().to_string(), item.pos)),
                None if item.is_null() => {}
                None => {
                    let (key, is) = (&e.key, item.type_name(self.lang));
                    let message = say!(
                        self.lang,
                        "the items of `{key}` must be text, but one is {is}",
                        "Die Einträge von `{key}` müssen Text sein, einer ist aber {is}"
                    );
                    let help = say!(
                        self.lang,
                        "write one name or id per item",
                        "Pro Eintrag einen Namen oder eine Id schreiben"
                    );
                    self.bad_value(item.pos, message, help);
                }
            }
        }
        out
    }

    /// One of a fixed set of words (`increase`/`decrease`, …).
    pub fn choice(&mut self, key: &str, allowed: &[&str]) -> Option<Spanned<String>> {
        let v = self.text(key)?;
        if allowed.contains(&v.value.as_str()) {
            return Some(v);
        }
        let (value, list) = (&v.value, allowed.join(", "));
        let message = say!(
            self.lang,
            "`{key}` is `{value}`, but it must be one of: {list}",
            "`{key}` ist `{value}`, muss aber eines davon sein: {list}"
        );
        let help = match did_you_mean(&v.value, allowed) {
            Some(s) => meant(self.lang, s),
            None => say!(
                self.lang,
                "write one of: {list}",
                "Eines davon schreiben: {list}"
            ),
        };
        self.bad_value(v.pos, message, help);
        None
    }

    /// Reports every key that is not in `known`, with a did-you-mean; `of_what` names
    /// the mapping ("of an objective", "eines Ziels").
    pub fn unknown_keys(&mut self, known: &[&'static str], of_what: &str) {
        for e in self.entries {
            if known.contains(&e.key.as_str()) {
                continue;
            }
            let key = &e.key;
            let message = say!(
                self.lang,
                "`{key}` is not a field {of_what}",
                "`{key}` ist kein Feld {of_what}"
            );
            let help = match did_you_mean(key, known) {
                Some(s) => {
                    self.meant.push(s);
                    meant(self.lang, s)
                }
                None => {
                    let list = known.join(", ");
                    say!(self.lang, "known fields: {list}", "Bekannte Felder: {list}")
                }
            };
            self.diags.push(
                Diagnostic::new(Rule::UnknownField, self.file, e.key_pos, message).with_help(help),
            );
        }
    }
}

/// "did you mean `owner`?" in the handbook's language.
pub fn meant(lang: Language, candidate: &str) -> String {
    say!(
        lang,
        "did you mean `{candidate}`?",
        "Meinten Sie `{candidate}`?"
    )
}

/// A number out of any node (used for list items, too).
pub fn number_of(f: &mut Fields<'_>, e: &Entry, node: &Node, pos: Pos) -> Option<Spanned<f64>> {
    if let Some(v) = node.as_number() {
        return Some(Spanned::new(v, pos));
    }
    let lang = f.lang;
    let text = node.as_text().unwrap_or("…").trim();
    let percent = text
        .strip_suffix('%')
        .and_then(|n| crate::yaml::parse_number(&n.trim().replace(',', ".")));
    let help = if crate::yaml::parse_number(text).is_some() && node.is_quoted() {
        say!(
            lang,
            "remove the quotes: numbers are written without them, e.g. `{text}`",
            "Die Anführungszeichen entfernen: Zahlen stehen ohne sie, z. B. `{text}`"
        )
    } else if let Some(v) = crate::yaml::parse_number(&text.replace(',', ".")) {
        let point = crate::lang::number(v, Language::En).replace(',', "");
        say!(
            lang,
            "write the decimal with a point, e.g. {point} instead of {text}",
            "Dezimalzahlen mit Punkt schreiben, z. B. {point} statt {text}"
        )
    } else if let (Some(p), "confidence") = (percent, e.key.as_str()) {
        let share = p / 100.0;
        say!(
            lang,
            "confidence is a share from 0.0 to 1.0: write {share} instead of {text}",
            "Die Zuversicht ist ein Anteil von 0.0 bis 1.0: {share} statt {text} schreiben"
        )
    } else if percent.is_some() {
        say!(
            lang,
            "write the number alone and put `%` into `unit`",
            "Die Zahl allein schreiben und `%` unter `unit` angeben"
        )
    } else {
        say!(
            lang,
            "write a number such as 35 or 4.5",
            "Eine Zahl wie 35 oder 4.5 schreiben"
        )
    };
    let (key, is) = (&e.key, node.type_name(lang));
    let message = say!(
        lang,
        "`{key}` must be a number, but it is {is} (`{text}`)",
        "`{key}` muss eine Zahl sein, ist aber {is} (`{text}`)"
    );
    f.bad_value(pos, message, help);
    None
}

/// A date out of any node.
pub fn date_of(f: &mut Fields<'_>, key: &str, node: &Node, pos: Pos) -> Option<Spanned<Date>> {
    let text = node.as_text().unwrap_or("");
    match parse_date(text) {
        Some(d) => Some(Spanned::new(d, pos)),
        None => {
            let message = say!(
                f.lang,
                "`{key}` must be a date as YYYY-MM-DD, but it is `{text}`",
                "`{key}` muss ein Datum der Form JJJJ-MM-TT sein, ist aber `{text}`"
            );
            let help = say!(
                f.lang,
                "write the date as e.g. 2026-10-01",
                "Das Datum z. B. als 2026-10-01 schreiben"
            );
            f.bad_value(pos, message, help);
            None
        }
    }
}

/// Parses exactly `YYYY-MM-DD` into a real calendar date.
pub fn parse_date(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i16> {
        let s = text.get(r)?;
        if !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// The closest of `candidates` to `word`, if it is close enough to be a typo.
pub fn did_you_mean<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let w = word.to_lowercase();
    let wlen = w.chars().count();
    let wmask = char_mask(&w);
    let mut best: Option<(usize, &str)> = None;
    for &c in candidates {
        let clen = c.chars().count();
        let allowed = 2.max(clen / 4);
        // The edit distance is at least the difference in length: skip the expensive
        // comparison for candidates that cannot be close (a handbook has thousands of ids).
        if wlen.abs_diff(clen) > allowed
            || (wmask ^ char_mask(c)).count_ones() as usize > 2 * allowed
        {
            continue;
        }
        let d = strsim::damerau_levenshtein(&w, c);
        if d <= allowed && d < clen && best.is_none_or(|(bd, bc)| (d, c) < (bd, bc)) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Which characters occur in `s`, folded into 64 bits. One edit changes at most two
/// bits, so strings whose masks differ in more than `2k` bits are more than `k` edits apart.
fn char_mask(s: &str) -> u64 {
    s.chars().fold(0, |m, c| m | 1 << (c as u32 % 64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict_and_real() {
        assert!(parse_date("2026-10-01").is_some());
        assert!(parse_date("2028-02-29").is_some());
        assert!(parse_date("2026-02-29").is_none());
        assert!(parse_date("2026-13-01").is_none());
        assert!(parse_date("1.10.2026").is_none());
        assert!(parse_date("2026-1-01").is_none());
        assert!(parse_date("+026-10-01").is_none());
    }

    #[test]
    fn did_you_mean_finds_typos_only() {
        let known = ["owner", "title", "team", "target", "key_results"];
        assert_eq!(did_you_mean("ownr", &known), Some("owner"));
        assert_eq!(did_you_mean("titel", &known), Some("title"));
        assert_eq!(did_you_mean("keyresults", &known), Some("key_results"));
        assert_eq!(did_you_mean("budget", &known), None);
    }
}
