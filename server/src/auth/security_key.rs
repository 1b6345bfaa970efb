//! Security keys (WebAuthn / passkeys, through `webauthn-rs`) as the second factor of
//! reviewers and member-state users: registering a key, and the assertion that replaces the
//! TOTP code at sign-in. All WebAuthn verification (challenge, origin, RP id hash, signature,
//! user verification, counter) is the library's; this module keeps its states.
//!
//! **Relying party.** The RP id is the host of the configured public address (`BASE_URL`),
//! the only allowed origin that address: read once at start. A host that is an IP address
//! cannot be an RP id (WebAuthn needs a domain name), so with the default `BASE_URL`
//! (`http://127.0.0.1:8080`) security keys are unavailable and sign-in stays password + TOTP.
//!
//! **Ceremonies.** A registration or sign-in ceremony's state (the challenge) is stored in the
//! database under the hash of a random token the browser holds (`storage::accounts`
//! `insert_ceremony`), so any replica finishes what another started; it lives
//! [`CEREMONY_SECS`] and is taken (deleted) when finished, whether it succeeds or not.
//!
//! **Keys.** Each key is stored as the library's `Passkey` JSON (public key, counter), with the
//! name its owner gave it. User verification (PIN or biometrics) is required. The user handle
//! is derived from the account's kind and id, and carries no name.

use storage::accounts::{self as acc, SecurityKey};
use storage::{DbConn, PrincipalKind, StorageError};
use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnBuilder,
};

use super::{new_token, now, token_hash};

/// How long a ceremony may take, from the options to the browser's answer.
pub const CEREMONY_SECS: i64 = 300;
/// Longest name of a key, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// Most keys per account.
pub const MAX_KEYS: usize = 10;

const REGISTER: &str = "register";
const AUTHENTICATE: &str = "authenticate";

/// The relying party, when the public address allows one.
pub struct SecurityKeys {
    webauthn: Option<Webauthn>,
}

impl std::fmt::Debug for SecurityKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecurityKeys")
            .field("available", &self.available())
            .finish()
    }
}

/// Why a key was not registered or an assertion not accepted (for the caller's message and
/// the audit log; never the library's detail, which the log gets at debug level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyRefusal {
    #[error("security keys are not available at this address")]
    Unavailable,
    #[error("the ceremony is unknown, expired or finished")]
    NoCeremony,
    #[error("the browser's answer is not valid")]
    Invalid,
    #[error("the key is registered already")]
    Duplicate,
    #[error("the account has the most keys allowed")]
    TooMany,
}

impl SecurityKeys {
    /// The relying party of `base_url` (`BASE_URL`, checked as an http(s) address by the
    /// configuration). An address whose host is an IP address gives none; anything else that
    /// the library refuses is an error for the start-up message.
    pub fn from_base_url(base_url: &str) -> Result<SecurityKeys, String> {
        let url = Url::parse(base_url).map_err(|e| format!("BASE_URL: {e}"))?;
        let Some(domain) = url.domain().map(str::to_string) else {
            return Ok(SecurityKeys { webauthn: None });
        };
        let webauthn = WebauthnBuilder::new(&domain, &url)
            .and_then(|b| b.rp_name("Trade secret theft reporting").build())
            .map_err(|e| format!("BASE_URL {base_url}: not usable for security keys: {e}"))?;
        Ok(SecurityKeys {
            webauthn: Some(webauthn),
        })
    }

    /// No relying party (tests, and addresses without a domain name).
    pub fn unavailable() -> SecurityKeys {
        SecurityKeys { webauthn: None }
    }

    pub fn available(&self) -> bool {
        self.webauthn.is_some()
    }

    fn rp(&self) -> Result<&Webauthn, KeyRefusal> {
        self.webauthn.as_ref().ok_or(KeyRefusal::Unavailable)
    }

    /// Starts registering a key for the account `name`: stores the ceremony, returns the
    /// browser's token and the options (JSON for `navigator.credentials.create`).
    pub fn start_registration(
        &self,
        conn: &mut DbConn,
        kind: PrincipalKind,
        id: i64,
        name: &str,
    ) -> Result<Result<(String, String), KeyRefusal>, StorageError> {
        let Ok(rp) = self.rp() else {
            return Ok(Err(KeyRefusal::Unavailable));
        };
        let existing = acc::security_keys_of(conn, kind, id)?;
        if existing.len() >= MAX_KEYS {
            return Ok(Err(KeyRefusal::TooMany));
        }
        let exclude = passkeys(&existing)
            .iter()
            .map(|p| p.cred_id().clone())
            .collect();
        let Ok((options, state)) =
            rp.start_passkey_registration(user_handle(kind, id), name, name, Some(exclude))
        else {
            return Ok(Err(KeyRefusal::Invalid));
        };
        store(conn, kind, id, REGISTER, &state, &options)
    }

    /// Finishes a registration: checks the browser's answer against the stored ceremony of
    /// this account and stores the key under `key_name`; returns its id.
    pub fn finish_registration(
        &self,
        conn: &mut DbConn,
        kind: PrincipalKind,
        id: i64,
        token: &str,
        key_name: &str,
        credential_json: &str,
    ) -> Result<Result<i64, KeyRefusal>, StorageError> {
        let Ok(rp) = self.rp() else {
            return Ok(Err(KeyRefusal::Unavailable));
        };
        let Some(state) = take::<PasskeyRegistration>(conn, token, REGISTER, kind, Some(id))?
        else {
            return Ok(Err(KeyRefusal::NoCeremony));
        };
        let Ok(credential) = serde_json::from_str::<RegisterPublicKeyCredential>(credential_json)
        else {
            return Ok(Err(KeyRefusal::Invalid));
        };
        let passkey = match rp.finish_passkey_registration(&credential, &state.1) {
            Ok(p) => p,
            Err(e) => {
                tracing::debug!(error = %e, "security key registration refused");
                return Ok(Err(KeyRefusal::Invalid));
            }
        };
        let json = serde_json::to_string(&passkey).map_err(|_| encode_error())?;
        match acc::insert_security_key(
            conn,
            kind,
            id,
            key_name,
            passkey.cred_id().as_ref(),
            &json,
            now(),
        ) {
            Ok(key) => Ok(Ok(key)),
            Err(StorageError::Conflict(_)) => Ok(Err(KeyRefusal::Duplicate)),
            Err(e) => Err(e),
        }
    }

