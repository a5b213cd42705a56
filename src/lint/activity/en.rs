//! English: commands, deliverables, routines and the model's guards for English titles.

use super::*;

pub(super) fn en_outcome(v: &EnVerb) -> bool {
    EN_OUTCOME_VERBS.contains(&v.lemma) && !EN_DOING_DESPITE.contains(&v.lemma)
}

/// A verb of change proper: an outcome verb that is not a light verb ("have", "do", "be",
/// "go", "come"), which take their meaning from their object.
pub(super) fn en_change(v: &EnVerb) -> bool {
    en_outcome(v) && !matches!(v.lemma, "have" | "do" | "be" | "go" | "come")
}

/// "Keep our FAQ up to date", "Maintain the help center articles up-to-date": a thing the
/// team made, kept current, is a standing chore.
pub(super) fn en_own_thing_kept_current(
    ws: &[Word],
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    if !matches!(verb.lemma, "keep" | "maintain") {
        return None;
    }
    let rest = &ws[start + 1..];
    let n = rest.len();
    let current = (n >= 4
        && rest[n - 3..]
            .iter()
            .map(|w| w.lower.trim_end_matches('.'))
            .eq(["up", "to", "date"]))
        || rest
            .last()
            .is_some_and(|w| is(w, &["up-to-date", "current"]));
    if !current {
        return None;
    }
    let made = rest.iter().any(|w| {
        en_noun_in(&w.lower, &EN_ARTEFACT_FORMS)
            || en_noun_in(&w.lower, &EN_DOCUMENT_FORMS)
            || en_output_noun(&w.lower)
            || is(w, &["faq", "faqs", "wiki"])
    });
    made.then(|| {
        ActivityMatch::new(
            ActivityForm::Habit,
            format!(
                "{} … {}",
                ws[start].text,
                if rest.last().is_some_and(|w| w.lower == "current") {
                    "current"
                } else {
                    "up to date"
                }
            ),
            "en",
        )
    })
}

/// Verbs of developing people: with the team's own staff as object they are work
/// ("Train all support agents", "Certify 25 % of people leaders"). Hiring is work too,
/// but a share of a hiring plan is a result of recruiting; `EN_STAFF_VERBS` covers it.
#[rustfmt::skip]
pub(super) const EN_DEVELOP_VERBS: &[&str] = &[
    "train", "certify", "upskill", "reskill", "coach", "mentor", "enroll", "enrol", "educate",
];

/// The team's own people: staff, employees, engineers, managers, people leaders.
#[rustfmt::skip]
pub(super) const EN_OWN_STAFF: &[&str] = &[
    "employee", "staff", "teammate", "engineer", "manager", "leader", "agent", "rep",
    "hire", "recruiter", "designer", "analyst", "supervisor", "colleague", "sdr", "ae",
];

pub(super) static EN_OWN_STAFF_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_OWN_STAFF));

/// Whether the word at `k` is "members" of the team or staff: "team members", "Staff
/// Members".
pub(super) fn en_team_member(ws: &[Word], k: usize) -> bool {
    is(&ws[k], &["member", "members"])
        && k > 0
        && (ws[k - 1].lower.ends_with("team") || is(&ws[k - 1], &["staff"]))
}

/// Whether the words name the team's own people: "team members", "support staff", "people
/// leaders", "new hires" (not "users", "customers" or "developers", who may be others).
pub(super) fn en_own_staff(ws: &[Word]) -> bool {
    ws.iter().enumerate().any(|(k, w)| {
        let team_member = en_team_member(ws, k);
        // "customer success managers" face customers; "people leaders" lead staff.
        let customer_facing = ws[..k]
            .iter()
            .rev()
            .take(2)
            .any(|x| (en_people_noun(&x.lower)) && x.lower != "people");
        team_member || (en_noun_in(&w.lower, &EN_OWN_STAFF_FORMS) && !customer_facing)
    })
}

/// "Certify 25 % of people leaders through …", "Train 100 % of support agents": a verb
/// of developing people whose object is the team's own staff, unless a clause after it
/// measures what the training changes.
pub(super) fn en_own_staff_developed(
    ws: &[Word],
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    if !EN_DEVELOP_VERBS.contains(&verb.lemma) {
        return None;
    }
    // The object: up to the first preposition other than "of", or the clause's end.
    let rest = &ws[start + 1..];
    let end = rest
        .iter()
        .position(|w| w.ends_clause || (is(w, EN_PREPOSITIONS) && w.lower != "of"))
        .map_or(rest.len(), |k| if rest[k].ends_clause { k + 1 } else { k });
    let object = &rest[..end];
    if !en_own_staff(object) {
        return None;
    }
    let measured_after = ws[start + 1..].iter().enumerate().any(|(j, w)| {
        is(w, &["so", "that", "and", "to"])
            && ws[start + 2 + j..].iter().take(3).any(|v| {
                lexicon::en_base(&v.lower)
                    .or_else(|| lexicon::en_third_person(&v.lower))
                    .is_some_and(|v| en_outcome(&v) && !EN_DEVELOP_VERBS.contains(&v.lemma))
            })
            && ws[start + 2 + j..].iter().any(|x| x.number || x.percent)
    });
    (!measured_after)
        .then(|| ActivityMatch::new(ActivityForm::Imperative, ws[start].text.to_string(), "en"))
}

/// "Collect feedback from 50 customers", "Get direct feedback from every person on the
/// team", "Gather input from sales": feedback the team asks for is its work, unless a
/// measure says what the feedback must be ("positive feedback from 80 % of users").
pub(super) fn en_feedback_gathered(
    ws: &[Word],
    m: &Measure,
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    if m.strong
        || !matches!(
            verb.lemma,
            "get" | "gather" | "collect" | "solicit" | "request" | "seek" | "ask"
        )
    {
        return None;
    }
    let object = ws[start + 1..]
        .iter()
        .take_while(|w| !is(w, EN_PREPOSITIONS) && !w.ends_clause)
        .chain(ws[start + 1..].iter().find(|w| w.ends_clause))
        .take(5);
    let noun = object
        .into_iter()
        .find(|w| is(w, &["feedback", "input", "inputs"]))?;
    let judged = ws[start + 1..]
        .iter()
        .any(|w| is(w, &["positive", "negative", "good", "great", "excellent"]));
    (!judged).then(|| {
        ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} … {}", ws[start].text, noun.text),
            "en",
        )
    })
}

/// Faults of the team's own code, which only its own work moves: tech debt, lint errors,
/// untriaged bugs, TODOs, dead code.
pub(super) fn own_code_fault(ws: &[Word], k: usize) -> bool {
    let w = &ws[k];
    let prev = k.checked_sub(1).map(|p| &ws[p]);
    is(
        w,
        &["debt", "untriaged", "todo", "todos", "todo's", "flakiness"],
    ) || (w.lower == "flaky"
        && ws
            .get(k + 1)
            .is_some_and(|n| is(n, &["test", "tests", "build", "builds", "job", "jobs"])))
        || (is(w, &["lint", "linting", "linter"])
            && ws
                .get(k + 1)
                .is_some_and(|n| is(n, &["error", "errors", "warning", "warnings", "issues"])))
        || (is(w, &["warning", "warnings"])
            && prev.is_some_and(|p| is(p, &["compiler", "build", "lint", "linter", "deprecation"])))
        || (w.lower == "code" && prev.is_some_and(|p| is(p, &["dead", "duplicate", "duplicated"])))
}

/// "Reduce tech debt by 30 %", "Cut lint errors in half", "Reduce untriaged bug count by
/// 50 %": a verb of less whose object is a fault of the team's own code counts the
/// team's own clean-up, whatever it measures.
pub(super) fn en_own_code_cleaned(
    ws: &[Word],
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    if !matches!(
        verb.lemma,
        "reduce"
            | "decrease"
            | "cut"
            | "eliminate"
            | "halve"
            | "lower"
            | "minimize"
            | "minimise"
            | "remove"
            | "pay"
    ) {
        return None;
    }
    let end = ws[start + 1..]
        .iter()
        .position(|w| w.number || w.ends_clause || is(w, &["by", "from", "to", "in", "per"]))
        .map_or(ws.len(), |k| start + 2 + k)
        .min(ws.len());
    let k = (start + 1..end).find(|&k| own_code_fault(ws, k))?;
    Some(ActivityMatch::new(
        ActivityForm::OutputCount,
        format!("{} … {}", ws[start].text, ws[k].text),
        "en",
    ))
}

/// "Meet the MQL and SAO goals", "Hit all Q3 targets", "Exceed quota": meeting a target
/// is the result the target stands for.
pub(super) fn en_target_met(ws: &[Word], start: usize, verb: EnVerb) -> bool {
    matches!(
        verb.lemma,
        "meet" | "hit" | "exceed" | "beat" | "surpass" | "achieve" | "reach" | "attain"
    ) && ws[start + 1..]
        .iter()
        .take_while(|w| !is(w, &["by", "through", "via", "with"]))
        .take(12)
        // "Meet our SLO/SLA for …": words joined by a slash are read one by one.
        .flat_map(|w| w.lower.split('/'))
        .any(|w| {
            [
                "goal",
                "goals",
                "target",
                "targets",
                "quota",
                "quotas",
                "forecast",
                "objective",
                "objectives",
                "budget",
                "sla",
                "slas",
                "slo",
                "slos",
            ]
            .contains(&w)
        })
}

/// Verbs of change that excuse a command when their object is a result ("Improve
/// retention"), but name work when it is a thing the team makes.
pub(super) const EN_REWORKING_CHANGE: &[&str] = &[
    "expand",
    "improve",
    "enhance",
    "optimize",
    "optimise",
    "strengthen",
    "convert",
    "upgrade",
];

/// "Improve the PRD template", "Optimize 10 website pages for key terms", "Convert two
/// features into …": a verb of change whose object's head is a thing the team makes
/// (a template, a page, a feature, a tool) names work on that thing, unless the title
/// measures something.
pub(super) fn en_own_thing_changed(
    ws: &[Word],
    m: &Measure,
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    if !EN_REWORKING_CHANGE.contains(&verb.lemma) || m.strong || m.bound || m.share {
        return None;
    }
    // "10 website pages": the head after a count.
    let rest = &ws[start + 1..];
    let skip = rest
        .iter()
        .take_while(|w| w.number || is(w, &["the", "our", "a", "an", "all", "two", "three"]))
        .count();
    // "Improve the report tool (CRT metrics)": what stands in parentheses is an aside.
    let object = &rest[skip..];
    let object = &object[..object.iter().position(|w| w.aside).unwrap_or(object.len())];
    let head = en_object_head(object)?;
    let before: Vec<&Word> = object
        .iter()
        .take_while(|w| !std::ptr::eq(*w, head))
        .collect();
    // "Improve customer onboarding page conversion" ends in a result; "user guide" is
    // a thing, but "users' pages" are theirs.
    // Words of business that are also technical things ("brand image", "partner
    // network") and a judging adjective ("a more reliable platform") name a result.
    let business = is(
        head,
        &[
            "image",
            "images",
            "network",
            "networks",
            "environment",
            "environments",
            "agent",
            "agents",
            "presence",
            "position",
        ],
    );
    // "Upgrade Kubernetes", "Upgrade the team's branding": one upgrades systems and
    // tools; only people and plans are upgraded otherwise ("Upgrade 200 customers").
    let upgraded = verb.lemma == "upgrade"
        && !object.iter().any(|w| {
            en_people_noun(&w.lower)
                || others_noun(&w.lower)
                || is(w, &["plan", "plans", "tier", "tiers"])
        });
    let made = upgraded
        || en_noun_in(&head.lower, &EN_ARTEFACT_FORMS)
        || en_noun_in(&head.lower, &EN_BUILT_FORMS)
        || en_noun_in(&head.lower, &EN_DOCUMENT_FORMS)
        || (en_output_noun(&head.lower) && !two_way(&head.lower));
    let theirs = before
        .iter()
        .any(|w| w.lower.ends_with("'s") || w.lower.ends_with("s'") || is(w, EN_JUDGEMENTS))
        || business;
    // "Improve the CI pipeline": a pipeline built, not one of sales.
    let result = en_result_object(&head.lower) && !built_pipeline(object, head);
    (made && !theirs && !result).then(|| {
        ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} … {}", ws[start].text, head.text),
            "en",
        )
    })
}

/// "By fixing 9 portal bugs I have a good understanding of its code", "By organizing a
/// meetup we start knowledge transfer": the means first, then a state of the writer or
/// the team with no measure of its own; the doing is what the title measures. ("By
/// launching referrals we grow sign-ups by 20 %" measures its outcome.)
pub(super) fn en_by_doing(ws: &[Word]) -> Option<ActivityMatch> {
    if ws.len() < 4 || ws[0].lower != "by" {
        return None;
    }
    let (verb, gerund) = en_command_verb(&ws[1].lower)?;
    if !gerund || en_outcome(&verb) {
        return None;
    }
    // The main clause opens with the writer or the team, or after a comma.
    let main = ws[2..].iter().enumerate().find_map(|(k, w)| {
        if is(w, &["i", "we", "i'm", "we're", "i've", "we've"]) {
            Some(k + 2)
        } else if w.comma {
            Some(k + 3)
        } else {
            None
        }
    })?;
    let main = ws.get(main..).filter(|m| m.len() >= 2)?;
    let m = measure(main);
    let measured = m.strong
        || m.bound
        || m.share
        || main
            .iter()
            .any(|w| !w.aside && (w.number || w.percent || w.money))
        || counts_others(main);
    (!measured).then(|| {
        ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} {}", ws[0].text, ws[1].text),
            "en",
        )
    })
}

/// "Grow the engineering team to 12 people", "Double the support staff": the team's own
/// headcount grown is hiring, whatever number it reaches.
pub(super) fn en_own_team_grown(
    ws: &[Word],
    m: &Measure,
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    if !matches!(
        verb.lemma,
        "grow" | "expand" | "scale" | "double" | "triple" | "increase" | "enlarge"
    ) || m.share
        || ws.iter().any(|w| w.percent)
    {
        return None;
    }
    // The object ends at a preposition: "… team to 12 people".
    let end = ws[start + 1..]
        .iter()
        .position(|w| is(w, EN_PREPOSITIONS) || w.comma)
        .map_or(ws.len(), |k| start + 1 + k);
    let object = &ws[start + 1..end];
    let head = object.last()?;
    // One team, the team's own ("Grow to 50 teams" counts adopters).
    let team = head.lower.ends_with("team")
        || is(head, &["staff", "headcount", "workforce", "department"]);
    // "Grow the customer success team's NPS" names a metric; "Grow the community team"
    // is still staff.
    let theirs = object
        .iter()
        .any(|w| en_noun_in(&w.lower, &EN_CUSTOMER_FORMS) && !w.lower.starts_with("customer"));
    (team && !theirs).then(|| {
        ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} … {}", ws[start].text, head.text),
            "en",
        )
    })
}

/// "Drive consensus on the standard", "Drive the migration of all services", "Sign off on
/// the spec": to drive a doing or to sign off is work; "Drive adoption", "Drive
/// engagement" and "Sign 20 customers" name results. Likewise verbs of results with the
/// team's own things: "Cut a release", "Close 200 stale issues".
pub(super) fn en_work_driven(
    ws: &[Word],
    m: &Measure,
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    if m.strong || m.share || m.bound {
        return None;
    }
    let next = ws.get(start + 1)?;
    if verb.lemma == "sign" && next.lower == "off" {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} {}", ws[start].text, next.text),
            "en",
        ));
    }
    // "Cut a release every two weeks", "Close 200 stale issues", "Sign all release
    // artifacts": the team's own releases, issues and artifacts, not costs, deals or
    // customers.
    let head = ws[start + 1..]
        .iter()
        .position(|w| {
            is(w, EN_PREPOSITIONS)
                || is(w, &["every", "each", "once", "twice"])
                || is(w, FREQUENCY_WORDS)
        })
        .map_or(&ws[start + 1..], |k| &ws[start + 1..start + 1 + k])
        .last();
    let own = head.is_some_and(|h| match verb.lemma {
        "cut" => is(
            h,
            &["release", "releases", "branch", "tag", "version", "rc"],
        ),
        "close" => is(h, &["issues", "prs", "requests"]) && !m.bound,
        "sign" => is(
            h,
            &[
                "artifacts",
                "artefacts",
                "binaries",
                "packages",
                "releases",
                "images",
                "commits",
                "tags",
            ],
        ),
        _ => false,
    });
    if own {
        let form = if has_frequency(ws) {
            ActivityForm::Habit
        } else {
            ActivityForm::Imperative
        };
        return Some(ActivityMatch::new(form, ws[start].text.to_string(), "en"));
    }
    if verb.lemma != "drive" {
        return None;
    }
    // The first noun of the object, after articles and modifiers, up to a preposition.
    let skip = usize::from(is(next, &["the", "a", "an", "our"]));
    let first = ws.get(start + 1 + skip)?;
    let doing = is(
        first,
        &["consensus", "design", "development", "implementation"],
    ) || en_noun_verb(&first.lower)
        .is_some_and(|v| !en_outcome(&v) && !EN_SERVICE_VERBS.contains(&v.lemma))
        && ws
            .get(start + 2 + skip)
            .is_some_and(|n| is(n, &["of", "on", "for"]));
    doing.then(|| {
        ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} {}", ws[start].text, first.text),
            "en",
        )
    })
}

/// Places a business opens: "Open a second warehouse".
#[rustfmt::skip]
pub(super) const EN_SITES: &[&str] = &[
    "office", "offices", "store", "stores", "shop", "shops", "warehouse", "warehouses",
    "branch", "branches", "location", "locations", "site", "sites", "factory", "factories",
    "plant", "plants", "hub", "hubs", "restaurant", "restaurants", "clinic", "clinics",
    "showroom", "showrooms", "outlet", "outlets", "center", "centers", "centre", "centres",
    "facility", "facilities",
];

