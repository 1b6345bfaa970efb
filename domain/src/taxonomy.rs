//! The category lists behind the intake form, the report and the statistics.
//!
//! Every list is a [`List`]: a message-id prefix plus a static slice of [`Code`]s. The `code` is
//! what the form posts, what the encrypted report and the statistics record hold and what the
//! anonymizer counts by; it never changes once released. The `english` label is for developers,
//! tests and the fallback locale; users see the localized message `label_key(list, code)`.

/// One entry of a category list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Code {
    /// The stable code, as posted by the form and stored in reports and statistics records.
    pub code: &'static str,
    /// English label (developer reference and fallback text; users see the localized message).
    pub english: &'static str,
}

const fn c(code: &'static str, english: &'static str) -> Code {
    Code { code, english }
}

/// A category list: its codes and the prefix of their i18n message ids.
#[derive(Debug, Clone, Copy)]
pub struct List {
    /// Short name of the list, equal to the form field it fills (e.g. `member_state`).
    pub name: &'static str,
    /// Message-id prefix, e.g. `member-state-`.
    pub message_prefix: &'static str,
    /// Where the codes come from.
    pub source: &'static str,
    /// The codes, in display order.
    pub codes: &'static [Code],
}

impl List {
    /// Whether `code` is one of this list's codes (exact, case-sensitive match).
    pub fn contains(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    /// The entry for `code`, if it is in the list.
    pub fn get(&self, code: &str) -> Option<&'static Code> {
        self.codes.iter().find(|c| c.code == code)
    }

    /// The i18n message id of `code`: the prefix followed by the code with `:` and `.` replaced
    /// by `--`, so that it is a valid Fluent identifier (`incident-class-intrusions--system-compromise`).
    /// The id is built for any code; check [`List::contains`] first for untrusted input.
    pub fn label_key(&self, code: &str) -> String {
        let mut id = String::with_capacity(self.message_prefix.len() + code.len() + 2);
        id.push_str(self.message_prefix);
        for ch in code.chars() {
            match ch {
                ':' | '.' => id.push_str("--"),
                other => id.push(other),
            }
        }
        id
    }

    /// `(code, message id)` pairs in display order, for rendering a `<select>`.
    pub fn options(&self) -> Vec<(&'static str, String)> {
        self.codes
            .iter()
            .map(|c| (c.code, self.label_key(c.code)))
            .collect()
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// Whether the list is empty (never, for the lists of this module).
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The codes, in display order.
    pub fn iter(&self) -> std::slice::Iter<'static, Code> {
        self.codes.iter()
    }
}

/// Whether `code` is in `list`.
pub fn contains(list: &List, code: &str) -> bool {
    list.contains(code)
}

/// The i18n message id of `code` in `list` (see [`List::label_key`]).
pub fn label_key(list: &List, code: &str) -> String {
    list.label_key(code)
}

/// The 27 EU member states, in protocol order, with the country codes of the Interinstitutional
/// Style Guide (section 7.1.1) as used by Eurostat: ISO 3166-1 alpha-2 except `EL` for Greece.
/// These are also the VAT number prefixes.
pub const MEMBER_STATES: List = List {
    name: "member_state",
    message_prefix: "member-state-",
    source:
        "EU Interinstitutional Style Guide, section 7.1.1 (Eurostat country codes, EL for Greece)",
    codes: &[
        c("AT", "Austria"),
        c("BE", "Belgium"),
        c("BG", "Bulgaria"),
        c("HR", "Croatia"),
        c("CY", "Cyprus"),
        c("CZ", "Czechia"),
        c("DK", "Denmark"),
        c("EE", "Estonia"),
        c("FI", "Finland"),
        c("FR", "France"),
        c("DE", "Germany"),
        c("EL", "Greece"),
        c("HU", "Hungary"),
        c("IE", "Ireland"),
        c("IT", "Italy"),
        c("LV", "Latvia"),
        c("LT", "Lithuania"),
        c("LU", "Luxembourg"),
        c("MT", "Malta"),
        c("NL", "Netherlands"),
        c("PL", "Poland"),
        c("PT", "Portugal"),
        c("RO", "Romania"),
        c("SK", "Slovakia"),
        c("SI", "Slovenia"),
        c("ES", "Spain"),
        c("SE", "Sweden"),
    ],
};

