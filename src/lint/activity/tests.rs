//! Unit tests: the issue's examples and the basic signs.

use super::*;
use ActivityForm::*;

fn form(title: &str) -> Option<ActivityForm> {
    classify(title).map(|m| m.form)
}

/// Asserts that every title is an activity of the given form.
pub(super) fn all_are(form_wanted: ActivityForm, titles: &[&str]) {
    let wrong: Vec<String> = titles
        .iter()
        .filter(|t| form(t) != Some(form_wanted))
        .map(|t| format!("{t:?} -> {:?}", classify(t)))
        .collect();
    assert!(
        wrong.is_empty(),
        "not {form_wanted:?}:\n{}",
        wrong.join("\n")
    );
}

/// Asserts that every title is an activity, of whatever form.
pub(super) fn all_found(titles: &[&str]) {
    let missed: Vec<&&str> = titles.iter().filter(|t| classify(t).is_none()).collect();
    assert!(missed.is_empty(), "missed:\n{missed:?}");
}

pub(super) fn none_is_activity(titles: &[&str]) {
    let wrong: Vec<String> = titles
        .iter()
        .filter_map(|t| classify(t).map(|m| format!("{t:?} -> {m:?}")))
        .collect();
    assert!(wrong.is_empty(), "false alarms:\n{}", wrong.join("\n"));
}

#[test]
fn issue_examples_deliverables() {
    all_are(
        Deliverable,
        &[
            "Self-service portal is live for all business customers",
            "Das neue CRM ist eingeführt",
            "Data warehouse migrated to the cloud",
            "VP Sales hired",
        ],
    );
}

#[test]
fn issue_examples_imperatives() {
    all_are(
        Imperative,
        &[
            "Fix the 20 most frequent login errors",
            "Review all 40 support macros",
            "Schedule monthly calls with key accounts",
            "Distribute the survey to 500 customers",
            "Speak at 5 industry events",
            "Track churn reasons in the CRM",
        ],
    );
}

#[test]
fn issue_examples_output_counts() {
    all_are(
        OutputCount,
        &[
            "20 blog articles about the new tariff",
            "3 Webinare pro Monat",
            "30 Instagram-Posts",
            "Story points per sprint",
        ],
    );
}

#[test]
fn issue_examples_habits() {
    all_are(
        Habit,
        &[
            "We review every escalation weekly",
            "Wir messen regelmäßig die Zufriedenheit",
        ],
    );
}

#[test]
fn more_results_are_left_alone() {
    none_is_activity(RESULTS);
    none_is_activity(OLD_RESULTS);
}

#[test]
fn more_activities_are_found() {
    let missed: Vec<&&str> = ACTIVITIES
        .iter()
        .filter(|t| classify(t).is_none())
        .collect();
    assert!(missed.is_empty(), "missed: {missed:?}");
}

/// Results of the earlier unit tests.
const OLD_RESULTS: &[&str] = &[
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
    "Wartezeit an der Hotline unter 60 Sekunden",
    "Öffnungsrate des Newsletters von 20 % auf 30 % steigern",
    "Zahl der Weiterempfehlungen verdoppeln",
];

