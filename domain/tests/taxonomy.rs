use std::collections::HashSet;

use domain::taxonomy::{
    self, action, family, loss_band, ACTOR_TYPES, ALL_LISTS, ATTACK_VECTORS, INCIDENT_CLASSES,
    LOSS_BANDS, MEMBER_STATES, SECTORS,
};

fn codes(list: &domain::List) -> Vec<&'static str> {
    list.iter().map(|c| c.code).collect()
}

#[test]
fn list_sizes() {
    assert_eq!(MEMBER_STATES.len(), 27);
    assert_eq!(SECTORS.len(), 21);
    assert_eq!(INCIDENT_CLASSES.len(), 14);
    assert_eq!(ATTACK_VECTORS.len(), 22);
    assert_eq!(ACTOR_TYPES.len(), 6);
}

#[test]
fn no_duplicates_and_labels_present() {
    for list in ALL_LISTS {
        let set: HashSet<_> = codes(&list).into_iter().collect();
        assert_eq!(set.len(), list.len(), "duplicate code in {}", list.name);
        let english: HashSet<_> = list.iter().map(|c| c.english).collect();
        assert_eq!(
            english.len(),
            list.len(),
            "duplicate label in {}",
            list.name
        );
        assert!(list.iter().all(|c| !c.english.is_empty()));
        assert!(!list.source.is_empty());
        // message ids are unique across all lists
    }
    let all_ids: Vec<String> = ALL_LISTS
        .iter()
        .flat_map(|l| l.iter().map(move |c| l.label_key(c.code)))
        .collect();
    let unique: HashSet<_> = all_ids.iter().collect();
    assert_eq!(unique.len(), all_ids.len());
}

#[test]
fn exact_member_states_and_sectors() {
    assert_eq!(
        codes(&MEMBER_STATES).join(" "),
        "AT BE BG HR CY CZ DK EE FI FR DE EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
    );
    assert!(!MEMBER_STATES.contains("GR"));
    assert!(!MEMBER_STATES.contains("GB"));
    let expected: Vec<String> = ('A'..='U').map(String::from).collect();
    assert_eq!(codes(&SECTORS), expected);
    assert_eq!(SECTORS.get("C").unwrap().english, "Manufacturing");
    assert_eq!(MEMBER_STATES.get("EL").unwrap().english, "Greece");
}

#[test]
fn exact_incident_classes_vectors_actors() {
    assert_eq!(
        codes(&INCIDENT_CLASSES),
        [
            "information-content-security:unauthorised-information-access",
            "information-content-security:unauthorised-information-modification",
            "information-content-security:data-loss",
            "information-content-security:leak-confidential-information",
            "intrusions:system-compromise",
            "intrusions:application-compromise",
            "intrusions:privileged-account-compromise",
            "intrusions:unprivileged-account-compromise",
            "intrusions:burglary",
            "information-gathering:social-engineering",
            "information-gathering:sniffing",
            "malicious-code:infected-system",
            "fraud:masquerade",
            "fraud:phishing",
        ]
    );
    assert_eq!(
        codes(&ATTACK_VECTORS).join(" "),
        "hacking.web-application hacking.backdoor-or-c2 hacking.desktop-sharing hacking.vpn \
         hacking.partner hacking.command-shell malware.email-attachment malware.email-link \
         malware.web-download malware.software-update malware.direct-install \
         malware.network-propagation social.email social.phone social.in-person social.website \
         social.sms misuse.lan-access misuse.physical-access misuse.remote-access \
         misuse.non-corporate unknown"
    );
    assert_eq!(
        codes(&ACTOR_TYPES),
        [
            "competitor",
            "nation-state",
            "organised-crime",
            "insider",
            "former-employee",
            "unknown"
        ]
    );
}

fn is_fluent_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[test]
fn label_keys() {
    assert_eq!(taxonomy::label_key(&MEMBER_STATES, "DK"), "member-state-DK");
    assert_eq!(taxonomy::label_key(&SECTORS, "C"), "sector-C");
    assert_eq!(
        taxonomy::label_key(&INCIDENT_CLASSES, "intrusions:system-compromise"),
        "incident-class-intrusions--system-compromise"
    );
    assert_eq!(
        taxonomy::label_key(&ATTACK_VECTORS, "hacking.web-application"),
        "attack-vector-hacking--web-application"
    );
    assert_eq!(
        taxonomy::label_key(&ACTOR_TYPES, "former-employee"),
        "actor-type-former-employee"
    );
    for list in ALL_LISTS {
        for (code, id) in list.options() {
            assert!(is_fluent_identifier(&id), "{id}");
            assert!(id.starts_with(list.message_prefix));
            assert!(taxonomy::contains(&list, code));
        }
    }
    assert!(!taxonomy::contains(&SECTORS, "V"));
    assert!(!taxonomy::contains(&SECTORS, "c"));
    assert!(!taxonomy::contains(&ATTACK_VECTORS, ""));
}

#[test]
fn families_and_actions() {
    assert_eq!(family("intrusions:burglary"), Some("intrusions"));
    assert_eq!(
        family("information-content-security:data-loss"),
        Some("information-content-security")
    );
    assert_eq!(family("intrusions:nope"), None);
    let families: HashSet<_> = INCIDENT_CLASSES
        .iter()
        .filter_map(|c| family(c.code))
        .collect();
    let expected: HashSet<_> = [
        "information-content-security",
        "intrusions",
        "information-gathering",
        "malicious-code",
        "fraud",
    ]
    .into_iter()
    .collect();
    assert_eq!(families, expected);

    assert_eq!(action("hacking.vpn"), Some("hacking"));
    assert_eq!(action("misuse.non-corporate"), Some("misuse"));
    assert_eq!(action("social.sms"), Some("social"));
    assert_eq!(action("malware.email-link"), Some("malware"));
    assert_eq!(action("unknown"), Some("unknown"));
    assert_eq!(action("hacking.sql-injection"), None);
    for v in ATTACK_VECTORS.iter() {
        assert!(action(v.code).is_some());
    }
}

#[test]
fn loss_bands() {
    assert_eq!(LOSS_BANDS.len(), 5);
    assert_eq!(loss_band(0), "0-9999");
    assert_eq!(loss_band(9_999), "0-9999");
    assert_eq!(loss_band(10_000), "10k-99k");
    assert_eq!(loss_band(99_999), "10k-99k");
    assert_eq!(loss_band(100_000), "100k-999k");
    assert_eq!(loss_band(999_999), "100k-999k");
    assert_eq!(loss_band(1_000_000), "1m-9.9m");
    assert_eq!(loss_band(9_999_999), "1m-9.9m");
    assert_eq!(loss_band(10_000_000), "10m+");
    assert_eq!(loss_band(taxonomy::MAX_LOSS_EUR), "10m+");
    assert!(LOSS_BANDS.windows(2).all(|w| w[0].0 < w[1].0));
}

#[test]
fn bounds() {
    assert_eq!(taxonomy::MAX_LOSS_EUR, 1_000_000_000);
    assert_eq!(taxonomy::MAX_JOBS, 1_000_000);
    assert_eq!(taxonomy::MAX_NARRATIVE_CHARS, 20_000);
    assert_eq!(taxonomy::MAX_WHAT_TAKEN_CHARS, 2_000);
    assert_eq!(taxonomy::MAX_CONTACT_CHARS, 500);
    assert_eq!(taxonomy::EARLIEST_YEAR, 1990);
}
