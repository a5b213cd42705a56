//! Counts: output nouns, counted output and what people outside the team do.

use super::*;

pub(super) fn en_output_noun(lower: &str) -> bool {
    EN_OUTPUT_SET.contains(lower)
}

pub(super) fn de_output_noun(lower: &str) -> bool {
    // "Fortbildungsstunden", "Workshoptage": the effort spent on an output.
    let effort = ["stunden", "tage", "einheiten"].iter().any(|e| {
        lower.strip_suffix(e).is_some_and(|m| {
            let m = m.strip_suffix('s').unwrap_or(m);
            m.len() >= 4 && ends_in(m, &DE_OUTPUT_STEMS)
        })
    });
    (effort || DE_OUTPUT_SET.contains(lower))
        && !DE_OTHERS_MODIFIERS
            .iter()
            .any(|m| lower.starts_with(m) && lower.len() > m.len() + 4)
}

pub(super) fn output_noun(lower: &str) -> Option<&'static str> {
    if en_output_noun(lower) {
        Some("en")
    } else if de_output_noun(lower) {
        Some("de")
    } else {
        None
    }
}

/// Whether an English noun names people outside the team or what they do, or customers
/// and users: "1,000 sign-ups", "enterprise customers".
pub(super) fn en_people_noun(lower: &str) -> bool {
    others_noun(lower) || en_noun_in(lower, &EN_CUSTOMER_FORMS)
}

pub(super) fn others_noun(lower: &str) -> bool {
    en_noun_in(lower, &EN_OTHERS_FORMS)
}

/// Singular and plural of English nouns, for one hash look-up per word.
pub(super) fn en_forms(stems: &[&'static str]) -> HashSet<String> {
    stems
        .iter()
        .flat_map(|s| {
            let plural = if s.ends_with('y') && !s.ends_with("ey") {
                format!("{}ies", &s[..s.len() - 1])
            } else if s.ends_with(['s', 'x', 'h']) {
                format!("{s}es")
            } else {
                format!("{s}s")
            };
            [s.to_string(), plural]
        })
        .collect()
}

pub(super) static EN_OTHERS_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_OTHERS_NOUNS));
pub(super) static EN_ROUTINE_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_ROUTINES));

/// Gatherings and check-ins that a frequency makes a routine ("Monthly customer
/// advisory board", "Weekly sync with sales").
#[rustfmt::skip]
pub(super) const EN_ROUTINES: &[&str] = &[
    "update", "hour", "sync", "standup", "stand-up", "retro", "retrospective", "check-in",
    "review", "1:1", "board", "forum", "council", "roundtable", "meetup", "huddle",
    "office-hour", "all-hands", "town-hall", "jour-fixe", "iteration", "experiment",
    "triage", "grooming", "backlog-refinement",
    // "Quarterly game day", "Monthly CEO town hall", "Annual third-party pentest".
    "pentest", "hall", "drill", "offsite", "walkthrough", "tabletop",
];

/// The same in German, matched as the end of a compound ("Kundenbeirat").
#[rustfmt::skip]
pub(super) const DE_ROUTINES: &[&str] = &[
    "runde", "austausch", "besprechung", "abstimmung", "review", "retro", "beirat", "forum",
    "sprechstunde", "jour", "sync", "update", "treffen", "call", "retrospektive",
    "retrospektiven", "standup", "stand-up", "meeting",
];
pub(super) static EN_CUSTOMER_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_CUSTOMERS));
pub(super) static EN_CONTACT_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_CONTACTS));

/// What reaches a service from customers: answering or resolving it is a service.
#[rustfmt::skip]
pub(super) const EN_CONTACTS: &[&str] = &[
    "question", "case", "incident", "issue", "refund", "return", "email", "e-mail", "call",
    "chat", "message", "contact", "escalation", "query",
];

/// Whether a word, or the last part of a hyphenated word, is one of the forms.
pub(super) fn en_noun_in(lower: &str, forms: &HashSet<String>) -> bool {
    forms.contains(lower)
        || lower
            .rsplit_once('-')
            .is_some_and(|(_, last)| forms.contains(last))
}

/// German nouns of customers and users, whose states and deeds are results.
#[rustfmt::skip]
pub(super) const DE_OTHERS_NOUNS: &[&str] = &[
    "kunde", "kundin", "kundinnen", "nutzer", "nutzerin", "nutzerinnen", "nutzende",
    "besucher", "besucherin", "bürger", "bürgerin", "patient", "lead", "leads", "bewerber",
    "bewerberin", "abonnent", "abonnentin", "follower", "käufer", "käuferin", "gast",
    "gäste", "teilnehmer", "teilnehmerin", "teilnehmende", "interessent", "interessentin",
    "mandant", "mandantin", "klient", "klientin", "anwender", "anwenderin",
];

