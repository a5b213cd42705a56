//! English verbs, from Open English Wordnet (CC BY 4.0, see `LICENSE.md` here): which
//! words are verbs, which of them are also nouns, and the verb forms regular morphology
//! cannot derive. `kr-activity` uses it to recognise a verb it has no list for ("Fix …",
//! "Distribute …", "… migrated to the cloud").
//!
//! The table is parsed once, on first use, into two hash maps; every look-up after that
//! is one or a few hash probes and allocates nothing.

use std::collections::HashMap;
use std::sync::LazyLock;

/// `lemma<TAB>verb senses<TAB>noun senses[<TAB>irregular forms]`, made by
/// `make_en_verbs.py` beside it.
const EN_VERBS: &str = include_str!("en-verbs.tsv");

/// Verbs of today's work vocabulary that the wordnet does not list, in the same format.
/// They are written for this project (not taken from the wordnet) and are only used when
/// the wordnet has no entry of the same spelling. Phrasal verbs written as one word
/// ("Rollout the new pricing", "Setup CI") are listed as verbs too.
const EN_VERBS_ADDED: &str = "\
benchmark\t1\t2
triage\t1\t1
curate\t1\t1
onboard\t1\t0
offboard\t1\t0
dogfood\t1\t1
upsell\t1\t1
cross-sell\t1\t1
refactor\t1\t0
prototype\t1\t2
productize\t1\t0
productise\t1\t0
operationalize\t1\t0
operationalise\t1\t0
livestream\t1\t1
webcast\t1\t1
upskill\t1\t0
reskill\t1\t0
dedupe\t1\t0
deduplicate\t1\t0
sunset\t1\t2\tsunsetted,sunsetting
relaunch\t1\t1
rebrand\t1\t1
replatform\t1\t0
re-platform\t1\t0
templatize\t1\t0
retarget\t1\t0
rebaseline\t1\t0
timebox\t1\t1
de-risk\t1\t0
rollout\t1\t1
setup\t1\t1
kickoff\t1\t1
cleanup\t1\t1
";

/// What Open English Wordnet says about one verb lemma.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnVerb {
    pub lemma: &'static str,
    /// How many verb senses the word has.
    pub verb_senses: u16,
    /// How many noun senses the same spelling has ("review", "track", "share").
    pub noun_senses: u16,
}

impl EnVerb {
    /// Whether the spelling is also a noun, so that a title may start with it as one
    /// ("Share of customers …", "Support tickets resolved …").
    pub fn also_noun(&self) -> bool {
        self.noun_senses > 0
    }
}

struct Table {
    lemmas: HashMap<&'static str, EnVerb>,
    /// Irregular and consonant-doubling forms to their lemma ("built" → "build").
    forms: HashMap<&'static str, &'static str>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut lemmas = HashMap::with_capacity(9_000);
    let mut forms = HashMap::with_capacity(1_500);
    for line in EN_VERBS
        .lines()
        .chain(EN_VERBS_ADDED.lines())
        .filter(|l| !l.starts_with('#'))
    {
        let mut cols = line.split('\t');
        let (Some(lemma), Some(v), Some(n)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        if lemmas.contains_key(lemma) {
            continue;
        }
        lemmas.insert(
            lemma,
            EnVerb {
                lemma,
                verb_senses: v.parse().unwrap_or(1),
                noun_senses: n.parse().unwrap_or(0),
            },
        );
        for form in cols
            .next()
            .unwrap_or("")
            .split(',')
            .filter(|f| !f.is_empty())
        {
            forms.entry(form).or_insert(lemma);
        }
    }
    Table { lemmas, forms }
});

/// The verb whose base form `word` (lower case) is: "fix", "distribute".
pub fn en_base(word: &str) -> Option<EnVerb> {
    TABLE.lemmas.get(word).copied()
}

/// The verb whose past tense or past participle `word` (lower case) is: "migrated",
/// "hired", "built", "shipped", "tried". Regular forms are undone by rule, the others
/// looked up among the irregular forms.
pub fn en_past(word: &str) -> Option<EnVerb> {
    if let Some(lemma) = TABLE.forms.get(word) {
        // The irregular forms also hold "-ing" forms ("running"); those are no past.
        return (!word.ends_with("ing")).then(|| TABLE.lemmas[lemma]);
    }
    if let Some(stem) = word.strip_suffix("ied") {
        return lookup_joined(stem, "y");
    }
    let stem = word.strip_suffix("ed")?;
    // "migrated" → "migrate", "hired" → "hire"; else "launched" → "launch".
    lookup_joined(stem, "e").or_else(|| en_base(stem))
}

/// The verb of `word` (lower case) in any of its forms read here: base, third person
/// singular or past ("launch", "launches", "launched").
pub fn en_verb_form(word: &str) -> Option<EnVerb> {
    en_base(word)
        .or_else(|| en_third_person(word))
        .or_else(|| en_past(word))
}

/// The verb whose third person singular `word` is: "reviews", "fixes", "tries".
pub fn en_third_person(word: &str) -> Option<EnVerb> {
    if let Some(stem) = word.strip_suffix("ies") {
        return lookup_joined(stem, "y");
    }
    let stem = word.strip_suffix('s')?;
    en_base(stem).or_else(|| word.strip_suffix("es").and_then(en_base))
}

fn lookup_joined(stem: &str, ending: &str) -> Option<EnVerb> {
    let mut buf = [0u8; 48];
    let len = stem.len() + ending.len();
    if len > buf.len() {
        return None;
    }
    buf[..stem.len()].copy_from_slice(stem.as_bytes());
    buf[stem.len()..len].copy_from_slice(ending.as_bytes());
    std::str::from_utf8(&buf[..len]).ok().and_then(en_base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_forms_and_nouns() {
        assert!(en_base("distribute").is_some_and(|v| !v.also_noun()));
        assert!(en_base("review").is_some_and(|v| v.also_noun()));
        assert!(en_base("workshop").is_none());
        assert!(en_base("customer").is_none());
        // The project's additions fill gaps of the wordnet.
        assert!(en_base("triage").is_some_and(|v| v.also_noun()));
        assert_eq!(en_past("onboarded").map(|v| v.lemma), Some("onboard"));
        assert_eq!(en_past("sunsetted").map(|v| v.lemma), Some("sunset"));
    }

    #[test]
    fn past_forms() {
        for (form, lemma) in [
            ("migrated", "migrate"),
            ("hired", "hire"),
            ("launched", "launch"),
            ("built", "build"),
            ("shipped", "ship"),
            ("tried", "try"),
            ("written", "write"),
            ("deployed", "deploy"),
        ] {
            assert_eq!(en_past(form).map(|v| v.lemma), Some(lemma), "{form}");
        }
        assert_eq!(en_past("running"), None);
        assert_eq!(en_past("red"), None);
    }

    #[test]
    fn third_person() {
        assert_eq!(en_third_person("reviews").map(|v| v.lemma), Some("review"));
        assert_eq!(en_third_person("fixes").map(|v| v.lemma), Some("fix"));
        assert_eq!(en_third_person("tries").map(|v| v.lemma), Some("try"));
        assert_eq!(en_third_person("customers"), None);
    }
}
