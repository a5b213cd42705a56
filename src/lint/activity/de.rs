//! German: infinitives, participles, modal frames and counts in German titles.

use super::*;

pub(super) fn de_outcome_verb(infinitive: &str) -> bool {
    if DE_DOING_DESPITE.contains(&infinitive) {
        return false;
    }
    ends_in(infinitive, &DE_OUTCOME_VERB_SET)
}

pub(super) fn de_outcome_participle(word: &str) -> bool {
    // "angebunden", "eingebunden": a system connected, not customers bound.
    ends_in(word, &DE_OUTCOME_PARTICIPLE_SET) && !matches!(word, "angebunden" | "eingebunden")
}

pub(super) fn de_service_verb(infinitive: &str) -> bool {
    DE_SERVICE_VERBS.iter().any(|v| infinitive.ends_with(v))
}

/// Whether a German word is an adjective of frequency in any inflection
/// ("monatliches", "regelmäßige", "wöchentlichen").
pub(super) fn de_frequency_adjective(lower: &str) -> bool {
    ["", "e", "en", "er", "es", "em"].iter().any(|e| {
        lower.strip_suffix(e).is_some_and(|stem| {
            matches!(
                stem,
                "täglich"
                    | "wöchentlich"
                    | "monatlich"
                    | "quartalsweis"
                    | "jährlich"
                    | "regelmäßig"
                    | "halbjährlich"
                    | "zweiwöchentlich"
            )
        })
    })
}

/// German nouns of a result, matched as the end of a compound: qualities, money,
/// shares, times and how others see us ("Vertrauen", "Marktanteil", "Wartezeiten").
#[rustfmt::skip]
pub(super) const DE_RESULT_NOUNS: &[&str] = &[
    "vertrauen", "reichweite", "engagement", "umsatz", "umsätze", "kosten", "marge",
    "gewinn", "erlös", "ertrag", "erträge", "wartezeit", "durchlaufzeit", "bearbeitungszeit",
    "reaktionszeit", "antwortzeit", "lieferzeit", "ladezeit", "ausfallzeit", "standzeit",
    "liegezeit", "lösungszeit", "rückstand", "abwanderung", "markt", "märkte",
    "fluktuation", "bindung", "loyalität", "treue", "marktanteil", "anteil", "quote", "rate",
    "führerschaft", "marktposition", "vorsprung", "image", "ruf", "reputation", "wachstum",
    "nutzung", "akzeptanz", "beteiligung", "teilnahme", "transparenz", "präsenz",
    "effizienz", "resilienz", "exzellenz", "liquidität", "cashflow", "budget", "nps",
    "auslastung", "wahrnehmung", "begeisterung",
];

/// Nouns in `-heit`, `-keit` and `-ität` that are no quality or state.
#[rustfmt::skip]
pub(super) const DE_NOT_QUALITIES: &[&str] = &[
    "einheit", "gelegenheit", "tätigkeit", "mehrheit", "neuheit", "möglichkeit",
    "universität", "aktivität", "identität", "entität", "rarität",
];

/// Whether a German noun names a result: a listed result noun or a quality in `-heit`,
/// `-keit`, `-ität` ("Bekanntheit", "Zahlungsfähigkeit", "Profitabilität").
pub(super) fn de_result_noun(lower: &str) -> bool {
    let quality = ["heit", "keit", "ität"].iter().any(|e| lower.ends_with(e))
        && !DE_NOT_QUALITIES.iter().any(|n| lower.ends_with(n));
    quality || (DE_RESULT_SET.contains(lower) && !DE_OTHER_HEADS_SET.contains(lower))
}

/// Heads of German compounds that end in the letters of a result noun without being one:
/// "Rahmenverträge" ends in "Erträge", "Einbindung" in "Bindung", "Rückruf" in "Ruf".
#[rustfmt::skip]
pub(super) const DE_OTHER_HEADS: &[&str] = &[
    "vertrag", "verträge", "verbindung", "einbindung", "anbindung", "anruf", "rückruf",
    "aufruf", "abruf", "beruf", "widerruf",
];

pub(super) static DE_OTHER_HEADS_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(DE_OTHER_HEADS, true));

/// German nouns of agreements made with others: closing them is a result ("20 Verträge
/// abschließen").
pub(super) const DE_AGREEMENTS: &[&str] = &[
    "vertrag",
    "verträge",
    "deal",
    "partnerschaft",
    "kooperation",
    "abschluss",
    "abschlüsse",
    "mandat",
    "vereinbarung",
];

/// Whether the object of a final German verb is a result: the first noun that is not in
/// a prepositional phrase names a result, or an agreement the verb closes.
pub(super) fn de_result_object(before: &[&Word], verb: &str) -> bool {
    let Some(w) = de_object(before) else {
        return false;
    };
    let closes = verb.ends_with("schließen") || verb == "unterzeichnen";
    de_result_noun(&w.lower) || (closes && DE_AGREEMENTS.iter().any(|a| is_noun(&w.lower, a, true)))
}

/// The object of a final German verb: the first noun that is not in a prepositional
/// phrase and not an adjective before its noun.
pub(super) fn de_object<'w, 'a>(before: &[&'w Word<'a>]) -> Option<&'w Word<'a>> {
    let mut after_preposition = false;
    for w in before {
        if is(w, DE_PREPOSITIONS) {
            after_preposition = true;
            continue;
        }
        if !w.capital || w.number || is(w, DE_WORDS) || is(w, &["mehr", "weniger"]) {
            continue;
        }
        // An adjective before its noun: "Stabile Umsätze", "Neue Zielgruppen".
        let adjective = ["e", "en", "er", "es", "em"]
            .iter()
            .any(|e| w.lower.ends_with(e))
            && before
                .iter()
                .skip_while(|x| !std::ptr::eq(**x, *w))
                .nth(1)
                .is_some_and(|n| n.capital);
        if adjective {
            continue;
        }
        if after_preposition {
            // The noun of a prepositional phrase ("bei Studierenden") is no object.
            after_preposition = false;
            continue;
        }
        return Some(w);
    }
    None
}

/// German prepositions, which open a phrase whose noun is no object.
#[rustfmt::skip]
pub(super) const DE_PREPOSITIONS: &[&str] = &[
    "bei", "mit", "für", "von", "vom", "zu", "zum", "zur", "in", "im", "an", "am", "auf",
    "aus", "nach", "über", "unter", "durch", "gegen", "ohne", "um", "vor", "hinter",
    "zwischen", "innerhalb", "außerhalb", "während", "wegen", "trotz", "ab", "bis", "seit",
    "beim", "ins", "pro", "je",
];

/// German verbs of "more": with the team's output as object they count output.
#[rustfmt::skip]
pub(super) const DE_MORE_VERBS: &[&str] = &[
    "steigern", "erhöhen", "verdoppeln", "verdreifachen", "vervielfachen", "ausbauen",
    "ausweiten",
];

/// Finite auxiliaries and modals of German.
#[rustfmt::skip]
pub(super) const DE_FINITE_AUX: &[&str] = &[
    "wird", "werden", "wurde", "wurden", "ist", "sind", "war", "waren", "hat", "haben",
    "hatte", "hatten", "kann", "können", "soll", "sollen", "muss", "müssen", "darf", "dürfen",
];

/// Finite forms of "haben", which make a participle the perfect tense.
pub(super) const DE_HABEN: &[&str] = &["habe", "hast", "hat", "haben", "habt", "hatte", "hatten"];

/// Words in `-er` that are no comparatives.
#[rustfmt::skip]
pub(super) const DE_NOT_COMPARATIVES: &[&str] = &[
    "aber", "oder", "immer", "wieder", "jeder", "unser", "euer", "hier", "über", "unter",
    "weiter", "hinter", "außer", "nieder", "sicher", "sauber", "später", "bisher", "daher",
    "vorher", "nachher", "seither", "einer", "keiner", "jener", "dieser", "welcher",
    "solcher", "mancher", "aller", "ihrer", "seiner", "meiner", "deiner",
];

/// Whether a lower-case word is a comparative adverb or adjective ("zufriedener",
/// "schneller", "besser", "mehr"): before a verb it names a change of degree.
pub(super) fn de_comparative(w: &Word) -> bool {
    let l = w.lower.as_str();
    !w.capital
        && (matches!(l, "besser" | "mehr" | "weniger" | "öfter" | "lieber")
            || (l.ends_with("er")
                && l.chars().count() >= 6
                && l.chars().all(char::is_alphabetic)
                && !DE_NOT_COMPARATIVES.contains(&l)))
}

/// Whether a lower-case word is shaped like a German infinitive: "durchführen",
/// "verbessern", "entwickeln".
pub(super) fn de_infinitive_shape(w: &str) -> bool {
    w.chars().count() >= 5
        && w.chars().all(|c| c.is_alphabetic())
        && (w.ends_with("en") || w.ends_with("ern") || w.ends_with("eln"))
        && !DE_NOT_VERBS.contains(&w)
}

/// Whether a German infinitive shows German morphology, for titles whose language is
/// unclear: an umlaut, `-ieren`, a verb prefix, or a known doing verb.
pub(super) fn de_morphology(w: &str) -> bool {
    DE_DOING_VERBS
        .iter()
        .any(|d| w == *d || (w.ends_with(d) && w.len() >= d.len() + 2))
        || w.contains(['ä', 'ö', 'ü', 'ß'])
        || w.ends_with("ieren")
        || DE_SEPARABLE
            .iter()
            .chain(DE_INSEPARABLE)
            .any(|p| w.starts_with(p) && w.len() >= p.len() + 5)
}

/// The stem of a German participle, if `w` is one: "eingeführt", "ausgerollt",
/// "umgesetzt", "erstellt", "implementiert", "geschult", "angeboten".
pub(super) fn de_participle(w: &str) -> Option<&str> {
    if DE_NOT_PARTICIPLES.contains(&w) || !w.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    let body = w
        .strip_suffix("et")
        .or_else(|| w.strip_suffix('t'))
        .or_else(|| w.strip_suffix("en"))?;
    if w.ends_with("iert") && w.len() >= 7 {
        return Some(body);
    }
    // An optional separable prefix, then `ge-` or an inseparable prefix.
    let after_sep = DE_SEPARABLE
        .iter()
        .filter_map(|p| body.strip_prefix(p))
        .find(|rest| rest.starts_with("ge") || DE_INSEPARABLE.iter().any(|i| rest.starts_with(i)));
    let rest = after_sep.unwrap_or(body);
    let stem = rest.strip_prefix("ge").or_else(|| {
        DE_INSEPARABLE
            .iter()
            .find_map(|i| rest.strip_prefix(i))
            .filter(|_| w.ends_with('t'))
    })?;
    (stem.chars().count() >= 3).then_some(stem)
}

/// German nouns of doing that keep their sense at the end of a compound
/// ("Budgetplanung", "Wettbewerbsanalyse", "Datenmigration").
#[rustfmt::skip]
pub(super) const DE_DOING_HEADS: &[&str] = &[
    "planung", "analyse", "migration", "konzeption", "recherche", "umstellung", "erstellung",
    "überarbeitung", "durchführung", "einführung", "implementierung", "befragung",
    "inbetriebnahme", "inventur", "messung",
];

