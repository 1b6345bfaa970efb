//! `/console/enrol/{token}`: the console's part in the shared enrolment flow
//! ([`crate::auth::enrol`]) and the console's [`AccountRealm`]. The reviewer sets a login
//! password and enrols TOTP like every account; on top of that, a key pair.
//!
//! The browser key pair: `static/js/console.js` generates the reviewer's X25519 key pair,
//! wraps the private key under a separate unlock passphrase (Argon2id + secretbox, the
//! `tsr-wrapped-key/1` format of `envelope::wrap`) and posts only the public key and the
//! wrapped key with this form; the unlock passphrase never leaves the browser. Without
//! JavaScript the page says that a browser with JavaScript is required, and the server refuses
//! an enrolment without a key pair ([`check_key_pair`]). The operator's
//! `tsr-admin keys sign-keyring` then adds the key to the body's keyring.

use envelope::{PublicKey, SigningPublicKey, WrappedKey};
use storage::accounts::{keyring_entry_id, Account, ReviewerProfile, SigningKeyUpload};

use crate::auth::realm::{AccountRealm, KeyFields, KeyUpload};
use crate::auth::signin::{Realm, CONSOLE};

impl AccountRealm for ReviewerProfile {
    const REALM: Realm = CONSOLE;
    type State = crate::state::ConsoleState;
    type SignedIn = super::SignedIn;

    fn lead_arg(&self) -> (&'static str, String) {
        ("body", self.body.as_str().to_string())
    }

    /// The reviewer's keyring entry id (`euipo-enrolled-7`).
    fn key_label(account: &Account<Self>) -> Option<String> {
        Some(keyring_entry_id(account.profile.body, account.id))
    }

