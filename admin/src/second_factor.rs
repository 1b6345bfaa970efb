//! `tsr-admin reviewer second-factor` and `tsr-admin member-state second-factor`: whether an
//! account may sign in with an authenticator code (TOTP) or only with a security key
//! (WebAuthn, added by the user on the account's security keys page). Forbidding TOTP is
//! refused for an account without a security key (it could no longer sign in). Audited
//! (`<object>.second_factor_policy`, with the new policy and the number of keys).

use std::io::Write;

use storage::accounts::{self, Lookup};
use storage::audit::{append_audit_in, AuditEntry};
use storage::{ActorKind, PrincipalKind, StorageError};

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("no {0} named `{1}`")]
    NoSuchAccount(&'static str, String),
    #[error("`{0}` has no security key: forbidding authenticator codes would lock the account out; the user adds a key on the security keys page first")]
    NoKey(String),
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// Sets whether the account `name` of `kind` may sign in with TOTP.
pub fn set(
    database_url: &str,
    kind: PrincipalKind,
    name: &str,
    totp_allowed: bool,
    out: &mut dyn Write,
) -> Result<(), PolicyError> {
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let name = name.trim();
    let what = match kind {
        PrincipalKind::Reviewer => "reviewer",
        _ => "member_state_user",
    };
    let set = db.write(|conn| {
        let Some(account) = accounts::find_any_account(conn, kind, Lookup::Name(name))? else {
            return Ok(Err(PolicyError::NoSuchAccount(what, name.into())));
        };
        let keys = accounts::security_keys_of(conn, kind, account.id)?.len();
        if !totp_allowed && keys == 0 {
            return Ok(Err(PolicyError::NoKey(name.into())));
        }
        accounts::set_totp_allowed(conn, kind, account.id, totp_allowed)?;
        append_audit_in(
            conn,
            &AuditEntry {
                at: accounts::now(),
                actor_kind: ActorKind::Operator,
                actor_id: None,
                action: format!("{what}.second_factor_policy"),
                object_kind: Some(what.into()),
                object_id: Some(account.id.to_string()),
                detail: serde_json::json!({ "totp_allowed": totp_allowed, "security_keys": keys }),
            },
        )?;
        Ok(Ok(keys))
    })?;
    let keys = set?;
    let policy = if totp_allowed {
        "security key or authenticator code"
    } else {
        "security key only"
    };
    writeln!(
        out,
        "{name} signs in with: {policy} ({keys} security key(s))."
    )?;
    Ok(())
}