/// German adjectives of how or where work is done, before a noun of doing.
#[rustfmt::skip]
pub(super) const DE_MANNER_ADJECTIVES: &[&str] = &[
    "interne", "externe", "erste", "vollständige", "systematische", "gezielte",
    "strukturierte", "umfassende", "gemeinsame", "zentrale", "einheitliche",
    "technische", "schrittweise", "globale", "weltweite", "bundesweite", "konzernweite",
    "unternehmensweite", "flächendeckende",
];

/// German nouns of systems a team builds or introduces, also as the end of a compound
/// ("Ticketsystem", "Kundenportal").
#[rustfmt::skip]
pub(super) const DE_SYSTEMS: &[&str] = &[
    "system", "portal", "tool", "app", "crm", "software", "plattform", "chatbot", "shop",
    "website", "webseite", "dashboard", "anwendung", "schnittstelle", "modul", "prozess",
    "version", "funktion", "datenbank",
];

/// A German noun of doing alone: a listed one ("Analyse", "Review") or one in `-ung` of a
/// verb of doing ("Auswertung", "Überprüfung", "Aktualisierung"), not of a result
/// ("Steigerung", "Kundenbindung").
pub(super) fn de_noun_of_doing(lower: &str) -> bool {
    if DE_DOING_NOUNS.contains(&lower) {
        return true;
    }
    let Some(stem) = lower.strip_suffix("ung") else {
        return false;
    };
    let of_result = DE_RESULT_UNG.iter().any(|r| lower.ends_with(r))
        || [format!("{stem}en"), format!("{stem}n")]
            .iter()
            .any(|v| de_outcome_verb(v));
    !of_result
        && lower.chars().count() >= 7
        && (stem.ends_with("ier")
            || DE_SEPARABLE
                .iter()
                .chain(DE_INSEPARABLE)
                .any(|p| stem.starts_with(p) && stem.len() >= p.len() + 3))
}

/// German: people asked by the team, counted: "Befragung von 200 Kunden zur
/// Zufriedenheit", "Interviews mit 15 Bestandskunden". Their answers may be a result; the
/// asking is work, as in "Collect feedback from 50 customers".
pub(super) fn de_people_asked(ws: &[Word]) -> Option<ActivityMatch> {
    if let Some(tested) = de_tested_with_people(ws) {
        return Some(tested);
    }
    // "Sammeln Sie Feedback von 100 Kunden": the asking after a polite command.
    let p = if ws.get(1).is_some_and(|w| w.lower == "sie") {
        2
    } else {
        0
    };
    let first = ws.get(p)?;
    let asking = [
        "befragung",
        "interview",
        "interviews",
        "feedback",
        "rückmeldung",
        "rückmeldungen",
    ]
    .iter()
    .any(|a| first.lower.ends_with(a));
    let by = ws.get(p + 1).filter(|w| is(w, &["von", "mit", "bei"]))?;
    let n = ws.get(p + 2).filter(|w| w.number)?;
    let people = ws
        .get(p + 3)
        .is_some_and(|w| de_others_noun(&w.lower) || people_form(w));
    (asking && first.capital && people).then(|| {
        ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} {} {}", first.text, by.text, n.text),
            "de",
        )
    })
}

/// German: a thing the team made tried out with people, counted: "Prototyp mit 10
/// Nutzern getestet", "Neuer Checkout mit 5 Pilotkunden erprobt" — the people are the
/// test's subjects, not the reach of the work.
pub(super) fn de_tested_with_people(ws: &[Word]) -> Option<ActivityMatch> {
    let last = ws.last()?;
    let tested = is(
        last,
        &[
            "getestet",
            "erprobt",
            "validiert",
            "pilotiert",
            "befragt",
            "interviewt",
        ],
    );
    let k = ws.iter().position(|w| is(w, &["mit", "bei"]))?;
    let counted = ws.get(k + 1).is_some_and(|w| w.number && !w.percent)
        && ws[k + 2..]
            .iter()
            .take(2)
            .any(|w| de_others_noun(&w.lower) || people_form(w));
    (tested && counted && k > 0 && ws[0].capital).then(|| {
        ActivityMatch::new(
            ActivityForm::Deliverable,
            format!("{} … {}", ws[k].text, last.text),
            "de",
        )
    })
}

/// German: more of the team's own output, named by a noun of change: "Verdopplung der
/// Webinare", "Steigerung der Blogbeiträge von 4 auf 8" (not "… der Webinar-Teilnehmer").
pub(super) fn de_more_output(ws: &[Word]) -> Option<ActivityMatch> {
    let (first, article, noun) = (ws.first()?, ws.get(1)?, ws.get(2)?);
    let more = is(
        first,
        &[
            "verdopplung",
            "verdoppelung",
            "verdreifachung",
            "steigerung",
            "erhöhung",
        ],
    );
    (more && is(article, &["der", "unserer"]) && de_output_noun(&noun.lower)).then(|| {
        ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} … {}", first.text, noun.text),
            "de",
        )
    })
}

/// German: output made, named first by its participle and counted by where it went:
/// "Veröffentlichte Fachartikel in 5 Magazinen", "Publizierte Produktvorstellungen auf 10
/// Medienplattformen".
pub(super) fn de_made_output_first(ws: &[Word]) -> Option<ActivityMatch> {
    let (first, noun) = (ws.first()?, ws.get(1)?);
    if !first.capital || !ws[2..].iter().any(|w| w.number) {
        return None;
    }
    let participle = ["en", "er", "es", "e"]
        .iter()
        .find_map(|e| first.lower.strip_suffix(e))
        .filter(|p| p.ends_with('t'))?;
    de_participle(participle)?;
    if de_outcome_participle(participle) || !de_output_noun(&noun.lower) {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::OutputCount,
        format!("{} {}", first.text, noun.text),
        "de",
    ))
}

/// German: output named first and counted by the places or people it reaches:
/// "Lieferantenaudits bei 8 A-Lieferanten", "Elternabende in allen Klassen",
/// "Workshops in 5 Filialen" — one for each, made by the team.
pub(super) fn de_output_at_places(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    let (first, at, count) = (ws.first()?, ws.get(1)?, ws.get(2)?);
    let counted =
        (count.number && !count.percent && !count.money) || is(count, &["allen", "jeder", "jedem"]);
    let noun =
        first.capital && de_output_noun(&first.lower) && (!two_way(&first.lower) || outbound(ws));
    // A verb last ("… durchführen", "… besucht") is read by the rules of verbs.
    let verb_last = ws.last().is_some_and(|l| !l.capital && !l.number);
    (noun && counted && is(at, &["bei", "in", "an"]) && !m.strong && !m.share && !verb_last).then(
        || {
            // The evidence names what is counted: "Workshops in 5 Filialen".
            let counted_noun = ws
                .get(3)
                .filter(|w| w.capital)
                .map_or(String::new(), |w| format!(" {}", w.text));
            ActivityMatch::new(
                ActivityForm::OutputCount,
                format!("{} {} {}{counted_noun}", first.text, at.text, count.text),
                "de",
            )
        },
    )
}

/// German: a doing verb last ("… durchführen"), or first as in "Durchführen von …".
pub(super) fn de_infinitive_last(ws: &[Word], m: &Measure, sure: bool) -> Option<ActivityMatch> {
    if let Some(first) = de_first_of_two_commands(ws, sure) {
        return Some(first);
    }
    let main: Vec<&Word> = ws.iter().filter(|w| !w.aside).collect();
    let last = *main.last()?;
    // "Neues Lager in Leipzig in Betrieb nehmen", "Altanlage außer Betrieb nehmen": a
    // plant put into or out of service.
    let n = main.len();
    if n >= 4
        && last.lower == "nehmen"
        && main[n - 2].lower == "betrieb"
        && is(main[n - 3], &["in", "außer"])
        && !m.strong
    {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} {} {}", main[n - 3].text, main[n - 2].text, last.text),
            "de",
        ));
    }
    // "1.000 Follower auf LinkedIn aufbauen", "30 Beta-Tester rekrutieren": people outside
    // the team, counted as the object, are a result, unless the team calls, visits or
    // trains them ("50 Kunden anrufen"), as in English.
    if de_others_counted(&main) && !ends_in(&last.lower, &DE_CONTACT_SET) {
        return None;
    }
    let candidates = [
        Some(last),
        main.first()
            .copied()
            .filter(|f| is(f, DE_DOING_VERBS) || de_nominal_infinitive(&main)),
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(|w| de_infinitive_command(ws, m, sure, &main, w))
}

/// Beginnings of German nouns of the team's own staff.
#[rustfmt::skip]
pub(super) const DE_STAFF_STEMS: &[&str] = &[
    "mitarbeit", "entwickler", "kolleg", "fachkr", "vollzeit", "teilzeit", "berater",
    "vertriebler", "stelle", "ingenieur",
];

/// "50 Kunden anrufen und nach ihrer Zufriedenheit fragen": two commands; the first is
/// read alone when neither changes a metric.
pub(super) fn de_first_of_two_commands(ws: &[Word], sure: bool) -> Option<ActivityMatch> {
    let und = ws.iter().rposition(|w| w.lower == "und" && !w.aside)?;
    let before = ws[..und].last()?;
    let last = ws.last()?;
    (und >= 2
        && !before.capital
        && !last.capital
        && before.lower.ends_with('n')
        && last.lower.ends_with('n')
        && !de_outcome_verb(&last.lower)
        && !de_outcome_verb(&before.lower))
    .then(|| de_infinitive_last(&ws[..und], &measure(&ws[..und]), sure))
    .flatten()
}

/// Whether the word `w`, last or first of the words `main`, reads as the command.
pub(super) fn de_infinitive_command(
    ws: &[Word],
    m: &Measure,
    sure: bool,
    main: &[&Word],
    w: &Word,
) -> Option<ActivityMatch> {
    let v = w.lower.as_str();
    let is_last = std::ptr::eq(w, main[main.len() - 1]);
    if !de_infinitive_placed(main, w, sure) {
        return None;
    }
    // "Blogbeiträge verdoppeln", "Fortbildungsstunden erhöhen": more of the team's
    // own output is still output.
    if is_last && is(w, DE_MORE_VERBS) && !m.strong {
        let object = de_object(&main[..main.len() - 1]);
        if let Some(o) =
            object.filter(|o| de_output_noun(&o.lower) && (!two_way(&o.lower) || outbound(ws)))
        {
            return Some(ActivityMatch::new(
                ActivityForm::OutputCount,
                format!("{} … {}", o.text, w.text),
                "de",
            ));
        }
    }
    // "FAQ-Bereich um 40 Artikel erweitern": grown by a count of the team's output.
    // ("um 40 neue Artikel": an adjective may stand between.)
    let grown_by_output = main.windows(2).enumerate().find_map(|(k, p)| {
        (p[0].lower == "um" && p[1].number).then_some(())?;
        main[k + 2..]
            .iter()
            .take(2)
            .find(|n| n.capital && de_output_noun(&n.lower))
            .map(|n| (p[1], *n))
    });
    if let Some((count, noun)) = grown_by_output.filter(|_| is_last && !m.strong) {
        return Some(ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} {}", count.text, noun.text),
            "de",
        ));
    }
    // "Die Jobseite mit Videos erweitern", "Das Kundenportal verbessern": a verb of
    // change on a thing the team makes is work on it.
    let reworked = is_last && !m.strong && de_own_thing_changed(&main[..main.len() - 1], v);
    // "Vertriebsteam um zwei Mitarbeitende verstärken": the team grown by people hired.
    let staffed = is_last
        && main.windows(3).any(|p| {
            p[0].lower == "um"
                && p[1].number
                && DE_STAFF_STEMS.iter().any(|s| p[2].lower.starts_with(s))
        });
    if staffed {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            w.text.to_string(),
            "de",
        ));
    }
    if de_verb_of_change(m, main, v, is_last) && !reworked {
        return None;
    }
    if is_last {
        return de_last_verb_stated(main, w);
    }
    Some(ActivityMatch::new(
        ActivityForm::Imperative,
        w.text.to_string(),
        "de",
    ))
}