/// German nouns of what customers place or send: their fate is a result ("Weniger
/// Bestellungen werden zurückgeschickt", "Anträge werden vollständig eingereicht").
#[rustfmt::skip]
pub(super) const DE_CUSTOMER_THINGS: &[&str] = &[
    "bestellung", "anfrage", "antrag", "anträge", "reklamation", "beschwerde", "buchung",
    "kündigung", "rücksendung", "retoure", "zahlung", "bewerbung", "auftrag", "aufträge",
    "rückfrage", "schadensmeldung", "meldung",
];

pub(super) fn de_customer_thing(lower: &str) -> bool {
    lower.len() >= 5 && DE_CUSTOMER_SET.contains(lower)
}

/// A German word for the team's own staff as a whole or its leads: "Mitarbeitende",
/// "Mitarbeiter:innen", "Belegschaft", "Führungskräfte", "Teamleitungen".
pub(super) fn de_own_staff(w: &Word) -> bool {
    w.lower.starts_with("mitarbeit")
        || w.lower.starts_with("teamleit")
        || is(
            w,
            &[
                "belegschaft",
                "führungskräfte",
                "führungskräften",
                "teamleads",
            ],
        )
}

pub(super) fn de_others_noun(lower: &str) -> bool {
    // German nouns end in their head; a short word cannot end in a longer stem.
    lower.len() >= 4 && DE_OTHERS_SET.contains(lower)
}

/// A list of noun stems, matched like `is_noun` but with one hash look-up per suffix of
/// the word instead of one comparison per stem and ending: every stem is stored with
/// every ending once.
pub(super) struct NounSet {
    pub(super) forms: HashSet<String>,
    pub(super) german: bool,
}

impl NounSet {
    pub(super) fn new(stems: &[&str], german: bool) -> Self {
        let endings: &[&str] = if german {
            &["", "s", "e", "en", "n", "er"]
        } else {
            &["", "s", "es"]
        };
        let mut forms: HashSet<String> = stems
            .iter()
            .flat_map(|s| endings.iter().map(move |e| format!("{s}{e}")))
            .collect();
        if !german && stems.contains(&"study") {
            forms.insert("studies".to_string());
        }
        NounSet { forms, german }
    }

    /// Whether `word`, or its last hyphenated part, is one of the nouns or (in German) a
    /// compound ending in one with more than two letters before it.
    pub(super) fn contains(&self, word: &str) -> bool {
        let last = word.rsplit('-').next().unwrap_or(word);
        self.at_end(last) || (last.len() != word.len() && self.at_end(word))
    }

    pub(super) fn at_end(&self, w: &str) -> bool {
        self.forms.contains(w)
            || (self.german
                && w.char_indices()
                    .any(|(i, _)| i > 2 && self.forms.contains(&w[i..])))
    }
}

/// Whether `word` ends with one of the strings of `set` (checked once per suffix).
pub(super) fn ends_in(word: &str, set: &HashSet<&'static str>) -> bool {
    word.char_indices().any(|(i, _)| set.contains(&word[i..]))
}

pub(super) fn str_set(list: &[&'static str]) -> HashSet<&'static str> {
    list.iter().copied().collect()
}

pub(super) static EN_OUTPUT_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(EN_OUTPUT_NOUNS, false));
pub(super) static DE_OUTPUT_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(DE_OUTPUT_NOUNS, true));
pub(super) static DE_OTHERS_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(DE_OTHERS_NOUNS, true));
pub(super) static DE_CUSTOMER_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(DE_CUSTOMER_THINGS, true));
pub(super) static DE_RESULT_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(DE_RESULT_NOUNS, true));
pub(super) static DE_ROUTINE_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(DE_ROUTINES, true));
pub(super) static DE_OUTPUT_STEMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| str_set(DE_OUTPUT_NOUNS));
pub(super) static DE_USES_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| str_set(DE_USES));
pub(super) static DE_OUTCOME_VERB_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| str_set(DE_OUTCOME_VERBS));
pub(super) static DE_OUTCOME_PARTICIPLE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| str_set(DE_OUTCOME_PARTICIPLES));

/// Whether `word` is the noun `stem`, its plural, or a compound ending in it
/// ("CX-Workshops", "Kundenworkshops", "Mitarbeiterschulungen").
pub(super) fn is_noun(word: &str, stem: &str, german: bool) -> bool {
    let last = word.rsplit('-').next().unwrap_or(word);
    let endings: &[&str] = if german {
        &["", "s", "e", "en", "n", "er"]
    } else {
        &["", "s", "es"]
    };
    let matches_at_end = |w: &str| {
        endings.iter().any(|e| {
            w.strip_suffix(e).is_some_and(|base| {
                base == stem || (german && base.ends_with(stem) && base.len() > stem.len() + 2)
            })
        })
    };
    matches_at_end(last)
        || matches_at_end(word)
        || (!german && stem == "study" && last == "studies")
}