    fn key_upload(f: KeyFields<'_>) -> Result<Option<KeyUpload>, &'static str> {
        let refused = "console-error-enrol-key";
        let (public_key, wrapped_json) =
            check_key_pair(f.public_key, f.wrapped_key).ok_or(refused)?;
        // The signing key is optional (a browser running an older enrol.js sends none: the
        // reviewer's messages are then unsigned), but one that is sent must be well-formed.
        let signing = if f.signing_public_key.is_empty() && f.wrapped_signing_key.is_empty() {
            None
        } else {
            let (public_key, wrapped_json) =
                check_signing_key(f.signing_public_key, f.wrapped_signing_key).ok_or(refused)?;
            Some(SigningKeyUpload {
                public_key,
                wrapped_json,
            })
        };
        Ok(Some(KeyUpload {
            public_key,
            wrapped_json,
            signing,
        }))
    }
}

/// Longest wrapped-key JSON accepted (a real one is about 400 bytes).
const MAX_WRAPPED_KEY_LEN: usize = 4096;

/// Checks what the browser sent: a well-formed X25519 wrapped key within the accepted KDF
/// parameters whose public key is the one posted. Returns the key and the JSON to store.
/// The private key cannot be checked here (the server never has the passphrase).
pub fn check_key_pair(public_key: &str, wrapped_json: &str) -> Option<(PublicKey, String)> {
    let pk = PublicKey::from_b64(public_key.trim()).ok()?;
    let w = check_wrapped(wrapped_json, envelope::wrap::WrappedKind::X25519)?;
    (PublicKey::from_b64(&w.public_key).ok()? == pk).then_some((pk, w.to_json().ok()?))
}

/// [`check_key_pair`] for the Ed25519 message signing key (its seed wrapped, kind `ed25519`).
pub fn check_signing_key(
    public_key: &str,
    wrapped_json: &str,
) -> Option<(SigningPublicKey, String)> {
    let pk = SigningPublicKey::from_b64(public_key.trim()).ok()?;
    let w = check_wrapped(wrapped_json, envelope::wrap::WrappedKind::Ed25519)?;
    (SigningPublicKey::from_b64(&w.public_key).ok()? == pk).then_some((pk, w.to_json().ok()?))
}

/// A well-formed wrapped key of `kind` within the accepted KDF parameters.
fn check_wrapped(wrapped_json: &str, kind: envelope::wrap::WrappedKind) -> Option<WrappedKey> {
    use envelope::wrap::{FORMAT, KDF_ALG, MAX_MEMLIMIT, MAX_OPSLIMIT};
    use envelope::wrap::{MIN_MEMLIMIT, MIN_OPSLIMIT};
    if wrapped_json.len() > MAX_WRAPPED_KEY_LEN {
        return None;
    }
    let w = WrappedKey::from_json(wrapped_json).ok()?;
    let ok = w.format == FORMAT
        && w.kind == kind
        && w.kdf.alg == KDF_ALG
        && (MIN_OPSLIMIT..=MAX_OPSLIMIT).contains(&w.kdf.opslimit)
        && (MIN_MEMLIMIT..=MAX_MEMLIMIT).contains(&w.kdf.memlimit)
        && w.label.chars().count() <= 100
        && envelope::unb64(&w.kdf.salt, "salt").ok()?.len() == 16
        && envelope::unb64(&w.nonce, "nonce").ok()?.len() == 24
        && envelope::unb64(&w.ciphertext, "wrapped key").ok()?.len() == 48;
    ok.then_some(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use envelope::{KdfLimits, KeyPair};

    fn wrapped(kp: &KeyPair) -> String {
        WrappedKey::wrap_x25519(kp, "euipo-enrolled-1", b"unlock", KdfLimits::MINIMUM)
            .unwrap()
            .to_json()
            .unwrap()
    }

    #[test]
    fn a_wrapped_key_for_the_posted_public_key_is_accepted() {
        let kp = KeyPair::generate();
        let (pk, json) = check_key_pair(&kp.public.to_b64(), &wrapped(&kp)).unwrap();
        assert_eq!(pk, kp.public);
        let stored = WrappedKey::from_json(&json).unwrap();
        assert_eq!(stored.unwrap_x25519(b"unlock").unwrap().public, kp.public);
    }

    #[test]
    fn anything_else_is_refused() {
        let kp = KeyPair::generate();
        let other = KeyPair::generate();
        let good = wrapped(&kp);
        let pk = kp.public.to_b64();
        assert!(check_key_pair("", "").is_none(), "no JavaScript");
        assert!(check_key_pair(&pk, "").is_none());
        assert!(check_key_pair(&other.public.to_b64(), &good).is_none());
        let weak = good.replace("\"opslimit\": 2", "\"opslimit\": 1");
        assert_ne!(weak, good);
        assert!(check_key_pair(&pk, &weak).is_none(), "below OWASP's floor");
        let signing = good.replace("\"x25519\"", "\"ed25519\"");
        assert!(check_key_pair(&pk, &signing).is_none());
        let long = good.replace("euipo-enrolled-1", &"x".repeat(5000));
        assert!(check_key_pair(&pk, &long).is_none());
    }

    #[test]
    fn a_wrapped_signing_key_for_the_posted_key_is_accepted_and_nothing_else() {
        let sk = envelope::SigningKey::generate();
        let pk = sk.public_key().unwrap();
        let json = WrappedKey::wrap_signing(&sk, "euipo-enrolled-1", b"unlock", KdfLimits::MINIMUM)
            .unwrap()
            .to_json()
            .unwrap();
        let (got, stored) = check_signing_key(&pk.to_b64(), &json).unwrap();
        assert_eq!(got, pk);
        let back = WrappedKey::from_json(&stored).unwrap();
        assert_eq!(
            back.unwrap_signing(b"unlock")
                .unwrap()
                .public_key()
                .unwrap(),
            pk
        );
        let other = envelope::SigningKey::generate().public_key().unwrap();
        assert!(check_signing_key(&other.to_b64(), &json).is_none());
        // An X25519 wrapped key is not a signing key.
        let kp = KeyPair::generate();
        assert!(check_signing_key(&kp.public.to_b64(), &wrapped(&kp)).is_none());
        assert!(check_signing_key("", "").is_none());
    }
}