/// Endings of German nouns of people and their accounts: "Mitglieder", "Admin-Konten" are
/// no setting switched on.
#[rustfmt::skip]
pub(super) const DE_PEOPLE_ENDINGS: &[&str] = &[
    "mitglieder", "nutzer", "kunden", "konten", "accounts", "user", "teilnehmer", "abonnenten",
    "leser", "spender", "patienten",
];

/// Words that open the object of a German command in the second person: an article or a
/// possessive in the accusative or dative, or "mehr" ("Erstelle einen Fork", "Folge dem
/// Account", "Lerne mehr über …"); a number opens one too ("Erzähle drei Freunden"). Not
/// "der" and "des": after a noun first they open its genitive ("Quote der Erstlösungen").
#[rustfmt::skip]
pub(super) const DE_COMMAND_OBJECTS: &[&str] = &[
    "den", "die", "das", "dem", "einen", "eine", "ein", "einem", "unsere", "unseren",
    "unser", "unserem", "unseres", "deine", "deinen", "dein", "deinem", "alle", "allen",
    "mehr", "neue", "neuen",
    // "Lerne jeden Tag 15 Minuten Italienisch": a rhythm after the command.
    "jeden", "jede", "jedes", "täglich", "wöchentlich", "regelmäßig",
];

/// Strong verbs whose command in the second person changes its vowel ("Lies", "Gib"),
/// with their infinitive: grammar, not a word list of the handbook's domain.
#[rustfmt::skip]
pub(super) const DE_STRONG_COMMANDS: &[(&str, &str)] = &[
    ("lies", "lesen"), ("gib", "geben"), ("nimm", "nehmen"), ("hilf", "helfen"),
    ("sprich", "sprechen"), ("sieh", "sehen"), ("triff", "treffen"), ("wirf", "werfen"),
    ("miss", "messen"), ("schreib", "schreiben"), ("mach", "machen"),
];

/// "Erstelle einen Fork von unserem Projekt", "Lies unsere Richtlinien", "Folge dem
/// Account": a German command in the second person, the verb first in the form of its
/// stem with "-e" (or a strong verb's changed vowel), its object right after it. A verb
/// of change ("Erhöhe die Zufriedenheit", "Steigere den Umsatz", with its prefix at the
/// end: "Baue die Reichweite aus") commands a result, so does a service verb measured as
/// a service level, and a title that measures (from … to …, a percentage) excuses the
/// verb, as for the infinitive.
pub(super) fn de_imperative_first(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    let main: Vec<&Word> = ws.iter().filter(|w| !w.aside).collect();
    let (first, next) = (*main.first()?, *main.get(1)?);
    // "YouTube: 1.000 Abonnenten": a word before a colon is a label, not a command.
    if !first.capital || first.ends_clause || m.strong || main.len() < 3 {
        return None;
    }
    let v = first.lower.as_str();
    // "Sammeln Sie Feedback von Kunden", "Führen Sie … durch": the polite command is the
    // infinitive before "Sie".
    if next.lower == "sie" && v.ends_with('n') && lexicon::en_base(v).is_none() {
        return de_polite_command(&main, m);
    }
    let infinitives: Vec<String> = match DE_STRONG_COMMANDS.iter().find(|(c, _)| *c == v) {
        Some((_, inf)) => vec![inf.to_string()],
        None if v.ends_with('e') && v.chars().count() >= 4 => {
            let stem = &v[..v.len() - 1];
            // "Erstelle" → "erstellen", "Steigere" → "steigern", "Entwickle" → "entwickeln".
            let mut forms = vec![format!("{v}n"), format!("{stem}n")];
            if let Some(s) = stem.strip_suffix('l').or_else(|| stem.strip_suffix('r')) {
                forms.push(format!("{s}e{}n", &stem[s.len()..]));
            }
            forms
        }
        None => return None,
    };
    // "Complete 10 workshops" is English.
    let german = ws.iter().any(looks_german) && lexicon::en_base(v).is_none();
    if !german || !(is(next, DE_COMMAND_OBJECTS) || next.number) || others_noun(v) {
        return None;
    }
    // The separable prefix of the verb stands at the end: "Baue … aus"; an infinitive
    // there is the command, and the first word a noun ("Kunden die Treue halten").
    let last = main[main.len() - 1];
    let infinitive_last = infinitive_form(last);
    if infinitive_last {
        return None;
    }
    let prefix = is(last, DE_SEPARABLE).then_some(last.lower.as_str());
    // A service verb measured as a service level ("Beantworte 95 % der Anfragen am
    // selben Tag") is one too.
    let service_level = m.bound || m.share;
    let change = infinitives.iter().any(|inf| {
        let joined = prefix.map(|p| format!("{p}{inf}"));
        let of = |x: &str| de_outcome_verb(x) || (service_level && de_service_verb(x));
        of(inf) || joined.as_deref().is_some_and(of)
    });
    (!change).then(|| ActivityMatch::new(ActivityForm::Imperative, first.text.to_string(), "de"))
}

/// A command in the polite form, the infinitive first and "Sie" after it: work, unless
/// its verb is one of change ("Steigern Sie den NPS …") or it wins people counted
/// ("Begeistern Sie 500 neue Kunden").
pub(super) fn de_polite_command(main: &[&Word], m: &Measure) -> Option<ActivityMatch> {
    let (first, rest) = (main[0], &main[2..]);
    let last = main[main.len() - 1];
    let inf = match is(last, DE_SEPARABLE).then_some(last.lower.as_str()) {
        Some(p) => format!("{p}{}", first.lower),
        None => first.lower.clone(),
    };
    let contact =
        DE_CONTACT_SET.contains(inf.as_str()) || DE_CONTACT_SET.contains(first.lower.as_str());
    let service_level = m.bound || m.share;
    // "Aktivieren Sie die Protokollierung …": a setting switched on; customers activated
    // ("Aktivieren Sie 500 neue Kunden") are a result.
    let setting_enabled = inf == "aktivieren"
        && !m.strong
        && rest
            .iter()
            .take(4)
            .all(|w| !w.number && !de_others_noun(&w.lower) && !people_form(w));
    let change = !setting_enabled
        && (de_outcome_verb(&inf)
            || de_outcome_verb(&first.lower)
            || (service_level && de_service_verb(&inf)));
    (!change && (contact || !de_others_counted(rest)))
        .then(|| ActivityMatch::new(ActivityForm::Imperative, first.text.to_string(), "de"))
}

/// German verbs of work done to people: "50 Kunden anrufen" is work even though it counts
/// people.
#[rustfmt::skip]
pub(super) const DE_CONTACT_VERBS: &[&str] = &[
    "anrufen", "kontaktieren", "besuchen", "anschreiben", "einladen", "befragen", "fragen",
    "interviewen", "informieren", "beraten", "schulen", "trainieren", "betreuen", "treffen",
    "begrüßen", "telefonieren", "anmailen", "ansprechen", "einstellen", "anstellen",
    "coachen", "qualifizieren", "weiterbilden", "fortbilden", "ausbilden", "einarbeiten",
];

pub(super) static DE_CONTACT_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| str_set(DE_CONTACT_VERBS));

/// Whether a German title's object opens with a count of people outside the team: a number
/// first (or after an article), then within three words a noun of customers, users,
/// followers ("500 neue Youtube-Abonnenten", "1.000 Follower").
pub(super) fn de_others_counted(main: &[&Word]) -> bool {
    let Some(i) = main
        .iter()
        .take(2)
        .position(|w| w.number && !w.percent && !w.money)
    else {
        return false;
    };
    main[i + 1..]
        .iter()
        .take(3)
        .take_while(|w| !is(w, COUNT_ENDERS))
        .any(|w| people_form(w) || (w.capital && de_others_noun(&w.lower)))
}

/// German verbs of change that name work when their object is a thing the team makes
/// ("die Jobseite erweitern"), a result when it is a result ("Reichweite erweitern").
#[rustfmt::skip]
pub(super) const DE_REWORKING_CHANGE: &[&str] = &[
    "erweitern", "verbessern", "optimieren", "ausbauen", "modernisieren", "aktualisieren",
    "erneuern", "vereinfachen",
];

/// German nouns of things the team makes and keeps, also as the end of a compound:
/// "Jobseite", "Kundenportal", "Angebotsvorlage".
#[rustfmt::skip]
pub(super) const DE_MADE_THINGS: &[&str] = &[
    "seite", "webseite", "website", "homepage", "portal", "vorlage", "leitfaden", "tool",
    "app", "plattform", "software", "shop", "formular", "handbuch", "dokumentation", "wiki",
    "intranet", "datenbank", "schnittstelle", "modul", "checkliste", "broschüre", "katalog",
    "präsentation", "anleitung", "dashboard", "vorlagen", "unterlage", "unterlagen",
    "materialien",
];

pub(super) static DE_MADE_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(DE_MADE_THINGS, true));

/// German documents of decisions and set-ups the team makes, named alone: "Caching-Konzept",
/// "Prozess für Reklamationen", "Styleguide".
#[rustfmt::skip]
pub(super) const DE_MADE_DOCS: &[&str] = &[
    "konzept", "prozess", "richtlinie", "plan", "styleguide", "roadmap", "setup", "pipeline",
    "system", "faq", "video", "newsletter",
];

pub(super) static DE_MADE_DOC_SET: LazyLock<NounSet> =
    LazyLock::new(|| NounSet::new(DE_MADE_DOCS, true));

/// Stems of German adjectives that judge a state ("Stabile Plattform", "Zufriedene Kunden"):
/// a noun phrase with one names a quality to reach, not a thing to build.
#[rustfmt::skip]
pub(super) const DE_JUDGEMENTS: &[&str] = &[
    "stabil", "zufrieden", "sicher", "einfach", "schnell", "gut", "best", "zuverlässig",
    "hoch", "höher", "niedrig", "kein", "null", "fehlerfrei", "barrierefrei", "verständlich",
    "effizient", "modern", "attraktiv", "transparent", "konsistent", "performant", "robust",
];