/// A verb the first word commands: "Fix …", "Design and roll out …".
pub(super) fn en_imperative(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // Skip adverbs ("Successfully launch …", "Experimentally determine …").
    let start = ws.iter().position(|w| {
        !(w.lower.ends_with("ly") && w.lower.len() > 4 && lexicon::en_base(&w.lower).is_none())
    })?;
    let first = &ws[start];
    // "Clean up unused flags": a phrasal verb, not the adjective "clean".
    let phrasal = ws.get(start + 1).is_some_and(|n| is(n, &["up", "out"]));
    // "Open a second warehouse in Rotterdam", "Open 5 new stores": a site opened is
    // work, though "Open" first is mostly an adjective ("Open rate").
    // "Open Austin office": a place's name before the site.
    let site = (first.lower == "open")
        .then(|| en_counted_head(&ws[start + 1..]))
        .flatten()
        .filter(|h| is(h, EN_SITES))
        .filter(|_| {
            ws.get(start + 1).is_some_and(|n| {
                n.number
                    || n.capital
                    || is(
                        n,
                        &[
                            "a", "an", "the", "our", "new", "two", "three", "second", "third",
                            "another",
                        ],
                    )
            })
        });
    // "Open the new branch to win 200 members": the people it wins measure it; those
    // named before the site ("2 new citizen service centers") say whom it serves.
    let after_site = site
        .and_then(|h| ws.iter().position(|w| std::ptr::eq(w, h)))
        .map_or(ws.len(), |k| k + 1);
    if site.is_some()
        && !m.strong
        && !m.share
        && !(after_site..ws.len()).any(|k| counts_others(&ws[k..]))
    {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            first.text.to_string(),
            "en",
        ));
    }
    if first.number || first.aside || (is(first, EN_NOT_COMMANDS) && !phrasal) {
        return None;
    }
    // "Show up on the first page of Google", "Stand out from …", "Break even", "Qualify
    // for the national finals": phrasal verbs of what happens, not of work done.
    if ws.get(start + 1).is_some_and(|n| {
        matches!(
            (first.lower.as_str(), n.lower.as_str()),
            ("show" | "turn", "up") | ("stand", "out") | ("break", "even") | ("qualify", "for")
        )
    }) {
        return None;
    }
    // "Labor kept below plan", "Waste reduced by 10 %": a noun, then what happened to it.
    let subject = ws.get(start + 1).is_some_and(|n| {
        lexicon::en_past(&n.lower).is_some()
            && lexicon::en_base(&n.lower).is_none()
            && ws
                .get(start + 2)
                .is_some_and(|x| is(x, &["below", "under", "above", "at", "within", "by"]))
    });
    // "partner says they feel heard 9/10": a noun, then what it says or feels.
    let speaks = ws.get(start + 1).is_some_and(|n| {
        is(
            n,
            &[
                "says",
                "feels",
                "rates",
                "reports",
                "agrees",
                "confirms",
                "describes",
            ],
        )
    });
    // "Fuel treasury never breaches its reserve floor": a noun, then an adverb of always
    // or never and a verb of its own.
    let states = ws[start + 1..]
        .windows(2)
        .take(3)
        .any(|p| is(&p[0], EN_ALWAYS_NEVER) && lexicon::en_third_person(&p[1].lower).is_some());
    if subject || speaks || states {
        return None;
    }
    let (verb, gerund) = en_command_verb(&first.lower)?;
    if en_partnership_formed(ws, start, verb) && !gerund {
        return None;
    }
    // "Appear in seven local publications": coverage others decide to give.
    let covered = verb.lemma == "appear"
        && ws.get(start + 1).is_some_and(|n| n.lower == "in")
        && ws[start + 2..].iter().take(4).any(|w| is(w, EN_PRESS));
    if covered {
        return None;
    }
    // "Hire 2 CEs", "Appoint a data protection officer": one hires only one's own staff,
    // whatever the role is called and however it is counted.
    // "Apply for 3 research grants", "Apply for a residence permit": the team applies.
    if verb.lemma == "apply"
        && !gerund
        && ws.get(start + 1).is_some_and(|n| is(n, &["for", "to"]))
        && !m.strong
    {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            first.text.to_string(),
            "en",
        ));
    }
    // "Fill 3 open roles": hiring too.
    let roles_filled = verb.lemma == "fill"
        && ws[start + 1..].iter().take(4).any(|h| {
            is(
                h,
                &[
                    "role",
                    "roles",
                    "position",
                    "positions",
                    "vacancy",
                    "vacancies",
                ],
            )
        });
    if (matches!(verb.lemma, "hire" | "employ" | "appoint") || roles_filled)
        && !gerund
        && ws.len() > start + 1
    {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            first.text.to_string(),
            "en",
        ));
    }
    // "Measure and increase staff engagement", "Track and reduce churn": a verb joined to
    // a verb of change shares its object; the verb of change says what the title is.
    let joined = ws.get(start + 2).filter(|_| {
        ws.get(start + 1)
            .is_some_and(|n| is(n, &["and", "&"]) && !first.ends_clause)
    });
    if let Some(second) = joined.and_then(|v| lexicon::en_base(&v.lower)) {
        if en_change(&second) {
            // "Draft and maintain the how-to guides": keeping up a thing the team made
            // is upkeep of its work, and the first verb makes it.
            let kept_made = matches!(second.lemma, "maintain" | "keep" | "sustain")
                && !m.strong
                && en_object_head(&ws[start + 3..])
                    .is_some_and(|h| thing_noun(h) || en_output_noun(&h.lower));
            if !kept_made {
                return en_imperative(&ws[start + 2..], m);
            }
        }
    }
    // "Maintain a weekly release cadence": a rhythm of the team's own work kept up.
    let cadence = matches!(verb.lemma, "maintain" | "keep" | "sustain" | "establish")
        && has_frequency(ws)
        && en_object_head(&ws[start + 1..])
            .is_some_and(|h| is(h, &["cadence", "rhythm", "routine", "ritual"]));
    if cadence && !m.strong {
        return Some(ActivityMatch::new(
            ActivityForm::Habit,
            first.text.to_string(),
            "en",
        ));
    }
    if en_goes_on(verb, ws, start) {
        return en_continued_work(ws, m, start);
    }
    // "Come up with a specification framework", "Put together an events plan": phrasal
    // verbs of making.
    let phrasal_make = (first.lower == "come"
        && ws.get(start + 1).is_some_and(|n| n.lower == "up")
        && ws.get(start + 2).is_some_and(|n| n.lower == "with"))
        || (first.lower == "put" && ws.get(start + 1).is_some_and(|n| n.lower == "together"))
        // "Reach out to each person …": to contact, not to reach a level.
        || (first.lower == "reach" && ws.get(start + 1).is_some_and(|n| n.lower == "out"));
    // "Understand the biology of my condition": one's own learning, commanded.
    let learning = first.lower == "understand"
        && ws.get(start + 1).is_some_and(|n| {
            is(
                n,
                &[
                    "the", "how", "what", "why", "ways", "which", "where", "our", "my",
                ],
            )
        });
    // "Book a full health check-up", "Book our team offsite": one booking of one's own,
    // not bookings counted.
    let own_booking = first.lower == "book"
        && ws
            .get(start + 1)
            .is_some_and(|n| is(n, &["a", "an", "my", "our", "the"]))
        && !ws.iter().any(|w| w.number && !is_year(w));
    if (learning || own_booking) && !m.strong && !m.bound {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            first.text.to_string(),
            "en",
        ));
    }
    if phrasal_make && !m.strong && !m.bound {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} {}", first.text, ws[start + 1].text),
            "en",
        ));
    }
    // "Make available the top two features", "Make public the API docs": to make a thing
    // available is to release it.
    if first.lower == "make"
        && ws
            .get(start + 1)
            .is_some_and(|n| is(n, &["available", "public", "accessible", "live"]))
        && !m.strong
    {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            format!("{} {}", first.text, ws[start + 1].text),
            "en",
        ));
    }
    if let Some(routine) = en_routine_held(ws, m, start)
        .or_else(|| en_verb_at_frequency(ws, start, verb))
        .or_else(|| en_own_team_grown(ws, m, start, verb))
        .or_else(|| en_work_driven(ws, m, start, verb))
    {
        return Some(routine);
    }
    let light_command = en_light_command(ws, m, start);
    if let Some(more) = en_more_own_output(ws, m, start) {
        return Some(more);
    }
    // "Make onboarding effortless", "Make our checkout the fastest": making something a
    // quality judged by those who use it is a result.
    let clause = ws[start + 1..]
        .iter()
        .position(|w| w.ends_clause)
        .map_or(ws.len(), |k| start + 2 + k);
    if verb.lemma == "make"
        && ws[start + 1..clause].iter().any(|w| {
            is(w, EN_SUPERLATIVES)
                || is(
                    w,
                    &[
                        "easy",
                        "easier",
                        "intuitive",
                        "delightful",
                        "enjoyable",
                        "effortless",
                        "seamless",
                        "painless",
                        "frictionless",
                        "flawless",
                        "hassle-free",
                        // "Make PostHog the default choice for founders": what others choose.
                        "choice",
                    ],
                )
        })
    {
        return None;
    }
    // "Certify 25 % of people leaders", "Train all support staff": developing the team's
    // own people is work, whatever share of them it reaches.
    if let Some(staff) = en_own_staff_developed(ws, start, verb) {
        return Some(staff);
    }
    // "Collect feedback from 50 customers": asking is the team's work.
    if let Some(asked) = en_feedback_gathered(ws, m, start, verb) {
        return Some(asked);
    }
    // "Reduce tech debt by 30 %", "Cut lint errors in half": only the team's own work on
    // its own code moves them.
    if let Some(own) = en_own_code_cleaned(ws, start, verb) {
        return Some(own);
    }
    // "Meet the MQL goals", "Hit our Q3 targets": a target met is a result, whatever
    // verb meets it.
    if en_target_met(ws, start, verb) {
        return None;
    }
    // "Improve the PRD template", "Optimize 10 website pages": a verb of change whose
    // object is a thing the team makes is work on that thing.
    if let Some(reworked) = en_own_thing_changed(ws, m, start, verb) {
        return Some(reworked);
    }
    // "Lift weights 3 days/week", "Keep a journal twice a week": a verb of change on a
    // thing, not a metric or people, done a number of times a period is a routine.
    let period = occasions_per_period(ws).filter(|&p| p > start + 1);
    // "Help center articles viewed 10,000 times per month": a participle before the
    // count says who acts on the thing, not that the team does it.
    let passive = period.is_some_and(|p| {
        ws[start + 1..p]
            .iter()
            .any(|w| w.lower.ends_with("ed") && lexicon::en_past(&w.lower).is_some())
    });
    if en_outcome(&verb)
        && !passive
        && period.is_some()
        && !ws[start + 1..]
            .iter()
            .any(|w| is(w, &["to", "by", "from", "below", "under", "above"]))
        && en_object_head(&ws[start + 1..period.unwrap_or(start + 1)]).is_some_and(|h| {
            !h.capital
                && !defect_word(&h.lower)
                && !en_noun_in(&h.lower, &EN_DEFECT_FORMS)
                && !others_noun(&h.lower)
                && !en_noun_in(&h.lower, &EN_CUSTOMER_FORMS)
                && !en_result_object(&h.lower)
                && !is_measure_noun(&h.lower)
                && !h.money
                && !is(h, EN_OBJECT_STARTERS)
        })
    {
        return Some(ActivityMatch::new(
            ActivityForm::Habit,
            first.text.to_string(),
            "en",
        ));
    }
    if let Some(made) = en_thing_made_described(ws, start, verb) {
        return Some(made);
    }
    if let Some(reached) = en_people_worked_on(ws, m, start, verb) {
        return Some(reached);
    }
    if let Some(kept) = en_own_thing_kept_current(ws, start, verb) {
        return Some(kept);
    }
    // "Close all P1 blockers": closing the team's own defects is fixing them, not closing
    // deals.
    // "Close 50 good-first-issues": the compound's last part is its head.
    let defects_closed = verb.lemma == "close"
        && en_counted_head(&ws[start + 1..]).is_some_and(|h| {
            let last = h.lower.rsplit('-').next().unwrap_or(&h.lower);
            en_noun_in(last, &EN_DEFECT_FORMS) || is(h, &["blocker", "blockers"])
        });
    if defects_closed && !m.strong && !m.bound {
        return Some(ActivityMatch::new(
            ActivityForm::Imperative,
            first.text.to_string(),
            "en",
        ));
    }
    // "Measure customer satisfaction", "Track NPS monthly", "assess Colossus latency":
    // to measure a result is work towards knowing it, not a change in it.
    let c = EnCommand {
        ws,
        m,
        start,
        verb,
        gerund,
    };
    if EN_MEASURING_VERBS.contains(&verb.lemma) && !m.strong && !m.bound && ws.len() > start + 1 {
        // A metric measured ("Track NPS monthly") gets the help of a baseline: put the
        // value in `baseline:`, name the change.
        let metric = en_way_to_outcome(&c)
            || ws[start + 1..].iter().any(|w| is(w, EN_METRIC_ACRONYMS))
            || en_object_head(&ws[start + 1..]).is_some_and(|h| is_measure_noun(&h.lower));
        return Some(ActivityMatch {
            baseline: metric && !matches!(verb.lemma, "study" | "investigate" | "audit"),
            ..ActivityMatch::new(ActivityForm::Imperative, first.text.to_string(), "en")
        });
    }
    if let Some(made) =
        en_made_to_a_standard(ws, start, verb).or_else(|| en_completed(ws, m, start, verb))
    {
        return Some(made);
    }
    if (en_outcome(&verb) && !light_command) || m.strong {
        return None;
    }
    if EN_SERVICE_VERBS.contains(&verb.lemma) && (m.bound || m.share) {
        return None;
    }
    if en_noun_subject(&c) || en_noun_first(&c) || en_others_counted(&c) || en_way_to_outcome(&c) {
        return None;
    }
    // "Do 5+ art outings": the things done, counted.
    if verb.lemma == "do" && ws.get(start + 1).is_some_and(|n| n.number) {
        // Shown up to the plural that names what is counted: "do 400 restaurant
        // inspections".
        let end = ws[start + 2..]
            .iter()
            .take(3)
            .position(|w| w.lower.ends_with('s') || w.lower.contains('/'))
            .map_or(start + 1, |k| start + 2 + k);
        let shown: Vec<&str> = ws[start..=end].iter().map(|w| w.text).collect();
        return Some(ActivityMatch::new(
            ActivityForm::OutputCount,
            shown.join(" "),
            "en",
        ));
    }
    Some(ActivityMatch::new(
        ActivityForm::Imperative,
        first.text.to_string(),
        "en",
    ))
}

/// Verbs of making a thing, which a standard it must meet does not turn into a result.
#[rustfmt::skip]
const EN_MAKING_VERBS: &[&str] = &[
    "implement", "create", "develop", "train", "deploy", "build", "design", "publish",
    "validate", "automate", "deliver", "establish", "annotate", "configure", "document",
    "set",
];

/// "Train 5 ML models and achieve ≥ 80% accuracy", "Implement Azure Monitor … with a 99%
/// uptime goal": a thing to make, then the standard it must meet. Only the words before
/// the standard are measured: the thing made is the key result, the standard a quality
/// bar on it.
fn en_made_to_a_standard(ws: &[Word], start: usize, verb: EnVerb) -> Option<ActivityMatch> {
    if !EN_MAKING_VERBS.contains(&verb.lemma) || en_partnership_formed(ws, start, verb) {
        return None;
    }
    let bar = (start + 2..ws.len()).find(|&k| {
        let w = &ws[k];
        let next = ws.get(k + 1);
        let measured_soon = ws[k + 1..]
            .iter()
            .take(4)
            .any(|x| x.number || x.percent || is(x, &["less", "more", "at", "zero"]));
        measured_soon
            && (is(w, &["achieving", "reaching", "with"])
                || (is(w, &["and", "to"])
                    && next.is_some_and(|n| is(n, &["achieve", "reach", "hit"]))))
    })?;
    let main = &ws[start..bar];
    let mm = measure(main);
    // "… with 90% adoption across teams", "… with at least 1 client live": what others do
    // with the thing is a result, not a standard of it.
    let taken_up = ws[bar..].iter().any(|w| {
        en_people_noun(&w.lower)
            || is(
                w,
                &[
                    "adoption",
                    "usage",
                    "use",
                    "live",
                    "satisfaction",
                    "retention",
                    "nps",
                ],
            )
    });
    if mm.strong
        || mm.bound
        || mm.share
        || taken_up
        || main.iter().any(|w| en_people_noun(&w.lower))
    {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Imperative,
        ws[start].text.to_string(),
        "en",
    ))
}

/// "Complete 100% configuration of Azure Key Vault", "Complete care plans for 90% of
/// patients": to complete is to finish work, whatever share of it is measured; only a
/// time limit makes it a service ("Complete 80% of onboarding calls within 10 days"),
/// and a race or a rank ("Complete the climb in six days", "Finish top 5") a feat.
fn en_completed(ws: &[Word], m: &Measure, start: usize, verb: EnVerb) -> Option<ActivityMatch> {
    if verb.lemma != "complete" || m.bound || ws.len() < start + 2 {
        return None;
    }
    // "in six days": number words are numbers too (`NUMBER_WORDS`).
    let timed = ws
        .windows(2)
        .any(|p| is(&p[0], &["in", "within", "under"]) && p[1].number);
    let feat = ws[start + 1..]
        .iter()
        .any(|w| is(w, EN_SUPERLATIVES) || is(w, &["climb", "race", "marathon", "course"]));
    // "Complete 100% of customer onboarding training": the customers complete it.
    let others_complete = ws[start + 1].percent
        && ws.get(start + 2).is_some_and(|n| n.lower == "of")
        && ws[start + 3..]
            .iter()
            .take(3)
            .any(|w| en_people_noun(&w.lower));
    if timed || feat || others_complete {
        return None;
    }
    // "Complete 10 resident contributor workshops": the things done, counted.
    let counted = ws[start + 1].number && !ws[start + 1].percent;
    if let Some(k) = ws[start + 2..]
        .iter()
        .take(4)
        .position(|w| counted && en_output_noun(&w.lower))
    {
        // "500 story points": a compound ends in its plural.
        let mut end = start + 2 + k;
        if !ws[end].lower.ends_with('s') && ws.get(end + 1).is_some_and(|n| n.lower.ends_with('s'))
        {
            end += 1;
        }
        return Some(ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} {}", ws[start + 1].text, ws[end].text),
            "en",
        ));
    }
    Some(ActivityMatch::new(
        ActivityForm::Imperative,
        ws[start].text.to_string(),
        "en",
    ))
}

/// Adverbs of always and never before a finite verb: "… never breaches …".
#[rustfmt::skip]
pub(super) const EN_ALWAYS_NEVER: &[&str] = &[
    "never", "always", "rarely", "seldom", "consistently", "reliably",
];

/// Where coverage appears that others decide to give: "Appear in seven local publications".
#[rustfmt::skip]
pub(super) const EN_PRESS: &[&str] = &[
    "publication", "publications", "press", "media", "newspaper", "newspapers", "magazine", "magazines", "outlet", "outlets", "rankings", "news",
];

/// Positions held for a time: "hold a plank for 3 minutes".
#[rustfmt::skip]
pub(super) const EN_HELD_POSITIONS: &[&str] = &[
    "plank", "handstand", "headstand", "pose", "position", "breath", "wall-sit", "l-sit", "hang", "squat",
];

/// Sports raced over a distance: "swim 1500m freestyle under 30 mins".
#[rustfmt::skip]
pub(super) const EN_DISTANCE_SPORTS: &[&str] = &[
    "swim", "run", "cycle", "ride", "row", "bike", "walk", "hike", "paddle",
];

/// "Establish partnerships with 10+ research institutions", "Build strategic
/// partnerships": a partnership takes the other side's signature, like a customer won.
pub(super) fn en_partnership_formed(ws: &[Word], start: usize, verb: EnVerb) -> bool {
    // "Establish 3+ research partnerships": past the count to its noun.
    matches!(
        verb.lemma,
        "establish" | "build" | "form" | "forge" | "secure" | "sign" | "close" | "win" | "land"
    ) && en_counted_head(&ws[start + 1..])
        .is_some_and(|h| is(h, &["partnership", "partnerships", "alliance", "alliances"]))
}

/// "Call 100 % of churned customers", "Meet with 80 % of our key accounts", "Migrate 95 %
/// of customers to the new servers", "Go to 10 meetups": the people reached are the
/// team's work when the team calls, meets or moves them, or goes to them. Only without
/// a time limit: "Contact 95 % of leads within a day" is a service level.
pub(super) fn en_people_worked_on(
    ws: &[Word],
    m: &Measure,
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    let first = &ws[start];
    if m.bound {
        return None;
    }
    let rest = &ws[start + 1..];
    // "Go to 10 meet-up events", "Go to 5 conferences": the team's appearances.
    if verb.lemma == "go" {
        let counted = rest.first().is_some_and(|w| w.lower == "to")
            && rest.get(1).is_some_and(|w| w.number && !w.percent)
            && rest[2..]
                .iter()
                .take(3)
                .any(|w| output_noun(&w.lower).is_some() || is(w, &["conference", "conferences"]));
        return counted.then(|| {
            ActivityMatch::new(
                ActivityForm::OutputCount,
                format!("{} {}", first.text, rest[0].text),
                "en",
            )
        });
    }
    // Customers moved to the team's new servers are moved by the team; moved to a new
    // plan, they chose it.
    let moved = verb.lemma == "migrate"
        && rest.iter().any(|w| {
            en_noun_in(&w.lower, &EN_BUILT_FORMS) || is(w, &["cloud", "stack", "architecture"])
        });
    if !(is(first, EN_CONTACT_VERBS) || moved) {
        return None;
    }
    // A share of people, right after the verb (or "with"): "100 % of our key customers".
    let object = if rest.first().is_some_and(|w| w.lower == "with") {
        &rest[1..]
    } else {
        rest
    };
    let p = object.iter().take(2).position(|w| w.percent)?;
    let of = p + usize::from(object.get(p + 1).is_some_and(|w| w.lower == "%")) + 1;
    let people = object.get(of).is_some_and(|w| w.lower == "of")
        && object[of + 1..]
            .iter()
            .take(4)
            .any(|w| en_people_noun(&w.lower));
    people.then(|| {
        // "100%", "100 %", "100 percent".
        let share = match p.checked_sub(1).map(|q| &object[q]) {
            Some(n) if n.number && !object[p].number => format!("{} {}", n.text, object[p].text),
            _ => object[p].text.to_string(),
        };
        ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} {share}", first.text),
            "en",
        )
    })
}

/// "Ship a live dashboard where the team can review corrections in <10 seconds", "Publish a
/// final evaluation of all three methods": a verb of making, then a thing made with an
/// article or a count. A measure after the thing describes it (how fast it is, what it
/// holds), not an outcome, and does not excuse the command — unless what follows names
/// one: money, people outside the team counted, a change "from … to …", a verb of change
/// or of what others do ("… that doubles sign-ups", "… used by 80 % of managers", "… and
/// reach 500 referrals"), customers or users, or a rating or rate they give.
pub(super) fn en_thing_made_described(
    ws: &[Word],
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    if en_outcome(&verb)
        || EN_SERVICE_VERBS.contains(&verb.lemma)
        || matches!(
            verb.lemma,
            "have" | "do" | "be" | "go" | "come" | "make" | "get"
        )
    {
        return None;
    }
    let next = ws.get(start + 1)?;
    let counted = next.number && !next.percent && !next.money;
    if !(counted || is(next, &["a", "an", "the", "one"])) {
        return None;
    }
    let object = &ws[start + 1..];
    // The thing's noun phrase ends before a preposition, a clause ("where …", "that …"),
    // a participle ("… report benchmarking …"), a number or a conjunction; its last word
    // is its head.
    let np_end = object
        .iter()
        .enumerate()
        .skip(1)
        .position(|(k, w)| {
            w.number
                || is(w, EN_PREPOSITIONS)
                || is(w, EN_SUBORDINATORS)
                || is(w, &["and", "or", "so", "vs", "including"])
                || (w.lower.ends_with("ing") && k > 1)
                || object[k - 1].ends_clause
        })
        .map_or(object.len(), |p| p + 1);
    let head = &object[np_end - 1];
    if np_end < 2 || !thing_noun(head) || en_made_measure(&object[..np_end], head) {
        return None;
    }
    let after = &object[np_end..];
    let names_outcome = |k: usize, w: &Word| {
        let verb = lexicon::en_verb_form(&w.lower);
        let from_to = w.lower == "from"
            && after[k + 1..].iter().take(2).any(|x| x.number)
            && after[k + 1..].iter().take(5).any(|x| x.lower == "to");
        w.money
            || from_to
            || verb.is_some_and(|v| {
                en_change(&v)
            })
            || en_people_noun(&w.lower)
            || is_result_marker(&w.lower)
            // A quality after the thing is the thing's ("… on accuracy and latency"); what
            // a market or customers give is an outcome ("… that builds trust").
            || is(w, EN_OUTCOME_OBJECTS)
    };
    let outcome = after.iter().enumerate().any(|(k, w)| names_outcome(k, w))
        || (0..after.len()).any(|k| counts_others(&after[k..]));
    // With nothing after the thing, the other rules decide (a count or measure alone).
    (!after.is_empty() && !outcome)
        .then(|| ActivityMatch::new(ActivityForm::Imperative, ws[start].text.to_string(), "en"))
}

/// A title's first word read as a command verb, with the words around it.
pub(super) struct EnCommand<'w, 'a> {
    pub(super) ws: &'w [Word<'a>],
    pub(super) m: &'w Measure,
    /// Where the command starts, after any adverbs.
    pub(super) start: usize,
    pub(super) verb: EnVerb,
    /// The first word is a gerund ("Implementing …").
    pub(super) gerund: bool,
}

impl EnCommand<'_, '_> {
    /// The command's word, as written.
    pub(super) fn first(&self) -> &Word<'_> {
        &self.ws[self.start]
    }

    /// The words after the command's word.
    pub(super) fn rest(&self) -> &[Word<'_>] {
        &self.ws[self.start + 1..]
    }

    /// The word right after the command's word.
    pub(super) fn next(&self) -> Option<&Word<'_>> {
        self.ws.get(self.start + 1)
    }

    /// Whether an object starts right after the command's word: a number, "the", "a" ….
    pub(super) fn object_next(&self) -> bool {
        self.next()
            .is_some_and(|n| n.number || is(n, EN_OBJECT_STARTERS) || version_word(n))
    }
}