/// German participles inflect ("durchgeführten", "versendete").
pub(super) fn is_de_participle_inflected(word: &str) -> bool {
    ["", "e", "en", "er", "es", "em"].iter().any(|e| {
        word.strip_suffix(e)
            .is_some_and(|p| p.len() > 4 && de_participle(p).is_some())
    })
}

/// Outputs that customers make as often as the team does: calls, visits, mails.
pub(super) const TWO_WAY: &[&str] = &[
    "call",
    "visit",
    "mail",
    "email",
    "e-mail",
    "anruf",
    "besuch",
    "telefonat",
    "demo",
    "dm",
];

pub(super) fn two_way(lower: &str) -> bool {
    TWO_WAY
        .iter()
        .any(|s| is_noun(lower, s, false) || is_noun(lower, s, true))
}

/// Whether a title says the team is the one calling, visiting or mailing: a participle
/// of doing ("sent", "versendet"), "by the team", "durch die Geschäftsleitung", "to
/// customers", "an Kunden", "outbound".
pub(super) fn outbound(ws: &[Word]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        let ahead = || ws[i + 1..].iter().take(3);
        is(
            w,
            &[
                "outbound",
                "outreach",
                "proactive",
                "proaktive",
                "proaktiv",
                "follow-up",
                "cold",
            ],
        ) || ["kaltakquise", "akquise", "outbound"]
            .iter()
            .any(|p| w.lower.starts_with(p) && w.lower.len() > p.len() + 2)
            || (is(w, &["by", "durch", "von"])
                && ahead().any(|x| {
                    is(
                        x,
                        &[
                            "team",
                            "leadership",
                            "management",
                            "sales",
                            "staff",
                            "geschäftsleitung",
                            "vertrieb",
                            "führung",
                            "mitarbeitende",
                            "account",
                            "ceo",
                            "founders",
                        ],
                    ) || x.lower.ends_with("team")
                }))
            || (is(w, &["to", "an", "with", "mit"])
                && ahead().any(|x| others_noun(&x.lower) || de_others_noun(&x.lower)))
            || (w.lower.ends_with("ed")
                && lexicon::en_past(&w.lower).is_some_and(|v| !en_outcome(&v)))
            || is(w, &["sent", "made", "held", "done"])
            || (!w.capital
                && w.lower.len() > 5
                && de_participle(&w.lower).is_some()
                && !de_outcome_participle(&w.lower))
            // "20 Hausbesuche", "Kundenbesuche", "Unternehmensbesuche": a visit named by
            // where the team goes.
            || DE_VISITED.iter().any(|p| {
                w.lower
                    .strip_prefix(p)
                    .is_some_and(|r| r.starts_with("besuch"))
            })
    })
}

/// Places and people the team visits, as the first part of a German "-besuch" compound.
#[rustfmt::skip]
const DE_VISITED: &[&str] = &[
    "haus", "kunden", "unternehmens", "betriebs", "vor-ort-", "praxis", "baustellen",
    "firmen", "schul", "händler", "partner", "lieferanten", "filial", "standort",
];

/// "Increase the number of B2B customers … from 40 to 120, each making 1,000 calls per
/// month": a count of people changed, whatever they do.
pub(super) fn people_count_changed(ws: &[Word], m: &Measure) -> bool {
    m.strong
        && ws
            .first()
            .is_some_and(|f| lexicon::en_base(&f.lower).is_some_and(|v| en_change(&v)))
        && ws.iter().take(4).any(|w| w.lower == "number")
        && ws.iter().skip(2).take(5).any(|w| en_people_noun(&w.lower))
}

/// Output per unit of time: "Story points per sprint", "3 Webinare pro Monat".
pub(super) fn output_per_time(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // "Story points per sprint", "Blogartikel pro Monat"
    if outsiders_do(ws) {
        return None;
    }
    for (i, w) in ws.iter().enumerate() {
        if is(w, &["per", "pro", "a"]) && ws.get(i + 1).is_some_and(|n| is(n, TIME_UNITS)) && i >= 1
        {
            // "Story points delivered per sprint", "Pull requests merged per week": a
            // participle of doing may stand between the output and its time unit.
            let at = if i >= 2 && participle_of_doing(&ws[i - 1]) && !ws[i - 2].ends_clause {
                // "Pull requests merged …": the compound's output may be its modifier.
                let modifier = i >= 3
                    && output_noun(&ws[i - 2].lower).is_none()
                    && output_noun(&ws[i - 3].lower).is_some()
                    && !ws[i - 3].ends_clause;
                if modifier {
                    i - 3
                } else {
                    i - 2
                }
            } else {
                i - 1
            };
            let p = &ws[at];
            let others_made = ws[..i - 1]
                .iter()
                .rev()
                .take(2)
                .any(|x| is(x, &["media", "press", "news", "page", "site", "website"]));
            // "Blog posts generate 2,000 visits per month": what the output achieves is
            // counted, and calls, visits and mails go both ways.
            let achieved = ws[..i - 1].iter().any(|x| is(x, OUTPUT_ACHIEVES))
                || output_qualified(&ws[i + 2..]);
            let theirs = two_way(&p.lower) && !outbound(ws);
            if let (Some(lang), false) = (output_noun(&p.lower), others_made || achieved || theirs)
            {
                if !m.strong || !ws.iter().any(|x| x.percent) {
                    let counted = ws[..at].iter().rev().take(3).find(|x| x.number);
                    let phrase: Vec<&str> = ws[at..=i + 1].iter().map(|x| x.text).collect();
                    let evidence = match counted {
                        Some(c) => format!("{} {}", c.text, phrase.join(" ")),
                        None => phrase.join(" "),
                    };
                    return Some(ActivityMatch::new(
                        ActivityForm::OutputCount,
                        evidence,
                        lang,
                    ));
                }
            }
        }
    }
    None
}

