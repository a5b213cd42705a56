//! Unit tests: each kind of activity and result, several phrasings each, in both languages.

use super::*;
use ActivityForm::*;

fn check(form: ActivityForm, lang: &str, titles: &[&str]) {
    let wrong: Vec<String> = titles
        .iter()
        .filter(|t| classify(t).map(|m| (m.form, m.lang)) != Some((form, lang)))
        .map(|t| format!("{t:?} -> {:?}", classify(t)))
        .collect();
    assert!(
        wrong.is_empty(),
        "not {form:?}/{lang}:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn imperatives() {
    check(
        Imperative,
        "en",
        &[
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
            "Run an NPS survey every quarter",
            "Launch the new CSAT dashboard",
            "Redesign the pricing page",
            "De-flake the checkout tests",
            "Design and roll out new careers page",
        ],
    );
    check(
        Imperative,
        "de",
        &[
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
            "Implementierung eines Chatbots",
            "Planung: Konzeption eines Partnerprogramms",
            "Prozess für Reklamationen dokumentieren",
            "Über Verbesserungen für den Kundenservice nachdenken",
            "Anbindung des Chatbots an das CRM",
            "Definition von Service-Standards für alle Kanäle",
        ],
    );
}

#[test]
fn deliverables() {
    check(
        Deliverable,
        "en",
        &[
            "Self-service portal is live for all business customers",
            "Data warehouse migrated to the cloud",
            "VP Sales hired",
            "Rendezvous protocol is implemented",
            "We've rolled out the new billing emails",
            "We have a communications runbook for outages",
            "Customers can book appointments online",
            "Connection manager supports dial backoff",
            "Usage examples exist for all modules",
            "Public help centre deployed in June",
            "On-call rota in place",
            "A release checklist is in place for every team",
        ],
    );
    check(
        Deliverable,
        "de",
        &[
            "Das neue CRM ist eingeführt",
            "Der neue Shop ist online.",
            "Self-Service-Portal ist für alle Privatkunden verfügbar",
            "Neues Ticketsystem ausgerollt",
            "Der Rückrufservice ist umgesetzt",
            "Alle Agents sind im neuen Ton geschult",
            "Leitung Vertrieb eingestellt",
            "Das Konzept wurde erstellt",
            "Datenmigration ist abgeschlossen",
            "Ein Konzept für das Partnerprogramm liegt vor",
            "Testumgebung ist vorhanden",
        ],
    );
}

#[test]
fn output_counts() {
    check(
        OutputCount,
        "en",
        &[
            "20 blog articles about the new tariff",
            "Story points per sprint",
            "12 workshops with sales",
            "500 mails sent to inactive customers",
            "Number of workshops held from 4 to 12",
            "Number of webinars rises to 10",
            "30 customer visits by the leadership team",
            "4 campaigns in every market",
            "15 new training sessions for agents",
            "3 product releases this quarter",
            "Ten events, 8 webinars and 6 newsletters",
            "At least 6 customer events",
            "Blog posts per month",
        ],
    );
    check(
        OutputCount,
        "de",
        &[
            "3 Webinare pro Monat",
            "Anzahl der durchgeführten Workshops auf 20 erhöhen",
            "5 Schulungen für das Service-Team",
            "20 Kundenbesuche durch die Geschäftsleitung",
            "Anzahl der versendeten Newsletter auf 8 steigern",
            "10 Webinare zu neuen Tarifen",
            "3 neue Kampagnen im Quartal",
            "500 Mails an inaktive Kunden",
            "Anzahl Kundeninterviews von 5 auf 30",
            "15 Mitarbeiterschulungen",
            "Zahl der gehaltenen Vorträge verdoppeln",
            "Wir haben 12 Workshops durchgeführt",
        ],
    );
}

#[test]
fn habits() {
    check(
        Habit,
        "en",
        &[
            "We review every escalation weekly",
            "We proactively update the community every month",
            "Weekly per-team reviews of the handbook",
            "Monthly office hours with the CEO",
            "Continue to review all new bugs",
        ],
    );
    check(
        Habit,
        "de",
        &[
            "Wir messen regelmäßig die Zufriedenheit",
            "Wir besprechen jede Eskalation wöchentlich",
            "Ich trainiere 3-mal pro Woche",
            "Täglich 30 Minuten zum Lesen haben",
            "Alle Projekte werden im neuen Tool erfasst",
        ],
    );
}

#[test]
fn messages_and_helps_speak_both_languages() {
    for (title, en, de) in [
        (
            "Fix the 20 most frequent login errors",
            "key result `kr` names work to do (\"Fix\"), not a result",
            "Das Key Result `kr` nennt eine Aufgabe („Fix“), kein Ergebnis",
        ),
        (
            "VP Sales hired",
            "key result `kr` names a deliverable (\"Sales hired\"), not the change it should bring",
            "Das Key Result `kr` nennt ein Arbeitsergebnis („Sales hired“), nicht die Veränderung, die es bringen soll",
        ),
        (
            "30 Instagram-Posts",
            "key result `kr` counts the team's own output (\"30 Instagram-Posts\"), not value created",
            "Das Key Result `kr` zählt die eigene Arbeit des Teams („30 Instagram-Posts“), nicht den geschaffenen Nutzen",
        ),
        (
            "We review every escalation weekly",
            "key result `kr` describes a routine (\"We review\"), not a result",
            "Das Key Result `kr` beschreibt eine Routine („We review“), kein Ergebnis",
        ),
    ] {
        let m = classify(title).unwrap();
        assert_eq!(m.message("kr", Language::En), en);
        assert_eq!(m.message("kr", Language::De), de);
    }
    for form in [Imperative, Deliverable, OutputCount, Habit] {
        let m = ActivityMatch::new(form, "x".into(), "en");
        let (en, de) = (m.help(Language::En), m.help(Language::De));
        assert!(en.starts_with(char::is_lowercase), "{en}");
        assert!(de.starts_with(char::is_uppercase), "{de}");
        assert!(en.contains(" instead of ") && de.contains(" statt "));
    }
    let kind = |f| ActivityMatch::new(f, String::new(), "en").kind;
    assert_eq!(kind(OutputCount), ActivityKind::CountsActivity);
    assert_eq!(kind(Deliverable), ActivityKind::DoingVerb);
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
        classify("Kundenworkshops: 8 durchführen.").map(|m| m.form),
        Some(Imperative)
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
        "(((",
        ")))",
        "We",
        "Wir",
        "du",
        "continue to",
        "ist eingeführt",
        long.as_str(),
    ] {
        let _ = classify(t);
    }
}
