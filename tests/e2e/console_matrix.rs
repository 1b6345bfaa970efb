//! The rows of the console's authorization matrix (run by `console_cases.rs`): how a row is
//! described and run, the rows after the status changes, after logout and for a member-state
//! session. The report routes' rows are in `console_matrix_report.rs`.

use reqwest::header::{COOKIE, LOCATION};
use reqwest::StatusCode;
use storage::Body;

use crate::instance::*;
use crate::intake::client;

pub(crate) use crate::console_matrix_report::report_route_rows;

pub(crate) struct Row {
    pub(crate) who: &'static str,
    pub(crate) cookie: Option<String>,
    pub(crate) method: &'static str,
    pub(crate) path: String,
    pub(crate) form: Vec<(&'static str, String)>,
    /// A raw body (an envelope) instead of a form, with the CSRF token in `X-CSRF-Token`.
    pub(crate) raw: Option<(Option<String>, Vec<u8>)>,
    /// More request headers (a message's `X-Message-Signature`).
    pub(crate) headers: Vec<(&'static str, String)>,
    pub(crate) status: StatusCode,
    /// For redirects: how the `Location` starts.
    pub(crate) location: Option<&'static str>,
}

pub(crate) fn row(
    who: &'static str,
    cookie: Option<&str>,
    method: &'static str,
    path: &str,
    form: &[(&'static str, &str)],
    status: StatusCode,
    location: Option<&'static str>,
) -> Row {
    Row {
        who,
        cookie: cookie.map(str::to_string),
        method,
        path: path.to_string(),
        form: form.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        raw: None,
        headers: Vec::new(),
        status,
        location,
    }
}

/// A POST of raw bytes (an envelope) with an optional `X-CSRF-Token`.
pub(crate) fn raw_row(
    who: &'static str,
    cookie: Option<&str>,
    path: &str,
    csrf: Option<&str>,
    body: Vec<u8>,
    status: StatusCode,
    location: Option<&'static str>,
) -> Row {
    Row {
        raw: Some((csrf.map(str::to_string), body)),
        ..row(who, cookie, "POST", path, &[], status, location)
    }
}

/// Runs the rows in order; returns a line per row that did not get what it should.
pub(crate) async fn run_rows(inst: &Instance, rows: &[Row]) -> Vec<String> {
    let mut failures = vec![];
    for r in rows {
        let mut req = match (r.method, &r.raw) {
            ("GET", _) => client().get(inst.url(&r.path)),
            (_, Some((csrf, body))) => {
                let mut q = client()
                    .post(inst.url(&r.path))
                    .header("Content-Type", "application/octet-stream")
                    .body(body.clone());
                if let Some(c) = csrf {
                    q = q.header("X-CSRF-Token", c);
                }
                q
            }
            _ => client().post(inst.url(&r.path)).form(&r.form),
        };
        if let Some(c) = &r.cookie {
            req = req.header(COOKIE, c);
        }
        for (k, v) in &r.headers {
            req = req.header(*k, v);
        }
        let resp = req.send().await.unwrap();
        let got = resp.status();
        let location = resp
            .headers()
            .get(LOCATION)
            .map(|l| l.to_str().unwrap().to_string());
        let location_ok = match (r.location, &location) {
            (None, _) => true,
            (Some(want), Some(l)) => l.starts_with(want),
            (Some(_), None) => false,
        };
        let line = format!(
            "{:<10} {:<4} {:<45} expected {} {:?}, got {} {:?}",
            r.who,
            r.method,
            r.path,
            r.status.as_u16(),
            r.location,
            got.as_u16(),
            location
        );
        println!("{line}");
        if got != r.status || !location_ok {
            failures.push(line);
        }
    }
    failures
}

pub(crate) fn keys_of(body: Body) -> Vec<envelope::PublicKey> {
    let (keyring, _) = keystore::load_keyring(keys_dir(), None).unwrap();
    let b: envelope::Body = body.as_str().parse().unwrap();
    keyring
        .recipients(&[b])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect()
}

pub(crate) fn sealed(kind: envelope::Kind, keys: &[envelope::PublicKey]) -> Vec<u8> {
    let text = br#"{"v":1,"text":"matrix","attachments":[]}"#;
    envelope::Envelope::seal(kind, envelope::random_id(), text, keys)
        .unwrap()
        .to_bytes()
}

/// A message or note posted as the console sends it: sealed to `keys` and signed for report
/// `report_id` with the development reviewer signing key of `body`, which the shared keyring
/// names (the matrix's reviewers are given that key, see `console_cases.rs`).
#[allow(clippy::too_many_arguments)]
pub(crate) fn signed_row(
    who: &'static str,
    cookie: Option<&str>,
    path: &str,
    csrf: Option<&str>,
    report_id: &str,
    body: envelope::Body,
    sealed_bytes: Vec<u8>,
    status: StatusCode,
) -> Row {
    let rid = envelope::unhex::<16>(report_id).unwrap();
    let env = envelope::Envelope::parse(&sealed_bytes).unwrap();
    let sig = envelope::signature::sign_message(
        &reviewer_signing_key(body),
        &rid,
        &env.id,
        &sealed_bytes,
    )
    .unwrap();
    Row {
        headers: vec![("X-Message-Signature", envelope::b64(&sig))],
        ..raw_row(who, cookie, path, csrf, sealed_bytes, status, None)
    }
}

/// What the report-route rows need from the matrix test.
pub(crate) struct Fixture<'a> {
    /// The EUIPO-only report (with one attachment) and the one for both bodies.
    pub e: &'a storage::reports::Report,
    pub b: &'a storage::reports::Report,
    pub e_attachment: &'a str,
    pub ce: Option<&'a str>,
    pub cc: Option<&'a str>,
    pub csrf_e: &'a str,
    pub csrf_c: &'a str,
    pub forged: &'a str,
}

/// After the status rows (both reports acknowledged): acknowledging again with a message is
/// refused and stores nothing; an ended session is sent to the login page.
pub(crate) fn after_status_rows(f: &Fixture<'_>) -> Vec<Row> {
    use StatusCode as S;
    let reporter_e = envelope::PublicKey(f.e.reporter_pk);
    let to_e = [vec![reporter_e], keys_of(Body::Euipo)].concat();
    let ack = format!("/console/reports/{}/messages?acknowledge=1", f.e.id);
    vec![signed_row(
        "EUIPO",
        f.ce,
        &ack,
        Some(f.csrf_e),
        &f.e.id,
        envelope::Body::Euipo,
        sealed(envelope::Kind::Message, &to_e),
        S::CONFLICT,
    )]
}

/// Rows for an ended session (after logout).
pub(crate) fn expired_rows(f: &Fixture<'_>) -> Vec<Row> {
    use StatusCode as S;
    let expired = Some("/console/login?lang=en&expired");
    vec![
        row(
            "expired",
            f.ce,
            "GET",
            &format!("/console/reports/{}", f.e.id),
            &[],
            S::SEE_OTHER,
            expired,
        ),
        raw_row(
            "expired",
            f.ce,
            &format!("/console/reports/{}/messages", f.e.id),
            Some(f.csrf_e),
            vec![0u8; 10],
            S::SEE_OTHER,
            expired,
        ),
    ]
}

/// A member-state user's live session, made directly in the database as the portal's login
/// will (the portal is not built yet); the user gets the same numeric id as the first
/// reviewer, so a session-kind mix-up would show. Returns the cookie and its CSRF token.
pub(crate) fn member_state_session(inst: &Instance) -> (String, String) {
    use storage::accounts::{
        insert_account, insert_session, MemberStateProfile, NewMemberStateUser,
    };
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let now = server::auth::now();
    let id = insert_account(
        &mut conn,
        &NewMemberStateUser {
            profile: MemberStateProfile {
                country: "DK".into(),
            },
            name: "ms-user".into(),
            enrolment_token_hash: None,
            enrolment_expires: None,
            active: true,
            created_at: now,
        },
    )
    .unwrap();
    let (token, hash) = server::auth::new_token();
    let csrf = "member-state-csrf-token".to_string();
    insert_session(
        &mut conn,
        &storage::accounts::NewSession {
            token_hash: hash,
            principal_kind: storage::PrincipalKind::MemberState,
            principal_id: id,
            csrf_token: csrf.clone(),
            created_at: now,
            expires_at: now + 3600,
        },
    )
    .unwrap();
    (format!("__Host-session={token}"), csrf)
}

/// A member-state user has no business in the console: every route treats the session as
/// not a console session.
pub(crate) fn member_state_rows(f: &Fixture<'_>, cookie: &str, csrf: &str) -> Vec<Row> {
    use StatusCode as S;
    let expired = Some("/console/login?lang=en&expired");
    let e = f.e.id.as_str();
    let c = Some(cookie);
    vec![
        row("member", c, "GET", "/console/", &[], S::SEE_OTHER, expired),
        row(
            "member",
            c,
            "GET",
            &format!("/console/reports/{e}"),
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            c,
            "GET",
            &format!("/console/reports/{e}/data"),
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            c,
            "POST",
            &format!("/console/reports/{e}/status"),
            &[("csrf", csrf), ("status", "acknowledged")],
            S::SEE_OTHER,
            expired,
        ),
        raw_row(
            "member",
            c,
            &format!("/console/reports/{e}/messages"),
            Some(csrf),
            vec![0u8; 10],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            c,
            "POST",
            &format!("/console/reports/{e}/grants"),
            &[("csrf", csrf)],
            S::SEE_OTHER,
            expired,
        ),
    ]
}
