//! The member-state data portal over HTTP against the real binaries: synthetic records, the
//! anonymizer's release with `--out`, `tsr-admin member-state add`, enrolment and login with a
//! TOTP code computed here, the release list and page, every file downloaded byte for byte as
//! the anonymizer wrote it, `tsr-admin verify-release` on the ZIP (and on a copy with one byte
//! changed). API tokens, the data API and the OpenAPI document are in `portal_api.rs`.

use std::path::{Path, PathBuf};

use reqwest::header::SET_COOKIE;
use reqwest::StatusCode;

use crate::console::{get_with, post_login_with, Rev, PASSWORD};
use crate::helpers::between;
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{client, csrf_in};

/// Runs the anonymizer against the instance's database and keys.
fn anon(inst: &Instance, args: &[&str]) -> String {
    let out = run(anonymizer()
        .args(args)
        .env("DATABASE_URL", &inst.db_url)
        .env("KEYS_DIR", &inst.keys)
        .env("KEYS_PASSPHRASE", PASSPHRASE));
    assert!(
        out.status.success(),
        "anonymizer {args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Synthetic reports for two quarters and a release of each with `--out`; returns the newer
/// release's id and the directory of its files.
pub(crate) fn two_releases(inst: &Instance, out: &Path) -> (String, PathBuf) {
    let o = out.to_str().unwrap();
    anon(
        inst,
        &[
            "synth",
            "--reports",
            "150",
            "--period",
            "2026Q1",
            "--seed",
            "5",
            "--quiet",
        ],
    );
    anon(
        inst,
        &[
            "synth",
            "--reports",
            "250",
            "--period",
            "2026Q2",
            "--seed",
            "6",
            "--append",
            "--quiet",
        ],
    );
    anon(
        inst,
        &["release", "--period", "2026Q1", "--out", o, "--quiet"],
    );
    let stdout = anon(
        inst,
        &["release", "--period", "2026Q2", "--out", o, "--quiet"],
    );
    let id = stdout.split_whitespace().nth(1).unwrap().to_string();
    assert!(id.starts_with("2026Q2-"), "{stdout}");
    let dir = out.join(&id);
    (id, dir)
}

/// `tsr-admin member-state add`, returning the enrolment path from the printed link.
pub(crate) fn member_add(inst: &Instance, country: &str, name: &str) -> String {
    let out = run(admin()
        .args(["member-state", "add", "--country", country, "--name", name])
        .env("DATABASE_URL", &inst.db_url)
        .env("BASE_URL", &inst.srv.base));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let link = stdout
        .lines()
        .find(|l| l.contains("/portal/enrol/"))
        .unwrap_or_else(|| panic!("no link in: {stdout}"));
    link.strip_prefix(&inst.srv.base)
        .unwrap()
        .trim()
        .to_string()
}

/// Adds and enrols a member-state user (password + TOTP computed from the shown secret).
pub(crate) async fn member_enrolled(inst: &Instance, country: &str, name: &str) -> Rev {
    let path = member_add(inst, country, name);
    let (html, mut rev) = crate::console::enrolment_page(inst, &path, name).await;
    assert!(html.contains("<svg"), "QR code inline as SVG");
    let post = |code: String, confirm: &'static str| {
        let csrf = csrf_in(&html);
        let url = inst.url(&path);
        async move {
            client()
                .post(url)
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("password", PASSWORD),
                    ("password_confirm", confirm),
                    ("code", code.as_str()),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    let wrong = post("000000".into(), PASSWORD).await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    let mismatch = post(rev.fresh_code(), "another long passphrase").await;
    assert_eq!(mismatch.status(), StatusCode::BAD_REQUEST);
    assert!(mismatch.text().await.unwrap().contains("are not the same"));
    let done = post(rev.fresh_code(), PASSWORD).await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(done.text().await.unwrap().contains("Your account is ready"));
    let again = client().get(inst.url(&path)).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_FOUND, "the link works once");
    rev
}

/// Logs in; returns the `Cookie` header value.
pub(crate) async fn member_login(inst: &Instance, rev: &mut Rev) -> String {
    let code = rev.fresh_code();
    let resp = post_login_with(inst, "/portal/login", "", &rev.name, PASSWORD, &code).await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let set = resp.headers()[SET_COOKIE].to_str().unwrap().to_string();
    let pair = set.split(';').next().unwrap().to_string();
    assert!(pair.starts_with("__Host-session="), "{set}");
    pair
}

async fn body(inst: &Instance, path: &str, cookie: &str) -> (StatusCode, Vec<u8>) {
    let resp = get_with(inst, path, cookie).await;
    (resp.status(), resp.bytes().await.unwrap().to_vec())
}

/// `tsr-admin verify-release FILE --dir KEYS --expect FINGERPRINT` (the keyring's release key).
fn verify_release(keys: &Path, file: &Path, expect: &str) -> std::process::Output {
    run(admin()
        .arg("verify-release")
        .arg(file)
        .arg("--dir")
        .arg(keys)
        .args(["--expect", expect]))
}

#[tokio::test]
async fn portal_release_flow_downloads_equal_out_files_and_zip_verifies() {
    let inst = Instance::sqlite(&[]);
    let tmp = tempfile::tempdir().unwrap();
    let (id, dir) = two_releases(&inst, &tmp.path().join("out"));
    let mut dk = member_enrolled(&inst, "DK", "dk-csirt").await;
    // A wrong code is refused with the console's uniform message.
    let refused = post_login_with(&inst, "/portal/login", "", "dk-csirt", PASSWORD, "000000").await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    let cookie = member_login(&inst, &mut dk).await;

    // The list: both quarters with date, epsilon and status.
    let (status, list) = body(&inst, "/portal/?lang=en", &cookie).await;
    let list = String::from_utf8(list).unwrap();
    assert_eq!(status, StatusCode::OK);
    for want in [
        "2026Q1",
        "2026Q2",
        &format!("data-release=\"{id}\""),
        "1.00",
        "Published",
        "Denmark",
    ] {
        assert!(list.contains(want), "{want} in {list}");
    }

    // The release page: four charts with whiskers, titles, descriptions, data tables, the
    // user's country highlighted, the methodology, and a link per file.
    let (status, page) = body(&inst, &format!("/portal/releases/{id}?lang=en"), &cookie).await;
    let page = String::from_utf8(page).unwrap();
    assert_eq!(status, StatusCode::OK);
    for chart in [
        "chart-quarter",
        "chart-state-quarter",
        "chart-sector",
        "chart-attack-vector",
        "chart-member-state",
        "chart-sector-quarter",
        "chart-attack-vector-quarter",
    ] {
        assert!(
            page.contains(&format!("<title id=\"{chart}-title\">")),
            "{chart}"
        );
        assert!(
            page.contains(&format!("<desc id=\"{chart}-desc\">")),
            "{chart}"
        );
        assert!(page.contains(&format!("id=\"{chart}-table\"")), "{chart}");
    }
    assert_eq!(page.matches("<svg xmlns").count(), 7);
    // The most reported sector and attack vector of the release, across quarters.
    assert!(page.contains(": reports by quarter"));
    assert!(page.contains("the data API gives every sector and attack vector across quarters"));
    assert!(page.contains("Reports in your member state by quarter"));
    assert!(page.matches("class=\"whisker\"").count() >= 2 + 21 + 22 + 27);
    assert!(page.contains("Denmark is highlighted and marked."));
    assert!(page.contains("DK – Denmark (highlighted)"));
    assert!(page.contains("2026Q1") && page.contains("How these figures were made"));
    assert!(page.contains("The protected unit is one organisation&#39;s reporting in the quarter"));
    assert!(!page.contains('⟦'), "every message exists");
    let da = String::from_utf8(
        body(&inst, &format!("/portal/releases/{id}?lang=da"), &cookie)
            .await
            .1,
    )
    .unwrap();
    assert!(da.contains("Sådan er tallene lavet") && !da.contains('⟦'));

    // Every file the anonymizer wrote, downloaded from the portal: the same bytes.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(
        names.iter().filter(|n| n.ends_with(".csv")).count() >= 12,
        "{names:?}"
    );
    assert!(names.contains(&format!("{id}.zip")) && names.contains(&"SHA256SUMS.sig".to_string()));
    for name in &names {
        let path = format!("/portal/releases/{id}/files/{name}");
        assert!(
            page.contains(&format!("{path}?lang=en")),
            "{name} linked from the page"
        );
        let (status, bytes) = body(&inst, &path, &cookie).await;
        assert_eq!(status, StatusCode::OK, "{name}");
        assert!(
            bytes == std::fs::read(dir.join(name)).unwrap(),
            "{name} differs from --out"
        );
    }
    let (status, _) = body(
        &inst,
        &format!("/portal/releases/{id}/files/secrets.csv"),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = body(&inst, "/portal/releases/2026Q2-nothing", &cookie).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The ZIP verifies with the release key of the keyring signed by the pinned key; the key
    // the page shows is that same key (informative: the command does not take it).
    let zip = tmp.path().join("received.zip");
    std::fs::copy(dir.join(format!("{id}.zip")), &zip).unwrap();
    let pinned = keyring_signer(&inst.keys);
    let key = between(&page, "id=\"release-key\" class=\"fingerprint\">", "<").to_string();
    let (keyring, _) = keystore::load_keyring(&inst.keys, Some(&pinned)).unwrap();
    assert_eq!(keyring.release_key().unwrap().unwrap().to_b64(), key);
    assert!(
        page.contains(&format!("--expect {pinned}")),
        "the page shows the command with the pinned fingerprint"
    );
    let out = verify_release(&inst.keys, &zip, &pinned);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with(&format!("OK: release {id} verified")),
        "{}",
        text(&out.stdout)
    );
    // Without a pinned fingerprint nothing is verified; nor with a keyring signed by another
    // key, nor with a keyring that names no release key or another one.
    let out = run(admin()
        .arg("verify-release")
        .arg(&zip)
        .arg("--dir")
        .arg(&inst.keys));
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--expect"),
        "{}",
        text(&out.stderr)
    );
    let out = verify_release(&inst.keys, &zip, "AAAA-AAAA-AAAA-AAAA");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("NOT VERIFIED"),
        "{}",
        text(&out.stderr)
    );
    let other_keys = tmp.path().join("other-keys");
    for (serial, release, expected) in [
        (5, None, "names no release key"),
        (
            6,
            Some(envelope::keys::SigningKey::generate().public_key().unwrap()),
            "signature",
        ),
    ] {
        std::fs::create_dir_all(&other_keys).unwrap();
        for f in std::fs::read_dir(&inst.keys).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), other_keys.join(f.file_name())).unwrap();
        }
        let mut k = keyring.clone();
        k.serial = serial;
        k.release = release.map(|pk| envelope::keyring::KeyEntry::signing("release", "R", &pk));
        let signing = keystore::read_key_file(&other_keys.join(keystore::SIGNING_KEY_FILE))
            .unwrap()
            .unwrap_signing(PASSPHRASE.as_bytes())
            .unwrap();
        let signed = k.sign(&signing).unwrap();
        std::fs::write(other_keys.join("keyring.json"), &signed.bytes).unwrap();
        std::fs::write(
            other_keys.join("keyring.sig"),
            signed.signature_file().unwrap(),
        )
        .unwrap();
        let out = verify_release(&other_keys, &zip, &pinned);
        assert!(!out.status.success());
        let err = text(&out.stderr);
        assert!(
            err.contains("NOT VERIFIED") && err.contains(expected),
            "{err}"
        );
    }
    // One byte of a CSV's content changed: refused, naming the file (the ZIP's own CRC or
    // SHA256SUMS, whichever notices first).
    let mut bytes = std::fs::read(&zip).unwrap();
    let at = bytes.windows(7).position(|w| w == b"release").unwrap() + 30;
    bytes[at] ^= 0x01;
    std::fs::write(&zip, &bytes).unwrap();
    let out = verify_release(&inst.keys, &zip, &pinned);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("NOT VERIFIED") && err.contains(".csv"),
        "{err}"
    );
}
