//! `kr-activity`: does a key result name work to be done instead of a result?
//!
//! Two signs, in English and German:
//!
//! - a **doing verb** in the place where the language puts the command: first in
//!   English ("Hold 12 workshops", "Launch the new onboarding"), last in German
//!   ("12 CX-Workshops durchführen"), or a German noun of doing at the start
//!   ("Durchführung von 12 Workshops", "Einführung eines CRM");
//! - a **count of activities**: a number directly before an activity noun ("12
//!   workshops", "500 Mails versendet", "5 Schulungen") or "number of / Anzahl der"
//!   followed by one ("Anzahl der durchgeführten Workshops auf 20 erhöhen").
//!
//! A title that measures a quality or a rate of an activity is a result and is left
//! alone: "Zufriedenheit mit Schulungen von 3,5 auf 4,2 steigern", "Reduce calls per
//! order from 1.4 to 0.9". Measuring takes a number: a metric named without one is the
//! topic of the work ("Run an NPS survey every quarter"). Precision matters more than
//! recall: a false warning on a good key result teaches people to ignore the rule.
//!
//! To extend the rule, add a word to one of the lists below (lower case; German nouns
//! also match as the last part of a compound: `workshops` covers "Kundenworkshops").

/// English verbs that, as the first word, make a title a task.
#[rustfmt::skip]
const EN_DOING_VERBS: &[&str] = &[
    "hold", "run", "launch", "implement", "create", "introduce", "conduct", "organise",
    "organize", "host", "deliver", "ship", "build", "develop", "roll", "set", "establish",
    "publish", "send", "write", "train", "deploy", "migrate", "redesign", "start",
    "complete", "execute", "perform", "prepare", "produce", "hire", "finish", "define",
    "draft", "arrange", "attend", "install", "set-up", "kick", "kick-off", "invite",
    "provide",
];

/// Adverbs that may stand before the English verb ("Successfully launch …").
#[rustfmt::skip]
const EN_LEADING_ADVERBS: &[&str] = &["successfully", "fully", "jointly", "finally"];

/// German infinitives that, as the last word, make a title a task.
#[rustfmt::skip]
const DE_DOING_VERBS: &[&str] = &[
    "durchführen", "einführen", "erstellen", "organisieren", "veranstalten", "umsetzen",
    "starten", "abhalten", "ausrollen", "launchen", "implementieren", "entwickeln",
    "aufsetzen", "aufbauen", "schulen", "versenden", "verschicken", "veröffentlichen",
    "konzipieren", "planen", "etablieren", "bereitstellen", "anbieten", "besuchen",
    "abschließen", "fertigstellen", "einrichten", "installieren", "schreiben", "gestalten",
    "designen", "produzieren", "ausrichten", "anlegen", "definieren", "erarbeiten",
    "migrieren", "programmieren", "aufsetzen", "einladen", "anrufen", "kontaktieren",
    "präsentieren", "vorstellen", "ausschreiben", "einstellen", "schalten", "freischalten",
    "verteilen", "drucken",
];

/// German nouns of doing that, as the first word, make a title a task.
#[rustfmt::skip]
const DE_DOING_NOUNS: &[&str] = &[
    "durchführung", "einführung", "erstellung", "organisation", "veranstaltung",
    "umsetzung", "start", "abhaltung", "ausrollung", "rollout", "roll-out",
    "implementierung", "entwicklung", "aufbau", "schulung", "versand", "veröffentlichung",
    "konzeption", "planung", "etablierung", "bereitstellung", "einrichtung",
    "fertigstellung", "launch",
];

/// German participles of doing verbs, as they stand in "Anzahl der durchgeführten …".
#[rustfmt::skip]
const DE_DOING_PARTICIPLES: &[&str] = &[
    "durchgeführt", "eingeführt", "erstellt", "organisiert", "veranstaltet", "umgesetzt",
    "gestartet", "abgehalten", "ausgerollt", "versendet", "versandt", "verschickt",
    "veröffentlicht", "geschult", "besucht", "geführt", "gehalten", "angeboten", "geplant",
    "entwickelt", "gesendet", "geschrieben", "angerufen", "kontaktiert",
];

