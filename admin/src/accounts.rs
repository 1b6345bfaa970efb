//! `tsr-admin reviewer add` and `tsr-admin member-state add`: one account with a one-time
//! enrolment link, for either realm (the console's reviewers, the portal's member-state users).
//!
//! The link carries a random 32-byte token; only its hash is stored, it expires after
//! [`ENROLMENT_SECS`] and is cleared when enrolment finishes. The operator hands the link to
//! the person over a trusted channel.

use std::io::Write;

use storage::accounts::{
    self, Lookup, MemberStateProfile, NewAccount as NewRow, Profile, ReviewerProfile,
};
use storage::audit::{append_audit, AuditEntry};
use storage::{ActorKind, Body, DbConn, StorageError};

pub use storage::accounts::ENROLMENT_SECS;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("a {0} named `{1}` already exists; choose another name")]
    Duplicate(&'static str, String),
    #[error("no reviewer named `{0}`")]
    NoSuchReviewer(String),
    #[error("reviewer `{0}` is already deactivated")]
    Inactive(String),
    #[error("the name must not be empty")]
    EmptyName,
    #[error("`{0}` is not an EU member state code (two letters, EL for Greece)")]
    Country(String),
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// Which account to create: the realm and what only that realm has.
#[derive(Debug, Clone, Copy)]
pub enum NewAccount<'a> {
    /// A reviewer of EUIPO or EC3 (console).
    Reviewer { body: Body },
    /// A member-state authority user (portal), by EU-27 code.
    MemberState { country: &'a str },
}

/// The realm-specific facts of an account kind.
struct Realm {
    /// What the person is called in messages.
    noun: &'static str,
    /// Audit object kind (and `<kind>.created` action).
    object: &'static str,
    /// Where the enrolment page lives.
    enrol_path: &'static str,
}

const REVIEWER: Realm = Realm {
    noun: "reviewer",
    object: "reviewer",
    enrol_path: "/console/enrol/",
};
const MEMBER_STATE: Realm = Realm {
    noun: "member-state user",
    object: "member_state_user",
    enrol_path: "/portal/enrol/",
};

/// The EU-27 code for `text` (case-insensitive), if it is one.
pub fn country_code(text: &str) -> Option<String> {
    let code = text.trim().to_ascii_uppercase();
    domain::taxonomy::MEMBER_STATES
        .contains(&code)
        .then_some(code)
}

/// Creates the account and prints the enrolment link under `base_url`.
pub fn add(
    database_url: &str,
    base_url: &str,
    account: NewAccount<'_>,
    name: &str,
    out: &mut dyn Write,
) -> Result<(), AccountError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AccountError::EmptyName);
    }
    let (realm, scope) = match account {
        NewAccount::Reviewer { body } => (&REVIEWER, body.as_str().to_string()),
        NewAccount::MemberState { country } => (
            &MEMBER_STATE,
            country_code(country).ok_or_else(|| AccountError::Country(country.to_string()))?,
        ),
    };
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let (token, hash) = accounts::new_token();
    let now = accounts::now();
    let expires = now + ENROLMENT_SECS;
    let id = db.write(|conn| {
        let id = insert(conn, account, &scope, name, hash.clone(), expires, now)?;
        let detail = match account {
            NewAccount::Reviewer { .. } => serde_json::json!({ "body": scope }),
            NewAccount::MemberState { .. } => serde_json::json!({ "country": scope }),
        };
        append_audit(
            conn,
            &AuditEntry {
                at: now,
                actor_kind: ActorKind::Operator,
                actor_id: None,
                action: format!("{}.created", realm.object),
                object_kind: Some(realm.object.into()),
                object_id: Some(id.to_string()),
                detail,
            },
        )?;
        Ok(id)
    });
    let id = match id {
        Err(StorageError::Conflict(_)) => {
            return Err(AccountError::Duplicate(realm.noun, name.to_string()))
        }
        other => other?,
    };
    let expiry = time::OffsetDateTime::from_unix_timestamp(expires)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default();
    let mut noun = realm.noun.to_string();
    noun[..1].make_ascii_uppercase();
    writeln!(out, "{noun} {id} ({name}) created for {scope}.")?;
    writeln!(
        out,
        "One-time enrolment link (valid until {expiry}; give it to the {} over a trusted channel):",
        realm.noun
    )?;
    writeln!(out, "{base_url}{}{token}", realm.enrol_path)?;
    Ok(())
}

