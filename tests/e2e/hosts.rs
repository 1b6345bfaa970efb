//! The hosts of the key ceremony tests (`ceremony.rs`, `recovery.rs`), one directory each, and
//! the steps they share, run through `tsr-admin` as keys/README.md gives them: the first
//! ceremony (keys made on their hosts, the first keyring assembled offline and imported), a
//! reviewer enrolled with a key pair the test keeps, and a re-signing through
//! `keys export-reviewers`, `keys assemble` and `keys import`.

use std::fs;
use std::path::{Path, PathBuf};

use envelope::{Body, KeyPair};

use crate::console::{add, post_enrol_with, Rev, PASSWORD, UNLOCK};
use crate::helpers::*;
use crate::instance::Instance;

/// The hosts of a ceremony, as directories, and the running server.
pub struct Hosts {
    pub offline: PathBuf,
    pub recovery: [PathBuf; 2],
    pub anonymizer: PathBuf,
    pub media: PathBuf,
    pub server_keys: PathBuf,
    pub signer: String,
    pub inst: Instance,
    _tmp: tempfile::TempDir,
}

impl Hosts {
    pub fn recovery_host(&self, body: Body) -> &Path {
        &self.recovery[usize::from(body == Body::Ec3)]
    }
}

/// `tsr-admin` with the key-file passphrase (and the server's database, when given).
pub fn admin_on(db: Option<&str>, args: &[&str]) -> std::process::Output {
    let mut cmd = admin();
    cmd.args(args).env("KEYS_PASSPHRASE", PASSPHRASE);
    if let Some(url) = db {
        cmd.env("DATABASE_URL", url);
    }
    run(&mut cmd)
}