/// The first word as a verb ("Fix", "Re-organize") or as the gerund of one
/// ("Implementing"), and whether it was a gerund.
pub(super) fn en_command_verb(lower: &str) -> Option<(EnVerb, bool)> {
    // "launch/test at least 3 tools", "Remediate/Document exceptions": two verbs joined
    // by a slash command both; the first speaks for them. A verb of change among them
    // ("Track/reduce churn") says what the title is, as with "and".
    if let Some((a, b)) = lower.split_once('/') {
        let (va, vb) = (lexicon::en_base(a)?, lexicon::en_base(b)?);
        return Some((if en_outcome(&vb) { vb } else { va }, false));
    }
    // "Re-organizing …", "Implementing …": a gerund of doing reads like a command.
    let unprefixed = ["re-", "de-", "un-", "pre-", "co-"]
        .iter()
        .find_map(|p| lower.strip_prefix(p));
    match lexicon::en_base(lower).or_else(|| unprefixed.and_then(lexicon::en_base)) {
        Some(v) => Some((v, false)),
        None => Some((en_gerund(lower)?, true)),
    }
}

/// "continue to triage …", "keep reviewing …": a verb of going on before the work.
pub(super) fn en_goes_on(verb: EnVerb, ws: &[Word], start: usize) -> bool {
    matches!(verb.lemma, "continue" | "start" | "keep" | "begin")
        && ws
            .get(start + 1)
            .is_some_and(|w| w.lower == "to" || w.lower.ends_with("ing"))
}

/// The work after "continue to", "start …": a routine, unless it changes a metric or the
/// title measures.
pub(super) fn en_continued_work(ws: &[Word], m: &Measure, start: usize) -> Option<ActivityMatch> {
    // "continue to triage …", "start to …": the verb after "to" is the work.
    let first = &ws[start];
    let at = if ws[start + 1].lower == "to" {
        start + 2
    } else {
        start + 1
    };
    let next = ws.get(at)?;
    let v = lexicon::en_base(&next.lower).or_else(|| en_gerund(&next.lower))?;
    (!en_outcome(&v) && !m.strong).then(|| {
        ActivityMatch::new(
            ActivityForm::Habit,
            format!("{} … {}", first.text, next.text),
            "en",
        )
    })
}

/// "Have weekly 1:1s with every direct report", "Hold monthly calls with our top 10
/// accounts": a gathering held at a frequency is a routine, whoever takes part.
/// "Lift 2x/week", "Stretch twice a day", "Journal daily": a verb with no object, then
/// how often, is a routine, whatever the verb ("Lift" also lifts a metric). Not growth at
/// a pace: "Grow 3x per year".
pub(super) fn en_verb_at_frequency(
    ws: &[Word],
    start: usize,
    verb: EnVerb,
) -> Option<ActivityMatch> {
    let rest = &ws[start + 1..];
    let next = rest.first()?;
    if matches!(
        verb.lemma,
        "grow"
            | "increase"
            | "double"
            | "triple"
            | "scale"
            | "expand"
            | "multiply"
            | "rise"
            | "boost"
            | "improve"
    ) {
        return None;
    }
    // "Journal daily", "Stretch daily (10 minutes)": a word of frequency that modifies no
    // noun after it ("Increase weekly active users").
    let adverb = is(next, FREQUENCY_WORDS)
        && rest
            .get(1)
            .is_none_or(|n| n.aside || is(n, EN_PREPOSITIONS) || next.ends_clause);
    (adverb || occasions_per_period(rest) == Some(0)).then(|| {
        ActivityMatch::new(
            ActivityForm::Habit,
            format!("{} {}", ws[start].text, next.text),
            "en",
        )
    })
}

pub(super) fn en_routine_held(ws: &[Word], m: &Measure, start: usize) -> Option<ActivityMatch> {
    if !is(&ws[start], &["have", "hold", "host", "run", "do"]) || m.strong || !has_frequency(ws) {
        return None;
    }
    let object = ws[start + 1..]
        .iter()
        .take(3)
        .take_while(|w| !w.number || is(w, &["1:1", "1:1s"]))
        .take_while(|w| !is(w, EN_PREPOSITIONS))
        .last()?;
    let gathering = en_noun_in(&object.lower, &EN_ROUTINE_FORMS)
        || is(
            object,
            &["calls", "meetings", "one-on-ones", "1:1s", "sessions"],
        );
    gathering.then(|| {
        ActivityMatch::new(
            ActivityForm::Habit,
            format!("{} … {}", ws[start].text, object.text),
            "en",
        )
    })
}

/// A light verb ("have", "do") whose object is a thing to make, not a crowd, a number
/// or a superlative.
pub(super) fn en_light_command(ws: &[Word], m: &Measure, start: usize) -> bool {
    // "Have proper JSON serialization", "Do a prototype": a light verb takes its
    // meaning from its object; a thing to make is work, a crowd, a number or a
    // superlative is a result ("Have 500 paying customers", "Have the best support").
    // "Do 5+ art outings" counts things done; "Have 500 customers" things had, and
    // "Do 20 pull-ups in a single set" is a feat.
    let feat = ws
        .windows(2)
        .any(|p| is(&p[0], &["a", "one"]) && is(&p[1], &["single", "go", "sitting", "row"]));
    // "Do 5 fewer hours of overtime" is a change.
    let fewer = ws
        .get(start + 2)
        .is_some_and(|n| is(n, &["fewer", "less", "more"]));
    let done = ws[start].lower == "do" && !feat && !fewer;
    matches!(ws[start].lower.as_str(), "have" | "do")
        && ws.get(start + 1).is_some_and(|n| {
            (done || !n.number) && !is(n, &["no", "more", "fewer", "less", "fun", "it", "well"])
        })
        && !m.bound
        && !ws[start + 1..].iter().enumerate().any(|(k, w)| {
            let modifier = ws
                .get(start + 2 + k)
                .is_some_and(|n| en_output_noun(&n.lower));
            let people = en_people_noun(&w.lower);
            // "Do a cost/benefit analysis for … 3 more countries": a number in a phrase
            // after the object does not measure it.
            let in_object = !ws[start + 1..start + 1 + k]
                .iter()
                .any(|x| is(x, EN_PREPOSITIONS) && !is(x, &["and", "or"]));
            // "Do yoga a minimum of 2x a week": how often is no amount of a thing had.
            let often = w.lower.ends_with('x')
                || ws
                    .get(start + 2 + k)
                    .is_some_and(|n| is(n, &["times", "x", "a", "per", "every"]));
            // "Do user research": a person named before the thing names its kind.
            let compound = !w.lower.ends_with('s')
                && ws
                    .get(start + 2 + k)
                    .is_some_and(|n| !is(n, EN_PREPOSITIONS) && !n.number);
            (w.number && !w.aside && in_object && !often && !(done && k == 0))
                || w.percent
                || (people && !modifier && !compound)
                || is(w, EN_SUPERLATIVES)
        })
}

/// "Double the blog posts", "Increase training hours": more of the team's own output
/// is still output.
pub(super) fn en_more_own_output(ws: &[Word], m: &Measure, start: usize) -> Option<ActivityMatch> {
    let first = &ws[start];
    if !is(first, EN_MORE_VERBS) || m.strong {
        return None;
    }
    // "Grow the newsletter to 8,000 subscribers": the readers reached are counted.
    if (start + 2..ws.len()).any(|k| ws[k - 1].lower == "to" && counts_others(&ws[k..])) {
        return None;
    }
    let head = en_object_head(&ws[start + 1..]);
    let own = head.filter(|h| {
        let modifier_output = is(h, &["hours", "days"])
            && ws[start + 1..]
                .iter()
                .take_while(|w| !std::ptr::eq(*w, *h))
                .any(|w| en_output_noun(&w.lower));
        (en_output_noun(&h.lower) || modifier_output) && (!two_way(&h.lower) || outbound(ws))
    })?;
    Some(ActivityMatch::new(
        ActivityForm::OutputCount,
        format!("{} … {}", first.text, own.text),
        "en",
    ))
}

/// "Support tickets resolved …", "Support available 24/7", "Churn rate …": the first word
/// is a noun, the subject of a predicate, of a state or of a metric.
pub(super) fn en_noun_subject(c: &EnCommand) -> bool {
    let next = c.next();
    // "Talk to 5 customers", "Meet with 15 key accounts": a verb of contact takes its
    // people after "to" or "with".
    let contacted = is(c.first(), EN_CONTACT_VERBS)
        && next.is_some_and(|n| is(n, &["to", "with"]))
        && c.ws
            .get(c.start + 2)
            .is_some_and(|x| x.number || is(x, EN_OBJECT_STARTERS));
    if contacted {
        return false;
    }
    if en_done_for_a_while(c.ws, c.start, c.verb) || en_times_done(c.ws) {
        return false;
    }
    if next.is_some_and(|n| is(n, EN_NOUN_FOLLOWERS) || n.lower.starts_with('\'')) {
        return true;
    }
    // "Track churn reasons …" is a command, "Support tickets resolved …" a subject with
    // its predicate: a first word needs an object after it, or no predicate and no
    // measure anywhere after it.
    if !c.object_next() && (c.m.bound || en_has_predicate(en_main_clause(c.rest()))) {
        return true;
    }
    // "Content findable through search": a noun with an adjective in -able/-ible
    // after it is the subject of that state.
    if !c.object_next()
        && next.is_some_and(|n| {
            (n.lower.ends_with("able") || n.lower.ends_with("ible"))
                && n.lower.len() > 5
                && lexicon::en_base(&n.lower).is_none()
        })
    {
        return true;
    }
    // "Support available 24/7", "Chat live in 3 markets": a noun with its state.
    let state_next = next.is_some_and(|n| is(n, DONE_STATES))
        && c.ws
            .get(c.start + 2)
            .is_none_or(|a| a.number || is(a, EN_PREPOSITIONS));
    // "Phone support available around-the-clock": a service, named by two nouns, kept up.
    let service_hours = c.ws[c.start + 1..]
        .windows(2)
        .take(2)
        .any(|p| is(&p[0], DONE_STATES) && is(&p[1], EN_ROUND_THE_CLOCK));
    if service_hours {
        return true;
    }
    // "Hold time …" names a metric; "Run satisfaction survey" a survey, the head of its
    // compound.
    // "Page views 3 times higher", "Video impressions": views are counted, not made.
    let metric_next = next
        .is_some_and(|n| is(n, EN_METRIC_HEADS) || is(n, &["views", "pageviews", "impressions"]))
        && c.ws.get(c.start + 2).is_none_or(|h| {
            !(en_output_noun(&h.lower)
                || en_noun_in(&h.lower, &EN_ARTEFACT_FORMS)
                || en_noun_in(&h.lower, &EN_BUILT_FORMS))
        });
    // "Chat wait time < 45s at peak": a metric named by two nouns, then bounded.
    let metric_after_modifier = next.is_some_and(|n| !n.number && !is(n, EN_OBJECT_STARTERS))
        && c.ws
            .get(c.start + 2)
            .is_some_and(|h| is_measure_noun(&h.lower) && h.lower != "number")
        && (c.m.bound || c.m.strong)
        && c.ws
            .get(c.start + 3)
            .is_none_or(|x| !en_output_noun(&x.lower));
    if metric_next || state_next || metric_after_modifier {
        return true;
    }
    en_metric_phrase(c)
}

/// "Exercise for at least 15 minutes daily": a verb, then how long it lasts, at a
/// frequency, is a routine of the writer's (a service's hours are no such routine).
pub(super) fn en_done_for_a_while(ws: &[Word], start: usize, verb: EnVerb) -> bool {
    ws.get(start + 1).is_some_and(|n| n.lower == "for")
        && ws[start + 2..]
            .iter()
            .take(4)
            .position(|w| w.number)
            .is_some_and(|k| ws.get(start + 3 + k).is_some_and(|u| is(u, DURATION_UNITS)))
        && has_frequency(ws)
        && !EN_SERVICE_VERBS.contains(&verb.lemma)
        && !en_outcome(&verb)
}

/// "Bike to work 200 times", "Call my parents 20 times": a number of times counts
/// doings, so the first word is their verb ("3 times higher" compares).
pub(super) fn en_times_done(ws: &[Word]) -> bool {
    ws.windows(2).enumerate().any(|(k, p)| {
        p[0].number
            && is(&p[1], &["times", "x"])
            && ws.get(k + 2).is_none_or(|n| {
                n.ends_clause
                    || is(
                        n,
                        &[
                            "a", "per", "each", "every", "this", "in", "by", "during", "over",
                            "before", "until",
                        ],
                    )
            })
    })
}

/// The words of the title's own clause: up to a subordinate clause ("… that shape our
/// culture"), an infinitive of purpose ("… to be used in onboarding") or an aside, whose
/// verbs are not the title's predicate.
pub(super) fn en_main_clause<'w, 'a>(ws: &'w [Word<'a>]) -> &'w [Word<'a>] {
    let end = ws.iter().enumerate().position(|(k, w)| {
        w.aside
            || is(
                w,
                &[
                    "that", "which", "who", "so", "because", "while", "if", "when",
                ],
            )
            || (w.lower == "to"
                && ws.get(k + 1).is_some_and(|n| {
                    is(
                        n,
                        &["be", "help", "enable", "make", "support", "ensure", "allow"],
                    )
                }))
    });
    &ws[..end.unwrap_or(ws.len())]
}

/// "Design system adoption in 8 teams": a noun phrase whose head is a result is a
/// metric, and the first word its modifier.
pub(super) fn en_metric_phrase(c: &EnCommand) -> bool {
    // "Design system adoption in 8 teams", "Case resolution at first contact": a noun
    // phrase whose head is a result is a metric; its first word is a modifier. Verbs
    // of observing take a metric as their object ("Track churn weekly").
    if c.object_next() || is(c.first(), EN_OBSERVE_VERBS) {
        return false;
    }
    let (ws, start) = (c.ws, c.start);
    let run = ws[start + 1..]
        .iter()
        .position(|w| w.number || is(w, EN_PREPOSITIONS) || w.ends_clause);
    let head = match run {
        Some(k) if ws[start + 1 + k].ends_clause => Some(&ws[start + 1 + k]),
        Some(0) => None,
        Some(k) => Some(&ws[start + k]),
        None => ws.last(),
    };
    head.is_some_and(|h| en_noun_in(&h.lower, &EN_RESULT_HEAD_FORMS))
}

/// "Release frequency", "Page views": a word more often a noun than a verb, with no
/// object after it, names a thing, not a command.
pub(super) fn en_noun_first(c: &EnCommand) -> bool {
    let (verb, gerund) = (c.verb, c.gerund);
    if c.next().is_none() && (verb.also_noun() || gerund) {
        return true;
    }
    // A word that is more often a noun ("Release frequency", "Process efficiency",
    // "Page views") commands only with an object starter after it, or in a longer title
    // with no "of" near its start and not in Title Case.
    let noun_first = verb.noun_senses > verb.verb_senses || gerund;
    if !noun_first
        || c.object_next()
        || en_done_for_a_while(c.ws, c.start, verb)
        || en_times_done(c.ws)
    {
        return false;
    }
    // "Staff who feel the schedule is fair": a relative clause follows a noun.
    if c.next().is_some_and(|n| is(n, &["who", "whose", "which"])) {
        return true;
    }
    let rest = c.rest();
    let title_case = rest.iter().filter(|w| !w.number).all(|w| w.capital);
    // "Time from request to resolution", "Time to first reply": a span between two
    // points is measured.
    let of_near = rest
        .iter()
        .take(3)
        .any(|w| is(w, &["of", "for", "per", "across", "from", "between"]))
        || c.next().is_some_and(|n| n.lower == "to");
    // "Draft planning framework for releases": an object whose head is a thing the
    // team makes makes the first word its verb.
    // A gerund before it is rather a modifier ("Onboarding Playbook").
    let makes =
        !gerund && en_object_head(rest).is_some_and(|h| en_noun_in(&h.lower, &EN_ARTEFACT_FORMS));
    !makes && (rest.len() < 3 || title_case || of_near)
}

/// "Recruit 50 beta users", "Deploy in 5 enterprises": what others do, counted, is
/// theirs, unless the team calls, hires or hosts them.
pub(super) fn en_others_counted(c: &EnCommand) -> bool {
    let (ws, start, verb) = (c.ws, c.start, c.verb);
    // "Recruit 50 beta users", "Onboard 20 new customers": what others do is counted;
    // calling or training them is work, and so is hiring staff ("Hire 2 sales people",
    // "Add 3 full-time developers") and holding events ("Host 10 customer roundtables").
    let own_work = is(c.first(), EN_CONTACT_VERBS)
        || EN_FINDING_VERBS.contains(&verb.lemma)
        || EN_STAFF_VERBS.contains(&verb.lemma)
        || EN_PERFORM_VERBS.contains(&verb.lemma)
        || employs(&ws[start + 1..]);
    // "Bring in 10,000 website visitors", "Sign up 50 new members": a phrasal verb's
    // particle stands before the people counted.
    let particle = usize::from(c.next().is_some_and(|n| {
        matches!(
            (c.first().lower.as_str(), n.lower.as_str()),
            ("bring" | "pull" | "draw", "in") | ("sign", "up" | "on") | ("bring" | "take", "on")
        )
    }));
    if !own_work && counts_others(&ws[start + 1 + particle..]) {
        return true;
    }
    // "Deploy in 5 enterprises", "Go live with 3 pilot customers": a product put into
    // the hands of others, counted by them, is adoption.
    EN_DEPLOY_VERBS.contains(&verb.lemma)
        && c.next()
            .is_some_and(|n| is(n, &["in", "at", "with", "for", "across", "to"]))
        && (start + 2..ws.len())
            .any(|k| counts_others(&ws[k..]) && (k == start + 2 || is(&ws[k - 1], EN_PREPOSITIONS)))
}

/// "Migrate all CI pipelines", "Speed up the data pipeline": a pipeline of software
/// built, not of sales.
pub(super) fn built_pipeline(rest: &[Word], head: &Word) -> bool {
    is(head, &["pipeline", "pipelines"])
        && rest
            .iter()
            .position(|w| std::ptr::eq(w, head))
            .and_then(|k| k.checked_sub(1))
            .is_some_and(|k| {
                is(
                    &rest[k],
                    &[
                        "ci",
                        "cd",
                        "ci/cd",
                        "build",
                        "data",
                        "deployment",
                        "release",
                        "etl",
                        "test",
                        "delivery",
                        "ml",
                        "ingestion",
                    ],
                )
            })
}

/// "Build trust with customers", "Launch … and reach 500 referrals": the work is the
/// way to a result the title names.
pub(super) fn en_way_to_outcome(c: &EnCommand) -> bool {
    let (ws, start) = (c.ws, c.start);
    // "Publish customer satisfaction levels by March 7th": a result reported is the
    // report's subject; reporting it is work.
    if matches!(c.verb.lemma, "publish" | "report" | "document") {
        return false;
    }
    let next = c.next();
    // "Build trust with customers", "Regain customer trust", "Defend market share":
    // an object that is a result makes the verb the way; an outcome without a number
    // is still an outcome.
    let head = en_object_head(c.rest());
    // "Run a satisfaction survey": the head decides; "satisfaction" is its modifier.
    let head_made = head.is_some_and(|h| {
        en_output_noun(&h.lower)
            || en_noun_in(&h.lower, &EN_ARTEFACT_FORMS)
            || en_noun_in(&h.lower, &EN_BUILT_FORMS)
    });
    if next.is_some_and(|n| is(n, EN_OUTCOME_OBJECTS) && !head_made)
        || head.is_some_and(|h| {
            en_result_object(&h.lower)
                && !en_made_measure(c.rest(), h)
                && !built_pipeline(c.rest(), h)
        })
        || advances_deals(c.verb.lemma, c.rest())
    {
        return true;
    }
    // "Scale the newsletter to thousands of engaged subscribers", "Grow the forum to
    // 5,000 members": a size reached in others is an audience won.
    let crowd_reached = ws[start + 1..].iter().enumerate().any(|(j, w)| {
        let after = &ws[start + 2 + j..];
        is(
            &ws[start],
            &["scale", "grow", "expand", "build", "bring", "take", "get"],
        ) && w.lower == "to"
            && after.first().is_some_and(|n| {
                n.number || is(n, &["thousands", "hundreds", "millions", "dozens", "tens"])
            })
            && after.iter().take(5).any(|x| en_people_noun(&x.lower))
    });
    // "Scale up the community", "Expand our user base": growing a crowd of others is
    // winning them, with or without a size.
    let particle = usize::from(ws.get(start + 1).is_some_and(|w| is(w, &["up", "out"])));
    let crowd_grown = is(&ws[start], &["scale", "grow", "expand"])
        && en_object_head(&ws[start + 1 + particle..]).is_some_and(|h| {
            en_people_noun(&h.lower) || is(h, &["audience", "audiences", "base", "bases"])
        });
    if crowd_reached || crowd_grown {
        return true;
    }
    // "Deliver $2M in new pipeline", "Close €500k of new business": an amount of money
    // as the object is revenue or pipeline, what buyers give.
    if c.rest().iter().take(3).any(|w| w.money) {
        return true;
    }
    // "Launch the referral programme and reach 500 referrals": a second clause that
    // measures an outcome says what the work is for; the title is measured by it.
    // "Deliver 3 features that close $500k in stalled deals": a relative clause that
    // measures an outcome does the same.
    // "Build a group at the start of the talk to include 30+ attendees", "Present our
    // projects via a code game, influence 200+ developers": a clause whose object counts
    // people outside the team does the same, whatever its verb.
    let measured_outcome = ws.iter().enumerate().skip(start).any(|(j, w)| {
        let opens = (j > start && is(w, &["and", "to", "that", "which"])) || w.comma;
        let verb = ws.get(j + 1).and_then(|v| {
            lexicon::en_base(&v.lower)
                .or_else(|| lexicon::en_third_person(&v.lower))
                .filter(|_| !v.number && !is(v, EN_OBJECT_STARTERS))
        });
        opens
            && verb.is_some_and(|v| {
                (en_outcome(&v) && ws[j + 2..].iter().any(|x| x.number || x.percent))
                    || counts_others(&ws[j + 2..])
            })
    });
    if measured_outcome {
        return true;
    }
    c.verb.lemma == "hold"
        && next.is_some_and(|n| n.lower == "the")
        && ws.get(start + 2).is_some_and(|w| w.lower == "line")
}

