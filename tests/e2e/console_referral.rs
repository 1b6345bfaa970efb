//! Tags and referrals (issue 17, points 3 and 4) over HTTP: tags from the body's fixed list put
//! on and taken off a report, listed in the inbox data of that body only, an unknown tag
//! refused in words; a referral EUIPO -> EC3 refused when its slots are not exactly EC3's
//! keyring keys, when it names the same body, and a second time; accepted with EC3's keys,
//! after which EC3 lists the report with its own deadline counted from the referral day, and
//! EC3's first message to the reporter is recorded as its acknowledgement.
//! Audited without content. The browser half is `console_referral_browser.rs`; the matrix rows
//! are in `console_refer_matrix.rs`.

use reqwest::header::COOKIE;
use reqwest::StatusCode;
use serde_json::{json, Value};
use storage::Body;

use crate::console::{enrolled, get_with, login};
use crate::console_cases::inbox_html;
use crate::helpers::{admin, run, text};
use crate::instance::*;
use crate::intake::{client, csrf_in, good_fields, submit_ok, with};

/// The keyring keys of `body` in the shared test keyring, Base64.
pub(crate) fn keyring_keys(body: Body) -> Vec<String> {
    let (keyring, _) = keystore::load_keyring(keys_dir(), None).unwrap();
    keyring
        .recipients(&[body])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk.to_b64())
        .collect()
}

/// A referral request to `to` with one made-up 80-byte sealed key per key.
pub(crate) fn referral_json(to: &str, keys: &[String], note: Option<Vec<u8>>) -> Vec<u8> {
    let slots: Vec<Value> = keys
        .iter()
        .map(|k| json!({ "recipient": k, "sealed_key": envelope::b64(&[7u8; 80]) }))
        .collect();
    serde_json::to_vec(&json!({
        "to": to,
        "slots": slots,
        "note": note.map(|n| envelope::b64(&n)),
    }))
    .unwrap()
}

async fn post_referral(
    inst: &Instance,
    cookie: &str,
    csrf: &str,
    id: &str,
    body: Vec<u8>,
    lang: &str,
) -> (StatusCode, Value) {
    let resp = client()
        .post(inst.url(&format!("/console/reports/{id}/referral?lang={lang}")))
        .header(COOKIE, cookie)
        .header("X-CSRF-Token", csrf)
        .header("Content-Type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn data_of(inst: &Instance, cookie: &str) -> Value {
    let resp = get_with(inst, "/console/inbox/data?lang=en", cookie).await;
    assert_eq!(resp.status(), StatusCode::OK);
    resp.json().await.unwrap()
}

fn row<'a>(data: &'a Value, id: &str) -> Option<&'a Value> {
    data["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
}