/// The team's own people, as agents of its output.
#[rustfmt::skip]
pub(super) const OWN_PEOPLE: &[&str] = &[
    "team", "teams", "leadership", "management", "sales", "staff", "ceo", "founders",
    "geschäftsleitung", "vertrieb", "führung", "mitarbeitende", "account", "agents",
];

/// What others do with an output, in English lemmas and German participles.
#[rustfmt::skip]
pub(super) const EN_USES: &[&str] = &[
    "use", "adopt", "rate", "rank", "view", "read", "download", "visit", "attend", "open",
    "click", "share", "like", "buy", "purchase", "book", "recommend", "cite", "install",
    "subscribe", "watch", "play", "star", "fork", "reuse", "approve", "accept",
];
#[rustfmt::skip]
pub(super) const DE_USES: &[&str] = &[
    "genutzt", "verwendet", "bewertet", "gelesen", "heruntergeladen", "geöffnet", "geteilt",
    "gekauft", "gebucht", "empfohlen", "angesehen", "aufgerufen", "installiert", "abonniert",
    "zitiert", "angenommen", "besucht",
];

/// Whether what follows a counted output measures its effect, which makes the title
/// measure more than output: what others do with it ("used by customers", "rated 4.5",
/// "viewed 1,000 times", "mit je 100 Teilnehmenden") or a quality it must have
/// ("without a hotfix", "ohne Hotfix", "with no regressions").
pub(super) fn output_qualified(rest: &[Word]) -> bool {
    rest.iter().enumerate().any(|(k, w)| {
        let ahead = || rest[k + 1..].iter().take(4);
        // A participle of what others do with it: "used", "adopted", "rated", "viewed".
        let effect = lexicon::en_past(&w.lower).is_some_and(|v| EN_USES.contains(&v.lemma))
            || (!w.capital && ends_in(&w.lower, &DE_USES_SET));
        // Others as agents or companions: "by 300 customers", "with 100 attendees each";
        // not the team's own people ("by the leadership team", "with sales").
        let people = |x: &Word| {
            (en_people_noun(&x.lower) || de_others_noun(&x.lower))
                && !is(x, OWN_PEOPLE)
                && !x.lower.ends_with("team")
        };
        let crowd = (is(w, &["by", "von", "durch"]) && ahead().any(people))
            || (is(w, &["with", "mit"]) && ahead().any(|x| x.number) && ahead().any(people));
        // A quality: "without a hotfix", "ohne Hotfix", "with no regressions".
        let quality = is(w, &["without", "ohne"])
            || (is(w, &["with", "mit"])
                && ahead()
                    .next()
                    .is_some_and(|x| is(x, &["no", "keine", "zero", "null"])));
        // What it does for the business: "features that close $500k in deals".
        let earns = is(w, &["that", "which", "die", "welche"])
            && rest[k + 1..].iter().take(6).any(|x| x.money || x.percent);
        effect
            || crowd
            || quality
            || earns
            || (w.number && ahead().any(|x| is(x, &["times", "mal"])))
    })
}

/// A count of the team's own output: "20 blog articles", "Anzahl der durchgeführten
/// Workshops".
pub(super) fn output_count(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // "number of workshops held", "Anzahl der durchgeführten Workshops".
    if let Some(found) = (0..ws.len())
        .find_map(|i| count_word_of_output(ws, i))
        .or_else(|| de_more_output(ws))
        .or_else(|| de_people_asked(ws))
    {
        return Some(found);
    }
    if measures_rate_or_share(ws, m) {
        return None;
    }
    // "Zero SOC 2 audit exceptions": nobody sets out to make none of a thing.
    if ws
        .first()
        .is_some_and(|w| is(w, &["zero", "null", "keine", "no"]))
    {
        return None;
    }
    if let Some(found) = de_made_output_first(ws).or_else(|| de_output_at_places(ws, m)) {
        return Some(found);
    }
    // A number shortly before an output noun: "12 workshops", "5 neue Schulungen".
    // "500 attendees at our 3 webinars": a title that opens with a crowd of others counts
    // them; the output named after them is where they come.
    // "25 new contributors with at least one merged PR": an adjective may stand before
    // them, and what they did may follow.
    let noun_at = if ws.get(1).is_some_and(|w| is(w, CROWD_ADJECTIVES)) {
        2
    } else {
        1
    };
    let crowd_first = ws.first().is_some_and(|w| w.number)
        && ws
            .get(noun_at)
            .is_some_and(|w| en_people_noun(&w.lower) || people_form(w))
        && ws.get(noun_at + 1).is_some_and(|w| {
            is(
                w,
                &["at", "across", "in", "from", "with", "bei", "aus", "mit"],
            )
        });
    if crowd_first {
        return None;
    }
    (0..ws.len())
        .filter(|&i| counts_something(ws, i))
        .find_map(|i| number_of_output(ws, i))
}