/// Whether the object's head, a result noun, is rather a thing the team builds: an
/// instrument of measuring ("Set up a customer health score", "Define a baseline") or a
/// technical pipeline ("Automate the release pipeline", unlike "a sales pipeline").
pub(super) fn en_made_measure(object: &[Word], head: &Word) -> bool {
    let before = object.iter().take_while(|w| !std::ptr::eq(*w, head)).last();
    let technical_pipeline = head.lower == "pipeline"
        && before.is_some_and(|b| {
            is(
                b,
                &[
                    "release",
                    "build",
                    "ci",
                    "cd",
                    "ci/cd",
                    "deploy",
                    "deployment",
                    "data",
                    "ingestion",
                    "etl",
                    "test",
                    "testing",
                    "delivery",
                    "ml",
                    "publishing",
                    "production",
                    "processing",
                    "reasoning",
                    "training",
                    "inference",
                ],
            )
        });
    let instrument = is(
        head,
        &[
            "score",
            "scores",
            "metric",
            "metrics",
            "kpi",
            "kpis",
            "indicator",
            "indicators",
            "baseline",
            "scorecard",
            "index",
        ],
    ) && object
        .iter()
        .find(|w| !is(w, &["up", "out"]))
        .is_some_and(|f| is(f, &["a", "an", "the", "our"]));
    technical_pipeline || instrument
}

/// English: a noun of doing first, then its object: "Migration of all customers to the
/// new portal", "Rollout of the chatbot", "Redesign of the pricing page" — a task named
/// as a noun, as German does with "Einführung eines …".
pub(super) fn en_doing_noun(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // "Successful launch of the partner portal", "Timely rollout of SSO": an adjective
    // of how well the work went still names the work.
    let manner = usize::from(ws.first().is_some_and(|w| {
        is(
            w,
            &[
                "successful",
                "timely",
                "full",
                "complete",
                "public",
                "initial",
                "first",
                "final",
                "smooth",
                "on-time",
            ],
        )
    }));
    let ws = &ws[manner..];
    let first = ws.first()?;
    // "Migration of all customers …", "Deployment to the new cloud": the object with
    // "of", or the place the work moves a thing to.
    if m.strong
        || m.bound
        || first.number
        || ws
            .get(1)
            .is_none_or(|n| !is(n, &["of", "to", "into", "onto"]))
    {
        return None;
    }
    // Nouns made of a verb and its particle are tasks: "rollout", "setup", "go-live".
    let particle = is(first, EN_PARTICLE_NOUNS);
    if !particle {
        // "Completion" also heads a measure ("completion rate"); with "of" it is a doing.
        let verb = if first.lower == "completion" {
            lexicon::en_base("complete")?
        } else {
            en_noun_verb(&first.lower)?
        };
        // "Completion of the CRM migration": work completed, not customers completing.
        let work_completed = matches!(verb.lemma, "complete" | "finish")
            && ws[1].lower == "of"
            && en_object_head(&ws[2..]).is_some_and(|h| {
                thing_noun(h)
                    || en_output_noun(&h.lower)
                    || en_noun_verb(&h.lower).is_some_and(|v| !en_outcome(&v))
            });
        if (en_outcome(&verb) && !work_completed) || EN_SERVICE_VERBS.contains(&verb.lemma) {
            return None;
        }
        // With "to" it names where a thing is moved ("Deployment to …", "Migration
        // to …"); other nouns with "to" name a relation ("Commitment to quality").
        if ws[1].lower != "of" && !EN_MOVE_VERBS.contains(&verb.lemma) {
            return None;
        }
    } else if ws[1].lower != "of" && !first.lower.starts_with("roll") {
        return None;
    }
    let rest = &ws[2..];
    // "Completion of onboarding by new users": done by people outside the team.
    let by_others = rest.iter().enumerate().any(|(k, w)| {
        w.lower == "by"
            && rest[k + 1..].iter().take(3).any(|x| {
                en_people_noun(&x.lower)
                    && !x.lower.ends_with("team")
                    && !en_noun_in(&x.lower, &EN_OWN_STAFF_FORMS)
            })
    });
    if en_has_predicate(rest) || counts_others(rest) || by_others {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Imperative,
        first.text.to_string(),
        "en",
    ))
}

/// Verbs of moving a thing the team runs to a new place: as nouns of doing with "to"
/// they name the work of moving it ("Migration to the cloud").
#[rustfmt::skip]
pub(super) const EN_MOVE_VERBS: &[&str] = &[
    "migrate", "deploy", "move", "transfer", "port", "switch", "transition", "relocate",
    "upgrade", "release", "publish", "roll", "integrate",
];

/// The verb behind an English noun of doing: a noun that is the verb itself
/// ("redesign", "audit") or a noun in `-ation`/`-ition`/`-tion`/`-ment`/`-al`
/// ("migration", "development", "removal"). Nouns of measures are none ("number",
/// "rate", "share").
pub(super) fn en_noun_verb(lower: &str) -> Option<EnVerb> {
    if is_measure_noun(lower) {
        return None;
    }
    if let Some(v) = lexicon::en_base(lower).filter(|v| v.lemma == lower) {
        return Some(v);
    }
    let stems = [
        lower.strip_suffix("ation").map(|s| format!("{s}ate")),
        lower.strip_suffix("ation").map(str::to_string),
        lower.strip_suffix("ition").map(|s| format!("{s}ite")),
        lower.strip_suffix("tion").map(|s| format!("{s}e")),
        lower.strip_suffix("ment").map(str::to_string),
        // "submission" → "submit", "revision" → "revise", "provision" → "provide".
        lower.strip_suffix("ission").map(|s| format!("{s}it")),
        lower.strip_suffix("ision").map(|s| format!("{s}ise")),
        lower.strip_suffix("ision").map(|s| format!("{s}ide")),
        lower.strip_suffix("al").map(|s| format!("{s}e")),
    ];
    stems
        .into_iter()
        .flatten()
        .filter(|s| s.len() >= 4)
        .find_map(|s| lexicon::en_base(&s).filter(|v| v.lemma == s))
}

/// Nouns of a measure or a quantity, which head a metric and are no task.
pub(super) fn is_measure_noun(lower: &str) -> bool {
    EN_RESULT_HEAD_FORMS.contains(lower)
        || COUNT_WORDS.iter().any(|(c, _)| *c == lower)
        || matches!(
            lower,
            "percentage"
                | "amount"
                | "proportion"
                | "total"
                | "average"
                | "sum"
                | "majority"
                | "half"
                | "third"
                | "quarter"
                | "lack"
                | "size"
                | "length"
                | "use"
                | "cost"
                | "increase"
                | "decrease"
                | "reduction"
                | "improvement"
        )
}

/// The verb of a gerund: "implementing" → "implement", "re-organizing" → "organize".
pub(super) fn en_gerund(lower: &str) -> Option<EnVerb> {
    let stem = lower.strip_suffix("ing")?;
    let stem = stem.strip_prefix("re-").unwrap_or(stem);
    if stem.len() < 3 {
        return None;
    }
    let undoubled = {
        let b = stem.as_bytes();
        (b.len() > 3 && b[b.len() - 1] == b[b.len() - 2]).then(|| &stem[..stem.len() - 1])
    };
    let mut with_e = String::with_capacity(stem.len() + 1);
    with_e.push_str(stem);
    with_e.push('e');
    lexicon::en_base(stem)
        .or_else(|| lexicon::en_base(&with_e))
        .or_else(|| undoubled.and_then(lexicon::en_base))
}

/// Whether the words hold a predicate: an auxiliary, a past participle of a verb, or a
/// verb of change in the third person ("rises", "doubles").
pub(super) fn en_has_predicate(ws: &[Word]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        // "predicted points" is an adjective before its noun, "tickets resolved within"
        // a predicate.
        let participle = lexicon::en_past(&w.lower).is_some()
            && (w.ends_clause || ws.get(i + 1).is_none_or(|n| is(n, EN_PREPOSITIONS)));
        // "Repeat contacts drop …", "Wait times shrink": a verb of change in its plain
        // form after a plural noun agrees with it.
        let plural_agrees = i > 0
            && en_plural(&ws[i - 1].lower)
            && !ws[i - 1].ends_clause
            && lexicon::en_base(&w.lower).is_some_and(|v| v.lemma == w.lower && en_outcome(&v));
        // "Demo requests from the website double": a verb of change that ends the
        // title, or stands before its amount, is its predicate.
        let change_last = i > 0
            && !ws[i - 1].ends_clause
            && is(w, EN_CHANGE_VERBS)
            && ws.get(i + 1).is_none_or(|n| {
                is(
                    n,
                    &[
                        "by", "to", "from", "below", "above", "under", "over", "within",
                    ],
                )
            });
        // "Invoice export working out-of-the-box in SAP"
        let functioning = is(w, &["working", "running"])
            && ws
                .get(i + 1)
                .is_some_and(|n| is(n, &["on", "in", "offline", "with", "out-of-the-box"]));
        is(w, EN_AUXILIARIES)
            || participle
            || plural_agrees
            || functioning
            || change_last
            || lexicon::en_third_person(&w.lower).is_some_and(|v| en_outcome(&v))
    })
}

/// Nouns that head a metric: a rate, a time, or the noun of a result ("adoption",
/// "resolution", "renewals").
#[rustfmt::skip]
pub(super) const EN_RESULT_HEADS: &[&str] = &[
    "time", "rate", "score", "cost", "volume", "quality", "frequency", "duration", "level",
    "ratio", "speed", "accuracy", "latency", "backlog", "satisfaction", "conversion", "share",
    "adoption", "resolution", "retention", "usage", "engagement", "growth", "decision",
    "approval", "renewal", "availability", "uptime", "attainment", "turnover", "churn",
    "completion", "acceptance", "participation", "response", "awareness", "loyalty",
    "revenue", "margin", "value", "reach", "traffic", "delivery", "attendance",
];

pub(super) static EN_RESULT_HEAD_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_RESULT_HEADS));

/// Verbs of observing, which take a metric as their object ("Track churn weekly").
#[rustfmt::skip]
pub(super) const EN_OBSERVE_VERBS: &[&str] = &[
    "measure", "track", "monitor", "report", "survey", "analyse", "analyze", "review",
    "benchmark", "assess", "evaluate", "calculate", "define", "baseline", "instrument",
    "capture", "collect", "document", "publish", "share", "show", "visualise", "visualize",
    "understand", "investigate", "audit",
];

/// English verbs of "more": with the team's output as object they count output.
#[rustfmt::skip]
pub(super) const EN_MORE_VERBS: &[&str] = &[
    "increase", "double", "triple", "grow", "boost", "raise", "expand", "multiply",
];

/// Superlatives and words of rank, which make a goal an aspiration, not a task.
#[rustfmt::skip]
pub(super) const EN_SUPERLATIVES: &[&str] = &[
    "best", "top", "leading", "most", "fastest", "highest", "lowest", "largest", "biggest",
    "greatest", "strongest", "easiest", "simplest", "cheapest", "happiest", "world-class",
    "best-in-class", "first-class", "favourite", "favorite", "go-to", "preferred",
];

/// English verbs of change in their plain form.
#[rustfmt::skip]
pub(super) const EN_CHANGE_VERBS: &[&str] = &[
    "double", "halve", "triple", "grow", "rise", "fall", "drop", "decline", "shrink",
    "increase", "decrease", "improve", "climb",
];

