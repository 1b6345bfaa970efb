//! CSRF tokens for forms that carry no cookie (reporter pages): `<expiry>.<nonce>.<tag>` where
//! the tag is a keyed MAC over the form's name, the expiry and a random nonce (so that every
//! form served is a different token, which single-use forms need). Reporters have no session, so there is no
//! ambient authority to ride on; the token still proves the POST comes from a form this
//! deployment served recently, as the design asks of every form. The key is shared by all web
//! servers on the database (`instance_secrets`), so any of them accepts any other's tokens.
//!
//! Hand-written because the CSRF crates for actix (double-submit cookie) need a cookie, which
//! reporter pages must not set.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use envelope::SymmetricKey;

/// Long enough for a stressed reporter to write a narrative in one sitting.
pub const LIFETIME_SECS: i64 = 24 * 60 * 60;

#[derive(Clone)]
pub struct Csrf {
    key: SymmetricKey,
}

impl std::fmt::Debug for Csrf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Csrf(<key redacted>)")
    }
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

impl Csrf {
    pub fn new(key: SymmetricKey) -> Self {
        Csrf { key }
    }

    /// A token for the form called `form` (e.g. "report", "followup").
    pub fn issue(&self, form: &str) -> String {
        self.issue_at(form, now())
    }

    /// A token for `form` that stays valid for `lifetime` seconds instead of
    /// [`LIFETIME_SECS`] (the sign-in's device cookie); check it with [`Self::check_within`].
    pub fn issue_for(&self, form: &str, lifetime: i64) -> String {
        self.issue_lasting(form, now(), lifetime)
    }

    fn issue_at(&self, form: &str, now: i64) -> String {
        self.issue_lasting(form, now, LIFETIME_SECS)
    }

    fn issue_lasting(&self, form: &str, now: i64, lifetime: i64) -> String {
        let expiry = (now + lifetime).to_string();
        let nonce = URL_SAFE_NO_PAD.encode(envelope::random_id());
        let tag = envelope::token::tag(
            &self.key,
            &[
                b"csrf",
                form.as_bytes(),
                expiry.as_bytes(),
                nonce.as_bytes(),
            ],
        );
        format!("{expiry}.{nonce}.{}", URL_SAFE_NO_PAD.encode(tag))
    }

    /// Whether `token` was issued for `form` by this deployment and has not expired.
    pub fn check(&self, form: &str, token: &str) -> bool {
        self.check_at(form, token, now()).is_some()
    }

    /// As [`Csrf::check`], for single-use tokens: the token's issue and expiry times (Unix
    /// seconds) if it is valid.
    pub fn check_issued(&self, form: &str, token: &str) -> Option<Issued> {
        self.check_at(form, token, now())
    }

    /// [`Self::check`] for a token issued with [`Self::issue_for`] and at most `lifetime`.
    pub fn check_within(&self, form: &str, token: &str, lifetime: i64) -> bool {
        self.check_lasting(form, token, now(), lifetime).is_some()
    }

    fn check_at(&self, form: &str, token: &str, now: i64) -> Option<Issued> {
        self.check_lasting(form, token, now, LIFETIME_SECS)
    }

    fn check_lasting(&self, form: &str, token: &str, now: i64, lifetime: i64) -> Option<Issued> {
        let (expiry, rest) = token.split_once('.')?;
        let (nonce, tag) = rest.split_once('.')?;
        let exp = expiry.parse::<i64>().ok()?;
        if exp < now || exp > now + lifetime {
            return None;
        }
        let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
        envelope::token::verify(
            &self.key,
            &[
                b"csrf",
                form.as_bytes(),
                expiry.as_bytes(),
                nonce.as_bytes(),
            ],
            &tag,
        )
        .then_some(Issued {
            issued: exp - lifetime,
            expires: exp,
        })
    }
}

/// When a valid token was issued and when it expires (Unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Issued {
    pub issued: i64,
    pub expires: i64,
}

/// What the spent set (`storage::spent`) keeps of a single-use token: a digest, never the token.
pub fn digest(token: &str) -> [u8; 32] {
    let mut tagged = Vec::with_capacity(4 + token.len());
    tagged.extend_from_slice(b"csrf");
    tagged.extend_from_slice(token.as_bytes());
    envelope::token::blake2b_256(&tagged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_bind_form_deployment_and_time() {
        let csrf = Csrf::new(SymmetricKey::generate());
        let t = csrf.issue_at("report", 1_000);
        assert_eq!(
            csrf.check_at("report", &t, 1_000),
            Some(Issued {
                issued: 1_000,
                expires: 1_000 + LIFETIME_SECS
            })
        );
        assert!(csrf.check_at("report", &t, 1_000 + LIFETIME_SECS).is_some());
        assert!(
            csrf.check_at("report", &t, 1_001 + LIFETIME_SECS).is_none(),
            "expired"
        );
        assert!(csrf.check_at("followup", &t, 1_000).is_none(), "other form");
        let other = Csrf::new(SymmetricKey::generate());
        assert!(
            other.check_at("report", &t, 1_000).is_none(),
            "other deployment"
        );
        for bad in ["", ".", "abc", "1.2", "99999999999.AAAA", &t[..t.len() - 1]] {
            assert!(csrf.check_at("report", bad, 1_000).is_none(), "{bad}");
        }
        // A token whose expiry was pushed further out does not verify.
        let (_, nonce_tag) = t.split_once('.').unwrap();
        assert!(csrf
            .check_at(
                "report",
                &format!("{}.{nonce_tag}", 1_000 + LIFETIME_SECS - 1),
                1_000
            )
            .is_none());
        // Two forms served in the same second are two different tokens.
        let again = csrf.issue_at("report", 1_000);
        assert_ne!(t, again);
        assert_ne!(digest(&t), digest(&again));
        assert!(csrf.check_at("report", &again, 1_000).is_some());
    }
}