/// Adjectives before a crowd of others counted: "25 new contributors", "300 aktive Nutzer".
#[rustfmt::skip]
const CROWD_ADJECTIVES: &[&str] = &[
    "new", "active", "returning", "unique", "paying", "repeat", "additional", "first-time",
    "neue", "aktive", "zusätzliche", "zahlende",
];

/// "number of workshops held", "Anzahl der durchgeführten Workshops": a count word at
/// `i` whose noun phrase names output or a doing done.
pub(super) fn count_word_of_output(ws: &[Word], i: usize) -> Option<ActivityMatch> {
    let w = &ws[i];
    let &(_, lang) = COUNT_WORDS.iter().find(|(c, _)| *c == w.lower)?;
    let end = count_phrase_end(ws, i);
    // "Number of calls per order" is a rate: what is counted per order is no output.
    // But "Kundenbesuche pro Außendienstmitarbeiter" is a quota of the team's own work.
    let rate = ws.get(end).is_some_and(|x| is(x, &["per", "pro", "je"]))
        && ws
            .get(end + 1)
            .is_none_or(|n| !is(n, TIME_UNITS) && !staff_at(ws, end + 1));
    if rate {
        return None;
    }
    let window = &ws[i + 1..end];
    // "number of sales calls": "sales" before an output noun names the team's kind of it
    // ("customer visits" may be the customers').
    let modifies_output = |k: usize| {
        window[k].lower == "sales"
            && window
                .get(k + 1)
                .is_some_and(|n| output_noun(&n.lower).is_some())
    };
    // "Wir halbieren die Zahl der Anrufe beim IT-Support", "Reduce the number of calls to
    // the help desk": calls or mails brought down are those that come in, unless the
    // title says the team makes them.
    if ws.iter().any(|x| is(x, COUNT_BROUGHT_DOWN))
        && window.iter().any(|x| two_way(&x.lower))
        && !outbound(ws)
    {
        return None;
    }
    if window.iter().enumerate().any(|(k, x)| {
        is_result_marker(&x.lower)
            || (others_noun(&x.lower) && !modifies_output(k))
            || people_form(x)
            || defect_word(&x.lower)
    }) {
        return None;
    }
    // "number of regressions experienced in release lines": defects counted measure
    // quality, unless the team's fixing them is counted ("number of bugs fixed").
    let defects = window
        .iter()
        .any(|x| en_noun_in(&x.lower, &EN_DEFECT_FORMS));
    let fixed = ws[i + 1..].iter().take(6).any(|x| {
        lexicon::en_past(&x.lower)
            .is_some_and(|v| matches!(v.lemma, "fix" | "resolve" | "close" | "address" | "solve"))
    });
    if defects && !fixed {
        return None;
    }
    // "number of emails from clients", "Anzahl der Anfragen von Kunden": sent by people
    // outside the team, not made by it.
    let sent_by_others = ws.get(end).is_some_and(|x| is(x, &["from", "von"]))
        && ws[end + 1..]
            .iter()
            .take(3)
            .any(|x| en_people_noun(&x.lower) || people_form(x));
    if sent_by_others {
        return None;
    }
    if (i + 1..end).any(|k| web_sessions(ws, k)) {
        return None;
    }
    let noun = window.iter().find(|x| output_noun(&x.lower).is_some());
    // "number of non-OCTO built capabilities", "number of community-built plugins": an
    // agent before the participle who is not the team made them.
    let participle = window
        .iter()
        .enumerate()
        .find(|(k, x)| participle_of_doing(x) && !(*k > 0 && outside_agent(&window[k - 1])))
        .map(|(_, x)| x);
    let n = noun.or(participle)?;
    Some(ActivityMatch::new(
        ActivityForm::OutputCount,
        format!("{} … {}", w.text, n.text),
        lang,
    ))
}

/// Participles of what others hand in: "80 submitted projects".
#[rustfmt::skip]
pub(super) const HANDED_IN: &[&str] = &[
    "submitted", "contributed", "received", "nominated", "donated", "entered",
];

