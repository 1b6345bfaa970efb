//! CSRF tokens for forms that carry no cookie (reporter pages): `<expiry>.<tag>` where the tag
//! is a keyed MAC over the form's name and the expiry. Reporters have no session, so there is no
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
        let tag = envelope::token::tag(&self.key, &[b"csrf", form.as_bytes(), expiry.as_bytes()]);
        format!("{expiry}.{}", URL_SAFE_NO_PAD.encode(tag))
    }

    /// Whether `token` was issued for `form` by this deployment and has not expired.
    pub fn check(&self, form: &str, token: &str) -> bool {
        self.check_at(form, token, now())
    }

    /// [`Self::check`] for a token issued with [`Self::issue_for`] and at most `lifetime`.
    pub fn check_within(&self, form: &str, token: &str, lifetime: i64) -> bool {
        self.check_lasting(form, token, now(), lifetime)
    }

    fn check_at(&self, form: &str, token: &str, now: i64) -> bool {
        self.check_lasting(form, token, now, LIFETIME_SECS)
    }

    fn check_lasting(&self, form: &str, token: &str, now: i64, lifetime: i64) -> bool {
        let Some((expiry, tag)) = token.split_once('.') else {
            return false;
        };
        let Ok(exp) = expiry.parse::<i64>() else {
            return false;
        };
        if exp < now || exp > now + lifetime {
            return false;
        }
        let Ok(tag) = URL_SAFE_NO_PAD.decode(tag) else {
            return false;
        };
        envelope::token::verify(
            &self.key,
            &[b"csrf", form.as_bytes(), expiry.as_bytes()],
            &tag,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_bind_form_deployment_and_time() {
        let csrf = Csrf::new(SymmetricKey::generate());
        let t = csrf.issue_at("report", 1_000);
        assert!(csrf.check_at("report", &t, 1_000));
        assert!(csrf.check_at("report", &t, 1_000 + LIFETIME_SECS));
        assert!(
            !csrf.check_at("report", &t, 1_001 + LIFETIME_SECS),
            "expired"
        );
        assert!(!csrf.check_at("followup", &t, 1_000), "other form");
        let other = Csrf::new(SymmetricKey::generate());
        assert!(!other.check_at("report", &t, 1_000), "other deployment");
        for bad in ["", ".", "abc", "1.2", "99999999999.AAAA", &t[..t.len() - 1]] {
            assert!(!csrf.check_at("report", bad, 1_000), "{bad}");
        }
        // A token whose expiry was pushed further out does not verify.
        let (_, tag) = t.split_once('.').unwrap();
        assert!(!csrf.check_at(
            "report",
            &format!("{}.{tag}", 1_000 + LIFETIME_SECS - 1),
            1_000
        ));
    }
}