/// Sectors: the 21 sections A–U of NACE Rev. 2, the statistical classification of economic
/// activities in the European Community (Regulation (EC) No 1893/2006, Annex I).
pub const SECTORS: List = List {
    name: "sector",
    message_prefix: "sector-",
    source: "NACE Rev. 2 sections, Regulation (EC) No 1893/2006, Annex I",
    codes: &[
        c("A", "Agriculture, forestry and fishing"),
        c("B", "Mining and quarrying"),
        c("C", "Manufacturing"),
        c("D", "Electricity, gas, steam and air conditioning supply"),
        c(
            "E",
            "Water supply; sewerage, waste management and remediation activities",
        ),
        c("F", "Construction"),
        c(
            "G",
            "Wholesale and retail trade; repair of motor vehicles and motorcycles",
        ),
        c("H", "Transportation and storage"),
        c("I", "Accommodation and food service activities"),
        c("J", "Information and communication"),
        c("K", "Financial and insurance activities"),
        c("L", "Real estate activities"),
        c("M", "Professional, scientific and technical activities"),
        c("N", "Administrative and support service activities"),
        c(
            "O",
            "Public administration and defence; compulsory social security",
        ),
        c("P", "Education"),
        c("Q", "Human health and social work activities"),
        c("R", "Arts, entertainment and recreation"),
        c("S", "Other service activities"),
        c(
            "T",
            "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use",
        ),
        c("U", "Activities of extraterritorial organisations and bodies"),
    ],
};

/// Incident classes: the incident types of the Reference Security Incident Taxonomy (RSIT,
/// ENISA / TF-CSIRT working group) in the families that fit theft of trade secrets
/// (information content security, intrusions, information gathering, malicious code, fraud).
/// Codes are `family:type` with RSIT's machine-readable names.
pub const INCIDENT_CLASSES: List = List {
    name: "incident_class",
    message_prefix: "incident-class-",
    source: "ENISA / TF-CSIRT Reference Security Incident Taxonomy (RSIT)",
    codes: &[
        c(
            "information-content-security:unauthorised-information-access",
            "Unauthorised access to information",
        ),
        c(
            "information-content-security:unauthorised-information-modification",
            "Unauthorised modification of information",
        ),
        c("information-content-security:data-loss", "Data loss"),
        c(
            "information-content-security:leak-confidential-information",
            "Leak of confidential information",
        ),
        c("intrusions:system-compromise", "System compromise"),
        c(
            "intrusions:application-compromise",
            "Application compromise",
        ),
        c(
            "intrusions:privileged-account-compromise",
            "Privileged account compromise",
        ),
        c(
            "intrusions:unprivileged-account-compromise",
            "Unprivileged account compromise",
        ),
        c("intrusions:burglary", "Burglary (physical intrusion)"),
        c(
            "information-gathering:social-engineering",
            "Social engineering",
        ),
        c("information-gathering:sniffing", "Sniffing"),
        c("malicious-code:infected-system", "Infected system"),
        c("fraud:masquerade", "Masquerade"),
        c("fraud:phishing", "Phishing"),
    ],
};

