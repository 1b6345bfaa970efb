//! `tsr-admin tags add|remove|list --body EUIPO [NAME]`: the fixed tag list of a body, which
//! its reviewers put on reports in the console. The operator keeps the list (a body asks for
//! its labels); names are checked by `storage::reports::check_tag_name` and visible to whoever
//! runs the server, so they are labels, never case content. Changes are audited.

use std::io::Write;

use storage::audit::{append_audit_in, AuditEntry};
use storage::{reports, ActorKind, Body, Day, StorageError};

#[derive(Debug, thiserror::Error)]
pub enum TagsError {
    #[error("{0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// What to do with the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Add,
    Remove,
}

fn entry(action: &str, body: Body, name: &str) -> AuditEntry {
    AuditEntry {
        at: storage::accounts::now(),
        actor_kind: ActorKind::Operator,
        actor_id: None,
        action: action.into(),
        object_kind: Some("tag".into()),
        object_id: None,
        detail: serde_json::json!({ "body": body.as_str(), "tag": name }),
    }
}

/// Adds or removes tag `name` of `body` (a removed tag leaves every report), with its audit row
/// in the same transaction.
pub fn change(
    database_url: &str,
    action: Action,
    body: Body,
    name: &str,
    out: &mut dyn Write,
) -> Result<(), TagsError> {
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    db.write(|conn| match action {
        Action::Add => {
            reports::add_body_tag(conn, body, name, &Day::today())?;
            append_audit_in(conn, &entry("tags.added", body, name)).map(drop)
        }
        Action::Remove => {
            reports::remove_body_tag(conn, body, name)?;
            append_audit_in(conn, &entry("tags.removed", body, name)).map(drop)
        }
    })?;
    let verb = match action {
        Action::Add => "added to",
        Action::Remove => "removed from",
    };
    writeln!(out, "tag {name} {verb} {body}")?;
    Ok(())
}

/// Prints the tag list of `body`, one name a line.
pub fn list(database_url: &str, body: Body, out: &mut dyn Write) -> Result<(), TagsError> {
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    for name in reports::body_tags(&mut conn, body)? {
        writeln!(out, "{name}")?;
    }
    Ok(())
}