/// Verbs that bring a count down, in the forms a title uses.
#[rustfmt::skip]
pub(super) const COUNT_BROUGHT_DOWN: &[&str] = &[
    "reduce", "reduced", "reduces", "cut", "cuts", "halve", "halved", "halves", "decrease",
    "decreased", "decreases", "lower", "lowered", "minimize", "minimise", "minimized",
    "minimised", "senken", "gesenkt", "senkt", "sinkt", "sinken", "reduzieren", "reduziert",
    "halbieren", "halbiert", "verringern", "verringert", "minimieren",
    "minimiert",
];

/// A German noun of people in a gendered form ("Abonnent*innen", "Kund:innen",
/// "TeilnehmerInnen", "Kundinnen"), or a German noun of others ("Abonnenten"): counted,
/// people are others, whatever compound stands before them.
pub(super) fn people_form(w: &Word) -> bool {
    let gendered = ["*innen", ":innen", "_innen", "/innen"]
        .iter()
        .any(|g| w.lower.contains(g))
        || w.text.ends_with("Innen")
        || (w.capital && w.lower.ends_with("innen") && w.lower.chars().count() > 7);
    gendered || (w.capital && de_others_noun(&w.lower))
}

/// A modifier that names makers outside the team: "non-OCTO", "third-party",
/// "external", "community", "user".
pub(super) fn outside_agent(w: &Word) -> bool {
    w.lower.starts_with("non-")
        || is(
            w,
            &["third-party", "external", "community", "partner", "vendor"],
        )
        || en_people_noun(&w.lower)
}

/// Where the noun phrase after the count word at `i` ends: "Anzahl von Bugs pro
/// Feature" counts bugs (per feature, a rate), "number of calls to customers" calls.
pub(super) fn count_phrase_end(ws: &[Word], i: usize) -> usize {
    let end = ws.len().min(i + 5);
    for (k, x) in ws.iter().enumerate().take(end).skip(i + 1) {
        let content_before = ws[i + 1..k]
            .iter()
            .any(|y| !is(y, &["of", "von", "der", "des", "die", "the", "an", "a"]));
        if is(x, &["per", "pro", "je"]) || (content_before && is(x, COUNT_ENDERS)) {
            return k;
        }
    }
    end
}

/// Participles and adjectives of things gone wrong: a count of failed deploys or dropped
/// events measures quality, not output.
#[rustfmt::skip]
pub(super) const DEFECT_WORDS: &[&str] = &[
    "failed", "failing", "dropped", "lost", "missed", "broken", "rejected", "abandoned",
    "delayed", "cancelled", "canceled", "crashed", "churned", "escalated", "reopened",
    "bounced", "returned", "declined", "blocked", "stalled", "duplicated", "duplicate",
    "leaked", "skipped", "flaky", "unresolved", "overdue", "late", "erroneous", "faulty",
    "defective",
    "fehlgeschlagene", "fehlgeschlagenen", "abgebrochene", "abgebrochenen", "stornierte",
    "stornierten", "verlorene", "verlorenen", "reklamierte", "reklamierten", "fehlerhafte",
    "fehlerhaften", "verspätete", "verspäteten", "offene", "offenen",
];

pub(super) fn defect_word(lower: &str) -> bool {
    DEFECT_WORDS.contains(&lower)
}

/// "durchgeführten", "held", "published": a participle of a doing, not of a result.
pub(super) fn participle_of_doing(x: &Word) -> bool {
    if defect_word(&x.lower) {
        return false;
    }
    // A German participle is written in lower case: "Vereinsaustritte" is a noun.
    (x.lower.len() > 5
        && !x.capital
        && is_de_participle_inflected(&x.lower)
        && !de_outcome_participle(&x.lower))
        || (lexicon::en_past(&x.lower)
            .is_some_and(|v| !en_outcome(&v) || EN_DOING_DESPITE.contains(&v.lemma))
            && x.lower.ends_with("ed"))
        || is(
            x,
            &["held", "run", "built", "sent", "written", "done", "made"],
        )
}

/// "Öffnungsrate …", "80 % der Tickets", "Anrufe pro Bestellung": the title measures a
/// rate or a share, not a count.
pub(super) fn measures_rate_or_share(ws: &[Word], m: &Measure) -> bool {
    if m.strong && !ws.iter().any(|w| is(w, &["per", "pro"])) {
        // A rate or share of something ("Öffnungsrate …", "80 % der Tickets").
        return true;
    }
    if m.strong {
        // "pro" with a non-time word: a rate ("Anrufe pro Bestellung").
        let rate = ws.iter().enumerate().any(|(i, w)| {
            is(w, &["per", "pro", "je"]) && !ws.get(i + 1).is_some_and(|n| is(n, TIME_UNITS))
        });
        if rate || ws.iter().any(|w| w.percent || is_result_marker(&w.lower)) {
            return true;
        }
    }
    false
}