/// "Styleguide für alle Produktseiten", "Neues Kundenportal", "Caching-Konzept für den Shop":
/// a German noun phrase alone, without a verb, a number or a judging adjective, whose head (the
/// last noun before a preposition) is a thing the team makes or a document of decisions,
/// names a deliverable, as "Public status page" does in English. Comparatives ("Schnellere
/// Ladezeiten"), people and results as the head leave it alone.
pub(super) fn de_named_thing(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    let main: Vec<&Word> = ws.iter().filter(|w| !w.aside).collect();
    if m.strong || m.bound || m.share || main.len() < 2 || main.len() > 7 {
        return None;
    }
    let np_end = main
        .iter()
        .position(|w| is(w, COUNT_ENDERS) || is(w, &["im", "in", "von", "vom", "der", "des"]))
        .unwrap_or(main.len());
    let np = &main[..np_end];
    let head = *np.last()?;
    let verb = |w: &Word| {
        is(w, DE_FINITE_AUX)
            || (!w.capital && de_participle(&w.lower).is_some())
            // "Jedes Team nutzt die Plattform": a verb in the third person.
            || (!w.capital
                && w.lower.ends_with('t')
                && !is(w, COUNT_ENDERS)
                && !is(w, &["mit", "nicht", "jetzt", "seit", "bereit", "selbst", "erst"]))
            || infinitive_form(w)
                && std::ptr::eq(w, main[main.len() - 1])
            // "Mehr Kunden nutzen die App": a known verb in the plural.
            || (!w.capital
                && (de_outcome_verb(&w.lower) || DE_DOING_VERBS.contains(&w.lower.as_str())))
    };
    let judging = |w: &Word| {
        DE_JUDGEMENTS.iter().any(|j| w.lower.starts_with(j))
            || (!w.capital || std::ptr::eq(w, main[0]))
                && ["ere", "eren", "erer", "eres"]
                    .iter()
                    .any(|e| w.lower.ends_with(e))
                && w.lower.len() > 6
    };
    let made = DE_MADE_SET.contains(&head.lower) || DE_MADE_DOC_SET.contains(&head.lower);
    let blocked = main
        .iter()
        .any(|w| w.number || w.percent || w.money || verb(w))
        || np.iter().any(|w| judging(w))
        || !head.capital
        || people_form(head)
        || de_result_noun(&head.lower);
    (made && !blocked)
        .then(|| ActivityMatch::new(ActivityForm::Deliverable, head.text.to_string(), "de"))
}

/// Whether the infinitive is a verb of change and the object before it (`before`, in
/// German order) a thing the team makes.
pub(super) fn de_own_thing_changed(before: &[&Word], infinitive: &str) -> bool {
    if !DE_REWORKING_CHANGE.contains(&infinitive) {
        return false;
    }
    let Some(o) = de_object(before) else {
        return false;
    };
    // The object's head is the last of its run of nouns: "App Store Bewertung".
    let head = before
        .iter()
        .skip_while(|x| !std::ptr::eq(**x, o))
        .take_while(|x| x.capital && !x.number)
        .last()
        .map_or(o, |h| *h);
    DE_MADE_SET.contains(&head.lower) && !de_result_noun(&head.lower) && !people_form(head)
}

/// German nouns with the shape of an infinitive with a prefix, which name things, not
/// doings: "Unternehmen", "Vorhaben", "Verfahren".
#[rustfmt::skip]
pub(super) const DE_INFINITIVE_NOUNS: &[&str] = &[
    "unternehmen", "vorhaben", "verfahren", "vermögen", "verhalten", "vertrauen", "anliegen",
    "ansehen", "einkommen", "aufkommen", "vorgehen", "ergebnissen", "angeboten", "anfragen",
    "aussagen", "anzeigen", "bedenken", "ansprechen",
];

/// "Aufnehmen neuer Cloudtechnologien in …", "Einrichten eines Ticketsystems",
/// "Überarbeiten der Preisliste": a capitalised infinitive with a verb prefix or in
/// `-ieren` first, then its object in the genitive or with "von" — a doing named as a
/// noun. Plural nouns of the same shape ("Maßnahmen", "Aufgaben", "Anforderungen") and
/// a title that ends in a verb of its own are left alone.
pub(super) fn de_nominal_infinitive(main: &[&Word]) -> bool {
    let (Some(first), Some(next), Some(last)) = (main.first(), main.get(1), main.last()) else {
        return false;
    };
    let v = first.lower.as_str();
    let prefixed = v.ends_with("ieren")
        || DE_SEPARABLE
            .iter()
            .chain(DE_INSEPARABLE)
            .any(|p| v.starts_with(p) && v.len() >= p.len() + 5);
    let noun_shape = [
        "ungen", "nahmen", "gaben", "lagen", "sätzen", "kosten", "zahlen",
    ]
    .iter()
    .any(|e| v.ends_with(e))
        || DE_INFINITIVE_NOUNS.contains(&v);
    // The genitive object: an article, "von", or a strong adjective ("neuer", "aller").
    let genitive = is(next, &["der", "des", "eines", "einer", "von", "vom"])
        || (!next.capital && next.lower.ends_with("er") && next.lower.len() > 4);
    let own_verb = !last.capital && de_infinitive_shape(&last.lower) && main.len() > 2;
    first.capital
        && main.len() >= 3
        && de_infinitive_shape(v)
        && prefixed
        && !noun_shape
        && genitive
        && !own_verb
        && !de_outcome_verb(v)
        && !de_service_verb(v)
}

/// Whether `w` has the shape of an infinitive where it stands: lower case, unless
/// first ("Durchführen von …"), and in a title of more than one word unless a known
/// doing verb.
pub(super) fn de_infinitive_placed(main: &[&Word], w: &Word, sure: bool) -> bool {
    let v = w.lower.as_str();
    // Lower case, unless it is the first word ("Durchführen von …").
    let placed = !w.capital || std::ptr::eq(w, main[0]);
    if !placed || !de_infinitive_shape(v) || (!sure && !de_morphology(v)) {
        return false;
    }
    main.len() >= 2 || DE_DOING_VERBS.contains(&v)
}

/// "Drei neue Mandate gewonnen", "Vertrauen aufbauen", "Kunden zufriedener machen": a
/// verb of a result, on a result, or of a change of degree names the way to an outcome.
pub(super) fn de_verb_of_change(m: &Measure, main: &[&Word], v: &str, is_last: bool) -> bool {
    // "MFA für alle Admin-Konten aktivieren": a setting switched on, as in the polite
    // form; customers activated ("500 Kunden aktivieren") are a result.
    if is_last && v == "aktivieren" && !m.strong && main.len() > 1 {
        let object: Vec<&&Word> = main[..main.len() - 1]
            .iter()
            .take_while(|w| !is(w, DE_PREPOSITIONS))
            .collect();
        let setting = !object.is_empty()
            && object.iter().all(|w| {
                !w.number
                    && !de_others_noun(&w.lower)
                    && !people_form(w)
                    && !is(w, &["mehr", "neue", "inaktive", "weitere"])
                    && !DE_PEOPLE_ENDINGS.iter().any(|p| w.lower.ends_with(p))
            });
        if setting {
            return false;
        }
    }
    // "Drei neue Mandate gewonnen": a participle of a result in `-en` is no
    // infinitive.
    if de_outcome_verb(v) || de_outcome_participle(v) || m.strong {
        return true;
    }
    if de_service_verb(v) && (m.bound || m.share) {
        return true;
    }
    // "Uns als Experten für Cloud etablieren": how others see us, an outcome.
    let reflexive = main.iter().any(|x| is(x, &["uns", "sich"]));
    if reflexive && main.iter().any(|x| x.lower == "als") {
        return true;
    }
    // "Vertrauen aufbauen", "Marktanteil in Österreich verteidigen": what the verb
    // acts on is a result, so the verb names the way, the title the result.
    // But a verb of drawing up makes a document whatever it is about: "Monatliches
    // Budget aufstellen".
    let drawn_up = matches!(v, "aufstellen" | "erstellen" | "entwerfen" | "ausarbeiten");
    if is_last && !drawn_up && de_result_object(&main[..main.len() - 1], v) {
        return true;
    }
    let prev = main.iter().rev().nth(1);
    // "Kunden zufriedener machen", "Anfragen schneller beantworten": a comparative
    // before the verb names a change of degree, an outcome.
    is_last && prev.is_some_and(|p| de_comparative(p))
}

/// The last word `w` after a perfect, a passive or a finite verb: a statement, done
/// ("ist eingeführt") or of what happened, not a command.
pub(super) fn de_last_verb_stated(main: &[&Word], w: &Word) -> Option<ActivityMatch> {
    let v = w.lower.as_str();
    let before = &main[..main.len() - 1];
    let prev = main.iter().rev().nth(1);
    // "Ich habe einen Kunden abgeschlossen": a participle in `-en` after a form of
    // "haben" is the perfect tense, a statement of what happened, not a command.
    if de_participle(v).is_some() && before.iter().any(|x| is(x, DE_HABEN)) {
        return None;
    }
    // A participle in `-en` after "ist"/"wurde" is a deliverable, not a command.
    if prev.is_some_and(|p| is(p, &["ist", "sind", "wurde", "wurden", "worden"])) {
        if de_outcome_participle(v) {
            return None;
        }
        return Some(ActivityMatch::new(
            ActivityForm::Deliverable,
            format!("{} {}", prev.map_or("", |p| p.text), w.text),
            "de",
        ));
    }
    // "Rechnungen werden ohne Rückfrage verstanden", "Die Kosten können sinken": with
    // a finite verb and a subject other than "wir"/"ich", the last word is a
    // participle or depends on that verb; the title states, it does not command.
    let we = main.first().is_some_and(|f| is(f, &["wir", "ich"]));
    if !we && before.iter().skip(1).any(|x| is(x, DE_FINITE_AUX)) {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Imperative,
        w.text.to_string(),
        "de",
    ))
}

/// German: a noun of doing first: "Einführung eines CRM", "Durchführung von …".
pub(super) fn de_doing_noun(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // "Interne Auswertung der Umfrage abgeschlossen", "Vollständige Migration …": an
    // adjective of manner may stand before the noun.
    if ws.len() > 2 && is(&ws[0], DE_MANNER_ADJECTIVES) && ws[1].capital {
        return de_doing_noun(&ws[1..], m);
    }
    let first = &ws[0];
    if !first.capital {
        return None;
    }
    if m.strong {
        return de_doing_noun_share(ws, m);
    }
    // "Skalierung des QA-Engineering-Teams", "Ausbau des Vertriebsteams": the team's
    // own people grown is hiring, whatever the noun of growth.
    let team_grown = is(
        first,
        &[
            "skalierung",
            "vergrößerung",
            "ausbau",
            "aufstockung",
            "verstärkung",
            "erweiterung",
        ],
    ) && ws
        .get(1)
        .is_some_and(|w| is(w, &["des", "unseres", "der", "unserer"]))
        && ws[2..ws.len().min(4)]
            .iter()
            .any(|w| w.capital && (w.lower.ends_with("teams") || w.lower.ends_with("team")));
    if team_grown {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            first.text.to_string(),
            "de",
        ));
    }
    let head = first.lower.rsplit('-').next().unwrap_or(&first.lower);
    // "Teilnahme an einem Workshop" is the team's; "Teilnahme von 200 Kunden" theirs.
    // "Budgetplanung für 2025", "Datenmigration": a compound ending in a noun of doing.
    // ("Datenmigration ist abgeschlossen" is stated done: a deliverable, read later.)
    let stated = ws
        .iter()
        .any(|w| is(w, &["ist", "sind", "wurde", "wurden"]));
    // "Windows-11-Rollout": a hyphenated compound ending in a noun of doing.
    let listed = (is(first, DE_DOING_NOUNS)
        || (head.len() < first.lower.len() && DE_DOING_NOUNS.contains(&head))
        || (!stated
            && DE_DOING_HEADS
                .iter()
                .any(|h| head.ends_with(h) && head.len() > h.len() + 2)))
        && (head != "teilnahme" || ws.get(1).is_some_and(|n| is(n, &["an", "am"])));
    let ung = (head.ends_with("ung") || head.ends_with("ungen"))
        && head.chars().count() >= 7
        && !DE_RESULT_UNG
            .iter()
            .any(|r| head.ends_with(r) || head.trim_end_matches("en").ends_with(r));
    if !(listed || ung) {
        return None;
    }
    if ung && !listed {
        // The verb behind the noun must be one of doing: `-ierung`, a verb prefix, or a
        // known doing verb ("Schulung" → "schulen"); a noun of a verb of result is a
        // result ("Entlastung" → "entlasten", "Vertragsverlängerung" → "verlängern").
        let stem = head.trim_end_matches("en").trim_end_matches("ung");
        let of_result = [format!("{stem}en"), format!("{stem}n")]
            .iter()
            .any(|v| de_outcome_verb(v));
        if of_result {
            return None;
        }
        let doing = stem.ends_with("ier")
            || DE_SEPARABLE
                .iter()
                .chain(DE_INSEPARABLE)
                .any(|p| stem.starts_with(p) && stem.len() >= p.len() + 3)
            || DE_DOING_VERBS
                .iter()
                .any(|v| v.strip_suffix("en").or_else(|| v.strip_suffix('n')) == Some(stem));
        if !doing {
            return None;
        }
        // "Einführung eines …", "Durchführung von …", "Planung: …"
        let next = ws.get(1);
        let shaped = first.ends_clause
            || next.is_some_and(|n| {
                n.capital
                    || n.number
                    || is(
                        n,
                        &[
                            "von", "des", "der", "eines", "einer", "eines", "neuer", "neuen",
                            "unserer", "und", "zur", "zum", "mit", "für", "aller", "auf", "im",
                            "in", "bei", "nach",
                        ],
                    )
            });
        if !shaped {
            return None;
        }
    }
    // "Sicherung der Liquidität", "Entwicklung neuer Märkte": what the doing acts on is
    // a result, as with a final verb.
    let object: Vec<&Word> = ws[1..]
        .iter()
        .take_while(|w| !is(w, DE_PREPOSITIONS) || is(w, &["von"]))
        .filter(|w| !is(w, &["von"]))
        .collect();
    if object
        .iter()
        .find(|w| w.capital && !w.number)
        .is_some_and(|o| de_result_noun(&o.lower))
    {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Imperative,
        first.text.to_string(),
        "de",
    ))
}