/// Whether an English word looks like a plural noun: "contacts", "times", "queries".
pub(super) fn en_plural(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && lower.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Nouns of a measure: after a first word they make it a modifier of a metric ("Hold
/// time", "Release quality", "Call volume"), not a command.
#[rustfmt::skip]
pub(super) const EN_METRIC_HEADS: &[&str] = &[
    "time", "times", "rate", "rates", "score", "scores", "cost", "costs", "volume", "volumes",
    "quality", "frequency", "duration", "level", "levels", "ratio", "speed", "accuracy",
    "velocity", "latency", "backlog", "satisfaction", "conversion", "share", "count",
];

/// Prepositions and conjunctions that may follow a predicate participle.
#[rustfmt::skip]
pub(super) const EN_PREPOSITIONS: &[&str] = &[
    "in", "on", "to", "for", "by", "across", "at", "with", "into", "via", "before", "after",
    "and", "as", "within", "through", "from", "under", "per", "or", "without", "during",
    "since", "until", "over",
];

/// A deliverable stated as done: "X is live", "Data warehouse migrated to the cloud",
/// "We've rolled out …", "We have a runbook", "Users can share …".
pub(super) fn en_deliverable(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // "Claims decided within 100 days", "Users can check out in under 2 minutes": a
    // service level.
    if m.strong || m.share || m.bound || ws.iter().any(|w| w.percent && !w.aside) {
        return None;
    }
    // "Median of 1.22 messages per day for …", "Average handling time …": a statistic
    // first names a metric. "Increase number of apps testing … in beta": a count
    // changed is a count, whatever its things are doing.
    let statistic = is(&ws[0], &["median", "mean", "average", "avg"]);
    let count_changed = lexicon::en_base(&ws[0].lower).is_some_and(|v| en_change(&v))
        && ws[1..]
            .iter()
            .take(3)
            .any(|w| COUNT_WORDS.iter().any(|(c, _)| *c == w.lower));
    // "RTO 1h / RPO 15 min verified": a metric with its value first is what is verified.
    let metric_valued = is(&ws[0], EN_METRIC_ACRONYMS) && ws.get(1).is_some_and(|w| w.number);
    if statistic || count_changed || metric_valued || metric_compound(ws) {
        return None;
    }
    let frequency = has_frequency(ws);
    let d = EnDone {
        ws,
        m,
        main: ws.iter().filter(|w| !w.aside).collect(),
        form: if frequency {
            ActivityForm::Habit
        } else {
            ActivityForm::Deliverable
        },
        frequency,
        // "Live for 3 pilot customers": adoption, counted in people, is a result.
        people_counted: (0..ws.len()).any(|i| counts_others(&ws[i..])),
        // "150 builders involved in …", "20 partners onboarded": a counted crowd of
        // others as the subject is theirs, whatever the participle.
        crowd_subject: counts_others(ws),
    };
    let mut customers = false;
    for i in 0..d.main.len() {
        // "Manual corrections after the schedule is published": what a clause of time or
        // condition states is no deliverable of the title.
        if i > 0 && is(d.main[i], EN_CLAUSE_OF_TIME) {
            break;
        }
        if en_customers_named(&d.main, i) {
            customers = true;
        }
        let found = en_done_state(&d, i, customers)
            .or_else(|| en_capability(&d, i))
            .or_else(|| en_exists(&d, i, customers))
            .or_else(|| en_can_do(&d, i))
            .or_else(|| en_has_one(&d, i))
            .or_else(|| en_release_stage(&d, i))
            .or_else(|| en_done_participle(&d, i, customers));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Words that open a clause of time or condition.
#[rustfmt::skip]
pub(super) const EN_CLAUSE_OF_TIME: &[&str] = &[
    "after", "before", "once", "until", "unless", "because", "if", "while", "whenever", "when",
];

/// An English title read for a deliverable, with what holds for all its words.
pub(super) struct EnDone<'w, 'a> {
    pub(super) ws: &'w [Word<'a>],
    pub(super) m: &'w Measure,
    /// The words outside parentheses.
    pub(super) main: Vec<&'w Word<'a>>,
    /// `Habit` when the title names a frequency, else `Deliverable`.
    pub(super) form: ActivityForm,
    /// The title names a frequency.
    pub(super) frequency: bool,
    /// Some words count other people.
    pub(super) people_counted: bool,
    /// The title starts with a counted crowd of others.
    pub(super) crowd_subject: bool,
}

/// Whether the word at `i` names customers or users as such, not as a modifier.
pub(super) fn en_customers_named(main: &[&Word], i: usize) -> bool {
    let w = main[i];
    // What customers or users do is theirs: "3 customers go live", "Half of all
    // orders are placed in the app".
    // Not a modifier: "Customer interviews conducted" are the team's interviews.
    // A noun followed by a word that is no verb form, no preposition and no number
    // modifies that word: "Customer advisory board formed".
    let modifier = main.get(i + 1).is_some_and(|n| {
        en_output_noun(&n.lower)
            || (!n.number
                && !n.capital
                && n.lower.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is(n, EN_PREPOSITIONS)
                && !is(n, EN_AUXILIARIES)
                && lexicon::en_base(&n.lower).is_none()
                && lexicon::en_past(&n.lower).is_none()
                && lexicon::en_third_person(&n.lower).is_none())
    });
    // "Onboarding guide for new contributors published": after "for", people are whom the
    // thing is for, not its subject.
    let object = main[..i]
        .iter()
        .rev()
        .take(3)
        .any(|x| is(x, &["for", "to", "among", "with"]));
    // "Head of People hired", "VP of Customers": the people a role is for name the role.
    let role = i >= 2
        && main[i - 1].lower == "of"
        && is(
            main[i - 2],
            &[
                "head", "vp", "director", "chief", "lead", "manager", "officer",
            ],
        );
    // "Grant application submitted", "Patent request filed": what the team asks others
    // for is its own paper.
    let own_request = i >= 1
        && is(
            main[i - 1],
            &[
                "grant", "funding", "patent", "permit", "award", "licence", "license", "tender",
                "budget",
            ],
        );
    en_noun_in(&w.lower, &EN_CUSTOMER_FORMS) && !modifier && !object && !role && !own_request
}

/// "X is live", "Status page available for all services", "Runbook is in place": a
/// thing of the team's in a state of done.
pub(super) fn en_done_state(d: &EnDone, i: usize, customers: bool) -> Option<ActivityMatch> {
    let main = &d.main;
    let w = main[i];
    let prev = i.checked_sub(1).map(|p| main[p]);
    // "production ready", "is live", "are available", "(is) in place", "(is) up and
    // running" ("&" is no word)
    // "Churn prediction model v1 in production": running where customers use it; not
    // what is counted there ("Zero P1 incidents in production", "Running in production
    // for 30 days").
    let in_production = w.lower == "production"
        && !d.ws.iter().any(|x| {
            (x.number && !en_version(&x.lower))
                || defect_word(&x.lower)
                || en_noun_in(&x.lower, &EN_DEFECT_FORMS)
                || is(x, &["zero", "no", "without", "running"])
        });
    let in_place = (w.lower == "place" || in_production) && prev.is_some_and(|p| p.lower == "in");
    let up_at = |k: usize| i >= k && main[i - k].lower == "up";
    let running =
        w.lower == "running" && (up_at(1) || (up_at(2) && prev.is_some_and(|p| p.lower == "and")));
    let phrase = if in_place || (running && up_at(1)) {
        2
    } else if running {
        3
    } else {
        1
    };
    let in_place = in_place || running;
    // Headline style: "PCI DSS gap assessment done", "Security review completed": a noun
    // of doing, then that it is done.
    let work_done = is(w, &["done", "complete", "completed", "finished"])
        && !customers
        && !d.people_counted
        && prev.is_some_and(|p| {
            !p.number
                && (is(
                    p,
                    &["review", "audit", "test", "pentest", "upgrade", "refactor"],
                ) || en_noun_verb(&p.lower)
                    .is_some_and(|v| !en_outcome(&v) && !EN_SERVICE_VERBS.contains(&v.lemma)))
        });
    if work_done {
        let p = prev.map_or("", |p| p.text);
        return Some(ActivityMatch::new(d.form, format!("{p} {}", w.text), "en"));
    }
    if !((is(w, DONE_STATES) || in_place) && !customers && !d.people_counted && i >= 2)
        || i < phrase
    {
        return None;
    }
    let be = main[i - phrase];
    // "Runbook in place", "Billing flow is in place ASAP", "Employment solution in place
    // in India".
    let after_be = is(be, EN_BE_DONE)
        || (in_place
            && main
                .get(i + 1)
                .is_none_or(|n| is(n, EN_PREPOSITIONS) || is(n, &["asap", "by", "now"])));
    // Headline style without "is": "New careers page live", "Status page
    // available for all services".
    // "Issue queues ready for use": ready for use or production.
    let ready_for_use = w.lower == "ready"
        && main.get(i + 1).is_some_and(|n| is(n, &["for", "to"]))
        && main
            .get(i + 2)
            .is_some_and(|n| is(n, &["use", "production", "launch", "release"]));
    let headline = !in_place
        && (is(w, &["live", "available", "online"]) || ready_for_use)
        && !main[..i]
            .iter()
            .any(|x| is(x, EN_WORDS) && !is(x, &["new", "all"]))
        && !d.ws.iter().any(|x| x.number || is(x, EN_ROUND_THE_CLOCK));
    (after_be || headline).then(|| {
        let evidence = if running && phrase == 2 {
            // "up & running": the "&" is no word, and the evidence shows no word that
            // is not there.
            format!("{} up … running", be.text)
        } else if in_place {
            let state: Vec<&str> = main[i + 1 - phrase..=i].iter().map(|x| x.text).collect();
            format!("{} {}", be.text, state.join(" "))
        } else {
            format!("{} {}", be.text, w.text)
        };
        ActivityMatch::new(d.form, evidence, "en")
    })
}

/// "Connection manager supports dial backoff", "Peerpad runs on Safari": a capability
/// of a thing the team built.
pub(super) fn en_capability(d: &EnDone, i: usize) -> Option<ActivityMatch> {
    let main = &d.main;
    let w = main[i];
    let prev = i.checked_sub(1).map(|p| main[p]);
    let next = main.get(i + 1).copied();
    let capability = en_functions(w, next)
        || is(
            w,
            &[
                "supports",
                "provides",
                "offers",
                "enables",
                "allows",
                "exposes",
                "includes",
                "becomes",
                "ensures",
                "guarantees",
            ],
        );
    // "… becomes the default"
    let default = w.lower != "becomes"
        || next.is_some_and(|n| n.lower == "the")
            && main.get(i + 2).is_some_and(|n| n.lower == "default");
    // "Onboarding ensures customers feel confident": a state of people is theirs.
    let people_after = is(w, &["ensures", "guarantees"])
        && main[i + 1..]
            .iter()
            .take(3)
            .take_while(|x| !is(x, EN_PREPOSITIONS))
            .any(|x| en_people_noun(&x.lower));
    (capability
        && default
        && !people_after
        && i >= 1
        && !prev.is_some_and(|p| is(p, EN_WORDS) || p.number)
        && !d.ws.iter().any(|x| x.number && !x.aside)
        && !main[..i].iter().any(|x| others_noun(&x.lower)))
    .then(|| {
        ActivityMatch::new(
            d.form,
            format!("{} {}", prev.map_or("", |p| p.text), w.text),
            "en",
        )
    })
}

/// "Peerpad runs on Safari", "The app works offline", "The sync learns to merge": a verb
/// of functioning with its complement.
pub(super) fn en_functions(w: &Word, next: Option<&Word>) -> bool {
    match w.lower.as_str() {
        "runs" | "works" | "working" | "run" | "work" => next.is_some_and(|n| {
            is(n, FREQUENCY_WORDS)
                || is(
                    n,
                    &[
                        "on",
                        "in",
                        "inside",
                        "offline",
                        "natively",
                        "with",
                        "without",
                        "out-of-the-box",
                        "across",
                    ],
                )
        }),
        "learns" => next.is_some_and(|n| n.lower == "to"),
        _ => false,
    }
}

/// "A public roadmap exists": a thing of the team's that exists.
pub(super) fn en_exists(d: &EnDone, i: usize, customers: bool) -> Option<ActivityMatch> {
    let w = d.main[i];
    // "exists", "exist"
    (matches!(w.lower.as_str(), "exists" | "exist")
        && !customers
        && i >= 1
        && !d.ws.iter().any(|x| x.number && !x.aside))
    .then(|| ActivityMatch::new(d.form, w.text.to_string(), "en"))
}

/// "Users can share …": a capability the team built.
pub(super) fn en_can_do(d: &EnDone, i: usize) -> Option<ActivityMatch> {
    let main = &d.main;
    let subordinate = main[..i].iter().any(|x| is(x, EN_SUBORDINATORS));
    if i < 1 || subordinate || main[..i].iter().any(|x| x.number) {
        return None;
    }
    // "can import", "is able to import", "is capable of importing": where the verb is.
    let be = is(main[i - 1], &["is", "are"]);
    let (at, v) = match main[i].lower.as_str() {
        "can" => (
            i + 1,
            main.get(i + 1).and_then(|n| lexicon::en_base(&n.lower))?,
        ),
        "able" if be && main.get(i + 1).is_some_and(|n| n.lower == "to") => (
            i + 2,
            main.get(i + 2).and_then(|n| lexicon::en_base(&n.lower))?,
        ),
        "capable" if be && main.get(i + 1).is_some_and(|n| n.lower == "of") => {
            (i + 2, main.get(i + 2).and_then(|n| en_gerund(&n.lower))?)
        }
        _ => return None,
    };
    // "Users can perform common tasks in less time", "… faster than today": what people
    // can do, compared, is how well it serves them.
    let compared = main[at..].iter().any(|x| is(x, EN_COMPARED));
    // "The cluster can handle 500 concurrent users": a capacity, measured.
    let capacity = matches!(
        v.lemma,
        "handle" | "support" | "serve" | "process" | "sustain" | "withstand" | "host" | "scale"
    ) && main[at + 1..].iter().take(3).any(|x| x.number);
    if capacity {
        return None;
    }
    let able = !en_outcome(&v)
        || matches!(
            v.lemma,
            "share" | "use" | "see" | "get" | "find" | "search" | "book" | "pay" | "order"
        );
    (able && !compared).then(|| {
        let from = if at == i + 1 { i } else { i - 1 };
        let evidence = if at - from > 1 {
            format!("{} … {}", main[from].text, main[at].text)
        } else {
            format!("{} {}", main[from].text, main[at].text)
        };
        ActivityMatch::new(ActivityForm::Deliverable, evidence, "en")
    })
}

/// "We have a …", "libp2p has a …": a thing the team has made.
pub(super) fn en_has_one(d: &EnDone, i: usize) -> Option<ActivityMatch> {
    let w = d.main[i];
    let next = d.main.get(i + 1).copied();
    // "Products have a faster transaction time", "No transactions have a fatal error":
    // a quality or a defect had is a measure of quality, not a thing built.
    let after = &d.main[(i + 2).min(d.main.len())..];
    // The noun phrase had: "a communications runbook" (for outages).
    let np_end = after
        .iter()
        .position(|x| is(x, EN_PREPOSITIONS) || is(x, &["of"]))
        .unwrap_or(after.len());
    let object = &after[..np_end];
    let quality = object.iter().take(4).any(|x| {
        is(x, EN_DE_COMPARATIVES)
            || is(x, EN_SUPERLATIVES)
            || en_noun_in(&x.lower, &EN_RESULT_HEAD_FORMS)
            || en_noun_in(&x.lower, &EN_DEFECT_FORMS)
            // "Engineers have an improved understanding of …", "a clearer view": a change
            // had.
            || (x.lower.ends_with("ed") && lexicon::en_past(&x.lower).is_some_and(|v| en_change(&v)))
            || (x.lower.ends_with("er") && is(x, EN_JUDGEMENTS))
            || (x.lower.ends_with("er")
                && x.lower.len() > 4
                && object
                    .iter()
                    .skip_while(|y| !std::ptr::eq(*y, x))
                    .nth(1)
                    .is_some_and(|y| en_noun_in(&y.lower, &EN_RESULT_HEAD_FORMS)))
    }) || d.main[..i].iter().any(|x| is(x, &["no", "zero", "none"]));
    // "All of our alerts have runbooks": a plural thing made, without an article.
    let made_plural = next.is_some_and(|n| {
        en_plural(&n.lower)
            && (en_noun_in(&n.lower, &EN_ARTEFACT_FORMS)
                || en_noun_in(&n.lower, &EN_DOCUMENT_FORMS))
    });
    (matches!(w.lower.as_str(), "have" | "has" | "'ve")
        && i >= 1
        && (next.is_some_and(|n| is(n, &["a", "an"])) || made_plural)
        && !quality
        && !d.ws.iter().any(|x| x.number))
    .then(|| {
        ActivityMatch::new(
            ActivityForm::Deliverable,
            format!("{} {}", w.text, next.map_or("", |n| n.text)),
            "en",
        )
    })
}

/// Nouns of things gone wrong: had, they measure quality ("have a fatal error").
#[rustfmt::skip]
pub(super) const EN_DEFECTS: &[&str] = &[
    "error", "failure", "bug", "incident", "outage", "crash", "regression", "defect",
    "vulnerability", "downtime", "complaint", "issue", "problem", "violation",
    // What an audit finds: "Zero SOC 2 audit exceptions".
    "exception", "nonconformity", "deviation",
];

pub(super) static EN_DEFECT_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_DEFECTS));

/// "Data warehouse migrated to the cloud", "We've rolled out …": a past participle of a
/// doing verb as the predicate.
pub(super) fn en_done_participle(d: &EnDone, i: usize, customers: bool) -> Option<ActivityMatch> {
    let (main, m) = (&d.main, d.m);
    let w = main[i];
    // "10 customers interviewed", "25 churned accounts called": people the team
    // contacted are counted as its work, as with "Interview 10 customers".
    let contacted = d.crowd_subject
        && i >= 2
        && main[0].number
        && (en_noun_in(&main[i - 1].lower, &EN_OUTSIDERS_FORMS)
            || is(main[i - 1], &["accounts", "prospects", "leads", "donors", "families"]))
        && w.lower.ends_with("ed")
        && lexicon::en_past(&w.lower).is_some_and(|v| EN_CONTACT_VERBS.contains(&v.lemma))
        && (1..i).all(|k| !main[k].number && !is(main[k], EN_AUXILIARIES))
        // Passive: no object after it ("200 customers called us" is what they did).
        && main.get(i + 1).is_none_or(|n| is(n, EN_PREPOSITIONS) || is(n, &["this", "last", "each"]));
    if contacted && !m.bound && !m.share {
        return Some(ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} … {}", main[0].text, w.text),
            "en",
        ));
    }
    // A past participle of a doing verb as the predicate.
    if customers || d.crowd_subject || i == 0 || w.capital && !main[i - 1].ends_clause {
        return None;
    }
    let v = lexicon::en_past(&w.lower)?;
    // "Zero incidents caused by config changes": a verb of causing says where things
    // come from, not what the team did.
    // "The campaign resulted in 65,000 votes": what it led to, likewise.
    if matches!(
        v.lemma,
        "cause" | "trigger" | "attribute" | "relate" | "link" | "result"
    ) {
        return None;
    }
    // "Waste held under budget", "Overtime kept below 5 hours": a level kept, not an
    // event held.
    if matches!(v.lemma, "hold" | "keep" | "maintain")
        && main
            .get(i + 1)
            .is_some_and(|n| is(n, &["below", "under", "above", "within", "at"]))
    {
        return None;
    }
    // "New contributors onboarded": people outside the team as the subject are theirs,
    // unless they are hired; "Forms completed without assistance": done without help
    // is a quality of what customers do.
    // ("Onboarding guide for new contributors published": people after "for" are whom the
    // thing is for.)
    let after_for = main[..i - 1]
        .iter()
        .rev()
        .take(2)
        .any(|x| is(x, &["for", "to", "among"]));
    let people_subject = en_noun_in(&main[i - 1].lower, &EN_OUTSIDERS_FORMS)
        && !EN_STAFF_VERBS.contains(&v.lemma)
        && !after_for;
    // "25 community-maintained plugins listed": things others made and keep.
    let others_made = main[..i].iter().any(|x| {
        [
            "community-",
            "third-party-",
            "user-",
            "partner-",
            "customer-",
            "vendor-",
        ]
        .iter()
        .any(|p| x.lower.starts_with(p) && x.lower.len() > p.len() + 3)
            && lexicon::en_past(x.lower.rsplit('-').next().unwrap_or("")).is_some()
    });
    if others_made {
        return None;
    }
    let unaided = main[i + 1..]
        .iter()
        .take(2)
        .any(|x| is(x, &["without", "unassisted", "unaided"]));
    // "Feature validated and included with deals in the Q3 pipeline": what follows
    // measures it by what buyers do.
    let sold = main[i + 1..].iter().enumerate().any(|(k, x)| {
        x.money
            || is(
                x,
                &[
                    "arr", "iarr", "mrr", "acv", "tcv", "gmv", "revenue", "bookings",
                ],
            )
            || (is(x, &["deals", "opportunities"]) && k > 0 && is(main[i + k], &["with", "in"]))
    });
    if people_subject || unaided || sold {
        return None;
    }
    // "RFC for workspace inheritance accepted", "2025 roadmap shared with the steering
    // committee": a document the team wrote, accepted or shared, is done.
    let document_decided = matches!(v.lemma, "accept" | "approve" | "share" | "sign")
        && main[..i].iter().any(|x| {
            en_noun_in(&x.lower, &EN_DOCUMENT_FORMS)
                || is(
                    x,
                    &[
                        "rfc",
                        "rfcs",
                        "proposal",
                        "proposals",
                        "plan",
                        "plans",
                        "adr",
                        "adrs",
                    ],
                )
        });
    if (en_outcome(&v) && !document_decided)
        || EN_SERVICE_VERBS.contains(&v.lemma) && (m.bound || d.frequency)
    {
        return None;
    }
    if en_service_to_customers(main, i, v) {
        return None;
    }
    // "Processes are well defined", "Docs are fully translated": an adverb of manner
    // between "be" and the participle.
    let p = if i >= 2 && is(main[i - 1], EN_MANNER_ADVERBS) {
        main[i - 2]
    } else {
        main[i - 1]
    };
    // "Get featured in 3 publications", "Become listed in …": a command to be done to
    // by others says what others do ("Every issue gets triaged" is the team's work).
    if i == 1 && is(p, &["get", "become"]) {
        return None;
    }
    // "… as measured by staff surveys", "as assessed by an audit": the participle after
    // "as" names how the title is measured, not what was done.
    if p.lower == "as" {
        return None;
    }
    // "Faster onboarding, enabled by the new guides": a participle after a comma with
    // "by" names the means of what stands before it.
    let means =
        (p.comma || p.ends_clause) && main.get(i + 1).is_some_and(|x| is(x, &["by", "through"]));
    let predicate = en_participle_predicate(p, w, main.get(i + 1).copied());
    // "… and we have identified 10 new code contributors": people outside the team,
    // counted after a perfect tense, are there; unless the team hired, called, trained or
    // served them ("We have interviewed 20 customers").
    let crowd_found = is(p, &["'ve", "have", "has", "had", "we've"])
        && d.ws
            .iter()
            .position(|x| std::ptr::eq(x, w))
            .is_some_and(|at| counts_others(&d.ws[at + 1..]))
        && ![
            EN_STAFF_VERBS,
            EN_CONTACT_VERBS,
            EN_PERFORM_VERBS,
            EN_DEVELOP_VERBS,
        ]
        .iter()
        .any(|l| l.contains(&v.lemma));
    if means || crowd_found || en_done_by_others(main, i) {
        return None;
    }
    // "Hiring managers report that 50 % of new teammates hired …": a subordinate
    // clause, not the title's statement.
    let subordinate = main[..i].iter().any(|x| is(x, EN_SUBORDINATORS));
    let between = if std::ptr::eq(p, main[i - 1]) {
        " "
    } else {
        " … "
    };
    // "… for new contributors published": the people are not what was done.
    // "rolled out": the particle belongs to the participle.
    let particle = main
        .get(i + 1)
        .filter(|n| is(n, EN_PARTICLES))
        .map_or(String::new(), |n| format!(" {}", n.text));
    let evidence = if after_for && en_people_noun(&p.lower) {
        format!("{}{particle}", w.text)
    } else {
        format!("{}{between}{}{particle}", p.text, w.text)
    };
    (predicate && !subordinate).then(|| ActivityMatch::new(d.form, evidence, "en"))
}

/// Particles of phrasal verbs after a participle: "rolled out", "set up", "switched off".
pub(super) const EN_PARTICLES: &[&str] = &["out", "up", "off", "over", "back", "down"];

/// Adverbs of manner that stand between "be" and a participle.
#[rustfmt::skip]
pub(super) const EN_MANNER_ADVERBS: &[&str] = &[
    "well", "fully", "clearly", "properly", "formally", "publicly", "completely", "correctly",
    "successfully", "thoroughly", "officially",
];

/// "Orders shipped on time": a service verb whose subject is customers or what they
/// place, with no form of "be" or "have" before it.
pub(super) fn en_service_to_customers(main: &[&Word], i: usize, v: EnVerb) -> bool {
    // "Orders shipped on time" is a service; "API v2 shipped" output: a service verb
    // serves customers only when they or what they place are its subject.
    // ("Pricing page shipped": a page is made, whatever page views count.)
    let serves = main[..i].iter().any(|x| {
        (en_people_noun(&x.lower) && !en_noun_in(&x.lower, &EN_DOCUMENT_FORMS))
            || en_noun_in(&x.lower, &EN_CONTACT_FORMS)
    });
    EN_SERVICE_VERBS.contains(&v.lemma)
        && serves
        && !is(main[i - 1], &["is", "are", "been", "'ve", "have", "has"])
}

/// Whether the participle `w` after `p` is a predicate: perfect tense, passive, or
/// right after its noun.
pub(super) fn en_participle_predicate(p: &Word, w: &Word, next: Option<&Word>) -> bool {
    let perfect = is(p, &["'ve", "have", "has", "had", "we've"]) || p.lower.ends_with("'ve");
    let passive = is(
        p,
        &[
            "is",
            "are",
            "was",
            "were",
            "been",
            "be",
            "fully",
            "now",
            "successfully",
        ],
    );
    // "Data warehouse migrated to …": after a noun, before the end, a preposition or
    // a comma; not "migrated customers" (an adjective before its noun).
    let after_noun = !is(
        p,
        &[
            "the", "a", "an", "and", "or", "of", "to", "for", "with", "that", "who", "which",
            "not", "also", "never", "no",
        ],
    ) && !p.lower.ends_with("n't")
        && p.lower.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        // "sbws 1.6 released", "v2 shipped": a version names a thing; other numbers count.
        && (!p.number || en_version(&p.lower))
        // "Pricing page redesign shipped": a noun of work the lexicon knows only as a verb.
        && (lexicon::en_base(&p.lower).is_none_or(|pv| pv.also_noun())
            || is(p, EN_ARTEFACTS)
            || en_work_event(p))
        && next.is_none_or(|n| {
            w.ends_clause
                || is(n, EN_PREPOSITIONS)
                // "New CRM rolled out to the sales team": a phrasal verb's particle.
                || is(n, EN_PARTICLES)
                // "New marketing site shipped showing off all features": a participle
                // clause after the predicate.
                || (n.lower.ends_with("ing")
                    && n.lower.len() > 5
                    && en_gerund(&n.lower).is_some()
                    && !en_noun_in(&n.lower, &EN_RESULT_HEAD_FORMS))
        });
    perfect || passive || after_noun
}

/// A version number: "1.6", "2.0.1", "v2".
pub(super) fn en_version(s: &str) -> bool {
    let digits = s.strip_prefix('v').unwrap_or(s);
    !digits.is_empty()
        && (s.starts_with('v') || digits.contains('.'))
        && digits
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// "Reviews written by users", "visited by 10k prospects": what others did is theirs.
pub(super) fn en_done_by_others(main: &[&Word], i: usize) -> bool {
    // A count of agents ("visited by 10k prospects") is a crowd, not the team.
    main.get(i + 1).is_some_and(|n| n.lower == "by")
        && main[i + 2..]
            .iter()
            .take(3)
            .any(|x| en_people_noun(&x.lower) || x.number)
}

/// Nouns of things a team makes: a title that only names one is a deliverable ("Beta
/// release of the mobile app", "Feasibility study for the new warehouse").
#[rustfmt::skip]
pub(super) const EN_ARTEFACTS: &[&str] = &[
    "release", "prototype", "poc", "mvp", "study", "testbed", "revamp", "refresh",
    "redesign", "rewrite", "workshop", "module", "plugin", "library", "sdk", "framework",
    "spec", "specification", "diagram", "whitepaper", "guide", "documentation", "runbook",
    "playbook", "handbook", "template", "roadmap", "website", "app", "implementation",
    "dashboard", "tool", "tooling", "integration",
    // "Release beta version of the product": a version is made and released.
    "version",
];

/// Documents of decisions the team writes, named alone: "Management plan", "Data
/// retention policy", "Segment-specific processes".
pub(super) const EN_DECISION_DOCS: &[&str] = &["plan", "process", "policy", "proposal", "concept"];

pub(super) static EN_DECISION_DOC_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_DECISION_DOCS));

pub(super) static EN_ARTEFACT_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_ARTEFACTS));

/// A deliverable named by a noun phrase alone, or said to exist: "Beta release of the
/// partner app", "Large Scale Testbed", "There is a prototype of the sync engine" — no
/// verb, no number, no people, and a head that is a thing the team makes.
pub(super) fn en_artefact(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if m.strong || m.bound || m.share || ws.iter().any(|w| !w.aside && (w.number || w.percent)) {
        return None;
    }
    let there = ws.len() > 3
        && ws[0].lower == "there"
        && is(&ws[1], &["is", "are"])
        && is(&ws[2], &["a", "an"]);
    // "There is an up-to-date architecture diagram … that links packages to subsystems":
    // a relative clause after the thing that exists describes it.
    let np = if there {
        let clause = ws[3..]
            .iter()
            .position(|w| is(w, EN_SUBORDINATORS))
            .map_or(ws.len(), |k| k + 3);
        &ws[3..clause]
    } else {
        ws
    };
    if np.is_empty() || en_has_predicate(np) {
        return None;
    }
    let people = |w: &Word| en_people_noun(&w.lower);
    if np
        .iter()
        .any(|w| !w.aside && (people(w) || is(w, EN_SUBORDINATORS)))
    {
        return None;
    }
    // A first word that is rather a verb commands or changes something ("Improve the
    // onboarding guide"), unless the title is a name in Title Case.
    let first = np.iter().find(|w| !w.aside)?;
    let title_case = np.iter().filter(|w| !w.aside).all(|w| w.capital);
    if !there
        && !title_case
        && lexicon::en_base(&first.lower).is_some_and(|v| v.verb_senses >= v.noun_senses)
    {
        return None;
    }
    let head = np_head(np)?;
    let made = if there {
        !en_result_object(&head.lower) && !is_measure_noun(&head.lower) && !people(head)
    } else {
        en_noun_in(&head.lower, &EN_ARTEFACT_FORMS)
    };
    made.then(|| {
        let evidence = if there {
            format!("{} {}", ws[0].text, ws[1].text)
        } else {
            head.text.to_string()
        };
        ActivityMatch::new(ActivityForm::Deliverable, evidence, "en")
    })
}

/// A name of a version: "v2", "v1.3", "version".
pub(super) fn version_word(w: &Word) -> bool {
    w.lower == "version"
        || w.lower
            .strip_prefix('v')
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// Stages of a release: a thing said to be in one is a deliverable ("Session replay for
/// mobile in beta", "SDK to GA").
#[rustfmt::skip]
pub(super) const EN_RELEASE_STAGES: &[&str] = &["beta", "alpha", "ga", "preview", "mvp", "rc"];

/// "Session replay in beta", "Android SDK to GA", "API v2 is generally available",
/// "v1 of the usage dashboard": a thing of the team's at a stage of its release.
pub(super) fn en_release_stage(d: &EnDone, i: usize) -> Option<ActivityMatch> {
    let main = &d.main;
    let w = main[i];
    if d.people_counted || d.crowd_subject {
        return None;
    }
    let prev = i.checked_sub(1).map(|p| main[p]);
    let next = main.get(i + 1).copied();
    // "in (public) beta", "to GA", "is GA": a stage after its preposition or "is",
    // and not a modifier ("beta users", "alpha testers").
    let staged = is(w, EN_RELEASE_STAGES)
        && i >= 2
        && main[..i]
            .iter()
            .rev()
            .take(2)
            .any(|x| is(x, &["in", "to", "into", "is", "are", "reaches", "enters"]))
        && next.is_none_or(|n| n.ends_clause || is(n, EN_PREPOSITIONS) || w.ends_clause)
        && !next.is_some_and(|n| en_people_noun(&n.lower));
    // "is generally available", "is now publicly available"
    let available = w.lower == "available"
        && i >= 3
        && prev.is_some_and(|p| p.lower.ends_with("ly"))
        && is(main[i - 2], EN_BE_DONE);
    // "v1 of the usage dashboard", "Version 2 of the API"
    let version_of = i == 0
        && version_word(w)
        && (next.is_some_and(|n| n.lower == "of")
            || next.is_some_and(|n| n.number) && main.get(i + 2).is_some_and(|n| n.lower == "of"));
    (staged || available || version_of).then(|| {
        let evidence = match prev {
            Some(p) if !version_of => format!("{} {}", p.text, w.text),
            _ => w.text.to_string(),
        };
        ActivityMatch::new(ActivityForm::Deliverable, evidence, "en")
    })
}

/// The head of a noun phrase: its last word, outside parentheses, before a preposition,
/// "of", a relative pronoun or a clause end.
pub(super) fn np_head<'w, 'a>(np: &'w [Word<'a>]) -> Option<&'w Word<'a>> {
    let mut head = None;
    for w in np.iter().filter(|w| !w.aside) {
        if is(w, EN_PREPOSITIONS) || is(w, &["of", "about", "that", "which", "who"]) {
            break;
        }
        head = Some(w);
        if w.ends_clause {
            break;
        }
    }
    head
}

