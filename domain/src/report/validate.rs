//! `validate`: every rule of the form, all errors at once.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// Validation

/// Validates the posted form against the lists and bounds. `today` is the current month (the
/// server's UTC date); months after it are rejected. Reports every failing field, at most one
/// error per field, in form order.
pub fn validate(raw: &RawReport, today: YearMonth) -> Result<ReportFields, Vec<FieldError>> {
    let mut c = Collector::default();

    let member_state = c.take("member_state", choice(&MEMBER_STATES, &raw.member_state));
    let sector = c.take("sector", choice(&SECTORS, &raw.sector));
    let incident_class = c.take(
        "incident_class",
        choice(&INCIDENT_CLASSES, &raw.incident_class),
    );
    let attack_vector = c.take("attack_vector", choice(&ATTACK_VECTORS, &raw.attack_vector));
    let actor_type = c.take("actor_type", choice(&ACTOR_TYPES, &raw.actor_type));
    let incident_month = c.take("incident_month", month(&raw.incident_month, today));
    let detection_month = c.take(
        "detection_month",
        month(&raw.detection_month, today).and_then(|d| match incident_month {
            Some(i) if d < i => Err(ErrorCode::DetectionBeforeIncident),
            _ => Ok(d),
        }),
    );
    let loss_eur = c.take(
        "loss_eur",
        amount(&raw.loss_eur, MAX_LOSS_EUR, ErrorCode::LossTooLarge),
    );
    let jobs_at_risk = c.take(
        "jobs_at_risk",
        amount(
            &raw.jobs_at_risk,
            u64::from(MAX_JOBS),
            ErrorCode::JobsTooLarge,
        )
        .and_then(|n| {
            n.map(u32::try_from)
                .transpose()
                .map_err(|_| ErrorCode::JobsTooLarge)
        }),
    );
    let what_taken = c.take(
        "what_taken",
        required_text(&raw.what_taken, MAX_WHAT_TAKEN_CHARS),
    );
    let narrative = c.take(
        "narrative",
        required_text(&raw.narrative, MAX_NARRATIVE_CHARS),
    );
    let contact = c.take("contact", optional_text(&raw.contact, MAX_CONTACT_CHARS));
    let organisation_id = c.take("organisation_id", organisation(&raw.organisation_id));
    let recipients = c.take("recipients", recipients(&raw.recipients));
    let consent = c.take("consent", consent(&raw.consent));
    let language = c.take("language", language(&raw.language));
    let mut indicators = Indicators::default();
    let mut indicators_ok = true;
    for (slot, kind) in indicators.values.iter_mut().zip(IndicatorKind::ALL) {
        match c.take(kind.field(), indicator_list(kind, raw.indicator(kind))) {
            Some(v) => *slot = v,
            None => indicators_ok = false,
        }
    }
    match c.take(
        "indicator_observations",
        observations(&raw.indicator_observations),
    ) {
        Some(o) => indicators.observations = o,
        None => indicators_ok = false,
    }

    match (
        member_state,
        sector,
        incident_class,
        attack_vector,
        actor_type,
        incident_month,
        detection_month,
        loss_eur,
        jobs_at_risk,
        what_taken,
        narrative,
        contact,
        organisation_id,
        recipients,
        consent,
        language,
    ) {
        (
            Some(member_state),
            Some(sector),
            Some(incident_class),
            Some(attack_vector),
            Some(actor_type),
            Some(incident_month),
            Some(detection_month),
            Some(loss_eur),
            Some(jobs_at_risk),
            Some(what_taken),
            Some(narrative),
            Some(contact),
            Some(organisation_id),
            Some(recipients),
            Some(()),
            Some(language),
        ) if c.errors.is_empty() && indicators_ok => Ok(ReportFields {
            member_state,
            sector,
            incident_class,
            attack_vector,
            actor_type,
            incident_month,
            detection_month,
            loss_eur,
            jobs_at_risk,
            what_taken,
            narrative,
            contact,
            organisation_id,
            recipients,
            language,
            indicators,
        }),
        _ => Err(c.errors),
    }
}

#[derive(Default)]
pub(crate) struct Collector {
    pub(crate) errors: Vec<FieldError>,
}

impl Collector {
    pub(crate) fn take<T>(&mut self, field: &'static str, r: Result<T, ErrorCode>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(code) => {
                self.errors.push(FieldError { field, code });
                None
            }
        }
    }
}

pub(crate) fn choice(list: &List, input: &str) -> Result<String, ErrorCode> {
    let code = input.trim();
    if code.is_empty() {
        Err(ErrorCode::Required)
    } else if list.contains(code) {
        Ok(code.to_owned())
    } else {
        Err(ErrorCode::UnknownChoice)
    }
}