/// Whether the word at `i` is a number that counts things: not a share, not a named
/// number ("Version 2"), not what the team receives, not a year.
pub(super) fn counts_something(ws: &[Word], i: usize) -> bool {
    let w = &ws[i];
    if !w.number || w.percent || w.money || w.aside || w.text.contains('/') {
        return false;
    }
    if ws
        .get(i + 1)
        .is_some_and(|n| n.lower == "%" || is(n, &["of", "der", "von", "x", "mal"]))
    {
        return false;
    }
    if i > 0 && is(&ws[i - 1], NUMBER_NAMERS) {
        return false;
    }
    if outsiders_do(&ws[..i]) {
        return false;
    }
    // "Get 75 posts on the forum", "Receive 20 guest articles": what the team
    // receives was made by others. "Secure 10 new projects", "10 neue Projekte sichern":
    // what the team wins was given by others.
    if ws[..i]
        .iter()
        .rev()
        .take(3)
        .any(|x| is(x, EN_RECEIVE_VERBS) || is(x, &["secure", "secures", "secured"]))
        || ws[i + 1..].iter().any(|x| is(x, DE_WIN_VERBS))
    {
        return false;
    }
    !is_year(w)
}

/// "Users complete 3 workouts per week", "Customers watch 2 videos a week": people
/// outside the team as the subject of a verb do what is counted after it.
pub(super) fn outsiders_do(ws: &[Word]) -> bool {
    (0..ws.len().saturating_sub(1)).take(3).any(|k| {
        en_noun_in(&ws[k].lower, &EN_OUTSIDERS_FORMS)
            && ws[k].lower.ends_with('s')
            && ws[k + 1..]
                .iter()
                .find(|w| !(w.lower.ends_with("ly") && lexicon::en_base(&w.lower).is_none()))
                .is_some_and(|v| lexicon::en_base(&v.lower).is_some() && !is(v, EN_AUXILIARIES))
    })
}

/// Names of months, English and German.
#[rustfmt::skip]
pub(super) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli",
    "oktober", "dezember",
];

/// A year ("2024", "1999"): it names a time, it counts nothing.
pub(super) fn is_year(w: &Word) -> bool {
    w.lower.len() == 4
        && (w.lower.starts_with("19") || w.lower.starts_with("20"))
        && w.lower.chars().all(|c| c.is_ascii_digit())
}

/// "12 workshops", "5 neue Schulungen": an output noun of the team's within three words
/// after the number at `i`.
pub(super) fn number_of_output(ws: &[Word], i: usize) -> Option<ActivityMatch> {
    // The noun phrase after the number, up to a preposition or a clause's end: its
    // last noun is its head ("10 resident contributor organization workshops").
    let mut phrase: Vec<&Word> = Vec::new();
    for x in ws.iter().skip(i + 1).take(5) {
        // "300 Leads aus der Messe": a German preposition ends it too.
        if is(x, EN_PREPOSITIONS)
            || (is(x, DE_PREPOSITIONS) && x.lower != "an")
            || x.number
            || x.percent
        {
            break;
        }
        phrase.push(x);
        if x.ends_clause {
            break;
        }
    }
    let window: Vec<&Word> = ws.iter().skip(i + 1).take(3).collect();
    // "80 submitted projects", "200 contributed plugins": made and handed in by others.
    if window.first().is_some_and(|w| is(w, HANDED_IN)) {
        return None;
    }
    for (k, next) in window.iter().enumerate() {
        if counts_people(&window, k) {
            if !compound_of_output(&phrase, k) {
                return None;
            }
            let kh = phrase.len() - 1;
            let head = phrase[kh];
            let lang = output_noun(&head.lower)?;
            return counted_output(ws, &phrase, i, kh, lang);
        }
        let Some(lang) = output_noun(&next.lower) else {
            continue;
        };
        // "Mindestens 8 Fachmedien berichten über …": a German noun is written with a
        // capital; in lower case it is a verb (unless the whole title is in lower case).
        if lang == "de" && !next.capital && ws.iter().any(|w| w.capital) {
            continue;
        }
        // "3.000 Downloads des Whitepapers", "500 views of the demo video": what others
        // do with the output is counted, not the output.
        let acted_on = window[..k]
            .windows(2)
            .any(|p| others_noun(&p[0].lower) && is(p[1], &["of", "des", "der", "von"]));
        if acted_on {
            return None;
        }
        // "2,500 newsletter signups", "500 webinar attendees": an output noun before
        // others' deeds or people is a modifier; the people are counted.
        let head_theirs = phrase.get(k + 1).is_some_and(|h| {
            !next.ends_clause
                && others_noun(&h.lower)
                && output_noun(&h.lower).is_none()
                && !phrase[k + 2..]
                    .iter()
                    .any(|x| output_noun(&x.lower).is_some())
        });
        if head_theirs {
            return None;
        }
        return counted_output(ws, &window, i, k, lang);
    }
    None
}

/// The number at `i` counting the output noun at `k` of `words`, unless the words
/// around it make the count a result.
pub(super) fn counted_output(
    ws: &[Word],
    words: &[&Word],
    i: usize,
    k: usize,
    lang: &'static str,
) -> Option<ActivityMatch> {
    if output_not_the_result(ws, words, i, k, lang) {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::OutputCount,
        format!("{} {}", ws[i].text, words[k].text),
        lang,
    ))
}