/// Adjectives and words that judge a state rather than describe a thing: a noun
/// phrase with one names a quality to reach ("Reliable backups", "Seamless onboarding",
/// "No flaky tests"), not a thing to build.
#[rustfmt::skip]
pub(super) const EN_JUDGEMENTS: &[&str] = &[
    "reliable", "stable", "seamless", "great", "good", "happy", "happier", "healthy",
    "smooth", "easy", "easier", "simple", "simpler", "fast", "faster", "quick", "quicker",
    "better", "excellent", "strong", "stronger", "high", "higher", "low", "lower", "robust",
    "successful", "efficient", "effective", "consistent", "predictable", "sustainable",
    "profitable", "frictionless", "effortless", "delightful", "satisfied", "loyal",
    "engaged", "trusted", "secure", "safe", "resilient", "responsive", "accessible",
    "scalable", "performant", "clear", "clearer", "transparent", "painless", "no", "zero",
    "fewer", "less", "more", "increased", "reduced", "improved", "growing", "thriving",
    "vibrant", "active", "independent", "sustained", "continuous", "rock-solid", "solid",
];

/// Heads of a noun phrase that name a state or quality to reach, not a thing to build:
/// "Code health", "Security posture", "Operational excellence".
#[rustfmt::skip]
pub(super) const EN_STATE_HEADS: &[&str] = &[
    "health", "posture", "hygiene", "culture", "morale", "wellbeing", "well-being",
    "balance", "focus", "alignment", "ownership", "velocity", "throughput", "efficiency",
    "safety", "security", "privacy", "experience", "support", "success", "impact",
    "understanding", "knowledge", "fit", "position", "brand", "image", "relationship",
    "partnership", "presence", "leadership", "excellence", "readiness", "maturity",
    "stability", "reliability", "performance", "resilience", "compliance", "coverage",
];

pub(super) static EN_STATE_HEAD_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_STATE_HEADS));

/// Acronyms of metrics: "WAU of Sourcegraph Cloud" names a measure.
#[rustfmt::skip]
pub(super) const EN_METRIC_ACRONYMS: &[&str] = &[
    "wau", "mau", "dau", "arr", "mrr", "nps", "csat", "kpi", "kpis", "roi", "ltv", "cac",
    "sla", "slo", "slas", "slos", "mttr", "mtbf", "okr", "okrs", "gmv", "aov", "nrr", "grr",
    "iarr", "acv", "tcv", "pql", "pqls", "mql", "mqls", "sql", "sqls",
    // Recovery and finance: "RTO 1h / RPO 15 min verified", "FCF positive in H2".
    "rto", "rpo", "mttd", "fcf", "dso", "ttv", "enps",
];

/// Acronyms of a framework or a kind of target rather than of a measure: a "KPI report"
/// or an "SLA document" is made.
pub(super) const EN_FRAMEWORK_ACRONYMS: &[&str] = &[
    "kpi", "kpis", "okr", "okrs", "sla", "slas", "slo", "slos", "roi",
];

/// German endings of nouns and verbs: a title with such a word is not read by the
/// English noun-phrase rule.
#[rustfmt::skip]
pub(super) const DE_ENDINGS: &[&str] = &[
    "ung", "ungen", "heit", "keit", "schaft", "quote", "rate", "zahl", "zahlen", "fehler",
    "klima", "umsatz", "einsatz", "wesen", "werk", "zeit", "zeiten", "ziel", "ziele",
];

/// Whether a word looks German: umlauts, a German function word, a German noun ending
/// or an infinitive in lower case.
pub(super) fn looks_german(w: &Word) -> bool {
    let long = w.lower.chars().count() > 6;
    w.lower.contains(['ä', 'ö', 'ü', 'ß'])
        || DE_WORDS.contains(&w.lower.as_str())
        || (long && DE_ENDINGS.iter().any(|e| w.lower.ends_with(e)))
        || (infinitive_form(w) && long)
}

/// Whether a word has the form of a German infinitive: lower case, in `-en`, `-ern`, `-eln`.
pub(super) fn infinitive_form(w: &Word) -> bool {
    !w.capital && ["en", "ern", "eln"].iter().any(|e| w.lower.ends_with(e))
}

/// Things a team builds besides `EN_ARTEFACTS`: parts of software and of its delivery.
#[rustfmt::skip]
pub(super) const EN_BUILT: &[&str] = &[
    "page", "mode", "log", "provider", "operator", "client", "server", "service", "portal",
    "marketplace", "checklist", "suite", "engine", "extension", "connector", "component",
    "widget", "endpoint", "feature", "parser", "importer", "exporter", "editor", "script",
    "bot", "chatbot", "theme", "schema", "protocol", "format", "mockup", "wireframe",
    "sandbox", "environment", "cluster", "database", "index", "cache", "queue", "workflow",
    "curriculum", "course", "blog", "podcast", "form", "api", "cli", "sdk", "ui", "ux",
    "interface", "infrastructure", "platform", "system", "backend", "frontend", "pipeline",
    "repository", "repo", "package", "binary", "installer", "image", "container", "daemon",
    "gateway", "node", "network", "testnet", "mainnet", "wallet", "explorer", "tracker",
    "calculator", "generator", "simulator", "emulator", "validator", "linter", "formatter",
    "debugger", "profiler", "monitor", "observer", "scheduler", "runner", "agent",
    "driver", "video", "teaser", "trailer", "screencast",
    // "Create engagement program", "Launch a referral programme": a programme is set up.
    "program", "programme",
];

pub(super) static EN_BUILT_FORMS: LazyLock<HashSet<String>> = LazyLock::new(|| en_forms(EN_BUILT));

/// Whether a word names a technical thing: an acronym ("SAML", "DOM"), a name with
/// capitals or digits inside ("GraphQL", "libp2p", "v2") or, first in the title, a name
/// written in lower case ("js-cluster client").
pub(super) fn technical_name(w: &Word, first: bool) -> bool {
    let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
    let upper = w.text.chars().filter(|c| c.is_uppercase()).count();
    let acronym = letters >= 2 && upper == letters;
    let inner_capital = w.text.chars().skip(1).any(|c| c.is_uppercase()) && upper < letters;
    let inner_digit = !w.number && w.text.chars().any(|c| c.is_ascii_digit());
    let code_name = first && !w.capital && w.text.contains(['-', '.', '_']);
    acronym || inner_capital || inner_digit || code_name
}

/// Words that keep a noun phrase from naming a thing built: numbers, people, judgements,
/// pronouns, German words and metric acronyms.
pub(super) fn np_word_blocked(w: &Word) -> bool {
    const PRONOUNS_AND_OTHERS: &[&str] = &[
        "we",
        "our",
        "i",
        "my",
        "you",
        "your",
        "they",
        "their",
        "not",
        "is",
        "are",
        "third-party",
        "external",
        "community",
        "partner",
        "partners",
    ];
    w.number
        || w.percent
        || w.lower.contains(['\'', '/'])
        || looks_german(w)
        || is(w, EN_METRIC_ACRONYMS)
        || is(w, EN_JUDGEMENTS)
        || is(w, EN_SUPERLATIVES)
        || is(w, EN_SUBORDINATORS)
        || is(w, EN_NOT_COMMANDS)
        || is(w, PRONOUNS_AND_OTHERS)
        || is(w, &["bigger", "smaller", "cheaper", "safer"])
}

/// Whether a noun phrase's head names a state, quality or measure rather than a thing.
pub(super) fn np_state_head(head: &Word) -> bool {
    en_result_object(&head.lower)
        || is_measure_noun(&head.lower)
        || is(head, EN_METRIC_HEADS)
        || en_noun_in(&head.lower, &EN_STATE_HEAD_FORMS)
        || head.lower.ends_with("ence")
        || head.lower.ends_with("ance")
}

/// A thing named and nothing said of it: "Declarative shadow DOM", "Pinning service for
/// IPFS Camp", "js-cluster client" — a short noun phrase with no verb, no number, no
/// people, no judgement and no measure names what the team builds.
pub(super) fn en_named_thing(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if m.strong || m.bound || m.share {
        return None;
    }
    // The first sentence; a reference after it ("… DOM. crbug.com/1042130") is an aside.
    let end = ws
        .iter()
        .position(|w| w.ends_clause)
        .map_or(ws.len(), |k| k + 1);
    let np = &ws[..end];
    let main: Vec<&Word> = np.iter().filter(|w| !w.aside).collect();
    // One word alone is rather a label or an identifier than a name of a thing.
    if main.len() < 2
        || main.len() > 6
        || en_has_predicate(np)
        || ws.iter().any(|w| !w.aside && (w.number || w.percent))
    {
        return None;
    }
    if main.iter().any(|w| np_word_blocked(w)) {
        return None;
    }
    let head = np_head(np)?;
    let made = en_noun_in(&head.lower, &EN_ARTEFACT_FORMS)
        || en_noun_in(&head.lower, &EN_BUILT_FORMS)
        || en_noun_in(&head.lower, &EN_DECISION_DOC_FORMS);
    // People named: what they do or get is theirs ("Customer referrals"), unless they
    // only say whom a thing made is for ("Customer health dashboard", "Self-serve billing
    // for SMB customers").
    // "Customers describe the handbook as …": people first, in the plural, are the
    // subject of what follows.
    let subject = en_people_noun(&main[0].lower) && main[0].lower.ends_with('s');
    if subject
        || main.iter().any(|w| {
            en_people_noun(&w.lower)
                && (!made || std::ptr::eq(*w, head))
                && !(made && is(w, &["page", "pages"]))
        })
    {
        return None;
    }
    let first = main[0];
    let title_case = main
        .iter()
        .all(|w| w.capital || is(w, EN_PREPOSITIONS) || is(w, &["of"]));
    // A first word that is rather a verb ("Improve DHT scalability") commands, and one
    // in -ly ("Successfully …") qualifies one; a gerund before an object is a command.
    let verb_first = lexicon::en_base(&first.lower).is_some_and(|v| v.verb_senses >= v.noun_senses)
        || (first.lower.ends_with("ly") && first.lower.len() > 4)
        || (en_gerund(&first.lower).is_some()
            && main.get(1).is_none_or(|n| is(n, EN_OBJECT_STARTERS)));
    // "Increase CTR from paid ads": a verb of change first commands a change of a metric.
    let change_first =
        lexicon::en_base(&first.lower).is_some_and(|v| v.lemma == first.lower && en_outcome(&v));
    if (verb_first || change_first) && !title_case {
        return None;
    }
    let state = np_state_head(head);
    // A name of a technical thing ("SAML", "libp2p", "GraphQL", "js-cluster") or a head
    // that is a thing made ("Public status page"), not a word of business ("Positive cash
    // flow", "Executive sponsorship").
    let technical = main
        .iter()
        .enumerate()
        .any(|(k, w)| technical_name(w, k == 0));
    (!state && (technical || made))
        .then(|| ActivityMatch::new(ActivityForm::Deliverable, head.text.to_string(), "en"))
}

/// Verbs of giving one's own time or money to work.
#[rustfmt::skip]
pub(super) const EN_EFFORT_VERBS: &[&str] = &[
    "devote", "dedicate", "spend", "allocate", "invest", "reserve", "budget",
];

/// Effort put in, counted: "Each team member devotes 2d per milestone to tech debt",
/// "Spend 20% of engineering time on reliability" — an input, however it is measured.
/// What customers spend ("Users spend 10 minutes a day in the app") is theirs, and a
/// ceiling ("spend less than 5 % on …") limits a cost.
/// A unit of time spent: "hours", "mins", "days".
fn en_duration(w: &Word) -> bool {
    is(w, DURATION_UNITS) || is(w, &["hrs", "hr", "mins"])
}

pub(super) fn en_effort(ws: &[Word]) -> Option<ActivityMatch> {
    // "Do 20 hours of deep work per week", "Get 150 minutes of exercise every week",
    // "Log 10 hours of practice": a light verb and an amount of time spent on a doing.
    if is(&ws[0], &["do", "get", "log", "put", "clock"])
        && ws.get(1).is_some_and(|n| n.number && !n.percent)
        && ws.get(2).is_some_and(en_duration)
        && ws.get(3).is_some_and(|n| n.lower == "of")
        && ws.get(4).is_some_and(|n| !en_people_noun(&n.lower))
    {
        return Some(ActivityMatch::new(
            ActivityForm::Habit,
            format!("{} {} {}", ws[0].text, ws[1].text, ws[2].text),
            "en",
        ));
    }
    let (i, w) = ws.iter().enumerate().take(8).find(|(k, w)| {
        !w.aside
            && lexicon::en_base(&w.lower)
                .or_else(|| lexicon::en_third_person(&w.lower))
                .or_else(|| (*k == 0).then(|| en_gerund(&w.lower)).flatten())
                .is_some_and(|v| EN_EFFORT_VERBS.contains(&v.lemma))
    })?;
    let staff = |k: usize| k > 0 && is(&ws[k - 1], &["team", "staff", "crew"]);
    let others = ws[..i].iter().enumerate().any(|(k, x)| {
        let people = en_people_noun(&x.lower);
        people && !staff(k) && !is(x, &["team", "teams"])
    });
    if others || (i > 0 && ws[..i].iter().any(|x| x.number || x.percent)) {
        return None;
    }
    // "Decrease infrastructure spend per customer …": after a verb of change, or before
    // "per", the word is a noun, the cost measured.
    let changed = i > 0
        && lexicon::en_base(&ws[0].lower).is_some_and(|v| en_outcome(&v))
        && !ws[0].lower.ends_with('s');
    if changed || ws.get(i + 1).is_some_and(|n| is(n, &["per", "pro"])) {
        return None;
    }
    let rest = &ws[i + 1..];
    let amount = rest.iter().take(4).position(|x| x.number || x.percent)?;
    let ceiling = rest[..amount].iter().any(|x| {
        is(
            x,
            &[
                "less", "fewer", "under", "below", "max", "maximum", "most", "only", "no",
            ],
        )
    });
    // The amount goes to something: "… to tech debt", "… on reliability", or to a
    // doing: "Spend 40 hours mentoring peers", "Spend 25% of my time testing".
    let doing = rest[amount..]
        .iter()
        .enumerate()
        .skip(1)
        .take(5)
        .any(|(k, x)| {
            en_gerund(&x.lower).is_some()
                && rest[amount + 1..amount + k]
                    .iter()
                    .any(|t| en_duration(t) || t.lower == "time")
        });
    let aimed = doing
        || rest[amount..]
            .iter()
            .any(|x| is(x, &["to", "on", "in", "into", "for"]));
    (!ceiling && aimed).then(|| {
        ActivityMatch::new(
            ActivityForm::Habit,
            format!("{} {}", w.text, rest[amount].text),
            "en",
        )
    })
}

/// Verbs of reworking what the team itself owns: code, tests, tasks, systems.
#[rustfmt::skip]
pub(super) const EN_REWORK_VERBS: &[&str] = &[
    "migrate", "automate", "port", "convert", "refactor", "rewrite", "containerize",
    "containerise", "decommission", "deprecate", "retire", "modernize", "modernise",
    "dockerize", "document", "patch", "upgrade", "encrypt", "reimage",
];

/// A share of the team's own things reworked: "Migrate 95% of e2e tests to GraphQL",
/// "Automate 30% of DevOps tasks" — the share counts work done, unless what is counted
/// are people or their deeds ("Migrate 80% of customers to the new plan").
pub(super) fn en_share_of_work(ws: &[Word]) -> Option<ActivityMatch> {
    let first = ws.first()?;
    let verb = lexicon::en_base(&first.lower)?;
    // Any other verb of doing ("Map 100 % of intake processes", "Review 80 % of the
    // standards") counts work done when the share is the only measure and its head
    // names no people and nothing they send.
    let rework = EN_REWORK_VERBS.contains(&verb.lemma);
    let doing = !en_outcome(&verb)
        && !EN_SERVICE_VERBS.contains(&verb.lemma)
        && !EN_USES.contains(&verb.lemma)
        && !is(first, EN_CONTACT_VERBS)
        && !EN_DEVELOP_VERBS.contains(&verb.lemma)
        && !EN_STAFF_VERBS.contains(&verb.lemma)
        && ws
            .iter()
            .enumerate()
            .filter(|&(k, w)| {
                // "… for one beta use case": a number word in a phrase after the object
                // names its scope.
                let scope = k > 1
                    && !w.lower.starts_with(|c: char| c.is_ascii_digit())
                    && is(&ws[k - 1], EN_PREPOSITIONS);
                w.number && !scope
            })
            .count()
            == 1
        && !ws.iter().any(|w| is(w, &["from", "by", "within", "than"]));
    if !rework && !doing {
        return None;
    }
    // The share right after the verb, or after a thing made and "for", "on", "across" or
    // "in": "Implement automated alerts for 90 % of critical indicators".
    let s = if ws.get(1).is_some_and(|w| w.number) {
        1
    } else {
        let k = ws
            .iter()
            .take(6)
            .position(|w| w.number)
            .filter(|&k| k >= 3)?;
        let made = &ws[1..k - 1];
        // The thing made is no people, nothing they send and no measure.
        let head = made.last()?;
        let framed = is(&ws[k - 1], &["for", "on", "across", "in"])
            && !others_noun(&head.lower)
            && !en_noun_in(&head.lower, &EN_CUSTOMER_FORMS)
            && !en_noun_in(&head.lower, &EN_OUTSIDERS_FORMS)
            && !en_result_object(&head.lower)
            && !is_measure_noun(&head.lower)
            && !made
                .iter()
                .any(|w| is(w, EN_PREPOSITIONS) || w.aside || w.ends_clause);
        if !framed || rework {
            return None;
        }
        k
    };
    let share = &ws[s];
    // "30%" or "30 %".
    let at = if share.percent {
        s + 1
    } else if ws.get(s + 1).is_some_and(|w| w.lower == "%") {
        s + 2
    } else {
        return None;
    };
    let of = ws.get(at).is_some_and(|w| w.lower == "of");
    let object = ws.get(at + 1..)?;
    let head = en_object_head(object)?;
    let np: Vec<&Word> = object
        .iter()
        .take_while(|w| !std::ptr::eq(*w, head))
        .chain(std::iter::once(head))
        .collect();
    // "80% of customer accounts" are theirs; "100% of customer data" is the team's to move.
    // "30% of incoming questions": what comes in is sent by others.
    let theirs = en_people_noun(&head.lower)
        || np.iter().any(|w| is(w, &["incoming", "inbound"]))
        || np
            .iter()
            .any(|w| en_people_noun(&w.lower) && !is(w, &["customer", "user", "client"]));
    let people = np
        .iter()
        .any(|w| en_noun_in(&w.lower, &EN_OUTSIDERS_FORMS) || people_form(w) || is(w, OWN_PEOPLE))
        || en_own_staff(&object[..np.len()]);
    // "Convert 12 % of visitors into registered users": people turned into people.
    let turned_into_people = object[np.len()..]
        .first()
        .is_some_and(|w| is(w, &["into", "to"]))
        && object[np.len() + 1..]
            .iter()
            .take(3)
            .any(|w| en_people_noun(&w.lower) || is(w, &["paid", "paying"]));
    if turned_into_people {
        return None;
    }
    let fault = defect_word(&head.lower) || en_noun_in(&head.lower, &EN_DEFECT_FORMS);
    let plain_ok = rework || !(people || fault);
    (of && plain_ok && !theirs && !en_result_object(&head.lower) && !is_measure_noun(&head.lower))
        .then(|| {
            // "Write weekly updates for 90% of weeks": a routine kept in most periods.
            let form = if share_of_periods(ws, s) {
                ActivityForm::Habit
            } else {
                ActivityForm::OutputCount
            };
            ActivityMatch::new(
                form,
                format!("{} {}", first.text, share_text(ws, at - 1)),
                "en",
            )
        })
}