    /// Starts the second factor of a sign-in whose password was right: `None` when the account
    /// has no key, else the browser's token and the options (JSON for
    /// `navigator.credentials.get`).
    pub fn start_authentication(
        &self,
        conn: &mut DbConn,
        kind: PrincipalKind,
        id: i64,
    ) -> Result<Option<(String, String)>, StorageError> {
        let Ok(rp) = self.rp() else {
            return Ok(None);
        };
        let keys = passkeys(&acc::security_keys_of(conn, kind, id)?);
        if keys.is_empty() {
            return Ok(None);
        }
        let Ok((options, state)) = rp.start_passkey_authentication(&keys) else {
            return Ok(None);
        };
        Ok(store(conn, kind, id, AUTHENTICATE, &state, &options)?.ok())
    }

    /// Finishes the second factor: the assertion must answer the stored ceremony with one of
    /// the account's keys. Returns the account id; the key's counter and last use are updated.
    pub fn finish_authentication(
        &self,
        conn: &mut DbConn,
        kind: PrincipalKind,
        token: &str,
        assertion_json: &str,
    ) -> Result<Result<i64, (Option<i64>, KeyRefusal)>, StorageError> {
        let Ok(rp) = self.rp() else {
            return Ok(Err((None, KeyRefusal::Unavailable)));
        };
        let Some((id, state)) =
            take::<PasskeyAuthentication>(conn, token, AUTHENTICATE, kind, None)?
        else {
            return Ok(Err((None, KeyRefusal::NoCeremony)));
        };
        let Ok(assertion) = serde_json::from_str::<PublicKeyCredential>(assertion_json) else {
            return Ok(Err((Some(id), KeyRefusal::Invalid)));
        };
        let result = match rp.finish_passkey_authentication(&assertion, &state) {
            Ok(r) => r,
            Err(e) => {
                tracing::debug!(error = %e, "security key assertion refused");
                return Ok(Err((Some(id), KeyRefusal::Invalid)));
            }
        };
        // The key that answered, among the account's (the ceremony allowed only those).
        let stored = acc::security_keys_of(conn, kind, id)?;
        let Some((row, mut passkey)) = stored.iter().find_map(|row| {
            let p = serde_json::from_str::<Passkey>(&row.credential).ok()?;
            (p.cred_id() == result.cred_id()).then_some((row, p))
        }) else {
            return Ok(Err((Some(id), KeyRefusal::Invalid)));
        };
        passkey.update_credential(&result);
        let json = serde_json::to_string(&passkey).map_err(|_| encode_error())?;
        acc::record_security_key_use(conn, row.id, &json, now())?;
        Ok(Ok(id))
    }
}

/// The user handle of an account: 16 bytes derived from its kind and id, no name.
fn user_handle(kind: PrincipalKind, id: i64) -> Uuid {
    let digest = envelope::token::blake2b_256(
        format!("tsr-webauthn-user:{}:{id}", kind.as_str()).as_bytes(),
    );
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(bytes)
}

/// The stored keys the library can read (a row it cannot is left out, and logged).
fn passkeys(rows: &[SecurityKey]) -> Vec<Passkey> {
    rows.iter()
        .filter_map(|r| match serde_json::from_str(&r.credential) {
            Ok(p) => Some(p),
            Err(_) => {
                tracing::warn!(key = r.id, "a stored security key does not parse; left out");
                None
            }
        })
        .collect()
}

fn encode_error() -> StorageError {
    StorageError::Invalid("security key state does not encode".into())
}

/// Stores a ceremony's state; returns the browser's token and the options as JSON.
fn store<S: serde::Serialize, O: serde::Serialize>(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    purpose: &str,
    state: &S,
    options: &O,
) -> Result<Result<(String, String), KeyRefusal>, StorageError> {
    let state = serde_json::to_string(state).map_err(|_| encode_error())?;
    let options = serde_json::to_string(options).map_err(|_| encode_error())?;
    let (token, hash) = new_token();
    let at = now();
    acc::insert_ceremony(
        conn,
        &hash,
        kind,
        id,
        purpose,
        &state,
        at,
        at + CEREMONY_SECS,
    )?;
    Ok(Ok((token, options)))
}

/// Takes the ceremony of `token` for `purpose` of an account of `kind` (and of account `id`
/// when given): its account and state.
fn take<S: serde::de::DeserializeOwned>(
    conn: &mut DbConn,
    token: &str,
    purpose: &str,
    kind: PrincipalKind,
    id: Option<i64>,
) -> Result<Option<(i64, S)>, StorageError> {
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    let Some(c) = acc::take_ceremony(conn, &token_hash(token), purpose, now())? else {
        return Ok(None);
    };
    if c.principal_kind != kind || id.is_some_and(|id| id != c.principal_id) {
        return Ok(None);
    }
    Ok(serde_json::from_str(&c.state)
        .ok()
        .map(|s| (c.principal_id, s)))
}