/// Whether the word at `k` of a counted noun phrase is a modifier of an output noun
/// further on, its head: "10 resident contributor organization workshops" counts
/// workshops.
pub(super) fn compound_of_output(phrase: &[&Word], k: usize) -> bool {
    phrase.len() > k + 1
        && !phrase[k..phrase.len() - 1].iter().any(|x| x.ends_clause)
        && phrase.last().is_some_and(|h| {
            output_noun(&h.lower).is_some() && !authored_by(&phrase[k].lower, &h.lower)
        })
        && !phrase[k + 1..].iter().any(|x| {
            lexicon::en_third_person(&x.lower).is_some()
                || is(x, EN_AUXILIARIES)
                || is(
                    x,
                    &["the", "a", "an", "our", "their", "its", "this", "that"],
                )
        })
}

/// "10 customers attend …", "5 squads use the new runbook": the number counts people
/// (or another number follows), not output.
pub(super) fn counts_people(window: &[&Word], k: usize) -> bool {
    let next = window[k];
    // "10 customers attend …" counts customers; "30 customer visits" visits.
    // But what people write or post is theirs: "100 user tweets".
    // "5 customer case studies": the output noun may come two words on.
    // ("1,200 attendees across community-run meetups": not past a preposition.)
    let modifier = window[k + 1..]
        .iter()
        .take(2)
        .take_while(|n| !is(n, EN_PREPOSITIONS) && !n.aside)
        .any(|n| output_noun(&n.lower).is_some() && !authored_by(&next.lower, &n.lower));
    // "5 squads use the new runbook": a verb that agrees with the counted noun
    // makes it the agent; what follows is no longer counted.
    let agrees = k > 0
        && en_plural(&window[k - 1].lower)
        && lexicon::en_base(&next.lower).is_some_and(|v| {
            v.lemma == next.lower && (en_outcome(&v) || EN_USES.contains(&v.lemma))
        });
    next.number
        || agrees
        || others_noun(&next.lower) && output_noun(&next.lower).is_none() && !modifier
}

/// "25,000 monthly organic sessions", "number of sessions on our website": sessions of
/// visitors on a site or app, not sessions the team holds; "API calls" likewise.
pub(super) fn web_sessions(ws: &[Word], k: usize) -> bool {
    // "API calls per day", "RPC requests": programs calling a service are its use.
    if ws
        .get(k)
        .is_some_and(|w| is(w, &["call", "calls", "request", "requests"]))
        && k > 0
        && is(
            &ws[k - 1],
            &["api", "rpc", "sdk", "webhook", "graphql", "rest"],
        )
    {
        return true;
    }
    if !ws.get(k).is_some_and(|w| is(w, &["session", "sessions"])) {
        return false;
    }
    let web = |x: &Word| {
        is(
            x,
            &[
                "organic", "web", "website", "site", "app", "unique", "user", "visitor", "browser",
                "mobile", "online",
            ],
        )
    };
    let before = ws[..k].iter().rev().take(2).any(web);
    let after = ws
        .get(k + 1)
        .is_some_and(|p| is(p, &["on", "in", "to", "via"]))
        && ws[k + 2..]
            .iter()
            .take(3)
            .any(|x| web(x) || is(x, &["platform", "portal", "homepage", "blog", "webshop"]));
    before || after
}

/// "3 press mentions", "2,000 inbound calls", "1 post hits top 5": output that others
/// made or that achieves something, which is then the result.
pub(super) fn output_not_the_result(
    ws: &[Word],
    window: &[&Word],
    i: usize,
    k: usize,
    lang: &str,
) -> bool {
    let next = window[k];
    if lang == "en"
        && window[..k]
            .iter()
            .any(|x| is(x, &["media", "press", "news", "page", "site", "website"]))
    {
        return true;
    }
    if web_sessions(ws, i + 1 + k) {
        return true;
    }
    // "10 external companies run v2 in production": after a plural noun, "run" is the
    // verb of the ones counted.
    if next.lower == "run" && k > 0 && window[k - 1].lower.ends_with('s') && !window[k - 1].number {
        return true;
    }
    // Calls, visits and mails go both ways: "2,000 inbound calls" are customers'.
    if two_way(&next.lower) && !outbound(ws) {
        return true;
    }
    // "1 post hits top 5", "3 monthly releases do not require a patch": what the
    // output achieves is the result.
    let after = ws.get(i + 2 + k);
    if after.is_some_and(|a| {
        is(a, EN_AUXILIARIES)
            || is(a, OUTPUT_ACHIEVES)
            || lexicon::en_third_person(&a.lower).is_some_and(|v| en_outcome(&v))
    }) {
        return true;
    }
    output_qualified(&ws[i + 2 + k..])
}
