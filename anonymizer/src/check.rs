//! `anonymizer check`: everything the job needs, each check on its own line, so an operator at
//! 3 a.m. sees which one failed.

use std::io::Write;

/// Runs every check; returns whether all passed.
pub fn run(common: &settings::Common, out: &mut dyn Write) -> bool {
    let database_url: &str = &common.database_url;
    let keys_dir = &common.keys_dir;
    let mut ok = true;
    let mut line = |name: &str, result: Result<String, String>| {
        let text = match result {
            Ok(detail) => format!("ok      {name}: {detail}"),
            Err(detail) => {
                ok = false;
                format!("FAILED  {name}: {detail}")
            }
        };
        let _ = writeln!(out, "{text}");
    };

    let keyring = keystore::load_keyring(keys_dir, common.keyring_fingerprint.as_deref());
    let anonymizer_pk = match &keyring {
        Ok((kr, signed)) => {
            line(
                "keyring",
                Ok(format!(
                    "{} signed by {}",
                    keys_dir.display(),
                    signed.signer.fingerprint()
                )),
            );
            kr.anonymizer_key().ok()
        }
        Err(e) => {
            line("keyring", Err(e.to_string()));
            None
        }
    };

    let release_pk = match &keyring {
        Ok((kr, _)) => kr.release_key().ok().flatten(),
        Err(_) => None,
    };
    let key_path = keys_dir.join(keystore::ANONYMIZER_KEY_FILE);
    let unwrapped = keystore::unwrap_x25519_file(&key_path, common.passphrase());
    // The release key is derived from the anonymizer key: printed here so that the operator
    // can put it into the keyring (`tsr-admin keys sign-keyring --release-key`).
    if let Ok(kp) = &unwrapped {
        if let Ok(release) = publication::release_signing_key(kp.secret.expose()).public_key() {
            let text = format!("{} ({})", release.to_b64(), release.fingerprint());
            match release_pk {
                Some(pk) if pk == release => line("release key", Ok(format!("{text}, in the keyring"))),
                Some(pk) => line(
                    "release key",
                    Err(format!("{text} is not the keyring's release key {}", pk.fingerprint())),
                ),
                None => line(
                    "release key",
                    Ok(format!("{text}, not in the keyring: add it with `tsr-admin keys sign-keyring --release-key {}`", release.to_b64())),
                ),
            }
        }
    }
    match unwrapped {
        Ok(kp) => match anonymizer_pk {
            Some(pk) if pk == kp.public => line(
                "anonymizer key",
                Ok(format!("{} matches the keyring", pk.fingerprint())),
            ),
            Some(pk) => line(
                "anonymizer key",
                Err(format!(
                    "{} is not the keyring's anonymizer key {}",
                    kp.public.fingerprint(),
                    pk.fingerprint()
                )),
            ),
            None => line(
                "anonymizer key",
                Ok(format!(
                    "{} (keyring not verified)",
                    kp.public.fingerprint()
                )),
            ),
        },
        Err(e) => line("anonymizer key", Err(e.to_string())),
    }
    // Kept after a rotation so that records sealed before it still open.
    match crate::keys::retiring_keys(keys_dir, common.passphrase()) {
        Ok(keys) if keys.is_empty() => line("retiring keys", Ok("none".into())),
        Ok(keys) => line(
            "retiring keys",
            Ok(keys
                .iter()
                .map(|k| k.public.fingerprint())
                .collect::<Vec<_>>()
                .join(", ")),
        ),
        Err(e) => line("retiring keys", Err(e.to_string())),
    }

    match storage::Database::connect(database_url) {
        Ok(db) => {
            let backend = db.backend().as_str();
            match db.pending_migrations() {
                Ok(p) if p.is_empty() => line("database", Ok(format!("{backend}, schema current"))),
                Ok(p) => line(
                    "database",
                    Err(format!("{backend}: {} migration(s) pending; start `server serve` once to apply them", p.len())),
                ),
                Err(e) => line("database", Err(format!("{backend}: {e}"))),
            }
        }
        Err(e) => line("database", Err(e.to_string())),
    }
    ok
}