/// Results in the words of real key results (invented, none from the test collection).
const RESULTS: &[&str] = &[
    "Increase the percentage of Veterans who trust VA from 72% to 80%",
    "Reduce average wait time for claims decisions to under 100 days",
    "90% of Veterans report a positive experience with the contact center",
    "Decrease the claims backlog to below 100,000",
    "Veterans complete the online application without calling us",
    "Customer satisfaction score above 4.5",
    "Monthly active users grow from 20k to 35k",
    "Weekly active users reach 10,000",
    "Time to first value under 3 days",
    "Support tickets resolved within 24 hours rise to 90%",
    "Churn rate below 2% per month",
    "Net revenue retention of 110%",
    "Average order value up 10 %",
    "Order volume doubles",
    "Lead time for changes under 1 day",
    "Page load time below 2 seconds on mobile",
    "Onboarding completion rate from 60% to 85%",
    "Signed contracts worth EUR 2m",
    "Trial-to-paid conversion rises to 12 %",
    "Employees recommend us as an employer (eNPS 30)",
    "At least 3 enterprise customers go live on the new platform",
    "Customers rate the new invoice as clear (4 of 5)",
    "Fewer than 5 P1 incidents per quarter",
    "Zero data breaches",
    "Support costs per customer fall by 15 %",
    "Half of all orders are placed in the app",
    "Developers merge pull requests within a day",
    "Customer effort score of 2 or lower",
    "Close 15 new enterprise deals",
    "Sign 5 new partners",
    "Win back 200 churned customers",
    "Grow MRR by 20%",
    "Improve NPS from 30 to 45",
    "Keep uptime above 99.9%",
    "Achieve 80% user satisfaction",
    "500 new paying customers",
    "Users who complete onboarding use the app 3 times a week",
    "Public sector revenue of CHF 1.2m",
    "Umsatz um 10 % steigern",
    "Durchschnittlicher Warenkorb um 5 EUR erhöhen",
    "Neugeschäft von CHF 500'000 realisieren",
    "Auslastung der Mitarbeitenden bei 85 %",
    "Die Kundenzufriedenheit liegt bei mindestens 4,5",
    "Mitarbeitendenzufriedenheit über 8",
    "Verringerung der Retourenquote von 12 % auf 8 %",
    "Steigerung der Neukundenumsätze um 200.000 EUR",
    "Anteil wiederkehrender Kunden von 30 % auf 40 % erhöhen",
    "Durchlaufzeit von Anträgen auf 5 Tage senken",
    "10 neue Kunden im Public Sector gewinnen",
    "Kündigungen halbieren",
    "Website-Traffic erhöhen.",
    "Jedes Team nutzt die neue Plattform",
    "Drei weitere Teams arbeiten mit OKR",
    "Die Kunden sind mit dem Service zufrieden",
    "Fehlerquote unter 1 % halten",
    "Mindestens 4,5 Sterne im App Store",
    "Die Hälfte aller Bestellungen kommt über die App",
    "Die Ladezeit der Website liegt unter 2 Sekunden",
    "Reaktionszeit auf Anfragen unter 4 Stunden",
    "95 % der Anrufe werden innerhalb von 20 Sekunden angenommen",
    "Marktanteil in der Schweiz ausbauen",
    "Bekanntheit der Marke im Zielmarkt steigern",
    "Steigerung der Nutzung des Kundenportals um 25 %",
    "Nutzung der App von 20 % auf 40 %",
    "Kundenbindungsrate über 90 %",
    "Deckungsbeitrag pro Projekt über 30 %",
    "Weiterempfehlungsrate bei 60 %",
    "Kosten pro Lead um 20 % senken",
    "Zahl der Neukunden verdoppeln",
    "Die Mitarbeitenden fühlen sich gut informiert",
    "Wir gewinnen 20 neue Kunden",
    "Wir steigern den Umsatz um 15 %",
    "Innerhalb von 24 Stunden eine Antwort auf jede Anfrage",
    "Deliver 95% of orders on time",
    "Ship orders within 24 hours",
    "Respond to 90% of tickets within 1 hour",
    "Answer all chats within 2 minutes",
    "Website wurde 10.000 mal besucht",
    "Reduce the number of calls per order from 1.4 to 0.9",
    "Number of active users from 500 to 2,000",
    "Anzahl der Neukunden von 50 auf 80 erhöhen",
    "Anzahl zufriedener Kunden steigt",
    "Sales team closes 20 % more deals",
    "Every new customer is onboarded within 5 days",
    "Our app is rated 4.5 stars or better",
    "The brand is known by 40 % of the target group",
    "Der Rückstand bei bestätigten Terminen liegt unter zwei Arbeitstagen",
    "Qualität der Lieferungen: weniger als 1 % Reklamationen",
    "Build trust with customers",
    "Mehr Zeit für Kundengespräche",
    "Kundenanfragen werden schneller beantwortet",
    "Recruit 50 beta users",
    "Onboard 20 new customers",
    "2,000 inbound calls",
    "5,000 visits to the help centre",
    "50 new 5-star reviews",
    "Claims decided within 100 days",
    "Users can check out in under 2 minutes",
    "Help 10 teams adopt OKRs",
    "Release frequency",
    "Release Frequency Of The Mobile App",
    "Process efficiency across all plants",
    "Page views grow",
    "Feature adoption across all teams",
    "Als Partner für den Mittelstand positionieren",
    "Uns als Experten für Cloud etablieren",
    "100 Kunden im Onboarding begleiten",
    "Die Mitarbeitenden sind motiviert",
    "Neue Märkte erschließen",
    "Das Potenzial im Bestandskundengeschäft ausschöpfen",
    "Land 5 new enterprise logos",
    "Applications submitted online",
    "The new portal is live for 3 pilot customers",
    "Die Lösung ist bei 3 Kunden produktiv",
];

/// Activities of every kind, in both languages.
const ACTIVITIES: &[&str] = &[
    "Launch the new claims status tool",
    "Conduct 12 user research sessions with Veterans",
    "Migrate 3 legacy forms to the new design system",
    "Publish quarterly accessibility reports",
    "Hire 2 senior engineers",
    "Complete the security audit",
    "Accessibility audit completed for all top tasks",
    "Roll out the chatbot to all regions",
    "Create a playbook for incident communication",
    "Neues Zeiterfassungstool einführen",
    "Einführung eines neuen Ticketsystems",
    "Einstellung von 2 Entwicklern",
    "Konzept für das Partnerprogramm erstellen",
    "Das Intranet ist neu aufgesetzt",
    "Wir pflegen das Wiki jede Woche",
    "Wöchentliches Team-Meeting etablieren",
    "Umsetzung der neuen Website",
    "4 Blogbeiträge pro Quartal veröffentlichen",
    "10 Kundeninterviews",
    "Schulung aller Mitarbeitenden im neuen CRM",
    "Die Datenmigration ist abgeschlossen",
    "Onlineshop live geschaltet",
    "Neue Mitarbeiterin für das Marketing eingestellt",
    "Go-Live des neuen Portals",
    "Konzept für das Partnerprogramm ist erstellt",
    "Pilotprojekt mit einem Kunden durchgeführt",
    "Durchführung eines Workshops mit allen Members",
    "Erarbeitung einer Strategie für 2027",
    "Erstellen einer Roadmap",
    "Aufbau eines Monitorings",
    "2 Blogposts publiziert",
    "Alle Members haben eine Weiterbildung besucht",
    "Deploy the new search to production",
    "Write 5 customer case studies",
    "Set up a quarterly business review with the top 20 accounts",
    "Send a monthly product newsletter",
    "Redesign the pricing page",
    "Document the release process",
    "Pricing page redesigned",
];

#[test]
fn issue_examples_left_alone() {
    none_is_activity(ISSUE_OUTCOMES);
}