/// "Digitalisierung von 80 % der Formulare", "Migration von 90 % der Tests": a noun of
/// doing on a share of the team's own things counts work done; a share of people, of what
/// customers send or of a result is theirs.
pub(super) fn de_doing_noun_share(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if !m.share || ws.get(1).is_none_or(|w| w.lower != "von") {
        return None;
    }
    let first = &ws[0];
    let head = first.lower.rsplit('-').next().unwrap_or(&first.lower);
    let doing = is(first, DE_DOING_NOUNS)
        || ((head.ends_with("ierung") || head.ends_with("isierung")) && head.chars().count() >= 9);
    if !doing || ws.iter().filter(|w| w.percent || w.number).count() > 2 {
        return None;
    }
    let p = ws.iter().position(|w| w.percent)?;
    let k = if ws.get(p + 1).is_some_and(|w| w.lower == "%") {
        p + 2
    } else {
        p + 1
    };
    if ws
        .get(k)
        .is_none_or(|w| !is(w, &["der", "aller", "unserer"]))
    {
        return None;
    }
    let thing = ws[k + 1..].iter().find(|w| w.capital)?;
    let theirs = de_result_noun(&thing.lower)
        || de_others_noun(&thing.lower)
        || people_form(thing)
        || de_customer_thing(&thing.lower)
        || thing.lower.contains("mitarbeit")
        || thing.lower.contains("kund");
    (!theirs).then(|| {
        ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} … {}", first.text, share_text(ws, p)),
            "de",
        )
    })
}

/// The infinitive of the verb after "wir": a separable verb's prefix ends the clause
/// ("Wir bauen eine Community auf" is "aufbauen").
pub(super) fn de_we_infinitive(verb: &Word, clause: &[&Word]) -> String {
    match clause
        .last()
        .filter(|w| !w.capital && DE_SEPARABLE.contains(&w.lower.as_str()))
    {
        Some(p) => format!("{}{}", p.lower, verb.lower),
        None => verb.lower.clone(),
    }
}

/// Whether "Wir …" states a result: "Wir etablieren uns als Experten" (what we become),
/// "Wir bauen Vertrauen bei Kunden auf" (a separable verb of change, or a result as its
/// object).
pub(super) fn de_we_become(ws: &[Word]) -> bool {
    let Some(verb) = ws.get(1) else {
        return false;
    };
    let end = ws
        .iter()
        .position(|w| w.ends_clause)
        .map_or(ws.len(), |k| k + 1);
    let clause: Vec<&Word> = ws[2..end.max(2)].iter().collect();
    let infinitive = de_we_infinitive(verb, &clause);
    de_outcome_joined(ws)
        || clause.first().is_some_and(|w| is(w, &["uns", "sich"]))
        || de_outcome_verb(&infinitive)
        || de_result_object(&clause, &infinitive)
}

/// "Wir führen das CRM ein und gewinnen 30 Neukunden": a second clause that counts an
/// outcome says what the work is for.
pub(super) fn de_outcome_joined(ws: &[Word]) -> bool {
    ws.iter().enumerate().any(|(j, w)| {
        is(w, &["und", "sowie"])
            && ws[j + 1..]
                .iter()
                .any(|x| !x.capital && de_outcome_verb(&x.lower))
            && ws[j + 1..].iter().any(|x| x.number)
    })
}

/// German: what "wir" do now, a statement of the work planned: "Wir erweitern die
/// Jobseite mit Videoinhalten", "Social Media – Wir erstellen einen Prompt für …", and
/// what "wir" have, a thing made: "Wir haben ein Konzept, wie …", "Wir haben ein
/// Monitoring in unserem Netzwerk". Verbs of a change ("Wir steigern …", "Wir gewinnen
/// …"), a result as the object ("Wir stärken das Vertrauen …"), a measure or counted
/// people make it a result.
pub(super) fn de_we_do(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // "Wir" first, or after a label ("Employer Branding - Wir …").
    let at = ws
        .iter()
        .position(|w| w.lower == "wir")
        .filter(|&k| k == 0 || ws[k - 1].ends_clause || ws[..k].iter().all(|w| w.capital))?;
    let verb = ws.get(at + 1)?;
    // The clause: up to a comma-less subordinate clause or the sentence's end.
    let end = ws[at + 1..]
        .iter()
        .position(|w| w.ends_clause || is(w, &["um", "damit", "sodass", "dass", "wie", "wer"]))
        .map_or(ws.len(), |k| at + 2 + k)
        .min(ws.len());
    // "Wir haben ein Konzept, wie wir die Quote auf 75 % steigern": a measure in a
    // clause of how describes the thing made; one of purpose ("um … zu") excuses it.
    let how = end > at + 1 && is(&ws[end - 1], &["wie", "wer"]);
    let m = if how { &measure(&ws[..end]) } else { m };
    if m.strong || m.bound || m.share {
        return None;
    }
    if de_outcome_joined(ws) {
        return None;
    }
    if de_measured_clause(ws) {
        return None;
    }
    let clause: Vec<&Word> = ws[at + 2..end].iter().collect();
    if clause
        .iter()
        .any(|w| w.number || w.money || de_others_noun(&w.lower) || people_form(w))
    {
        return None;
    }
    let article = |w: &Word| is(w, &["ein", "einen", "eine", "einem"]);
    if is(verb, &["haben", "besitzen"]) {
        // "Wir haben ein Konzept": a thing had; not "Wir haben zufriedene Kunden".
        let object = clause
            .iter()
            .skip_while(|w| article(w))
            .find(|w| w.capital)?;
        let first_is_article = clause.first().is_some_and(|w| article(w));
        // "Wir haben ein starkes Team", "… einen guten Ruf": a judging adjective names
        // a quality reached, not a thing made.
        let judged = clause.iter().any(|w| {
            !w.capital
                && [
                    "gut",
                    "stark",
                    "positiv",
                    "exzellent",
                    "hervorragend",
                    "loyal",
                    "treu",
                    "gesund",
                    "stabil",
                    "solid",
                    "attraktiv",
                    "beliebt",
                    "hoh",
                    "groß",
                    "zufrieden",
                    "motiviert",
                    "engagiert",
                    "zuverlässig",
                    "besser",
                    "klar",
                ]
                .iter()
                .any(|j| w.lower.starts_with(j))
        });
        // "Wir haben ein neues CRM eingeführt": the perfect tense, the participle says
        // what was done.
        let done = clause
            .last()
            .filter(|w| !w.capital && de_participle(&w.lower).is_some());
        return (first_is_article && !judged && !de_result_noun(&object.lower)).then(|| {
            let evidence = match done {
                Some(d) => format!("{} … {}", verb.text, d.text),
                None => format!("{} {} {}", ws[at].text, verb.text, object.text),
            };
            ActivityMatch::new(ActivityForm::Deliverable, evidence, "de")
        });
    }
    let infinitive = de_we_infinitive(verb, &clause);
    // "Wir erweitern die Jobseite mit Videos": a verb of change on a thing made.
    if !verb.capital && de_own_thing_changed(&clause, &infinitive) {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} {}", ws[at].text, verb.text),
            "de",
        ));
    }
    let reflexive = clause.first().is_some_and(|w| is(w, &["uns", "sich"]));
    // A verb of doing in the first person plural, which has the infinitive's form.
    if verb.capital
        || reflexive
        || !de_infinitive_shape(&verb.lower)
        || de_outcome_verb(&infinitive)
        || de_service_verb(&infinitive)
        || is(
            verb,
            &[
                "werden", "sind", "können", "wollen", "müssen", "sollen", "dürfen", "möchten",
                "bleiben", "haben",
            ],
        )
    {
        return None;
    }
    if de_result_object(&clause, &infinitive) || has_frequency(ws) {
        return None;
    }
    // An object must follow: "Wir erweitern die Jobseite …".
    clause.iter().find(|w| w.capital)?;
    Some(ActivityMatch::new(
        ActivityForm::Imperative,
        format!("{} {}", ws[at].text, verb.text),
        "de",
    ))
}

/// German: a capability the team built, "Kunden können ihre Rechnungen im Portal
/// herunterladen", "Mitarbeitende können Urlaub online beantragen" — unless what they can
/// do is a change ("Die Kosten können sinken") or it is measured ("… in weniger als 2
/// Minuten anlegen" is how well it serves them).
pub(super) fn de_can_do(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if m.strong || m.bound || m.share {
        return None;
    }
    let main: Vec<&Word> = ws.iter().filter(|w| !w.aside).collect();
    let i = main
        .iter()
        .take(5)
        .position(|w| is(w, &["können", "kann"]))?;
    let last = *main.last()?;
    let subordinate = main[..i]
        .iter()
        .any(|w| is(w, &["dass", "wenn", "damit", "weil", "ob"]));
    // "Teams können sich auf das Wesentliche konzentrieren": how they behave or feel.
    let reflexive = main.get(i + 1).is_some_and(|w| w.lower == "sich");
    if i == 0
        || subordinate
        || reflexive
        || main[..i].iter().any(|w| w.number)
        || main.len() < i + 3
    {
        return None;
    }
    // "… nutzen", "… bestellen", "… buchen": using what was built is the capability.
    let using = [
        "nutzen",
        "verwenden",
        "bestellen",
        "buchen",
        "bezahlen",
        "finden",
        "sehen",
    ]
    .iter()
    .any(|u| last.lower.ends_with(u));
    (infinitive_form(last)
        && !last.lower.ends_with("ungen")
        && (using || !de_outcome_verb(&last.lower)))
    .then(|| {
        ActivityMatch::new(
            ActivityForm::Deliverable,
            format!("{} … {}", main[i].text, last.text),
            "de",
        )
    })
}