/// Inserts the row of the right table; a taken name is `StorageError::Conflict`.
fn insert(
    conn: &mut DbConn,
    account: NewAccount<'_>,
    scope: &str,
    name: &str,
    token_hash: Vec<u8>,
    expires: i64,
    now: i64,
) -> Result<i64, StorageError> {
    match account {
        NewAccount::Reviewer { body } => create(
            conn,
            ReviewerProfile::new(body),
            name,
            token_hash,
            expires,
            now,
        ),
        NewAccount::MemberState { .. } => create(
            conn,
            MemberStateProfile {
                country: scope.to_string(),
            },
            name,
            token_hash,
            expires,
            now,
        ),
    }
}

fn create<P: Profile>(
    conn: &mut DbConn,
    profile: P,
    name: &str,
    token_hash: Vec<u8>,
    expires: i64,
    now: i64,
) -> Result<i64, StorageError> {
    if accounts::find_account::<P>(conn, Lookup::Name(name))?.is_some() {
        return Err(StorageError::Conflict("account name".into()));
    }
    accounts::insert_account(
        conn,
        &NewRow {
            name: name.to_string(),
            profile,
            enrolment_token_hash: Some(token_hash),
            enrolment_expires: Some(expires),
            active: true,
            created_at: now,
        },
    )
}

/// `tsr-admin reviewer deactivate`: the reviewer can no longer sign in (sessions ended), and
/// the next keyring (`keys sign-keyring`, or `keys export-reviewers` then `keys assemble`)
/// leaves the reviewer's key out. Audited (`reviewer.deactivated`) in the same transaction.
pub fn deactivate_reviewer(
    database_url: &str,
    name: &str,
    out: &mut dyn Write,
) -> Result<(), AccountError> {
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let name = name.trim();
    let id = db.write(|conn| {
        let r = accounts::find_account::<ReviewerProfile>(conn, Lookup::Name(name))?
            .ok_or(StorageError::NotFound("reviewer"))?;
        if !r.credentials.active {
            return Err(StorageError::Conflict("already deactivated".into()));
        }
        let changes = accounts::AccountUpdate {
            active: Some(false),
            ..Default::default()
        };
        accounts::update_account(conn, storage::PrincipalKind::Reviewer, r.id, &changes)?;
        let sessions =
            accounts::delete_sessions_for_principal(conn, storage::PrincipalKind::Reviewer, r.id)?;
        storage::audit::append_audit_in(
            conn,
            &AuditEntry {
                at: accounts::now(),
                actor_kind: ActorKind::Operator,
                actor_id: None,
                action: "reviewer.deactivated".into(),
                object_kind: Some("reviewer".into()),
                object_id: Some(r.id.to_string()),
                detail: serde_json::json!({ "sessions_ended": sessions }),
            },
        )?;
        Ok(r.id)
    });
    let id = match id {
        Err(StorageError::NotFound(_)) => return Err(AccountError::NoSuchReviewer(name.into())),
        Err(StorageError::Conflict(_)) => return Err(AccountError::Inactive(name.into())),
        other => other?,
    };
    writeln!(
        out,
        "Reviewer {id} ({name}) deactivated: signed out, cannot sign in."
    )?;
    writeln!(
        out,
        "The next keyring you sign leaves this reviewer's key out. Reports sealed to it stay \
         readable by the body's other reviewers and its recovery key (see `tsr-admin recovery`)."
    )?;
    Ok(())
}