/// A share of the team's own things in a state of work done: "50 % of all new features
/// have been tested for accessibility", "100 % of systems have delivered a release",
/// "80 % of services migrated to Kubernetes" — the share counts work done, unless others
/// are counted, did it ("… reviewed by customers") or use it.
pub(super) fn en_share_done(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    // "… have delivered at least one release": a minimum count of things made is no
    // service level; a time limit or a comparison is.
    let minimum_only = ws.iter().enumerate().any(|(k, w)| {
        (w.lower == "least" && k > 0 && ws[k - 1].lower == "at") || w.lower == "mindestens"
    }) && !ws.iter().any(|w| {
        is(w, DURATION_UNITS)
            || is(
                w,
                &[
                    "within", "under", "below", "above", "over", "less", "more", "than",
                ],
            )
    });
    if m.bound && !minimum_only || m.strong && !m.share {
        return None;
    }
    let p = ws.iter().position(|w| w.percent && !w.aside)?;
    let mut k = p + 1;
    if ws.get(k).is_some_and(|w| w.lower == "%") {
        k += 1;
    }
    if ws.get(k).is_none_or(|w| w.lower != "of") {
        return None;
    }
    let object = &ws[k + 1..];
    // The noun phrase counted, up to its predicate; its first word is none ("… of
    // churned customers interviewed").
    let pred = 1 + object.get(1..)?.iter().position(|w| {
        is(
            w,
            &[
                "have", "has", "are", "is", "were", "was", "will", "shall", "must", "should",
            ],
        ) || (lexicon::en_past(&w.lower).is_some() && w.lower.ends_with("ed"))
    })?;
    let np = &object[..pred];
    let head = np.last()?;
    // "90 % of residents who visited the office were satisfied": what follows "who" is
    // the people's own deed, and the share of them is theirs.
    if head.lower == "who" {
        return None;
    }
    let made = en_noun_in(&head.lower, &EN_BUILT_FORMS)
        || en_noun_in(&head.lower, &EN_ARTEFACT_FORMS)
        || en_noun_in(&head.lower, &EN_DOCUMENT_FORMS)
        || (en_output_noun(&head.lower) && !two_way(&head.lower));
    let theirs = np.iter().any(|w| {
        en_people_noun(&w.lower) || w.lower.contains("user") || w.lower.contains("customer")
    });
    // A head that is neither made nor anyone's ("processes", "standards", "areas") is the
    // team's when a participle of doing work on it follows; people, measures, defects
    // and what customers send are left to the rules of their own.
    let plain = !made
        && !np_people(np)
        && !is_measure_noun(&head.lower)
        && !en_result_object(&head.lower)
        && !defect_word(&head.lower)
        && !en_noun_in(&head.lower, &EN_DEFECT_FORMS);
    // "80 % of churned customers interviewed": people the team calls, visits or asks,
    // counted by a share, are its work (within a time limit, a service level).
    let contacted = object
        .get(pred)
        .filter(|w| w.lower.ends_with("ed"))
        .and_then(|w| lexicon::en_past(&w.lower))
        .is_some_and(|v| {
            matches!(
                v.lemma,
                "interview"
                    | "call"
                    | "visit"
                    | "contact"
                    | "survey"
                    | "invite"
                    | "phone"
                    | "email"
            )
        });
    if contacted && (theirs || np_people(np)) && !m.bound {
        return Some(ActivityMatch::new(
            ActivityForm::OutputCount,
            format!(
                "{} of {} {}",
                share_text(ws, p),
                head.text,
                object[pred].text
            ),
            "en",
        ));
    }
    if !(made || plain) || theirs || np.iter().any(|w| w.number) {
        return None;
    }
    // "have been tested", "have delivered", "migrated": a participle of doing.
    let rest = &object[pred..];
    // "100 % of services have a runbook": a thing made for each.
    let had = is(&rest[0], &["have", "has"])
        && rest.get(1).is_some_and(|a| is(a, &["a", "an"]))
        && en_object_head(&rest[2..]).is_some_and(|h| {
            en_noun_in(&h.lower, &EN_ARTEFACT_FORMS)
                || en_noun_in(&h.lower, &EN_DOCUMENT_FORMS)
                || en_noun_in(&h.lower, &EN_DECISION_DOC_FORMS)
        });
    if had {
        return Some(ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} of {} have", share_text(ws, p), head.text),
            "en",
        ));
    }
    // "100% of our services are running on AWS": the team's things moved onto a
    // platform; how many are up at a time ("99.9 % of services are running") is uptime.
    let moved_onto = is(&rest[0], &["are", "is"])
        && rest
            .get(1)
            .is_some_and(|w| is(w, &["running", "hosted", "deployed", "live"]))
        && rest.get(2).is_some_and(|w| is(w, &["on", "in"]))
        && rest.len() > 3
        && !m.bound;
    if moved_onto {
        return Some(ActivityMatch::new(
            ActivityForm::Deliverable,
            // The words as written, so that the finding can point at them.
            format!("{} {} {}", rest[1].text, rest[2].text, rest[3].text),
            "en",
        ));
    }
    let participle = rest
        .iter()
        .take(3)
        .find(|w| lexicon::en_past(&w.lower).is_some() && w.lower.ends_with("ed"))?;
    let verb = lexicon::en_past(&participle.lower)?;
    if en_outcome(&verb) || EN_USES.contains(&verb.lemma) || defect_word(&participle.lower) {
        return None;
    }
    // Without a thing made, a service the team gives ("answered", "resolved") is its
    // service level.
    if plain && EN_SERVICE_VERBS.contains(&verb.lemma) {
        return None;
    }
    let by_others = rest.iter().enumerate().any(|(j, w)| {
        w.lower == "by"
            && rest[j + 1..]
                .iter()
                .take(3)
                .any(|x| en_people_noun(&x.lower))
    });
    // "95 % of permits issued by their promised time", "… on time": a share done in time
    // is a service level.
    let in_time = rest.iter().enumerate().any(|(j, w)| {
        (is(w, &["on", "in"]) && rest.get(j + 1).is_some_and(|t| t.lower == "time"))
            || (w.lower == "by"
                && rest[j + 1..]
                    .iter()
                    .take(4)
                    .any(|x| is(x, &["time", "deadline", "due"])))
    });
    if in_time {
        return None;
    }
    (!by_others && !output_qualified(&rest[1..])).then(|| {
        ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} of {} {}", share_text(ws, p), head.text, participle.text),
            "en",
        )
    })
}

/// The share at `p` as written, with its number when "%" stands alone: "80 %".
pub(super) fn share_text(ws: &[Word], p: usize) -> String {
    match p.checked_sub(1).map(|q| &ws[q]) {
        Some(n) if ws[p].text == "%" && n.number => format!("{} %", n.text),
        _ => ws[p].text.to_string(),
    }
}

/// Whether a noun phrase names people, the team's own or others: "employees", "school
/// principals", "Mitarbeitende".
pub(super) fn np_people(np: &[Word]) -> bool {
    np.iter().any(|w| {
        en_people_noun(&w.lower)
            || en_noun_in(&w.lower, &EN_OUTSIDERS_FORMS)
            || people_form(w)
            || is(w, OWN_PEOPLE)
    }) || en_own_staff(np)
}

/// Nouns of documents the team writes and keeps.
#[rustfmt::skip]
pub(super) const EN_DOCUMENTS: &[&str] = &[
    "handbook", "documentation", "docs", "doc", "wiki", "readme", "manual", "faq", "section",
    "page", "repo", "repository", "playbook", "runbook", "guide", "guideline", "policy",
    "template", "spec", "specification", "roadmap", "website", "site", "summary",
];

pub(super) static EN_DOCUMENT_FORMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| en_forms(EN_DOCUMENTS));

/// Verbs that say what a document holds.
#[rustfmt::skip]
pub(super) const EN_CONTENT_VERBS: &[&str] = &[
    "outline", "describe", "document", "contain", "cover", "explain", "list", "include",
    "define", "detail", "specify", "capture", "reflect", "show",
];

/// A document said to hold something, or to be current: "Handbook outlines onboarding
/// requirements", "Handbook to contain tasks for each new role", "The sales section is up
/// to date" — writing it is the team's work.
pub(super) fn en_document(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if m.strong || m.share || m.bound {
        return None;
    }
    // The subject: up to five words before the verb, the last one a document.
    let (i, _) = ws.iter().enumerate().take(6).skip(1).find(|(k, w)| {
        let content = lexicon::en_third_person(&w.lower)
            .is_some_and(|v| EN_CONTENT_VERBS.contains(&v.lemma))
            || ((ws[k - 1].lower == "to" || en_plural(&ws[k - 1].lower))
                && lexicon::en_base(&w.lower).is_some_and(|v| EN_CONTENT_VERBS.contains(&v.lemma)));
        let after: Vec<&str> = ws[k + 1..]
            .iter()
            .take(3)
            .map(|n| n.lower.as_str())
            .collect();
        let current = is(w, &["is", "are"])
            && (matches!(after.first(), Some(&"up-to-date" | &"current"))
                || after.starts_with(&["up", "to", "date"]));
        content || current
    })?;
    let end = if ws[i - 1].lower == "to" { i - 1 } else { i };
    let subject = &ws[..end];
    let head = subject.last()?;
    let plain = subject.iter().all(|x| {
        !x.number && !x.aside && !x.ends_clause && !is(x, EN_PREPOSITIONS) && !is(x, &["of"])
    });
    let people = subject.iter().any(|x| {
        en_noun_in(&x.lower, &EN_CUSTOMER_FORMS) && !en_noun_in(&x.lower, &EN_DOCUMENT_FORMS)
    });
    (plain && !people && en_noun_in(&head.lower, &EN_DOCUMENT_FORMS)).then(|| {
        ActivityMatch::new(
            ActivityForm::Deliverable,
            format!("{} {}", head.text, ws[i].text),
            "en",
        )
    })
}

/// Whether a verb's lemma is one of the words of a list.
pub(super) fn is_lemma(v: &EnVerb, list: &[&str]) -> bool {
    list.contains(&v.lemma)
}

/// A deliverable named by its participle first: "Redesigned onboarding flow",
/// "Simplified and improved UX", "Published at …" — work stated as done, with no
/// predicate after it and no measure.
pub(super) fn en_done_first(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    let first = ws.first()?;
    if ws.len() < 2 || m.strong || m.bound {
        return None;
    }
    // "Contacted 50 leads", "Interviewed 20 customers": people the team worked on,
    // counted right after the participle, are its output.
    let worked_on = lexicon::en_past(&first.lower).is_some_and(|v| {
        v.lemma != first.lower
            && (is_lemma(&v, EN_CONTACT_VERBS) || EN_FINDING_VERBS.contains(&v.lemma))
    });
    if worked_on
        && ws[1].number
        && !ws[1].percent
        && ws.get(2).is_some_and(|w| !is(w, &["%", "of"]))
    {
        return Some(ActivityMatch::new(
            ActivityForm::OutputCount,
            format!("{} {}", first.text, ws[1].text),
            "en",
        ));
    }
    // "Published the 2024 roadmap": a year names, it does not count.
    if ws.iter().any(|w| (w.number && !is_year(w)) || w.percent) {
        return None;
    }
    let doing_past = |w: &Word| {
        (w.lower.ends_with("ed") || lexicon::en_past(&w.lower).is_some_and(|v| v.lemma != w.lower))
            && lexicon::en_past(&w.lower).is_some_and(|v| {
                !en_outcome(&v) && !EN_SERVICE_VERBS.contains(&v.lemma) && v.lemma != w.lower
            })
    };
    // "Clearly defined new role …": an adverb may stand before the participle.
    let adverb = first.lower.ends_with("ly")
        && first.lower.len() > 4
        && lexicon::en_base(&first.lower).is_none()
        && ws.get(1).is_some_and(&doing_past);
    if !first.capital || !(doing_past(first) || adverb) {
        return None;
    }
    // "Simplified and improved UX": a second participle may follow.
    let mut at = usize::from(adverb) + 1;
    if ws.get(at).is_some_and(|w| w.lower == "and")
        && ws
            .get(at + 1)
            .is_some_and(|w| lexicon::en_past(&w.lower).is_some())
    {
        at += 2;
    }
    let rest = &ws[at..];
    let next = rest.first()?;
    if en_people_noun(&next.lower) {
        return None;
    }
    if en_has_predicate(rest) {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Deliverable,
        ws[..at]
            .iter()
            .map(|w| w.text)
            .collect::<Vec<_>>()
            .join(" "),
        "en",
    ))
}

/// Words of how often, before a noun or after it: "Weekly reviews", "Roundtables monthly".
#[rustfmt::skip]
pub(super) const EN_FREQUENCY_ADJECTIVES: &[&str] = &[
    "daily", "weekly", "monthly", "quarterly", "biweekly", "bi-weekly", "yearly", "fortnightly",
];

/// "Daily meditation", "Regular Mandarin practice": the head of
/// the phrase after a frequency names a doing (a gerund, a noun made of a verb) that
/// changes no metric; "Monthly recurring revenue" names a metric by its head.
pub(super) fn en_doing_named<'w, 'a>(ws: &'w [Word<'a>]) -> Option<&'w Word<'a>> {
    let end = ws
        .iter()
        .position(|w| is(w, EN_PREPOSITIONS) || w.number || w.percent)
        .unwrap_or(ws.len());
    let head = ws[..end].last()?;
    if end > 2 || head.capital || is_measure_noun(&head.lower) || en_result_object(&head.lower) {
        return None;
    }
    let made_of = |l: &str| {
        if l.ends_with("ing") {
            en_gerund(l)
        } else if l.ends_with("tion") || l == "practice" {
            en_noun_verb(l)
        } else {
            None
        }
    };
    made_of(&head.lower)
        .filter(|v| !en_outcome(v) && !EN_SERVICE_VERBS.contains(&v.lemma))
        .map(|_| head)
}

/// A routine: "We review every escalation weekly", "Weekly per-team reviews of …".
pub(super) fn en_habit(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if m.strong {
        return None;
    }
    let first = &ws[0];
    // "Weekly per-team reviews …": a frequency, then an activity noun.
    if is(first, EN_FREQUENCY_ADJECTIVES) || is(first, &["regular", "annual"]) {
        if let Some(n) = ws[1..]
            .iter()
            .take(5)
            .find(|w| en_output_noun(&w.lower) || en_noun_in(&w.lower, &EN_ROUTINE_FORMS))
            .or_else(|| en_doing_named(&ws[1..]))
        {
            return Some(ActivityMatch::new(
                ActivityForm::Habit,
                format!("{} … {}", first.text, n.text),
                "en",
            ));
        }
    }
    if let Some(found) = en_unit_routine(ws) {
        return Some(found);
    }
    // "New project onboarding sessions quarterly", "Customer roundtables monthly": an
    // output or a gathering, then its frequency last.
    let last = &ws[ws.len() - 1];
    if ws.len() >= 2
        && !is(first, &["we", "i"])
        && (is(last, EN_FREQUENCY_ADJECTIVES) || last.lower == "annually")
        && lexicon::en_base(&first.lower).is_none_or(|v| v.lemma != first.lower)
    {
        if let Some(n) = ws[..ws.len() - 1]
            .iter()
            .rev()
            .take(3)
            .find(|w| en_output_noun(&w.lower) || en_noun_in(&w.lower, &EN_ROUTINE_FORMS))
            // "Website visits monthly": visits go both ways.
            .filter(|n| !two_way(&n.lower) || outbound(ws))
        {
            return Some(ActivityMatch::new(
                ActivityForm::Habit,
                format!("{} … {}", n.text, last.text),
                "en",
            ));
        }
    }
    // "Team members regularly contribute to …", "Our engineers routinely review …": the
    // team's own people and how often they do something.
    if let Some(found) = en_staff_routine(ws, m) {
        return Some(found);
    }
    // "We (proactively) review …": the team, then a verb of work.
    let (verb_at, v) = en_we_verb(ws)?;
    let w = &ws[verb_at];
    if en_outcome(&v) || EN_AUXILIARIES.contains(&w.lower.as_str()) {
        return None;
    }
    if EN_SERVICE_VERBS.contains(&v.lemma) && (m.bound || m.share) {
        return None;
    }
    let form = if has_frequency(ws) {
        ActivityForm::Habit
    } else {
        ActivityForm::Imperative
    };
    let between = if verb_at == 1 { " " } else { " … " };
    Some(ActivityMatch::new(
        form,
        format!("{}{between}{}", first.text, w.text),
        "en",
    ))
}

/// The team's own people first (at most four words), an adverb of how often, then a verb
/// of work that is no change of an outcome: "2i2c team members regularly contribute to
/// Pangeo", "All engineers routinely pair on reviews".
fn en_staff_routine(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    let at = ws.iter().take(5).position(|w| {
        is(
            w,
            &[
                "regularly",
                "routinely",
                "consistently",
                "always",
                "continuously",
                "frequently",
            ],
        )
    })?;
    // "… consistently deliver on time": how well, not what they do.
    let on_time = ws
        .windows(2)
        .any(|p| is(&p[0], &["on", "in"]) && p[1].lower == "time");
    if at == 0 || m.share || m.bound || on_time || !en_own_staff(&ws[..at]) {
        return None;
    }
    let w = ws.get(at + 1)?;
    let v = lexicon::en_base(&w.lower)?;
    if en_outcome(&v) || EN_AUXILIARIES.contains(&w.lower.as_str()) {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Habit,
        format!("{} {}", ws[at].text, w.text),
        "en",
    ))
}

/// "We (proactively) review …", "I would need to market my writings", "We will hire …":
/// the verb the writer or the team does, after adverbs, a modal or "need to"; where it
/// stands and its base form.
pub(super) fn en_we_verb(ws: &[Word]) -> Option<(usize, EnVerb)> {
    if !is(&ws[0], &["we", "i"]) {
        return None;
    }
    let mut at = ws[1..]
        .iter()
        .position(|w| !(w.lower.ends_with("ly") && lexicon::en_base(&w.lower).is_none()))?
        + 1;
    while ws
        .get(at)
        .is_some_and(|w| is(w, &["will", "would", "shall", "should", "must", "'ll"]))
    {
        at += 1;
    }
    if ws.get(at + 1).is_some_and(|n| n.lower == "to")
        && ws.get(at).is_some_and(|w| {
            is(
                w,
                &["need", "needs", "want", "have", "plan", "aim", "intend"],
            )
        })
    {
        at += 2;
    }
    let v = lexicon::en_base(&ws.get(at)?.lower)?;
    Some((at, v))
}

/// "Alle Beraterinnen im Team bieten in jeder Beratung ein Upgrade an", "Our account
/// managers review the plan at every QBR": the team's own people doing something on
/// every occasion of a kind is a routine, unless the title measures or names a change.
pub(super) fn occasion_routine(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    if m.strong || m.bound || ws.iter().any(|w| w.percent) {
        return None;
    }
    let j = (1..ws.len().saturating_sub(1)).find(|&j| {
        is(
            &ws[j],
            &["jeder", "jedem", "jedes", "jede", "jeden", "every", "each"],
        ) && is(
            &ws[j - 1],
            &[
                "in", "bei", "nach", "vor", "zu", "an", "at", "after", "before", "during", "in",
                "on",
            ],
        ) && !is(&ws[j + 1], TIME_UNITS)
            && !is(&ws[j + 1], WEEKDAYS)
            && !ws[j + 1].number
    })?;
    let subject = &ws[..j - 1];
    let own = subject.iter().position(|w| {
        (w.lower.ends_with("team") && !others_noun(&w.lower))
            || w.lower.starts_with("mitarbeit")
            || is(w, OWN_PEOPLE)
            || is(w, &["wir", "we"])
    });
    let own = own.or_else(|| {
        subject
            .iter()
            .position(|w| en_noun_in(&w.lower, &EN_OWN_STAFF_FORMS))
            .filter(|_| en_own_staff(subject))
    })?;
    // "Alle Beraterinnen im Team": people of the team are its own, customers are not.
    let team = subject.iter().any(|w| w.lower.ends_with("team"));
    let others = subject.iter().any(|w| {
        DE_OTHERS_SET.contains(&w.lower)
            || people_form(w) && !w.lower.starts_with("mitarbeit") && !team
            || en_noun_in(&w.lower, &EN_CUSTOMER_FORMS)
    });
    let change = ws.iter().any(|w| {
        !w.capital
            && (de_outcome_verb(&w.lower)
                || de_outcome_participle(&w.lower)
                || lexicon::en_third_person(&w.lower)
                    .or_else(|| lexicon::en_base(&w.lower))
                    .is_some_and(|v| en_outcome(&v) && !matches!(v.lemma, "hold" | "have")))
    });
    // The evidence names the last word of the team in the subject: "managers", "Team".
    let own = subject
        .iter()
        .rposition(|w| en_noun_in(&w.lower, &EN_OWN_STAFF_FORMS))
        .filter(|&k| k > own)
        .unwrap_or(own);
    (!others && !change).then(|| {
        ActivityMatch::new(
            ActivityForm::Habit,
            format!("{} … {} {}", ws[own].text, ws[j].text, ws[j + 1].text),
            if ws[j].lower.starts_with("jed") {
                "de"
            } else {
                "en"
            },
        )
    })
}

/// Units of the team's own work that act in routines: "Each squad holds a retro …".
#[rustfmt::skip]
pub(super) const EN_OWN_UNITS: &[&str] = &[
    "team", "teams", "squad", "squads", "sprint", "sprints", "engineer", "engineers",
    "manager", "managers", "leadership", "lead", "leads", "pm", "pms", "designer",
    "designers", "rep", "reps", "crew", "guild", "chapter", "tribe", "iteration", "release",
];

/// "Each squad holds a retro every two weeks", "The leadership team meets customers every
/// month", "Every sprint ends with a demo": a unit of the team doing a thing at a
/// frequency is a routine.
pub(super) fn en_unit_routine(ws: &[Word]) -> Option<ActivityMatch> {
    if !has_frequency(ws) {
        return None;
    }
    // The subject: a determiner, then up to two words ending in a unit of the team.
    let start = usize::from(is(&ws[0], &["each", "every", "the", "our", "all"]));
    let unit = (start..ws.len().min(start + 3))
        .take_while(|&k| !ws[k].ends_clause)
        .filter(|&k| is(&ws[k], EN_OWN_UNITS))
        .last()?;
    let verb_word = ws.get(unit + 1)?;
    let verb = lexicon::en_third_person(&verb_word.lower)
        .or_else(|| lexicon::en_base(&verb_word.lower).filter(|_| en_plural(&ws[unit].lower)))?;
    if en_outcome(&verb) && !matches!(verb.lemma, "hold" | "end" | "meet") {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Habit,
        format!("{} {}", ws[unit].text, verb_word.text),
        "en",
    ))
}

/// What a person practises, counted: repetitions of an exercise, distances, works of
/// their own hands.
#[rustfmt::skip]
const EN_PRACTICE_NOUNS: &[&str] = &[
    "pushups", "push-ups", "pullups", "pull-ups", "situps", "sit-ups", "squats", "burpees",
    "laps", "miles", "km", "kilometers", "kilometres", "steps", "painting", "paintings",
    "drawing", "drawings", "sketch", "sketches", "song", "songs", "poem", "poems", "essay",
    "essays", "words", "chapters",
];

/// A count of what a person practises, with how often ("> 20 pushups each day", "One
/// painting a week", "40,000 words each month on the novel"), or time given to a doing
/// ("1hr studying at least once a week", "40 hours teaching/mentoring", "60 mins guitar
/// practice per week"): the writer's own routine or output.
pub(super) fn en_practice_count(ws: &[Word]) -> Option<ActivityMatch> {
    let n = ws.iter().take(2).position(|w| w.number && !w.percent)?;
    let amount = &ws[n];
    // "1hr", "30min": the unit glued to the number.
    let glued = ["hr", "hrs", "h", "min", "mins"].iter().any(|u| {
        amount
            .lower
            .strip_suffix(u)
            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit() || c == '.'))
    });
    let unit = if glued { n } else { n + 1 };
    let often = has_frequency(ws)
        || ws
            .windows(2)
            .any(|p| is(&p[0], &["a", "an"]) && is(&p[1], TIME_UNITS))
        || ws.windows(3).any(|p| {
            is(&p[0], &["each", "every"])
                && is(&p[1], &["work", "working", "week"])
                && p[2].lower == "day"
        });
    let form = if often {
        ActivityForm::Habit
    } else {
        ActivityForm::OutputCount
    };
    let counted = ws.get(unit)?;
    // The doing the time goes to: "studying/upskilling", "teaching", "guitar".
    let doing = ws.get(unit + 1).is_some_and(|d| {
        d.lower.split('/').any(|p| en_gerund(p).is_some())
            || is(
                d,
                &["guitar", "piano", "practice", "reading", "writing", "study"],
            )
    });
    let practice = !glued && is(counted, EN_PRACTICE_NOUNS) && often;
    let time_given =
        (glued || is(counted, &["hours", "hrs", "hr", "minutes", "mins", "min"])) && doing;
    let others = ws
        .iter()
        .any(|w| en_people_noun(&w.lower) && !is(w, &["family", "friends"]));
    ((practice || time_given) && !others).then(|| {
        let last = if glued { n + 1 } else { unit };
        ActivityMatch::new(form, format!("{} {}", amount.text, ws[last].text), "en")
    })
}

