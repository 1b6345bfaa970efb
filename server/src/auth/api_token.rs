//! API tokens of the data API: `tsr_api_` followed by 32 random bytes in base64url (43
//! characters); only the BLAKE2b-256 hash is stored. Made on the portal's tokens page, checked
//! by the API; here so that neither of the two areas imports the other.

use zeroize::Zeroizing;

pub const TOKEN_PREFIX: &str = "tsr_api_";
const TOKEN_BODY_CHARS: usize = 43;

/// A fresh API token (shown once) and the hash to store.
pub fn new_api_token() -> (Zeroizing<String>, Vec<u8>) {
    let (body, _) = super::new_token();
    let body = Zeroizing::new(body);
    let token = Zeroizing::new(format!("{TOKEN_PREFIX}{}", body.as_str()));
    let hash = super::token_hash(&token);
    (token, hash)
}

/// Whether `token` has the shape of an API token (says nothing about its validity).
pub fn well_formed(token: &str) -> bool {
    token.strip_prefix(TOKEN_PREFIX).is_some_and(|b| {
        b.len() == TOKEN_BODY_CHARS
            && b.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_a_checkable_shape() {
        let (t, h) = new_api_token();
        assert!(well_formed(&t), "{}", t.as_str());
        assert_eq!(h, crate::auth::token_hash(&t));
        let (session, _) = crate::auth::new_token();
        assert!(
            !well_formed(&session),
            "a session token is not an API token"
        );
        assert!(!well_formed(&format!("{}x", t.as_str())));
        assert!(!well_formed(&t.replace('_', "!")));
        assert!(!well_formed(""));
    }
}