/// English participles of doing verbs ("number of workshops held").
#[rustfmt::skip]
const EN_DOING_PARTICIPLES: &[&str] = &[
    "held", "run", "launched", "implemented", "created", "conducted", "organised",
    "organized", "hosted", "delivered", "shipped", "built", "sent", "written", "published",
    "completed", "trained", "made", "done", "posted", "visited", "called", "performed",
];

/// Things people do or produce, counted in activity key results.
#[rustfmt::skip]
const EN_ACTIVITY_NOUNS: &[&str] = &[
    "workshop", "training", "session", "meeting", "call", "mail", "email", "e-mail",
    "newsletter", "mailing", "campaign", "event", "webinar", "post", "article", "interview",
    "visit", "presentation", "course", "release", "feature", "blog", "video", "podcast",
    "survey", "report", "roadshow", "hackathon", "demo", "talk", "lecture", "class",
    "brochure", "flyer", "ticket-review", "review", "audit", "initiative", "project",
];

/// German activity nouns (singular and plural stems), also as the end of a compound.
#[rustfmt::skip]
const DE_ACTIVITY_NOUNS: &[&str] = &[
    "workshop", "schulung", "training", "termin", "besuch", "anruf", "mail", "e-mail",
    "mailing", "newsletter", "kampagne", "veranstaltung", "webinar", "beitrag", "beiträge",
    "artikel", "interview", "präsentation", "sitzung", "meeting", "gespräch", "kurs",
    "release", "feature", "umfrage", "befragung", "video", "podcast", "event", "vortrag",
    "vorträge", "seminar", "broschüre", "flyer", "post", "audit", "initiative", "projekt",
    "maßnahme", "roadshow", "hackathon", "demo", "telefonat", "rundschreiben",
];

/// Words that make a title measure a quality or rate of an activity: a result.
#[rustfmt::skip]
const RESULT_MARKERS: &[&str] = &[
    "per", "pro", "je", "rate", "quote", "anteil", "share", "satisfaction", "zufriedenheit",
    "score", "nps", "csat", "ces", "bewertung", "rating", "wirkung", "effect", "conversion",
    "konversion", "erfolgsquote", "rücklaufquote", "response", "öffnungsrate", "open",
    "time", "zeit", "dauer", "duration",
];

/// Words for "number of", which introduce a count.
const COUNT_WORDS: &[(&str, &str)] = &[
    ("number", "en"),
    ("count", "en"),
    ("anzahl", "de"),
    ("zahl", "de"),
    ("menge", "de"),
];

/// What the classifier found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActivityKind {
    /// The title commands work ("Hold …", "… durchführen", "Einführung …").
    DoingVerb,
    /// The title counts activities or outputs ("12 workshops").
    CountsActivity,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityMatch {
    pub kind: ActivityKind,
    /// The words of the title that gave it away, as written.
    pub evidence: String,
    /// `en` or `de`: the language of the evidence.
    pub lang: &'static str,
}

/// One word of a title: as written and lower-cased.
struct Word<'a> {
    text: &'a str,
    lower: String,
}

fn words(title: &str) -> Vec<Word<'_>> {
    title
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.' || c == ',' || c == '%'))
        .map(|w| w.trim_matches(|c: char| c == '.' || c == ',' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|text| Word {
            text,
            lower: text.to_lowercase(),
        })
        .collect()
}

fn is_number(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Whether `word` is the noun `stem`, its plural, or a compound ending in it
/// ("CX-Workshops", "Kundenworkshops", "Mitarbeiterschulungen").
fn is_noun(word: &str, stem: &str, german: bool) -> bool {
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
    matches_at_end(last) || matches_at_end(word)
}

fn activity_noun(word: &str) -> Option<&'static str> {
    if EN_ACTIVITY_NOUNS.iter().any(|s| is_noun(word, s, false)) {
        return Some("en");
    }
    if DE_ACTIVITY_NOUNS.iter().any(|s| is_noun(word, s, true)) {
        return Some("de");
    }
    None
}