/// German: a deliverable stated as done: "Das neue CRM ist eingeführt", "VP Sales
/// eingestellt", "Der Shop ist online".
pub(super) fn de_deliverable(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // "Ein Deep-Check-Prozess ist definiert und pilotiert, der über … hinausgeht": the
    // main clause says what is done; a clause after it that counts nothing only
    // describes it.
    if let Some(k) = de_main_clause_end(ws) {
        let head = &ws[..k];
        return de_deliverable(head, &measure(head));
    }
    if m.strong || m.share || ws.iter().any(|w| w.percent && !w.aside) {
        return None;
    }
    let main: Vec<&Word> = ws.iter().filter(|w| !w.aside).collect();
    if main.len() < 2 || de_done_by_others(&main) {
        return None;
    }
    // "Das CRM soll bis Q3 eingeführt werden", "Die Plattform soll live sein": a modal
    // frame puts the infinitive last; the state before it is what is to be done.
    let framed = main.len() >= 4
        && main.last().is_some_and(|l| is(l, &["werden", "sein"]))
        && main.iter().any(|x| is(x, DE_MODALS));
    let clause = &main[..main.len() - usize::from(framed)];
    de_exists(ws, &main, m).or_else(|| (1..clause.len()).find_map(|i| de_done_at(ws, m, clause, i)))
}

/// German modal verbs that frame a goal: "soll … eingeführt werden", "muss … live sein".
pub(super) const DE_MODALS: &[&str] = &["soll", "sollen", "sollte", "sollten", "muss", "müssen"];

/// Words that open a German clause after a comma: relative pronouns and conjunctions.
#[rustfmt::skip]
pub(super) const DE_CLAUSE_OPENERS: &[&str] = &[
    "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches",
    "wobei", "wodurch", "womit", "sodass", "damit", "um", "weil", "da", "wenn", "so",
];

/// Verbs that open a second main clause after "und": "… ist implementiert und ermöglicht
/// …", "… wurde durchgeführt und hat sich …".
#[rustfmt::skip]
pub(super) const DE_SECOND_VERBS: &[&str] = &[
    "hat", "haben", "ermöglicht", "ermöglichen", "sorgt", "sorgen", "führt", "führen",
    "bietet", "bieten", "schafft", "schaffen", "dient", "dienen", "wird", "werden",
];

/// Where the main clause of a German title ends, when a clause follows it that counts
/// nothing: after a comma before a relative pronoun or conjunction, at a dash, or before
/// "und" with a second verb. `None` when the title is one clause, or the clause after it
/// counts or measures (it may be the title's measure: "…, das 30 % der Anfragen abfängt").
pub(super) fn de_main_clause_end(ws: &[Word]) -> Option<usize> {
    // The main clause has its verb before the end ("MO AI & MLOps: Ein AI Use Case ist
    // … umgesetzt" is a label, then the clause).
    let verb_before = |i: usize| {
        ws[..i].iter().any(|w| {
            is(
                w,
                &[
                    "ist", "sind", "wurde", "wurden", "wird", "werden", "liegt", "liegen",
                ],
            )
        })
    };
    let k = (2..ws.len()).find(|&i| {
        let prev = &ws[i - 1];
        // "bis zum 30. September", "bis 30.09. umgestellt": the dot of a date's day ends
        // nothing.
        let digits = !prev.lower.is_empty() && prev.lower.chars().all(|c| c.is_ascii_digit());
        let day = (prev.number || digits) && (!ws[i].capital || is(&ws[i], MONTHS));
        let ends = (prev.comma && is(&ws[i], DE_CLAUSE_OPENERS))
            || (prev.ends_clause && !prev.aside && !day)
            || (is(&ws[i], &["und"]) && ws.get(i + 1).is_some_and(|n| is(n, DE_SECOND_VERBS)));
        ends && verb_before(i)
    })?;
    let rest = &ws[k..];
    let counts = rest
        .iter()
        .any(|w| w.number || w.percent || w.money || is_result_marker(&w.lower));
    (!counts && k >= 3).then_some(k)
}

/// German nouns of plans and documents a team writes, also as the end of a compound
/// ("Content-Plan", "Schulungskonzept").
#[rustfmt::skip]
pub(super) const DE_PLANS: &[&str] = &[
    "plan", "konzept", "strategie", "roadmap", "leitfaden", "vorlage", "styleguide",
    "handbuch", "richtlinie", "checkliste",
];

/// Whether a German noun names a thing the team builds or writes.
pub(super) fn de_made_thing(w: &Word) -> bool {
    w.capital
        && DE_SYSTEMS
            .iter()
            .chain(DE_PLANS)
            .any(|t| w.lower.ends_with(t))
}

/// German: a thing made that exists, stands ready or an event that takes place: "Es gibt
/// ein funktionierendes Ticketsystem", "Der Content-Plan für Q3 steht", "Sprint-Reviews
/// finden alle zwei Wochen statt" (with a frequency, a routine).
pub(super) fn de_exists(ws: &[Word], main: &[&Word], m: &Measure) -> Option<ActivityMatch> {
    if m.bound {
        return None;
    }
    let (first, last) = (main[0], main[main.len() - 1]);
    let there_is = first.lower == "es"
        && main[1].lower == "gibt"
        && main[2..].iter().take(4).any(|w| de_made_thing(w));
    if there_is {
        return Some(ActivityMatch::new(
            ActivityForm::Deliverable,
            format!("{} {}", first.text, main[1].text),
            "de",
        ));
    }
    // "Der neue Onlineshop geht im März an den Start": a launch. "3 neue Entwickler sind
    // an Bord": people hired.
    let n = main.len();
    let launched = n >= 4
        && main[n - 3..]
            .iter()
            .map(|w| w.lower.as_str())
            .eq(["an", "den", "start"])
        && main[..n - 3].iter().any(|w| is(w, &["geht", "gehen"]));
    let on_board = n >= 4
        && main[n - 2..]
            .iter()
            .map(|w| w.lower.as_str())
            .eq(["an", "bord"])
        && is(main[n - 3], &["ist", "sind"])
        && !main
            .iter()
            .any(|w| de_others_noun(&w.lower) || people_form(w));
    if launched || on_board {
        let evidence = main[n - if launched { 3 } else { 2 }..]
            .iter()
            .map(|w| w.text)
            .collect::<Vec<_>>()
            .join(" ");
        return Some(ActivityMatch::new(
            ActivityForm::Deliverable,
            evidence,
            "de",
        ));
    }
    // The subject: the words before the verb.
    let verb_at = main
        .iter()
        .position(|w| is(w, &["steht", "stehen", "findet", "finden"]))?;
    let subject = &main[..verb_at];
    let stands = is(main[verb_at], &["steht", "stehen"])
        && verb_at + 1 == main.len()
        && subject.iter().any(|w| de_made_thing(w));
    // "Jeden Morgen findet eine Stationsbesprechung statt": the subject may follow the
    // verb when a time opens the sentence.
    let around: Vec<&Word> = main[..main.len() - 1]
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != verb_at)
        .map(|(_, w)| *w)
        .collect();
    let held = is(main[verb_at], &["findet", "finden"])
        && last.lower == "statt"
        && around.iter().any(|w| {
            w.capital
                && (de_output_noun(&w.lower)
                    || DE_ROUTINES.iter().any(|r| w.lower.ends_with(r))
                    || w.lower.ends_with("reviews"))
        });
    if !(stands || held) {
        return None;
    }
    let form = if held && has_frequency(ws) {
        ActivityForm::Habit
    } else {
        ActivityForm::Deliverable
    };
    let evidence = if held {
        format!("{} … {}", main[verb_at].text, last.text)
    } else {
        main[verb_at].text.to_string()
    };
    Some(ActivityMatch::new(form, evidence, "de"))
}

/// "Kunden sind begeistert", "Webinare werden von 300 Kunden besucht", "10.000 mal
/// besucht": a state of others, or a doing by others, is theirs.
pub(super) fn de_done_by_others(main: &[&Word]) -> bool {
    // A feeling or a state of customers is theirs: "Die Mitarbeitenden fühlen sich gut
    // informiert", "Kunden sind begeistert".
    // "Interne Auswertung der Kundenfeedbacks abgeschlossen": after a noun of doing first,
    // the customers in the genitive are what the work was done on.
    let doing_first = main
        .iter()
        .take(2)
        .any(|w| w.capital && de_noun_of_doing(&w.lower));
    // "Online-Antrag ist eingeführt": a form of the customers' built is the team's.
    let built = main.last().is_some_and(|l| {
        is(
            l,
            &[
                "eingeführt",
                "umgesetzt",
                "implementiert",
                "entwickelt",
                "digitalisiert",
                "programmiert",
                "aufgebaut",
                "freigeschaltet",
                "live",
                "online",
            ],
        )
    });
    let subject_is_others = main.iter().enumerate().any(|(i, w)| {
        (de_others_noun(&w.lower) || (de_customer_thing(&w.lower) && !built))
            && !(doing_first && i > 0 && is(main[i - 1], &["der", "des"]))
            && !main[..i].iter().rev().take(3).any(|p| {
                is(
                    p,
                    &[
                        "mit",
                        "für",
                        "bei",
                        "an",
                        "von",
                        "zu",
                        "zur",
                        "zum",
                        "über",
                        "gegenüber",
                        // "Website um Online-Terminbuchung erweitert": what a thing gained.
                        "um",
                    ],
                )
            })
    });
    // "Webinare werden von 300 Kunden besucht": the agent of a passive did it.
    let by_others = main.iter().enumerate().any(|(i, w)| {
        is(w, &["von", "durch"])
            && main[i + 1..]
                .iter()
                .take(3)
                .any(|x| de_others_noun(&x.lower) || x.number)
    }) && main
        .iter()
        .any(|x| is(x, &["wird", "werden", "wurde", "wurden"]));
    if by_others {
        return true;
    }
    // "10.000 mal besucht": how often others did something.
    let times = main
        .iter()
        .any(|w| w.lower == "mal" || w.lower.ends_with("-mal"));
    subject_is_others || times || main.iter().any(|w| w.lower == "sich")
}

