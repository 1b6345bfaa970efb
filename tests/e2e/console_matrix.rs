//! The rows of the console's authorization matrix (run by `console_cases.rs`): how a row is
//! described and run, and the rows of the report routes (the page, its ciphertext data, an
//! attachment's stream, posting a message or note encrypted in the browser).

use reqwest::header::{COOKIE, LOCATION};
use reqwest::StatusCode;
use storage::Body;

use crate::instance::*;
use crate::intake::client;

pub(crate) struct Row {
    who: &'static str,
    cookie: Option<String>,
    method: &'static str,
    path: String,
    form: Vec<(&'static str, String)>,
    /// A raw body (an envelope) instead of a form, with the CSRF token in `X-CSRF-Token`.
    raw: Option<(Option<String>, Vec<u8>)>,
    /// More request headers (a message's `X-Message-Signature`).
    headers: Vec<(&'static str, String)>,
    status: StatusCode,
    /// For redirects: how the `Location` starts.
    location: Option<&'static str>,
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

fn keys_of(body: Body) -> Vec<envelope::PublicKey> {
    let (keyring, _) = keystore::load_keyring(keys_dir(), None).unwrap();
    let b: envelope::Body = body.as_str().parse().unwrap();
    keyring
        .recipients(&[b])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect()
}

fn sealed(kind: envelope::Kind, keys: &[envelope::PublicKey]) -> Vec<u8> {
    let text = br#"{"v":1,"text":"matrix","attachments":[]}"#;
    envelope::Envelope::seal(kind, envelope::random_id(), text, keys)
        .unwrap()
        .to_bytes()
}

/// A message or note posted as the console sends it: sealed to `keys` and signed for report
/// `report_id` with the development reviewer signing key of `body`, which the shared keyring
/// names (the matrix's reviewers are given that key, see `console_cases.rs`).
#[allow(clippy::too_many_arguments)]
fn signed_row(
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

/// The report routes, tried before any status changes: anonymous, a reporter (no session,
/// the receipt in the query), a forged session, EUIPO and EC3.
pub(crate) fn report_route_rows(f: &Fixture<'_>) -> Vec<Row> {
    use envelope::Kind::{Message, Note};
    use envelope::PublicKey;
    use StatusCode as S;
    let to_login = Some("/console/login");
    let expired = Some("/console/login?lang=en&expired");
    let (e, b) = (f.e.id.as_str(), f.b.id.as_str());
    let page = |id: &str| format!("/console/reports/{id}");
    let data = |id: &str| format!("/console/reports/{id}/data");
    let att = |id: &str, a: &str| format!("/console/reports/{id}/attachments/{a}");
    let msgs = |id: &str| format!("/console/reports/{id}/messages");
    let none = "0123456789abcdef0123456789abcdef";
    let reporter_e = PublicKey(f.e.reporter_pk);
    let euipo_keys = keys_of(Body::Euipo);
    let to_e = [vec![reporter_e], euipo_keys.clone()].concat();
    let outsider = envelope::KeyPair::generate().public;
    let good = || sealed(Message, &to_e);
    let (ce, cc) = (f.ce, f.cc);
    let grants = |id: &str| format!("/console/reports/{id}/grants");
    let key80 = envelope::b64(&[1u8; 80]);
    let (outsider_b64, member_b64) = (outsider.to_b64(), euipo_keys[0].to_b64());
    let grant = |csrf: &str, pk: &str| -> Vec<(&'static str, String)> {
        vec![
            ("csrf", csrf.to_string()),
            ("recipient", pk.to_string()),
            ("sealed_key", key80.clone()),
        ]
    };
    let grant_row = |who, cookie, id: &str, form: Vec<(&'static str, String)>, status| Row {
        form,
        ..row(who, cookie, "POST", &grants(id), &[], status, None)
    };
    let classify = |id: &str| format!("/console/reports/{id}/classification");
    let exports = |id: &str| format!("/console/reports/{id}/exports");
    let export_form = |csrf: &str, format: &str, tlp: &str| -> Vec<(&'static str, String)> {
        vec![
            ("csrf", csrf.to_string()),
            ("format", format.to_string()),
            ("tlp", tlp.to_string()),
        ]
    };
    let (keyring, _) = keystore::load_keyring(keys_dir(), None).unwrap();
    let record = envelope::stats::seal_record(b"{}", &keyring.anonymizer_key().unwrap()).unwrap();
    let mut rows = vec![
        // Validated classification: a sealed record, CSRF in the header, the report's bodies.
        raw_row(
            "anonymous",
            None,
            &classify(e),
            None,
            record.clone(),
            S::SEE_OTHER,
            to_login,
        ),
        raw_row(
            "EUIPO",
            ce,
            &classify(e),
            None,
            record.clone(),
            S::FORBIDDEN,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &classify(e),
            Some(f.csrf_e),
            b"TSS1 not a sealed record".to_vec(),
            S::BAD_REQUEST,
            None,
        ),
        // A well-framed record without the reviewer's signature (keys/FORMAT.md, "Signed
        // classifications"): refused; signed ones are in signed_classifications.rs.
        raw_row(
            "EUIPO",
            ce,
            &classify(e),
            Some(f.csrf_e),
            record.clone(),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EC3",
            cc,
            &classify(e),
            Some(f.csrf_c),
            record.clone(),
            S::NOT_FOUND,
            None,
        ),
        // Exports: logged with a known format and TLP level only.
        Row {
            form: vec![("format", "stix".into()), ("tlp", "red".into())],
            ..row("EUIPO", ce, "POST", &exports(e), &[], S::FORBIDDEN, None)
        },
        Row {
            form: export_form(f.csrf_e, "pdf", "red"),
            ..row("EUIPO", ce, "POST", &exports(e), &[], S::BAD_REQUEST, None)
        },
        Row {
            form: export_form(f.csrf_e, "stix", "purple"),
            ..row("EUIPO", ce, "POST", &exports(e), &[], S::BAD_REQUEST, None)
        },
        Row {
            form: export_form(f.csrf_e, "misp", "amber"),
            ..row("EUIPO", ce, "POST", &exports(e), &[], S::OK, None)
        },
        // TLP 2.0 levels only (TLP 1.0's white is gone); a TAXII push is logged like a file.
        Row {
            form: export_form(f.csrf_e, "stix", "white"),
            ..row("EUIPO", ce, "POST", &exports(e), &[], S::BAD_REQUEST, None)
        },
        Row {
            form: export_form(f.csrf_e, "taxii", "amber+strict"),
            ..row("EUIPO", ce, "POST", &exports(e), &[], S::OK, None)
        },
        Row {
            form: export_form(f.csrf_c, "taxii", "clear"),
            ..row("EC3", cc, "POST", &exports(e), &[], S::NOT_FOUND, None)
        },
        Row {
            form: export_form(f.csrf_c, "stix", "amber"),
            ..row("EC3", cc, "POST", &exports(e), &[], S::NOT_FOUND, None)
        },
        // Grants: only keys of the reviewer's body in the keyring, not twice.
        row(
            "anonymous",
            None,
            "POST",
            &grants(e),
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        grant_row("EUIPO", ce, e, grant("", &member_b64), S::FORBIDDEN),
        grant_row(
            "EUIPO",
            ce,
            e,
            grant(f.csrf_e, &outsider_b64),
            S::BAD_REQUEST,
        ),
        grant_row(
            "EUIPO",
            ce,
            e,
            grant(f.csrf_e, "not base64"),
            S::BAD_REQUEST,
        ),
        grant_row("EUIPO", ce, e, grant(f.csrf_e, &member_b64), S::CONFLICT),
        grant_row("EC3", cc, e, grant(f.csrf_c, &member_b64), S::NOT_FOUND),
    ];
    rows.extend(vec![
        row(
            "anonymous",
            None,
            "GET",
            &page(b),
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "anonymous",
            None,
            "GET",
            &data(b),
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "anonymous",
            None,
            "GET",
            &att(e, f.e_attachment),
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        raw_row(
            "anonymous",
            None,
            &msgs(e),
            None,
            good(),
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "reporter",
            None,
            "GET",
            &format!("{}?receipt=x", page(e)),
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "forged",
            Some(f.forged),
            "GET",
            &page(e),
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "forged",
            Some(f.forged),
            "GET",
            &data(e),
            &[],
            S::SEE_OTHER,
            expired,
        ),
        raw_row(
            "forged",
            Some(f.forged),
            &msgs(e),
            Some(f.csrf_e),
            good(),
            S::SEE_OTHER,
            expired,
        ),
        // EUIPO reads both of its reports and the attachment; unknown ids are "not found".
        row("EUIPO", ce, "GET", &page(e), &[], S::OK, None),
        row("EUIPO", ce, "GET", &page(b), &[], S::OK, None),
        row("EUIPO", ce, "GET", &data(e), &[], S::OK, None),
        row("EUIPO", ce, "GET", &page(none), &[], S::NOT_FOUND, None),
        row(
            "EUIPO",
            ce,
            "GET",
            &page("not-an-id"),
            &[],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "GET",
            &att(e, f.e_attachment),
            &[],
            S::OK,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "GET",
            &att(e, "unknown"),
            &[],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "GET",
            &att(b, f.e_attachment),
            &[],
            S::NOT_FOUND,
            None,
        ),
        // Messages: CSRF bound to the session, only well-formed envelopes for the reporter and
        // the report's bodies.
        raw_row("EUIPO", ce, &msgs(e), None, good(), S::FORBIDDEN, None),
        raw_row(
            "EUIPO",
            ce,
            &msgs(e),
            Some(f.csrf_c),
            good(),
            S::FORBIDDEN,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &msgs(e),
            Some(f.csrf_e),
            b"not an envelope".to_vec(),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &msgs(e),
            Some(f.csrf_e),
            sealed(Message, &euipo_keys),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &msgs(e),
            Some(f.csrf_e),
            sealed(
                Message,
                &[vec![reporter_e, outsider], euipo_keys.clone()].concat(),
            ),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &msgs(e),
            Some(f.csrf_e),
            sealed(Note, &to_e),
            S::BAD_REQUEST,
            None,
        ),
        // Without a keyring reviewer's signature: refused, nobody would be shown it.
        raw_row(
            "EUIPO",
            ce,
            &msgs(e),
            Some(f.csrf_e),
            good(),
            S::BAD_REQUEST,
            None,
        ),
        signed_row(
            "EUIPO",
            ce,
            &msgs(e),
            Some(f.csrf_e),
            e,
            envelope::Body::Euipo,
            good(),
            S::OK,
        ),
        // EC3: the EUIPO-only report and its attachment do not exist for it.
        row("EC3", cc, "GET", &page(e), &[], S::NOT_FOUND, None),
        row("EC3", cc, "GET", &data(e), &[], S::NOT_FOUND, None),
        row(
            "EC3",
            cc,
            "GET",
            &att(e, f.e_attachment),
            &[],
            S::NOT_FOUND,
            None,
        ),
        row("EC3", cc, "GET", &page(b), &[], S::OK, None),
        raw_row(
            "EC3",
            cc,
            &msgs(e),
            Some(f.csrf_c),
            good(),
            S::NOT_FOUND,
            None,
        ),
        signed_row(
            "EC3",
            cc,
            &msgs(b),
            Some(f.csrf_c),
            b,
            envelope::Body::Ec3,
            sealed(Note, &keys_of(Body::Ec3)),
            S::OK,
        ),
    ]);
    rows
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