#[tokio::test]
async fn tags_and_referral_over_http() {
    let inst = Instance::sqlite(&[]);
    let narrative = "The mould designs left on a contractor's laptop.";
    submit_ok(
        &inst,
        &with(
            &with(&good_fields(), "recipients", "EUIPO"),
            "narrative",
            narrative,
        ),
        &[],
    )
    .await;
    let id = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let all = storage::reports::list_reports_for_body(&mut c, Body::Euipo).unwrap();
        // Received long ago: EUIPO's acknowledgement is overdue, EC3's runs from the referral.
        use diesel::prelude::*;
        use storage::schema::reports::dsl as rd;
        diesel::update(rd::reports.find(&all[0].id))
            .set(rd::received_day.eq("2026-01-05"))
            .execute(&mut *c)
            .unwrap();
        all[0].id.clone()
    };
    // The operator's tag lists: names checked, the list printed, changes audited.
    let tags_cmd = |args: &[&str]| {
        run(admin()
            .arg("tags")
            .args(args)
            .env("DATABASE_URL", &inst.db_url))
    };
    for (body, name) in [
        ("euipo", "phishing"),
        ("EUIPO", "urgent"),
        ("ec3", "ransomware"),
    ] {
        let out = tags_cmd(&["add", "--body", body, name]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    for bad in ["two words", "note:contact", ""] {
        let out = tags_cmd(&["add", "--body", "euipo", bad]);
        assert!(!out.status.success(), "{bad:?} accepted");
        assert!(
            text(&out.stderr).contains("tag name"),
            "{}",
            text(&out.stderr)
        );
    }
    assert!(!tags_cmd(&["add", "--body", "euipo", "urgent"])
        .status
        .success());
    let out = tags_cmd(&["add", "--body", "enisa", "x"]);
    assert!(!out.status.success());
    assert!(tags_cmd(&["add", "--body", "euipo", "gone"])
        .status
        .success());
    assert!(tags_cmd(&["remove", "--body", "euipo", "gone"])
        .status
        .success());
    let out = tags_cmd(&["list", "--body", "euipo"]);
    assert_eq!(text(&out.stdout), "phishing\nurgent\n");
    let mut ida = enrolled(&inst, "EUIPO", "ida").await;
    let mut jon = enrolled(&inst, "EC3", "jon").await;
    let (ce, cc) = (login(&inst, &mut ida).await, login(&inst, &mut jon).await);
    let csrf_e = csrf_in(&inbox_html(&inst, &ce, "en").await);
    let csrf_c = csrf_in(&inbox_html(&inst, &cc, "en").await);

    // Tags: a tag of the list goes on, shows in EUIPO's inbox data with the list.
    let tag = |action: &'static str, name: &'static str, lang: &'static str| {
        let (inst, ce, csrf_e, id) = (&inst, ce.clone(), csrf_e.clone(), id.clone());
        async move {
            client()
                .post(inst.url(&format!("/console/reports/{id}/tags?lang={lang}")))
                .header(COOKIE, ce)
                .form(&[("csrf", csrf_e.as_str()), ("action", action), ("tag", name)])
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        tag("add", "phishing", "en").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        tag("add", "urgent", "en").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        tag("remove", "urgent", "en").await.status(),
        StatusCode::SEE_OTHER
    );
    let refused = tag("add", "ransomware", "de").await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let text = refused.text().await.unwrap();
    assert!(
        text.contains("Dieses Schlagwort steht nicht in der Liste Ihrer Stelle"),
        "{text}"
    );
    let e = data_of(&inst, &ce).await;
    assert_eq!(e["tags"], json!(["phishing", "urgent"]));
    assert_eq!(row(&e, &id).unwrap()["tags"], json!(["phishing"]));
    let page = get_with(&inst, &format!("/console/reports/{id}?lang=en"), &ce)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<span class=\"tag\">phishing</span>"),
        "{page}"
    );
    assert!(
        page.contains("<option value=\"urgent\">urgent</option>"),
        "{page}"
    );

    // Referral refusals, in words, with nothing stored: slots for EUIPO's keys, EC3's keys
    // without its recovery key, the same body, an unknown body.
    let euipo_keys = keyring_keys(Body::Euipo);
    let ec3_keys = keyring_keys(Body::Ec3);
    assert!(ec3_keys.len() >= 2, "EC3 has a reviewer and a recovery key");
    let (status, body) = post_referral(
        &inst,
        &ce,
        &csrf_e,
        &id,
        referral_json("EC3", &euipo_keys, None),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["message"],
        "The sealed keys are not for exactly the keys of EC3 in the keyring. Nothing was referred."
    );
    let (status, _) = post_referral(
        &inst,
        &ce,
        &csrf_e,
        &id,
        referral_json("EC3", &ec3_keys[..ec3_keys.len() - 1], None),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, body) = post_referral(
        &inst,
        &ce,
        &csrf_e,
        &id,
        referral_json("EUIPO", &euipo_keys, None),
        "fr",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["message"],
        "Un signalement ne peut être transmis qu'à l'autre organisme."
    );
    let (status, _) = post_referral(
        &inst,
        &ce,
        &csrf_e,
        &id,
        referral_json("ENISA", &ec3_keys, None),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // A note that is not this report's note is refused too.
    let all_keys: Vec<envelope::PublicKey> = euipo_keys
        .iter()
        .chain(&ec3_keys)
        .map(|k| envelope::PublicKey::from_b64(k).unwrap())
        .collect();
    let note_for = |oid: [u8; 16]| {
        envelope::Envelope::seal(
            envelope::Kind::Note,
            oid,
            br#"{"v":1,"text":"criminal, for EC3","attachments":[]}"#,
            &all_keys,
        )
        .unwrap()
        .to_bytes()
    };
    let (status, _) = post_referral(
        &inst,
        &ce,
        &csrf_e,
        &id,
        referral_json("EC3", &ec3_keys, Some(note_for(envelope::random_id()))),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(row(&data_of(&inst, &cc).await, &id).is_none());
    let slots = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::reports::slots_for_report(&mut c, &id).unwrap()
    };
    assert!(slots.iter().all(|s| s.body == Body::Euipo));

    // Accepted with exactly EC3's keys: EC3 lists it, its deadline 7 days from today.
    let rid: [u8; 16] = envelope::unhex::<16>(&id).unwrap();
    let (status, body) = post_referral(
        &inst,
        &ce,
        &csrf_e,
        &id,
        referral_json("EC3", &ec3_keys, Some(note_for(rid))),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["referred"], "EC3");
    let today = storage::Day::today();
    let due = server::console::deadlines::add_days(&today, 7).unwrap();
    let c = data_of(&inst, &cc).await;
    let r = row(&c, &id).expect("EC3 lists the referred report");
    assert_eq!(r["referred_from"], "EUIPO");
    assert_eq!(r["referred_day"], today.as_str());
    assert_eq!(r["deadline"]["kind"], "acknowledgement");
    assert_eq!(r["deadline"]["due"], due.as_str());
    assert_eq!(r["granted"].as_array().unwrap().len(), 0, "not jon's key");
    // EC3 sees none of EUIPO's tags; EUIPO's own clock is unchanged (overdue).
    assert_eq!(r["tags"], json!([]));
    let e = data_of(&inst, &ce).await;
    assert_eq!(row(&e, &id).unwrap()["deadline"]["urgency"], "overdue");
    assert_eq!(row(&e, &id).unwrap()["referred_from"], Value::Null);
    // EC3's reviewers open the report page; the referral is named there.
    let page = get_with(&inst, &format!("/console/reports/{id}?lang=en"), &cc).await;
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    assert!(
        page.contains(&format!(
            "Referred from EUIPO to EC3 by ida on {}.",
            today.as_str()
        )),
        "{page}"
    );
    assert!(
        !page.contains("id=\"referral-form\""),
        "nothing left to refer"
    );
    let data: Value = get_with(&inst, &format!("/console/reports/{id}/data"), &cc)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(data["referral_notes"][0]["to"], "EC3");

    // A second referral to EC3, and one back from EC3 to EUIPO, are refused.
    let (status, body) = post_referral(
        &inst,
        &ce,
        &csrf_e,
        &id,
        referral_json("EC3", &ec3_keys, None),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        body["error"]["message"],
        "EC3 already has this report; it was not referred again."
    );
    let (status, _) = post_referral(
        &inst,
        &cc,
        &csrf_c,
        &id,
        referral_json("EUIPO", &euipo_keys, None),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // Audited: who, from and to; the tags by name; never a note or a narrative.
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let entries = storage::audit::audit_entries(&mut conn, 0, 10_000).unwrap();
    let referred: Vec<_> = entries
        .iter()
        .filter(|r| r.action == "report.referred")
        .collect();
    assert_eq!(referred.len(), 1, "{referred:?}");
    let detail: Value = serde_json::from_str(&referred[0].detail).unwrap();
    assert_eq!(
        detail,
        json!({ "from": "EUIPO", "to": "EC3", "slots": ec3_keys.len(), "note": true })
    );
    assert_eq!(referred[0].object_id.as_deref(), Some(id.as_str()));
    let tagged = entries
        .iter()
        .filter(|r| r.action == "report.tagged")
        .count();
    let untagged = entries
        .iter()
        .filter(|r| r.action == "report.untagged")
        .count();
    assert_eq!((tagged, untagged), (2, 1));
    let listed = entries
        .iter()
        .filter(|r| r.action == "tags.added" || r.action == "tags.removed")
        .count();
    assert_eq!(listed, 5);
    let all = format!("{entries:?}");
    assert!(!all.contains("criminal") && !all.contains(narrative));
    drop(conn);

    // EC3's first message to the reporter is its acknowledgement: recorded on the referral,
    // after which EC3's next deadline is the feedback; EUIPO's record is untouched.
    ec3_writes_to_the_reporter(&inst, &cc, &csrf_c, &id).await;
    let acknowledged = {
        let mut c = db.conn().unwrap();
        storage::reports::referrals_to_body(&mut c, Body::Ec3).unwrap()[&id]
            .acknowledged_day
            .clone()
    };
    assert_eq!(acknowledged, Some(today.clone()));
    let c = data_of(&inst, &cc).await;
    assert_eq!(row(&c, &id).unwrap()["deadline"]["kind"], "feedback");
    let e = data_of(&inst, &ce).await;
    assert_eq!(row(&e, &id).unwrap()["deadline"]["kind"], "acknowledgement");
}

/// EC3's reviewer (given the development EC3 signing key the shared keyring names, as the
/// matrix's reviewers are) posts a signed message sealed to the reporter and both bodies.
async fn ec3_writes_to_the_reporter(inst: &Instance, cookie: &str, csrf: &str, id: &str) {
    let db = inst.db();
    let report = {
        let mut c = db.conn().unwrap();
        let jon = storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Name("jon"),
        )
        .unwrap()
        .unwrap()
        .id;
        let pk = reviewer_signing_key(envelope::Body::Ec3)
            .public_key()
            .unwrap();
        storage::accounts::set_reviewer_signing_key(&mut c, jon, Some((&pk.0, "{}"))).unwrap();
        storage::reports::find_report(&mut c, id).unwrap().unwrap()
    };
    let mut keys = vec![envelope::PublicKey(report.reporter_pk)];
    for body in [Body::Euipo, Body::Ec3] {
        for k in keyring_keys(body) {
            keys.push(envelope::PublicKey::from_b64(&k).unwrap());
        }
    }
    let text = br#"{"v":1,"text":"EC3 has your report.","attachments":[]}"#;
    let env = envelope::Envelope::seal(envelope::Kind::Message, envelope::random_id(), text, &keys)
        .unwrap();
    let bytes = env.to_bytes();
    let rid = envelope::unhex::<16>(id).unwrap();
    let sig = envelope::signature::sign_message(
        &reviewer_signing_key(envelope::Body::Ec3),
        &rid,
        &env.id,
        &bytes,
    )
    .unwrap();
    let resp = client()
        .post(inst.url(&format!("/console/reports/{id}/messages")))
        .header(COOKIE, cookie)
        .header("X-CSRF-Token", csrf)
        .header("X-Message-Signature", envelope::b64(&sig))
        .body(bytes)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    assert_eq!(status, StatusCode::OK, "{}", resp.text().await.unwrap());
}