/// Whether the word at `i` of `main` states the title done: a state ("ist online"),
/// "liegt vor" or a participle ("eingeführt").
pub(super) fn de_done_at(
    ws: &[Word],
    m: &Measure,
    main: &[&Word],
    i: usize,
) -> Option<ActivityMatch> {
    let w = main[i];
    let prev = main[i - 1];
    // "FAQ-Bereich überarbeitet und online": a predicate coordinated with the last.
    let coordinated = main.get(i + 1).is_some_and(|n| is(n, &["und", "sowie"]))
        && i + 3 == main.len()
        && main
            .last()
            .is_some_and(|l| is(l, DONE_STATES) || de_participle(&l.lower).is_some());
    let is_last = i + 1 == main.len() || w.ends_clause || coordinated || de_place_follows(main, i);
    // "Die neue Landingpage geht live": going live is being done.
    let goes = is(prev, &["geht", "gehen", "ging", "gingen"]) && is(w, &["live", "online"]);
    let after_aux =
        goes || is(
            prev,
            &["ist", "sind", "wurde", "wurden", "worden", "werden", "wird"],
        ) || is(prev, DE_MODALS);
    // "Das neue Ticketsystem ist im Einsatz", "… ist in Betrieb", "Das Portal steht allen
    // Geschäftskunden zur Verfügung": in use, available.
    let in_use = is_last
        && i >= 2
        && ((is(w, &["einsatz", "betrieb"])
            && is(prev, &["im", "in"])
            && is(main[i - 2], &["ist", "sind"]))
            || (w.lower == "verfügung"
                && prev.lower == "zur"
                && main[..i - 1].iter().any(|x| is(x, &["steht", "stehen"]))));
    // A thing made is in use, not people ("Das Team ist im Einsatz", "Servicetechniker
    // sind im Einsatz").
    let thing_subject = main[..i]
        .iter()
        .take_while(|x| !is(x, &["ist", "sind", "steht", "stehen"]))
        .any(|x| {
            x.capital
                && (DE_SYSTEMS.iter().any(|t| x.lower.ends_with(t))
                    || DE_MADE_SET.contains(&x.lower))
        });
    // "Schulungsunterlagen zur DSGVO stehen bereit": a thing made stands ready.
    let ready =
        is_last && w.lower == "bereit" && main[..i].iter().any(|x| is(x, &["steht", "stehen"]));
    if (in_use || ready) && !m.bound && thing_subject {
        return Some(ActivityMatch::new(
            ActivityForm::Deliverable,
            format!("{} {}", prev.text, w.text),
            "de",
        ));
    }
    if w.capital {
        return None;
    }
    // "10 OZG-Leistungen online verfügbar gemacht": made available is done.
    if w.lower == "gemacht" && is_last && is(prev, DONE_STATES) && !m.bound && !m.strong {
        return Some(ActivityMatch::new(
            ActivityForm::Deliverable,
            format!("{} {}", prev.text, w.text),
            "de",
        ));
    }
    if de_done_state(m, main, i, after_aux, is_last) {
        // "Neue Website bis 30.06. online": the thing, not the date, is what is done.
        let thing = de_before_deadline(main, i);
        let evidence = if thing + 1 == i {
            format!("{} {}", main[thing].text, w.text)
        } else {
            format!("{} … {}", main[thing].text, w.text)
        };
        // "20 Verträge abgeschlossen" are agreements won; "Onlinekurs UX-Grundlagen
        // abgeschlossen" is the team's own course or work done.
        let own_work = main[..i]
            .iter()
            .any(|x| x.capital && (de_output_noun(&x.lower) || de_noun_of_doing(&x.lower)));
        return (w.lower != "abgeschlossen" || after_aux || own_work)
            .then(|| ActivityMatch::new(ActivityForm::Deliverable, evidence, "de"));
    }
    // "Ein Konzept liegt vor", "Für jeden Typ liegt eine Checkliste vor": the verb's
    // prefix closes the clause.
    let lies = main[..i].iter().rposition(|x| is(x, &["liegt", "liegen"]));
    if let Some(l) = lies.filter(|&l| w.lower == "vor" && is_last && l >= 1 && !m.bound) {
        let evidence = if l + 1 == i {
            format!("{} {}", main[l].text, w.text)
        } else {
            format!("{} … {}", main[l].text, w.text)
        };
        return Some(ActivityMatch::new(
            ActivityForm::Deliverable,
            evidence,
            "de",
        ));
    }
    if !is_last {
        return None;
    }
    de_done_participle(ws, m, main, i, after_aux)
}

/// "Top 5 Issues priorisiert im Backlog", "Ticketsystem eingeführt bei allen Teams": a
/// short phrase of place (a preposition, then nouns, no number) closes the title after
/// the word at `i`, which is then its predicate.
pub(super) fn de_place_follows(main: &[&Word], i: usize) -> bool {
    let rest = &main[i + 1..];
    (2..=4).contains(&rest.len())
        && is(
            rest[0],
            &["im", "in", "auf", "bei", "beim", "am", "an", "für"],
        )
        && rest.last().is_some_and(|w| w.capital && !w.number)
        && rest[1..].iter().all(|w| {
            !w.number
                && (w.capital
                    || is(
                        w,
                        &[
                            "der", "die", "das", "den", "dem", "des", "allen", "alle", "unserem",
                            "unseren", "unserer",
                        ],
                    ))
        })
}