/// Attack vectors: VERIS 1.3 action vectors (`action.vector`) of the hacking, malware and
/// social actions and of insider misuse, plus `unknown`.
pub const ATTACK_VECTORS: List = List {
    name: "attack_vector",
    message_prefix: "attack-vector-",
    source: "VERIS Community Database schema 1.3, action.*.vector enumerations",
    codes: &[
        c("hacking.web-application", "Hacking: web application"),
        c(
            "hacking.backdoor-or-c2",
            "Hacking: backdoor or command and control",
        ),
        c("hacking.desktop-sharing", "Hacking: desktop sharing"),
        c("hacking.vpn", "Hacking: VPN"),
        c("hacking.partner", "Hacking: partner connection"),
        c("hacking.command-shell", "Hacking: command shell"),
        c("malware.email-attachment", "Malware: email attachment"),
        c("malware.email-link", "Malware: email link"),
        c("malware.web-download", "Malware: web download"),
        c("malware.software-update", "Malware: software update"),
        c("malware.direct-install", "Malware: direct install"),
        c(
            "malware.network-propagation",
            "Malware: network propagation",
        ),
        c("social.email", "Social: email"),
        c("social.phone", "Social: phone"),
        c("social.in-person", "Social: in person"),
        c("social.website", "Social: website"),
        c("social.sms", "Social: SMS"),
        c("misuse.lan-access", "Insider misuse: LAN access"),
        c("misuse.physical-access", "Insider misuse: physical access"),
        c("misuse.remote-access", "Insider misuse: remote access"),
        c(
            "misuse.non-corporate",
            "Insider misuse: non-corporate facilities",
        ),
        c("unknown", "Unknown"),
    ],
};

/// Actor types: the project's own list, a coarsening of VERIS actor varieties that member-state
/// authorities asked for (design, "Statistics").
pub const ACTOR_TYPES: List = List {
    name: "actor_type",
    message_prefix: "actor-type-",
    source: "project list (DESIGN.md, Statistics)",
    codes: &[
        c("competitor", "Competitor"),
        c("nation-state", "Nation-state"),
        c("organised-crime", "Organised crime"),
        c("insider", "Insider"),
        c("former-employee", "Former employee"),
        c("unknown", "Unknown"),
    ],
};

/// All lists, for tests and tooling (e.g. checking that every message id has a translation).
pub const ALL_LISTS: [List; 5] = [
    MEMBER_STATES,
    SECTORS,
    INCIDENT_CLASSES,
    ATTACK_VECTORS,
    ACTOR_TYPES,
];

/// The RSIT family of an incident class (`intrusions` for `intrusions:burglary`), or `None` if
/// `code` is not in [`INCIDENT_CLASSES`].
pub fn family(code: &str) -> Option<&'static str> {
    let entry = INCIDENT_CLASSES.get(code)?;
    entry.code.split_once(':').map(|(family, _)| family)
}

/// The VERIS action of an attack vector: `hacking`, `malware`, `social`, `misuse` or `unknown`;
/// `None` if `code` is not in [`ATTACK_VECTORS`].
pub fn action(code: &str) -> Option<&'static str> {
    let entry = ATTACK_VECTORS.get(code)?;
    Some(
        entry
            .code
            .split_once('.')
            .map_or(entry.code, |(action, _)| action),
    )
}

/// Upper bound of an estimated loss, in whole euros (larger inputs are rejected, not clamped).
pub const MAX_LOSS_EUR: u64 = 1_000_000_000;
/// Upper bound of jobs at risk.
pub const MAX_JOBS: u32 = 1_000_000;
/// Maximum length of the narrative, in Unicode scalar values (chars), not bytes.
pub const MAX_NARRATIVE_CHARS: usize = 20_000;
/// Maximum length of "what was taken", in chars.
pub const MAX_WHAT_TAKEN_CHARS: usize = 2_000;
/// Maximum length of the contact field, in chars.
pub const MAX_CONTACT_CHARS: usize = 500;
/// Earliest accepted incident or detection year.
pub const EARLIEST_YEAR: u16 = 1990;

/// Loss bands released as counts: `(lower bound in EUR inclusive, band code)`, ascending; each
/// band runs up to the next one's lower bound.
pub const LOSS_BANDS: [(u64, &str); 5] = [
    (0, "0-9999"),
    (10_000, "10k-99k"),
    (100_000, "100k-999k"),
    (1_000_000, "1m-9.9m"),
    (10_000_000, "10m+"),
];

/// The band code of a loss in euros.
pub fn loss_band(eur: u64) -> &'static str {
    LOSS_BANDS
        .iter()
        .rev()
        .find(|(lower, _)| eur >= *lower)
        .map_or(LOSS_BANDS[0].1, |(_, band)| band)
}
