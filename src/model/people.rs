//! The people a handbook names: owners of objectives and key results, team leads and
//! members. Each has a page at `/people/<slug>/`.

use std::collections::BTreeMap;

use super::Handbook;

/// A person's URL slug: lower case; ä→ae, ö→oe, ü→ue, ß→ss; other accented letters to
/// their base letter; each run of other characters to one `-`; no `-` at either end
/// ("Dr. Katrin Vogt" → `dr-katrin-vogt`). A name with no letter or digit to keep gets
/// `person`.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        let kept: Option<&str> = match c {
            'ä' => Some("ae"),
            'ö' => Some("oe"),
            'ü' => Some("ue"),
            'ß' => Some("ss"),
            _ => None,
        };
        let mut push = |s: &str| {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push_str(s);
        };
        if let Some(s) = kept {
            push(s);
        } else if c.is_ascii_lowercase() || c.is_ascii_digit() {
            push(c.encode_utf8(&mut [0; 4]));
        } else if let Some(base) = base_letter(c) {
            push(base.encode_utf8(&mut [0; 4]));
        } else {
            gap = true;
        }
    }
    // A slug names a folder: a name of hundreds of characters is cut (at a `-` where
    // there is one), so that its page can be written.
    if out.len() > MAX_SLUG_LEN {
        let cut = out[..MAX_SLUG_LEN]
            .rfind('-')
            .filter(|&i| i > MAX_SLUG_LEN / 2);
        out.truncate(cut.unwrap_or(MAX_SLUG_LEN));
    }
    if out.is_empty() {
        "person".to_string()
    } else {
        out
    }
}

/// The longest slug; the pages of two people cut to the same slug get `-2`, `-3`.
const MAX_SLUG_LEN: usize = 120;

/// The base letter of an accented Latin letter (é → e, ç → c, ø → o), if it has one.
fn base_letter(c: char) -> Option<char> {
    let mut first = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        first.get_or_insert(d);
    });
    match first {
        Some(b) if b != c && b.is_ascii_alphabetic() => Some(b.to_ascii_lowercase()),
        // Letters Unicode does not decompose but readers see as accented.
        _ => match c {
            'ø' => Some('o'),
            'ł' => Some('l'),
            'đ' | 'ð' => Some('d'),
            'ħ' => Some('h'),
            'ı' => Some('i'),
            _ => None,
        },
    }
}

/// Every person the handbook names, by name, with a unique slug: names that share a slug
/// are sorted by name, and the second gets `-2`, the third `-3`.
pub fn slugs(hb: &Handbook) -> BTreeMap<String, String> {
    let mut names: Vec<&str> = Vec::new();
    for o in &hb.objectives {
        names.extend(o.owner.as_deref());
    }
    for kr in &hb.key_results {
        names.extend(kr.owner.as_deref());
    }
    for t in &hb.teams {
        names.extend(t.lead.as_deref());
        names.extend(t.members.iter().map(String::as_str));
    }
    let names: std::collections::BTreeSet<&str> =
        names.into_iter().filter(|n| !n.trim().is_empty()).collect();
    let mut by_slug: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for name in names {
        by_slug.entry(slug(name)).or_default().push(name);
    }
    let mut out = BTreeMap::new();
    for (s, names) in by_slug {
        for (i, name) in names.into_iter().enumerate() {
            let unique = if i == 0 {
                s.clone()
            } else {
                format!("{s}-{}", i + 1)
            };
            out.insert(name.to_string(), unique);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_format() {
        for (name, want) in [
            ("Dr. Katrin Vogt", "dr-katrin-vogt"),
            ("Jürgen Müller", "juergen-mueller"),
            ("Anna-Lena Groß", "anna-lena-gross"),
            ("ÖZLEM ÜNAL", "oezlem-uenal"),
            ("José García", "jose-garcia"),
            ("François Çelik", "francois-celik"),
            ("Søren Łukasz", "soren-lukasz"),
            ("  O'Brien, Sean  ", "o-brien-sean"),
            ("anna_maria 2", "anna-maria-2"),
            ("--", "person"),
        ] {
            assert_eq!(slug(name), want, "{name}");
        }
    }
}