pub(crate) fn month(input: &str, today: YearMonth) -> Result<YearMonth, ErrorCode> {
    let s = input.trim();
    if s.is_empty() {
        return Err(ErrorCode::Required);
    }
    let m: YearMonth = s.parse().map_err(|_| ErrorCode::MonthFormat)?;
    if m.year < EARLIEST_YEAR {
        Err(ErrorCode::MonthTooEarly)
    } else if m > today {
        Err(ErrorCode::MonthFuture)
    } else {
        Ok(m)
    }
}

/// Kinds of thousands separator; one kind per number.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sep {
    Space,
    Dot,
    Comma,
}

pub(crate) fn separator(c: char) -> Option<Sep> {
    match c {
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => Some(Sep::Space),
        '.' => Some(Sep::Dot),
        ',' => Some(Sep::Comma),
        _ => None,
    }
}

/// An optional whole number as people type it: digits, optionally grouped by thousands with
/// spaces, dots or commas ("250 000", "1.000.000", "1,000,000"). Groups after the first must
/// have three digits, so decimals ("1,5", "99.90") are rejected rather than misread, and one
/// separator kind is used throughout.
pub(crate) fn amount(
    input: &str,
    max: u64,
    too_large: ErrorCode,
) -> Result<Option<u64>, ErrorCode> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let mut kind: Option<Sep> = None;
    let mut groups: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, ch) in s.char_indices() {
        if let Some(sep) = separator(ch) {
            if kind.is_some_and(|k| k != sep) {
                return Err(ErrorCode::NumberFormat);
            }
            kind = Some(sep);
            groups.push(&s[start..i]);
            start = i + ch.len_utf8();
        } else if !ch.is_ascii_digit() {
            return Err(ErrorCode::NumberFormat);
        }
    }
    groups.push(&s[start..]);
    let grouped = groups.len() > 1;
    for (i, g) in groups.iter().enumerate() {
        let ok = if !grouped {
            !g.is_empty()
        } else if i == 0 {
            (1..=3).contains(&g.len())
        } else {
            g.len() == 3
        };
        if !ok {
            return Err(ErrorCode::NumberFormat);
        }
    }
    let mut n: u64 = 0;
    for d in groups.iter().flat_map(|g| g.bytes()) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(d - b'0')))
            .ok_or(too_large)?;
    }
    if n > max {
        Err(too_large)
    } else {
        Ok(Some(n))
    }
}

/// Normalizes line ends to LF, removes control characters other than newline and tab, trims.
pub(crate) fn clean_text(input: &str) -> String {
    let lf = input.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = lf
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect();
    kept.trim().to_owned()
}

pub(crate) fn optional_text(input: &str, max: usize) -> Result<Option<String>, ErrorCode> {
    let text = clean_text(input);
    if text.is_empty() {
        Ok(None)
    } else if text.chars().count() > max {
        Err(ErrorCode::TooLong { max })
    } else {
        Ok(Some(text))
    }
}

pub(crate) fn required_text(input: &str, max: usize) -> Result<String, ErrorCode> {
    optional_text(input, max)?.ok_or(ErrorCode::Required)
}

pub(crate) fn organisation(input: &str) -> Result<Option<OrganisationId>, ErrorCode> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    OrganisationId::parse(input)
        .map(Some)
        .map_err(|_| ErrorCode::OrganisationId)
}

pub(crate) fn recipients(input: &[String]) -> Result<Vec<Recipient>, ErrorCode> {
    let mut out = Vec::new();
    for value in input.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let r: Recipient = value
            .to_ascii_uppercase()
            .parse()
            .map_err(|_| ErrorCode::Recipients)?;
        out.push(r);
    }
    out.sort();
    out.dedup();
    if out.is_empty() {
        Err(ErrorCode::Recipients)
    } else {
        Ok(out)
    }
}

pub(crate) fn consent(input: &str) -> Result<(), ErrorCode> {
    let v = input.trim().to_ascii_lowercase();
    if matches!(v.as_str(), "yes" | "on" | "true") {
        Ok(())
    } else {
        Err(ErrorCode::Consent)
    }
}

/// The primary subtag of a BCP 47 tag ("de-AT" → "de"), lower-cased, two or three letters.
pub(crate) fn language(input: &str) -> Result<String, ErrorCode> {
    let tag = input.trim();
    if tag.is_empty() {
        return Err(ErrorCode::Required);
    }
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(primary)
    } else {
        Err(ErrorCode::UnknownChoice)
    }
}