/// Units of body mass and size: "build 20lbs of muscle", "Lose 3 inches".
#[rustfmt::skip]
const BODY_UNITS: &[&str] = &[
    "lb", "lbs", "pound", "pounds", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms",
    "inch", "inches",
];

/// A person's own finances: "Fully fund my IRA with $6,000", "Pay off $5,000 of debt".
#[rustfmt::skip]
const EN_OWN_FINANCES: &[&str] = &[
    "ira", "401k", "401(k)", "roth", "savings", "debt", "loan", "loans", "mortgage",
    "retirement", "pension", "net", "emergency",
];

/// Events a person finishes in a time: "Run a half marathon in under 2 hours".
#[rustfmt::skip]
const EN_TIMED_FEATS: &[&str] = &[
    "marathon", "5k", "10k", "half-marathon", "triathlon", "race", "climb", "mile", "km",
    "ride", "swim",
];

/// What a person achieves for themselves, whatever the verb: body mass gained or lost
/// ("build 20lbs of muscle"), money put into their own finances ("Fully fund my IRA with
/// $6,000", "Build an emergency fund of 3 months of expenses"), an event finished within
/// a time ("Run a half marathon in under 2 hours", "Complete the climb in six days or
/// fewer", "Run a sub-25 min 5k"), a level or an exam reached ("Reach B2 in Spanish"), a job
/// landed, net worth made positive — results, like "Lose 5 kg".
pub(super) fn en_personal_result(ws: &[Word]) -> bool {
    // A unit glued to its number ("20lbs") or after it ("5 kg").
    let body = || {
        ws.iter().enumerate().any(|(k, w)| {
            let glued = w.number && {
                let unit = w
                    .lower
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                BODY_UNITS.contains(&unit)
            };
            let apart = w.number && ws.get(k + 1).is_some_and(|n| is(n, BODY_UNITS));
            (glued || apart)
                && ws.iter().any(|x| {
                    is(
                        x,
                        &[
                            "muscle", "fat", "weight", "build", "gain", "lose", "loose", "shed",
                            "drop", "put",
                        ],
                    )
                })
        })
    };
    // "Reach B2 in Spanish", "Pass JLPT N4", "Pass the IELTS exam with 7.0": a level or an
    // exam reached.
    let level = |w: &Word| {
        let l = w.lower.as_bytes();
        let cefr =
            l.len() == 2 && matches!(l[0], b'a' | b'b' | b'c') && matches!(l[1], b'1' | b'2');
        let jlpt = l.len() == 2 && l[0] == b'n' && matches!(l[1], b'1'..=b'5');
        cefr || jlpt || is(w, EN_EXAMS)
    };
    let first = ws.first();
    // "Pass my driving test": the licence exam, by its usual names.
    let driving_test = ws.windows(2).any(|p| {
        is(&p[0], &["driving", "driver's", "drivers", "road"])
            && is(&p[1], &["test", "exam", "license", "licence"])
    });
    // "JLPT N3 passed in December": the level first, then that it was reached; not by
    // others ("passed by 90 % of staff").
    let level_then_reached = ws
        .iter()
        .position(|w| is(w, &["passed", "reached", "achieved", "obtained"]))
        .is_some_and(|k| {
            ws[..k].iter().any(level) && ws.get(k + 1).is_none_or(|n| n.lower != "by")
        });
    let reached = || {
        level_then_reached
            || first.is_some_and(|f| is(f, &["pass", "reach", "achieve", "obtain", "score"]))
                && (ws.iter().skip(1).take(4).any(level)
                    || first.is_some_and(|f| f.lower == "pass")
                        && (driving_test || ws.iter().any(|w| is(w, EN_EXAMS))))
    };
    // "Land a senior PM role", "Get promoted to …": a job or a promotion won.
    let career = || {
        first.is_some_and(|f| is(f, &["land", "secure", "get", "earn", "win"]))
            && ws.iter().skip(1).take(5).any(|w| {
                is(
                    w,
                    &[
                        "role",
                        "job",
                        "offer",
                        "promotion",
                        "promoted",
                        "position",
                        "internship",
                    ],
                )
            })
            && !ws.iter().any(|w| w.number && !is_year(w))
    };
    // "bench 100kg", "squat 1.5x bodyweight for 5 reps": a weight lifted.
    let lifted = || {
        first.is_some_and(|f| {
            is(
                f,
                &[
                    "bench", "squat", "deadlift", "lift", "press", "snatch", "clean",
                ],
            )
        }) && ws.iter().skip(1).take(3).any(|w| {
            (w.number && {
                let unit = w
                    .lower
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                BODY_UNITS.contains(&unit)
            }) || is(w, BODY_UNITS)
                || w.lower == "bodyweight"
        })
    };
    // "hold a plank for 3 minutes straight", "play Für Elise from memory with no mistakes",
    // "hold a 20 min conversation in French": a feat of skill or endurance.
    let feat = || {
        ws.windows(2).any(|p| {
            matches!(
                (p[0].lower.as_str(), p[1].lower.as_str()),
                ("from", "memory")
                    | ("no", "mistakes")
                    | ("without", "mistakes")
                    | ("in", "a")
                    | ("personal", "best")
            ) && (p[0].lower != "in" || ws.iter().any(|w| w.lower == "row"))
        }) || (ws.iter().any(|w| w.lower == "straight")
            && ws
                .iter()
                .any(|w| w.lower.starts_with("minute") || w.lower.starts_with("second")))
            || (first.is_some_and(|f| is(f, &["hold", "have"]))
                && ws
                    .iter()
                    .take(5)
                    .any(|w| is(w, &["conversation", "conversations"]))
                && ws.iter().any(|w| w.number))
            || (first.is_some_and(|f| f.lower == "hold") && held_for_a_time(ws))
            || distance_in_time(ws)
    };
    // "land 2 job offers", "land 4 paid freelance bylines": what others offer or accept.
    let landed = || {
        first.is_some_and(|f| f.lower == "land")
            && ws.iter().skip(1).take(5).any(|w| {
                is(
                    w,
                    &[
                        "offer",
                        "offers",
                        "byline",
                        "bylines",
                        "interview",
                        "interviews",
                        "gig",
                        "gigs",
                        "client",
                        "clients",
                        "contract",
                        "contracts",
                    ],
                )
            })
    };
    // "graduate with first-class honours", "graduate 95% of the nursing cohort".
    let graduated = || {
        first.is_some_and(|f| f.lower == "graduate")
            && ws
                .get(1)
                .is_some_and(|n| n.lower == "with" || n.percent || n.number)
            && !ws
                .iter()
                .any(|w| is(w, &["feature", "features", "beta", "service", "services"]))
    };
    // "Run a sub-25 min 5k": a time to beat.
    let sub_time = || {
        ws.iter().any(|w| {
            w.lower
                .strip_prefix("sub-")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        }) && ws.iter().any(|w| is(w, EN_TIMED_FEATS))
    };
    // "Make my net worth positive", "Grow our net worth to …".
    let worth = || {
        ws.windows(2)
            .any(|p| p[0].lower == "net" && p[1].lower == "worth")
            && ws
                .first()
                .is_some_and(|f| is(f, &["make", "grow", "get", "increase", "raise", "double"]))
    };
    let money = || {
        ws.iter().any(|w| w.money)
            && ws.iter().take(6).any(|w| is(w, EN_OWN_FINANCES))
            && ws
                .iter()
                .take(5)
                .any(|w| is(w, &["my", "our", "fully", "off", "max"]))
    };
    let fund = || {
        ws.iter().skip(1).take(3).any(|w| w.lower == "emergency")
            && lexicon::en_base(ws.first().map_or("", |w| w.lower.as_str())).is_some()
            && ws.iter().skip(1).take(4).any(|w| w.lower == "fund")
            && ws.iter().any(|w| w.number)
    };
    // "in under 2 hours", "in six days or fewer": a time limit for the feat named before it.
    let timed = || {
        ws.iter().enumerate().any(|(k, w)| {
            w.lower == "in"
                && ws[..k].iter().any(|x| is(x, EN_TIMED_FEATS))
                && ws[k + 1..].iter().take(4).any(|x| x.number)
                && ws[k + 1..].iter().take(5).any(|x| {
                    is(x, &["under", "less", "fewer", "below"])
                        || x.lower.starts_with("minute")
                        || x.lower.starts_with("hour")
                })
        })
    };
    // Cheap checks of the first word first.
    reached()
        || career()
        || worth()
        || landed()
        || graduated()
        || lifted()
        || money()
        || fund()
        || body()
        || timed()
        || sub_time()
        || feat()
}

/// Exams of languages and skills whose passing is a person's result.
#[rustfmt::skip]
const EN_EXAMS: &[&str] = &[
    "exam", "examination", "ielts", "toefl", "dele", "delf", "dalf", "jlpt", "hsk", "topik",
    "gmat", "gre", "sat", "cpa", "cfa",
];

/// "Hold a plank for 3 minutes", "hold a handstand for 30 seconds": a position held for
/// a time, a feat of endurance.
fn held_for_a_time(ws: &[Word]) -> bool {
    let position = ws.iter().skip(1).take(3).any(|w| is(w, EN_HELD_POSITIONS));
    position
        && ws.windows(3).any(|p| {
            p[0].lower == "for"
                && p[1].number
                && (p[2].lower.starts_with("minute")
                    || p[2].lower.starts_with("second")
                    || is(&p[2], &["min", "mins", "sec", "secs", "s"]))
        })
}

/// "swim 1500m freestyle under 30 mins", "run 10 km in under 50 minutes": a distance in a
/// time, a race time to beat.
fn distance_in_time(ws: &[Word]) -> bool {
    let sport = ws.first().is_some_and(|f| is(f, EN_DISTANCE_SPORTS));
    let distance = |w: &Word| {
        w.number && {
            let unit = w
                .lower
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            matches!(unit, "m" | "km" | "k" | "mi")
        }
    };
    let timed = ws.windows(3).any(|p| {
        is(&p[0], &["under", "below", "in"])
            && p[1].number
            && (p[2].lower.starts_with("min")
                || p[2].lower.starts_with("hour")
                || p[2].lower.starts_with("sec"))
    });
    sport
        && ws
            .iter()
            .skip(1)
            .take(3)
            .any(|w| distance(w) || is(w, &["km", "miles", "metres", "meters"]))
        && timed
}

/// Where a team brings the people it serves.
#[rustfmt::skip]
const EN_DESTINATIONS: &[&str] = &[
    "home", "homes", "housing", "accommodation", "job", "jobs", "work", "employment",
    "placement", "placements", "school", "education",
];

/// What a team achieves for the people it serves, whatever its verb: "Find permanent homes
/// for 60 rescue dogs", "Move 45 families from temporary accommodation into permanent
/// homes", "Place 30 graduates into jobs", "Fill 500 seats at the annual gala".
pub(super) fn en_people_served(ws: &[Word]) -> bool {
    let Some(first) = ws.first() else {
        return false;
    };
    let counted = ws.iter().take(4).any(|w| w.number);
    // "Find (permanent) homes for 60 …".
    let found_for = first.lower == "find"
        && ws.iter().skip(1).take(3).any(|w| is(w, EN_DESTINATIONS))
        && ws.iter().any(|w| w.lower == "for")
        && ws.iter().any(|w| w.number);
    // "Move 45 families … into permanent homes", "Place 30 graduates into jobs".
    let moved_into = is(
        first,
        &[
            "move",
            "place",
            "get",
            "house",
            "rehouse",
            "resettle",
            "transition",
        ],
    ) && counted
        && ws.iter().enumerate().any(|(k, w)| {
            is(w, &["into", "in", "to"])
                && ws[k + 1..].iter().take(3).any(|d| is(d, EN_DESTINATIONS))
        });
    // "Fill 500 seats": seats taken by others.
    let filled = first.lower == "fill"
        && counted
        && ws.iter().skip(1).take(4).any(|w| {
            is(
                w,
                &[
                    "seat", "seats", "place", "places", "spot", "spots", "ticket", "tickets",
                ],
            )
        });
    // "feed every family on the pantry waitlist", "house 40 families": people served.
    let fed = is(first, &["feed", "house", "shelter", "rehouse"])
        && ws.iter().skip(1).take(3).any(|w| {
            is(
                w,
                &[
                    "family",
                    "families",
                    "household",
                    "households",
                    "people",
                    "residents",
                    "children",
                    "kids",
                    "person",
                ],
            )
        });
    // "Book 60 qualified demos": meetings prospects agree to.
    let booked = first.lower == "book"
        && counted
        && ws.iter().skip(1).take(5).any(|w| {
            is(
                w,
                &[
                    "demo",
                    "demos",
                    "meeting",
                    "meetings",
                    "call",
                    "calls",
                    "appointment",
                    "appointments",
                ],
            )
        });
    found_for || moved_into || filled || booked || fed
}

/// "Meal prep every Sunday", "Journaling every evening": a short noun phrase of something
/// done, then the rhythm that closes the title, with nothing counted or measured.
pub(super) fn en_every_last(ws: &[Word], m: &Measure) -> Option<ActivityMatch> {
    let n = ws.len();
    if m.strong || m.bound || m.share || n < 3 {
        return None;
    }
    let every = n - 2;
    let last = &ws[n - 1];
    if !is(&ws[every], &["every", "each"])
        || !(is(last, WEEKDAYS) || is(last, DAY_TIMES) || is(last, TIME_UNITS))
    {
        return None;
    }
    let before = &ws[..every];
    if before.len() > 4 {
        return None;
    }
    let plain = before.iter().all(|w| {
        !w.number
            && !w.percent
            && !w.money
            && !w.aside
            && !en_people_noun(&w.lower)
            && !others_noun(&w.lower)
            && !is_result_marker(&w.lower)
            && !defect_word(&w.lower)
            && !is(
                w,
                &[
                    "no",
                    "zero",
                    "more",
                    "less",
                    "fewer",
                    "we",
                    "i",
                    "our",
                    "new",
                    "breakeven",
                    "break-even",
                    "profit",
                    "profitable",
                    "positive",
                ],
            )
    });
    // "After each day", "For every sprint": a phrase of time, not what is done.
    if is(&before[0], EN_PREPOSITIONS) {
        return None;
    }
    // "Grow every month", "Win every week": a verb of change first is a result.
    let change =
        lexicon::en_base(&before[0].lower).is_some_and(|v| en_change(&v) || en_outcome(&v));
    (plain && !change).then(|| {
        ActivityMatch::new(
            ActivityForm::Habit,
            format!("{} {}", ws[every].text, last.text),
            "en",
        )
    })
}

/// Pieces of work named after their topic, as OKR tools list them: "Margin analysis per
/// SKU", "Postgres 11 → 15 upgrade", "Churn post-mortem for every lost logo",
/// "Renewal playbook for accounts < $25k ARR". The words before the first preposition end
/// in a noun of such work; a metric or a number among the words before it names the
/// topic, not a result, but a share, people counted or a change after it do not.
pub(super) fn work_named_by_its_topic(ws: &[Word]) -> Option<ActivityMatch> {
    let end = ws
        .iter()
        .position(|w| {
            is(w, EN_PREPOSITIONS)
                || is(
                    w,
                    &["of", "per", "as", "—", "is", "are", "was", "were", "will"],
                )
                || w.aside
        })
        .unwrap_or(ws.len());
    if end < 2 || guess_language(ws) == Some("de") {
        return None;
    }
    let head = &ws[end - 1];
    if !(en_work_event(head) || is(head, EN_ARTEFACTS)) {
        return None;
    }
    // "Increase adoption of …", "Reach 500,000 users of the free version", "launch the
    // app and …": a verb first, not a topic.
    let first_is_command = lexicon::en_base(&ws[0].lower).is_some_and(|v| {
        !v.also_noun()
            || en_change(&v)
            || ws[1].number
            || is(
                &ws[1],
                &["the", "a", "an", "our", "all", "my", "your", "their", "its"],
            )
    });
    let changed = ws
        .iter()
        .any(|w| lexicon::en_verb_form(&w.lower).is_some_and(|v| en_change(&v) && !v.also_noun()));
    let m = measure(&ws[end..]);
    // "Customers describe the handbook …": people as the subject.
    let people_first = ws[..end].iter().any(crowd);
    if people_first
        || first_is_command
        || changed
        || ws.iter().any(|w| w.percent)
        || m.strong
        || m.share
        || counts_others(&ws[end..])
        || ws[end..]
            .iter()
            .any(|w| is(w, &["rate", "score", "nps", "adoption", "usage"]))
    {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Deliverable,
        head.text.to_string(),
        "en",
    ))
}

/// A thing to make named before a colon, then what it must hold, as OKR tools list
/// them: "Paywall UX: clear value proposition screen …", "Free tier: 2 assessments +
/// Week 1 strategies accessible without payment". The name ends in a noun of a thing
/// made or a piece of work; what follows measures no outcome.
pub(super) fn thing_specified(title: &str) -> Option<ActivityMatch> {
    let (name, rest) = title.split_once(": ")?;
    let nws = words(name);
    let rws = words(rest);
    let head = nws.last()?;
    let made = en_noun_in(&head.lower, &EN_BUILT_FORMS)
        || en_noun_in(&head.lower, &EN_ARTEFACT_FORMS)
        || en_work_event(head)
        || is(head, &["ux", "ui", "flow", "tier", "cohort", "onboarding"]);
    if !made
        || nws.len() > 4
        || rws.len() < 2
        || lexicon::en_base(&nws[0].lower).is_some_and(|v| !v.also_noun())
        || guess_language(&rws) == Some("de")
        || rws.iter().any(|w| w.percent || w.money)
        // "Library: +2,000 new sign-ups", "Open data API: 50k calls/month": a gain or a
        // rate of use.
        || rest
            .split_whitespace()
            .any(|t| t.strip_prefix('+').is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())))
        || rest.contains('/') && rws.iter().any(|w| w.number)
        || rws.iter().any(|w| is(w, &["per", "calls", "requests", "users", "sign-ups", "signups"]))
        || counts_others(&rws)
        || rws.iter().any(crowd)
        || result_signs(&rws)
        || rws.iter().any(|w| {
            lexicon::en_past(&w.lower)
                .or_else(|| lexicon::en_third_person(&w.lower))
                .is_some_and(|v| en_change(&v))
        })
    {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Deliverable,
        name.trim().to_string(),
        "en",
    ))
}

/// A new version of a thing, out where people get it: "Health score v2 live in
/// Gainsight", "Mobile app v3 in App Store and Google Play". A version named after a
/// noun, then a state of being out or where it is out, and nothing measured.
pub(super) fn version_out(ws: &[Word]) -> Option<ActivityMatch> {
    let k = ws
        .iter()
        .position(|w| w.lower.starts_with('v') && en_version(&w.lower))?;
    let out = ws
        .get(k + 1)
        .is_some_and(|n| is(n, DONE_STATES) || n.lower == "in");
    let measured = ws
        .iter()
        .enumerate()
        .any(|(i, w)| (w.number && i != k) || w.percent || en_people_noun(&w.lower));
    if k == 0 || !out || measured || lexicon::en_base(&ws[0].lower).is_some_and(|v| !v.also_noun())
    {
        return None;
    }
    Some(ActivityMatch::new(
        ActivityForm::Deliverable,
        format!("{} {}", ws[k - 1].text, ws[k].text),
        "en",
    ))
}

/// Nouns of a piece of work done once: "Margin analysis", "Churn post-mortem".
#[rustfmt::skip]
const EN_WORK_EVENTS: &[&str] = &[
    "analysis", "post-mortem", "postmortem", "retrospective", "upgrade", "migration",
    "overhaul", "audit", "offsite", "pentest",
];

/// Nouns made of a verb and its particle, which name a task: "rollout", "setup".
#[rustfmt::skip]
const EN_PARTICLE_NOUNS: &[&str] = &[
    "rollout", "roll-out", "setup", "set-up", "go-live", "kickoff", "kick-off", "cleanup",
    "clean-up", "buildout", "build-out", "handover",
];

/// A noun of a piece of work done once: "Margin analysis", "CRM rollout".
fn en_work_event(w: &Word) -> bool {
    is(w, EN_WORK_EVENTS) || is(w, EN_PARTICLE_NOUNS)
}

/// People in the plural, a crowd: "customers", not the modifier in "Developer API".
pub(super) fn crowd(w: &Word) -> bool {
    en_people_noun(&w.lower) && w.lower.ends_with('s')
}

/// Things listed with "+" and nothing measured: "Developer API + SDK for third-party
/// integrations", "Roadmap view (timeline + dependencies)". A list of things to make names
/// the output; a number, people, a change or a result's sign make it something else.
pub(super) fn things_joined(title: &str, ws: &[Word]) -> Option<ActivityMatch> {
    let (before, after) = title.split_once(" + ")?;
    let changed = |w: &Word| lexicon::en_verb_form(&w.lower).is_some_and(|v| en_change(&v));
    if guess_language(ws) == Some("de")
        || lexicon::en_base(&ws[0].lower).is_some()
        || ws.iter().any(|w| {
            // "Developer API": a person named as a modifier is no crowd.
            w.number || w.percent || crowd(w) || changed(w) || is_measure_noun(&w.lower)
        })
        || result_signs(ws)
    {
        return None;
    }
    let bare = |w: &'_ str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let last = bare(before.split_whitespace().last()?);
    let next = bare(after.split_whitespace().next()?);
    Some(ActivityMatch::new(
        ActivityForm::Deliverable,
        format!("{last} + {next}"),
        "en",
    ))
}