/// German participles inflect ("durchgeführten", "versendete").
fn is_de_participle(word: &str) -> bool {
    DE_DOING_PARTICIPLES.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| ["", "e", "en", "er", "es", "em"].contains(&rest))
    })
}

/// Classifies a key result's title; `None` when it reads as a result.
pub fn classify(title: &str) -> Option<ActivityMatch> {
    let ws = words(title);
    if ws.is_empty() {
        return None;
    }
    // German compounds end in their marker ("Kündigungsquote", "Öffnungsrate"); a
    // minimum length keeps English words such as "migrate" out.
    let has_result_marker = ws.iter().any(|w| {
        RESULT_MARKERS.contains(&w.lower.as_str())
            || (w.lower.chars().count() >= 9
                && ["quote", "zufriedenheit", "rate"]
                    .iter()
                    .any(|m| w.lower.ends_with(m)))
    });

    // A result marker with a number measures something ("NPS from 20 to 35"); without
    // one it is only the topic of the work ("Run an NPS survey every quarter").
    let measured = has_result_marker && ws.iter().any(|w| is_number(&w.lower));

    // English: a doing verb first, perhaps after an adverb.
    let first = ws
        .iter()
        .position(|w| !EN_LEADING_ADVERBS.contains(&w.lower.as_str()))
        .map(|i| &ws[i]);
    if let Some(w) = first {
        if EN_DOING_VERBS.contains(&w.lower.as_str()) && !measured {
            return Some(ActivityMatch {
                kind: ActivityKind::DoingVerb,
                evidence: w.text.to_string(),
                lang: "en",
            });
        }
    }
    // German: a noun of doing first ("Durchführung von …").
    if DE_DOING_NOUNS.contains(&ws[0].lower.as_str()) && !measured {
        return Some(ActivityMatch {
            kind: ActivityKind::DoingVerb,
            evidence: ws[0].text.to_string(),
            lang: "de",
        });
    }
    // German: a doing verb last ("… durchführen"), or first as in "Durchführen von …".
    let last = ws.last().expect("not empty");
    for w in [last, &ws[0]] {
        if DE_DOING_VERBS.contains(&w.lower.as_str()) {
            return Some(ActivityMatch {
                kind: ActivityKind::DoingVerb,
                evidence: w.text.to_string(),
                lang: "de",
            });
        }
    }
    if has_result_marker {
        return None;
    }
    // "number of workshops held", "Anzahl der durchgeführten Workshops".
    for (i, w) in ws.iter().enumerate() {
        let Some(&(_, lang)) = COUNT_WORDS.iter().find(|(c, _)| *c == w.lower) else {
            continue;
        };
        let window = &ws[i + 1..ws.len().min(i + 5)];
        let noun = window.iter().find(|x| activity_noun(&x.lower).is_some());
        let participle = window.iter().find(|x| {
            is_de_participle(&x.lower) || EN_DOING_PARTICIPLES.contains(&x.lower.as_str())
        });
        if let Some(n) = noun.or(participle) {
            return Some(ActivityMatch {
                kind: ActivityKind::CountsActivity,
                evidence: format!("{} … {}", w.text, n.text),
                lang,
            });
        }
    }
    // A number shortly before an activity noun, perhaps with a word or two between:
    // "12 workshops", "5 neue Schulungen"; "80 % der Tickets" is a share, not a count.
    for (i, w) in ws.iter().enumerate() {
        if !is_number(&w.lower) || ws.get(i + 1).is_some_and(|n| n.lower == "%") {
            continue;
        }
        for next in ws.iter().skip(i + 1).take(3) {
            if let Some(lang) = activity_noun(&next.lower) {
                return Some(ActivityMatch {
                    kind: ActivityKind::CountsActivity,
                    evidence: format!("{} {}", w.text, next.text),
                    lang,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(title: &str) -> Option<ActivityKind> {
        classify(title).map(|m| m.kind)
    }

    #[test]
    fn issue_examples() {
        let m = classify("Hold 12 CX workshops").unwrap();
        assert_eq!(
            (m.kind, m.evidence.as_str(), m.lang),
            (ActivityKind::DoingVerb, "Hold", "en")
        );
        let m = classify("12 CX-Workshops durchführen").unwrap();
        assert_eq!(
            (m.kind, m.evidence.as_str(), m.lang),
            (ActivityKind::DoingVerb, "durchführen", "de")
        );
        let m = classify("Anzahl der durchgeführten Workshops auf 20 erhöhen").unwrap();
        assert_eq!(m.kind, ActivityKind::CountsActivity);
        assert_eq!((m.evidence.as_str(), m.lang), ("Anzahl … Workshops", "de"));
        let m = classify("Launch the new onboarding").unwrap();
        assert_eq!(
            (m.kind, m.evidence.as_str()),
            (ActivityKind::DoingVerb, "Launch")
        );
        assert_eq!(classify("Raise NPS of B2B customers from 20 to 35"), None);
        assert_eq!(classify("Kündigungsquote von 8 % auf 5 % senken"), None);
        assert_eq!(classify("80 % der Tickets am ersten Tag gelöst"), None);
    }

    const EN_DOING: &[&str] = &[
        "Hold 12 CX workshops",
        "Launch the new onboarding",
        "Run a customer survey every month",
        "Implement a new CRM",
        "Create a complaint handbook",
        "Introduce a callback service",
        "Conduct 20 customer interviews",
        "Organise a customer day",
        "Successfully roll out the self-service portal",
        "Host quarterly user groups",
        "Publish the service promise on the website",
        "Train all agents on the new tone of voice",
        "Set up a feedback board",
        "Migrate all customers to the new portal",
        // a metric named without a number is the topic of the work, not its result
        "Run an NPS survey every quarter",
        "Launch the new CSAT dashboard",
    ];
    const EN_COUNTS: &[&str] = &[
        "12 workshops with sales",
        "500 mails sent to inactive customers",
        "Number of workshops held from 4 to 12",
        "Number of webinars rises to 10",
        "30 customer visits by the leadership team",
        "4 campaigns in every market",
        "Count of blog posts published grows to 40",
        "15 new training sessions for agents",
        "3 product releases this quarter",
        "20 interviews with churned customers",
        "Ten events, 8 webinars and 6 newsletters",
        "At least 6 customer events",
    ];
    const EN_RESULTS: &[&str] = &[
        "Raise NPS of B2B customers from 20 to 35",
        "Reduce churn from 8 % to 5 %",
        "Raise workshop satisfaction from 3.5 to 4.2",
        "Reduce calls per order from 1.4 to 0.9",
        "80 % of tickets solved on the first day",
        "First-contact resolution at 80 %",
        "Median first response time falls from 8 to 2 hours",
        "Share of customers who use self-service rises from 20 % to 45 %",
        "Complaints about invoices halve",
        "Customer effort score below 2.0",
        "Double the number of customers who recommend us",
        "Onboarding completion rate from 60 % to 85 %",
        "Keep CSAT above 4.5",
        "",
    ];
    const DE_DOING: &[&str] = &[
        "12 CX-Workshops durchführen",
        "Neues Onboarding einführen",
        "Kundenbefragung starten",
        "Leitfaden für Beschwerden erstellen",
        "Kundentag organisieren",
        "Zwei Roadshows veranstalten",
        "Rückrufservice umsetzen",
        "Durchführung von 12 Workshops",
        "Einführung eines CRM-Systems",
        "Erstellung eines Service-Handbuchs",
        "Self-Service-Portal ausrollen",
        "Alle Agents im neuen Ton schulen",
        "Newsletter an Bestandskunden versenden",
        "Durchführen von Kundeninterviews",
        "Neue Website live schalten",
    ];
    const DE_COUNTS: &[&str] = &[
        "Anzahl der durchgeführten Workshops auf 20 erhöhen",
        "5 Schulungen für das Service-Team",
        "20 Kundenbesuche durch die Geschäftsleitung",
        "Anzahl der versendeten Newsletter auf 8 steigern",
        "10 Webinare zu neuen Tarifen",
        "3 neue Kampagnen im Quartal",
        "500 Mails an inaktive Kunden",
        "Anzahl Kundeninterviews von 5 auf 30",
        "15 Mitarbeiterschulungen",
        "4 Veranstaltungen mit Partnern",
        "Zahl der gehaltenen Vorträge verdoppeln",
        "30 Beiträge im Kundenforum",
    ];
    const DE_RESULTS: &[&str] = &[
        "Kündigungsquote von 8 % auf 5 % senken",
        "80 % der Tickets am ersten Tag gelöst",
        "Zufriedenheit mit Schulungen von 3,5 auf 4,2 steigern",
        "Anrufe pro Bestellung von 1,4 auf 0,9 senken",
        "NPS der B2B-Kunden von 20 auf 35 erhöhen",
        "Bearbeitungszeit von Beschwerden von 10 auf 3 Tage reduzieren",
        "Erstlösungsquote im Service auf 75 % steigern",
        "Anteil der Online-Abschlüsse von 30 % auf 45 % erhöhen",
        "Beschwerden über Rechnungen halbieren",
        "CSAT im Kundenservice über 4,5 halten",
        "Self-Service-Portal ist für alle Privatkunden verfügbar",
        "Wartezeit an der Hotline unter 60 Sekunden",
        "Öffnungsrate des Newsletters von 20 % auf 30 % steigern",
        "Zahl der Weiterempfehlungen verdoppeln",
    ];

    #[test]
    fn english_activities() {
        for t in EN_DOING {
            let m = classify(t).unwrap_or_else(|| panic!("not caught: {t}"));
            assert_eq!((m.kind, m.lang), (ActivityKind::DoingVerb, "en"), "{t}");
        }
        for t in EN_COUNTS {
            let m = classify(t).unwrap_or_else(|| panic!("not caught: {t}"));
            assert_eq!(m.kind, ActivityKind::CountsActivity, "{t}: {m:?}");
        }
    }

    #[test]
    fn german_activities() {
        for t in DE_DOING {
            let m = classify(t).unwrap_or_else(|| panic!("not caught: {t}"));
            assert_eq!((m.kind, m.lang), (ActivityKind::DoingVerb, "de"), "{t}");
        }
        for t in DE_COUNTS {
            let m = classify(t).unwrap_or_else(|| panic!("not caught: {t}"));
            assert_eq!(m.kind, ActivityKind::CountsActivity, "{t}: {m:?}");
        }
    }

    #[test]
    fn results_are_left_alone() {
        for t in EN_RESULTS.iter().chain(DE_RESULTS) {
            assert_eq!(classify(t), None, "false alarm: {t}");
        }
    }

    #[test]
    fn evidence_is_taken_from_the_title() {
        let m = classify("15 Mitarbeiterschulungen").unwrap();
        assert_eq!(m.evidence, "15 Mitarbeiterschulungen");
        let m = classify("Einführung eines CRM-Systems").unwrap();
        assert_eq!(m.evidence, "Einführung");
        let m = classify("SUCCESSFULLY LAUNCH the portal").unwrap();
        assert_eq!(m.evidence, "LAUNCH");
        assert_eq!(
            kind("Kundenworkshops: 8 durchführen."),
            Some(ActivityKind::DoingVerb)
        );
    }

    #[test]
    fn never_panics_on_odd_text() {
        let long = "Workshops ".repeat(10_000);
        for t in [
            "",
            " ",
            "%",
            "12",
            "-",
            "--- ---",
            "🙂 12 🙂",
            "مرحبا 12 ورشة",
            "ß",
            "İ",
            "a\u{0}b",
            "1.000.000,5",
            "12 %",
            long.as_str(),
        ] {
            let _ = classify(t);
        }
    }
}