pub fn ok(out: std::process::Output) -> String {
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

pub fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The fingerprint on the first line `keys new` prints.
pub fn printed_fingerprint(out: &str) -> String {
    out.lines()
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string()
}

/// Copies `name` from a host to the transfer media (what the operator carries).
pub fn carry(from: &Path, name: &str, media: &Path) -> PathBuf {
    fs::create_dir_all(media).unwrap();
    let to = media.join(name);
    fs::copy(from.join(name), &to).unwrap();
    to
}

/// Steps 1-4 of the README: the keys on their hosts, the first keyring assembled and signed
/// offline, imported on the server host, and the server started with the pinned fingerprint.
pub fn first_ceremony() -> Hosts {
    let tmp = tempfile::tempdir().unwrap();
    let host = |n: &str| {
        let d = tmp.path().join(n);
        fs::create_dir_all(&d).unwrap();
        d
    };
    let (offline, media, anonymizer) = (host("offline"), host("media"), host("anonymizer"));
    let recovery = [host("euipo-recovery"), host("ec3-recovery")];
    let server_tmp = tempfile::tempdir_in(tmp.path()).unwrap();
    let server_keys = server_tmp.path().join("keys");

    let out = ok(admin_on(
        None,
        &[
            "keys",
            "new",
            "--kind",
            "keyring-signing",
            "--dir",
            p(&offline),
        ],
    ));
    assert!(out.starts_with("Keyring signing key "), "{out}");
    let signer = printed_fingerprint(&out);
    for (dir, body) in recovery.iter().zip(["EUIPO", "EC3"]) {
        let out = ok(admin_on(
            None,
            &[
                "keys",
                "new",
                "--kind",
                "recovery",
                "--body",
                body,
                "--dir",
                p(dir),
            ],
        ));
        assert!(out.starts_with(&format!("{body} recovery key ")), "{out}");
        carry(
            dir,
            &format!("{}-recovery.pub.json", body.to_ascii_lowercase()),
            &media,
        );
    }
    ok(admin_on(
        None,
        &[
            "keys",
            "new",
            "--kind",
            "anonymizer",
            "--dir",
            p(&anonymizer),
        ],
    ));
    carry(&anonymizer, "anonymizer.pub.json", &media);

    let kr1 = media.join("keyring-1");
    let out = ok(admin_on(
        None,
        &[
            "keys",
            "assemble",
            "--signing-key",
            p(&offline.join("keyring-signing.key")),
            "--recovery",
            p(&media.join("euipo-recovery.pub.json")),
            "--recovery",
            p(&media.join("ec3-recovery.pub.json")),
            "--anonymizer",
            p(&media.join("anonymizer.pub.json")),
            "--out",
            p(&kr1),
        ],
    ));
    assert!(out.contains("Keyring serial 1 "), "{out}");
    assert_eq!(signer_fingerprint(&out), signer);

    let db = Instance::sqlite_url_in(server_tmp.path());
    ok(admin_on(
        Some(&db),
        &[
            "keys",
            "import",
            "--from",
            p(&kr1),
            "--dir",
            p(&server_keys),
            "--expect",
            &signer,
        ],
    ));
    let inst = Instance::sqlite_with_keys(
        server_tmp,
        server_keys.clone(),
        &[("KEYRING_FINGERPRINT", &signer)],
    );
    Hosts {
        offline,
        recovery,
        anonymizer,
        media,
        server_keys,
        signer,
        inst,
        _tmp: tmp,
    }
}

/// Adds and enrols a reviewer whose key pair the test keeps (its browser's).
pub async fn enrol_known(inst: &Instance, body: &str, name: &str) -> (Rev, KeyPair) {
    let path = add(inst, body, name);
    let (_, mut rev) = crate::console::enrolment_page(inst, &path, name).await;
    let kp = KeyPair::generate();
    let wrapped = envelope::WrappedKey::wrap_x25519(
        &kp,
        name,
        UNLOCK.as_bytes(),
        envelope::KdfLimits::MINIMUM,
    )
    .unwrap()
    .to_json()
    .unwrap();
    // The message signing key the browser makes with it.
    let sk = envelope::SigningKey::generate();
    let wrapped_sk = envelope::WrappedKey::wrap_signing(
        &sk,
        name,
        UNLOCK.as_bytes(),
        envelope::KdfLimits::MINIMUM,
    )
    .unwrap()
    .to_json()
    .unwrap();
    let code = rev.fresh_code();
    let (status, page) = post_enrol_with(
        inst,
        &path,
        &[
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
            ("code", &code),
            ("public_key", &kp.public.to_b64()),
            ("wrapped_key", &wrapped),
            ("signing_public_key", &sk.public_key().unwrap().to_b64()),
            ("wrapped_signing_key", &wrapped_sk),
        ],
    )
    .await;
    assert!(status.is_success(), "{page}");
    (rev, kp)
}

/// Server host: export the reviewers; offline host: assemble on the current keyring with the
/// approvals; server host: import and restart. Returns what `assemble` printed.
pub fn resign_offline(h: &mut Hosts, approve: &[&str], extra: &[&str]) -> String {
    let db = h.inst.db_url.clone();
    let export = h.media.join("reviewers.json");
    let _ = fs::remove_file(&export);
    ok(admin_on(
        Some(&db),
        &["keys", "export-reviewers", "--out", p(&export)],
    ));
    let current = h.media.join("current");
    let _ = fs::remove_dir_all(&current);
    for f in ["keyring.json", "keyring.sig"] {
        carry(&h.server_keys, f, &current);
    }
    let next = h.media.join("next");
    let signing = h.offline.join("keyring-signing.key");
    let mut args = vec![
        "keys",
        "assemble",
        "--current",
        p(&current),
        "--reviewers",
        p(&export),
        "--signing-key",
        p(&signing),
        "--out",
        p(&next),
    ];
    for fp in approve {
        args.extend(["--approve", *fp]);
    }
    args.extend_from_slice(extra);
    let printed = ok(admin_on(None, &args));
    ok(admin_on(
        Some(&db),
        &[
            "keys",
            "import",
            "--from",
            p(&next),
            "--dir",
            p(&h.server_keys),
            "--expect",
            &h.signer,
        ],
    ));
    h.inst.restart();
    printed
}

/// The id and envelope of the report with this receipt.
pub fn report_of(inst: &Instance, receipt: &str) -> (String, envelope::Envelope) {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = envelope::Receipt::parse(receipt)
        .unwrap()
        .lookup_hash()
        .unwrap();
    let r = storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .unwrap();
    (r.id, envelope::Envelope::parse(&r.envelope).unwrap())
}

pub fn unwrap_file(path: &Path) -> KeyPair {
    keystore::read_key_file(path)
        .unwrap()
        .unwrap_x25519(PASSPHRASE.as_bytes())
        .unwrap()
}

pub const NARRATIVE: &str = "spear-phishing mail to our design office";