/// The index of the word before a deadline that ends right before `i` ("bis 30.06.", "bis
/// Ende Juni", "bis Q3"), or `i - 1` when there is none.
fn de_before_deadline(main: &[&Word], i: usize) -> usize {
    let Some(b) = main[..i]
        .iter()
        .rposition(|w| is(w, &["bis", "ab", "zum", "am"]))
    else {
        return i - 1;
    };
    let datelike = |w: &Word| {
        w.number
            || is(w, MONTHS)
            || is(
                w,
                &["ende", "anfang", "mitte", "zum", "q1", "q2", "q3", "q4"],
            )
            || w.lower.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    if b >= 1 && b + 1 < i && main[b + 1..i].iter().all(|w| datelike(w)) {
        b - 1
    } else {
        i - 1
    }
}

/// "ist online", "sind verfügbar", "Neuer Webshop online": a done state after "ist", or
/// last after a noun, and no people counted.
pub(super) fn de_done_state(
    m: &Measure,
    main: &[&Word],
    i: usize,
    after_aux: bool,
    is_last: bool,
) -> bool {
    let (w, prev) = (main[i], main[i - 1]);
    // "ist online", "sind verfügbar", "ist live"; not "bei 3 Kunden produktiv"
    let people_counted = main.iter().enumerate().any(|(k, x)| {
        x.number
            && main[k + 1..]
                .iter()
                .take(3)
                .any(|n| de_others_noun(&n.lower))
    });
    // Without "ist", a German noun stands before it: "Neuer Webshop online", also before
    // a deadline ("Neue Website bis 30.06. online").
    let thing = main[de_before_deadline(main, i)];
    let noun_before = (prev.capital && !prev.number && !is(prev, MONTHS))
        || (!std::ptr::eq(thing, prev) && thing.capital && !thing.number);
    is(w, DONE_STATES) && (after_aux || is_last && noun_before) && !m.bound && !people_counted
}

/// "Das neue CRM ist eingeführt", "VP Sales eingestellt", "werden … erfasst": a
/// participle of a doing last, done or, in the present passive, a routine.
pub(super) fn de_done_participle(
    ws: &[Word],
    m: &Measure,
    main: &[&Word],
    i: usize,
    after_aux: bool,
) -> Option<ActivityMatch> {
    let (w, prev) = (main[i], main[i - 1]);
    de_participle(&w.lower)?;
    // A word in `-en` without "ist"/"wurde" before it is an infinitive ("gewinnen");
    // after "werden … von der Teamleitung" it is the participle of a passive.
    // "Das Portal soll bis Q3 angebunden sein": a modal frames the participle too.
    let aux_before = main[..i]
        .iter()
        .any(|x| is(x, &["ist", "sind", "wird", "werden", "wurde", "wurden"]) || is(x, DE_MODALS));
    let infinitive = w.lower.ends_with("en") && !after_aux && !aux_before;
    // "Praxis-Website um Online-Rezeptbestellung erweitert": a thing the team makes,
    // changed, is work on it, as with the infinitive ("Die Jobseite erweitern").
    let reworked = w.lower.strip_suffix('t').is_some_and(|stem| {
        [format!("{stem}n"), format!("{stem}en")]
            .iter()
            .any(|v| de_own_thing_changed(&main[..i], v))
    });
    let outcome = (de_outcome_participle(&w.lower) || de_outcome_verb(&w.lower)) && !reworked;
    if infinitive || outcome || m.bound {
        return None;
    }
    // "werden … erfasst", "Jede Eskalation wird … besprochen": a process; "ist
    // eingeführt": done; "Das neue CRM wird eingeführt": one thing to be done, no routine
    // unless a frequency, a plural or "jede" says so.
    let passive_now = main[..i].iter().any(|x| is(x, &["werden"]))
        || (main[..i].iter().any(|x| is(x, &["wird"]))
            && main[..i].iter().any(|x| is(x, &["jede", "jeder", "jedes"])));
    let form = if passive_now || has_frequency(ws) {
        ActivityForm::Habit
    } else {
        ActivityForm::Deliverable
    };
    let evidence = if after_aux {
        format!("{} {}", prev.text, w.text)
    } else {
        w.text.to_string()
    };
    Some(ActivityMatch::new(form, evidence, "de"))
}

/// German: a share of the team's own things in a state of work done: "100 % der
/// Prozesse werden dokumentiert", "80 % aller Standards sind überprüft" — the share
/// counts work done (present passive: a routine), unless people, what customers send or
/// a measure are counted, others did it, or a time limit makes it a service level.
pub(super) fn de_share_done(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if m.bound {
        return None;
    }
    let main: Vec<&Word> = ws.iter().filter(|w| !w.aside).collect();
    let p = main.iter().position(|w| w.percent)?;
    let mut k = p + 1;
    if main.get(k).is_some_and(|w| w.lower == "%") {
        k += 1;
    }
    if main
        .get(k)
        .is_none_or(|w| !is(w, &["der", "aller", "unserer", "von"]))
    {
        return None;
    }
    let aux = k
        + 1
        + main[k + 1..].iter().position(|w| {
            is(
                w,
                &["werden", "wird", "sind", "ist", "wurden", "wurde", "haben"],
            )
        })?;
    let np = &main[k + 1..aux];
    let head = np.iter().rev().find(|w| w.capital)?;
    let last = *main.last()?;
    if last.capital
        || main[aux + 1..].iter().any(|w| w.number)
        || de_participle(&last.lower).is_none()
        || de_outcome_participle(&last.lower)
        || ends_in(&last.lower, &DE_USES_SET)
    {
        return None;
    }
    let people = np.iter().any(|w| {
        de_others_noun(&w.lower)
            || people_form(w)
            || de_customer_thing(&w.lower)
            || is(w, OWN_PEOPLE)
            || w.lower.contains("mitarbeit")
            || w.lower.contains("kolleg")
    });
    if people || de_result_noun(&head.lower) || de_done_by_others(&main) {
        return None;
    }
    let form = if is(main[aux], &["werden", "wird"]) {
        ActivityForm::Habit
    } else {
        ActivityForm::OutputCount
    };
    Some(ActivityMatch::new(
        form,
        format!(
            "{} {} {} … {}",
            share_text(ws, ws.iter().position(|w| std::ptr::eq(w, main[p]))?),
            main[k].text,
            head.text,
            last.text
        ),
        "de",
    ))
}

/// "Wir tragen dazu bei, dass 400 neue Editierende ihren 10. Edit erreichen", "Wir sorgen
/// dafür, dass 80 % der Kunden …": a clause of "dass" or "damit" that counts is the
/// title's measure (a year is no count).
pub(super) fn de_measured_clause(ws: &[Word]) -> bool {
    ws.iter().enumerate().any(|(k, w)| {
        is(w, &["dass", "damit"])
            && ws[k + 1..]
                .iter()
                .any(|x| (x.number || x.percent) && !is_year(x))
    })
}

/// German: a routine: "Wir messen regelmäßig die Zufriedenheit", "Ich trainiere 3-mal
/// pro Woche".
pub(super) fn de_habit(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    let first = &ws[0];
    let verb = ws.get(1)?;
    // "Newsletter erscheint alle zwei Wochen": the team's output, published on a rhythm.
    if first.capital
        && de_output_noun(&first.lower)
        && is(verb, &["erscheint", "erscheinen"])
        && has_frequency(ws)
    {
        return Some(ActivityMatch::new(
            ActivityForm::Habit,
            format!("{} {}", first.text, verb.text),
            "de",
        ));
    }
    let infinitive: String = match first.lower.as_str() {
        // "Wir erstellen einen Leitfaden": a statement of work, read with its object.
        // "Wir bauen Vertrauen auf", "Wir etablieren uns als …": a result.
        "wir" if !has_frequency(ws) && de_we_become(ws) || de_measured_clause(ws) => return None,
        "wir" | "sie" => verb.lower.clone(),
        "ich" => format!("{}n", verb.lower),
        "du" => format!("{}en", verb.lower.strip_suffix("st")?),
        _ => {
            // "Monatliches Kundenfeedback-Meeting", "Regelmäßige Schulungen für das
            // Serviceteam": a frequency, then an activity noun.
            // "Jeden Freitag eine Retrospektive", "Alle zwei Wochen ein Update".
            let every = is(first, &["jeden", "jede", "jedes", "alle"]) && has_frequency(ws);
            if (de_frequency_adjective(&first.lower) || every) && !m.strong {
                let noun = ws[1..].iter().take(4).find(|w| {
                    w.capital
                        && (de_output_noun(&w.lower)
                            || DE_ROUTINE_SET.contains(&w.lower)
                            || de_noun_of_doing(&w.lower))
                });
                if let Some(n) = noun {
                    return Some(ActivityMatch::new(
                        ActivityForm::Habit,
                        format!("{} … {}", first.text, n.text),
                        "de",
                    ));
                }
            }
            // "Jour fixe mit der Buchhaltung alle 2 Wochen", "Sprechstunde einmal pro
            // Woche": a gathering named first, then its rhythm.
            // (A command last says what is to be done: "… alle zwei Wochen etablieren".)
            let named_first = first.capital
                && DE_ROUTINE_SET.contains(&first.lower)
                && has_frequency(ws)
                && !m.strong
                && ws.last().is_some_and(|l| l.capital || l.number);
            if named_first {
                let evidence = match ws.get(1) {
                    Some(f) if first.lower == "jour" && f.lower == "fixe" => {
                        format!("{} {}", first.text, f.text)
                    }
                    _ => first.text.to_string(),
                };
                return Some(ActivityMatch::new(ActivityForm::Habit, evidence, "de"));
            }
            // "Kundenbeirat trifft sich viermal im Jahr", "Die Serviceleitungsrunde tagt
            // monatlich": a gathering that meets at a frequency.
            let at = usize::from(is(first, &["der", "die", "das", "unser", "unsere"]));
            let meets = ws
                .get(at + 1)
                .is_some_and(|v| is(v, &["trifft", "treffen", "tagt", "tagen"]));
            if meets
                && has_frequency(ws)
                && ws[at].capital
                && DE_ROUTINES.iter().any(|r| ws[at].lower.ends_with(r))
            {
                return Some(ActivityMatch::new(
                    ActivityForm::Habit,
                    format!("{} {}", ws[at].text, ws[at + 1].text),
                    "de",
                ));
            }
            // "Täglich 30 Minuten zum Lesen haben": a frequency first, a verb last.
            if is(first, FREQUENCY_WORDS) {
                let last = ws.iter().rev().find(|w| !w.aside)?;
                if !last.capital
                    && de_infinitive_shape(&last.lower)
                    // "Täglich 30 Minuten zum Lesen haben" is a routine, "Daily Active
                    // Users erhöhen" a metric.
                    && (!de_outcome_verb(&last.lower) || is(last, &["haben", "sein"]))
                    && !m.strong
                {
                    return Some(ActivityMatch::new(
                        ActivityForm::Habit,
                        format!("{} … {}", first.text, last.text),
                        "de",
                    ));
                }
            }
            return None;
        }
    };
    if verb.capital || !de_infinitive_shape(&infinitive) {
        return None;
    }
    if de_outcome_verb(&infinitive) || m.strong {
        return None;
    }
    if de_service_verb(&infinitive) && (m.bound || m.share) {
        return None;
    }
    let form = if has_frequency(ws) {
        ActivityForm::Habit
    } else {
        ActivityForm::Imperative
    };
    Some(ActivityMatch::new(
        form,
        format!("{} {}", first.text, verb.text),
        "de",
    ))
}

/// Exams whose passing is a person's result, as the end of a German compound
/// ("B2-Prüfung", "Führerscheinprüfung", "AWS-Zertifizierung").
#[rustfmt::skip]
const DE_EXAMS: &[&str] = &[
    "prüfung", "examen", "klausur", "zertifizierung", "zertifikat", "test",
];

/// Money put by or owed, as the end of a German compound: building it up or paying it off
/// is a person's result ("Notgroschen", "Kreditkartenschulden").
#[rustfmt::skip]
const DE_SAVINGS: &[&str] = &[
    "notgroschen", "rücklage", "rücklagen", "ersparnisse", "schulden", "sparpolster",
    "notfallfonds", "vermögen",
];

/// German personal results the rules of doing would misread: an exam passed ("B2-Prüfung
/// in Spanisch bestehen"), a weight ("Ich wiege im Dezember unter 70 kg"), a distance run
/// in a time or without a stop ("Du läufst 5 km ohne Pause"), a feat in one go ("5
/// Klimmzüge am Stück schaffen"), a skill one can show ("Ich kann 20 Minuten frei auf
/// Englisch präsentieren"), money put by or debts paid off, a promotion.
pub(super) fn de_personal_result(ws: &[Word]) -> bool {
    let Some(last) = ws.last() else {
        return false;
    };
    let exam = is(last, &["bestehen", "bestanden"])
        && ws
            .iter()
            .any(|w| w.capital && DE_EXAMS.iter().any(|e| w.lower.ends_with(e)));
    // The unit after a number, or written on to it ("70kg").
    let unit_at = |k: usize| -> &str {
        let w = &ws[k];
        let own = w
            .lower
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if own.is_empty() {
            ws.get(k + 1).map_or("", |n| n.lower.as_str())
        } else {
            own
        }
    };
    let units: Vec<&str> = (0..ws.len())
        .filter(|&k| ws[k].number)
        .map(unit_at)
        .collect();
    let weight = units.iter().any(|u| matches!(*u, "kg" | "kilo"));
    let distance = units.iter().any(|u| matches!(*u, "km" | "m" | "meter"));
    let timed = units.iter().any(|u| {
        u.starts_with("min") || u.starts_with("sek") || u.starts_with("stunde") || *u == "std"
    });
    let unbroken = ws.iter().any(|w| is(w, &["ohne", "stück"]));
    let body = !has_frequency(ws) && (weight || (distance && (timed || unbroken)));
    let feat = ws
        .windows(2)
        .any(|p| p[0].lower == "am" && p[1].lower == "stück")
        && ws.iter().any(|w| w.number);
    let skill = ws.first().is_some_and(|f| is(f, &["ich", "du"]))
        && ws.get(1).is_some_and(|v| is(v, &["kann", "kannst"]));
    let savings = ws
        .iter()
        .any(|w| w.capital && DE_SAVINGS.iter().any(|s| w.lower.ends_with(s)));
    let promoted = ws.iter().any(|w| w.lower.starts_with("beförderung"));
    exam || body || feat || skill || savings || promoted
}

/// German: a routine named by its rhythm and what is done, with no verb, no one else and
/// nothing counted but the rhythm: "3x pro Woche ins Gym", "Yoga 3x wöchentlich",
/// "Einmal im Monat Familienausflug", "Sonntags Meal Prep".
pub(super) fn de_rhythm_only(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if m.strong || m.bound || m.share || ws.len() < 2 || !has_frequency(ws) {
        return None;
    }
    // The rhythm in German words: "pro Woche", "wöchentlich", "jeden Abend", "sonntags".
    let r = ws
        .iter()
        .position(|w| is(w, DE_RHYTHM_WORDS) || de_frequency_adjective(&w.lower))?;
    // The evidence is the whole rhythm: "3x pro Woche", "alle zwei Wochen", "einmal im Monat".
    let start = if r > 0 && ws[r - 1].number && ws[r - 1].lower.ends_with('x') {
        r - 1
    } else {
        r
    };
    let end = (r + 1..ws.len().min(r + 3))
        .find(|&j| is(&ws[j], TIME_UNITS) || is(&ws[j], DURATION_UNITS) || is(&ws[j], DAY_TIMES))
        .unwrap_or(r);
    let rhythm = ws[start..=end]
        .iter()
        .map(|w| w.text)
        .collect::<Vec<_>>()
        .join(" ");
    // Every number is one of the rhythm ("3x", "2 mal"); a count of anything else
    // ("150 MQLs pro Monat") is read by the rules of counts.
    // "alle 2 Wochen", "alle zwei Wochen": the number of a period is the rhythm too.
    let of_period = |k: usize| {
        k > 0
            && is(&ws[k - 1], &["alle", "jede", "jeden"])
            && ws.get(k + 1).is_some_and(|n| is(n, DURATION_UNITS))
    };
    let numbers_of_rhythm = ws.iter().enumerate().all(|(k, w)| {
        !w.number
            || w.lower.ends_with('x')
            || ws.get(k + 1).is_some_and(|n| is(n, &["x", "mal"]))
            || of_period(k)
    });
    // Lower-case words are only small words of place and rhythm: a verb ("findet …
    // statt", "joggen gehen") is read by the rules of verbs.
    let small = |w: &Word| {
        w.capital
            || w.number
            || is(w, DE_RHYTHM_WORDS)
            || is(w, FREQUENCY_WORDS)
            || is(w, DE_PREPOSITIONS)
            || is(
                w,
                &[
                    "ins", "im", "am", "zum", "zur", "ein", "eine", "einen", "einem", "der", "die",
                    "das", "den", "dem", "mein", "meine", "meinem", "meinen", "meiner", "unser",
                    "unsere", "unserem", "und", "x", "mal",
                ],
            )
    };
    // Others, a result or a defect named ("Null Ausfälle pro Monat") make it a result.
    let measured = ws.iter().any(|w| {
        w.percent
            || w.money
            || de_others_noun(&w.lower)
            || people_form(w)
            || en_people_noun(&w.lower)
            || de_result_noun(&w.lower)
            || de_customer_thing(&w.lower)
            || defect_word(&w.lower)
            || is(w, &["null", "kein", "keine", "keinen", "von", "auf"])
    });
    (numbers_of_rhythm && ws.iter().all(small) && !measured)
        .then(|| ActivityMatch::new(ActivityForm::Habit, rhythm, "de"))
}

/// German words of a rhythm besides its adjectives (`de_frequency_adjective`): "pro Woche",
/// "jeden Abend", "alle zwei Wochen", "sonntags".
#[rustfmt::skip]
const DE_RHYTHM_WORDS: &[&str] = &[
    "pro", "jeden", "jede", "jedes", "alle", "einmal", "zweimal", "dreimal", "montags",
    "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags", "morgens",
    "abends",
];
