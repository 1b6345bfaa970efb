//! The console matrix's rows for the report routes (the page, its ciphertext data, an
//! attachment's stream, posting a message or note encrypted in the browser), tried before any
//! status changes; run by `console_cases.rs` through `console_matrix::run_rows`.

use reqwest::StatusCode;
use storage::Body;

use crate::console_matrix::{keys_of, raw_row, row, sealed, signed_row, Fixture, Row};
use crate::instance::*;

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
