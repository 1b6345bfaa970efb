//! Migrations and schema: idempotent migrations, the schema file matches them, no tracking columns.

use super::*;

// ---------------------------------------------------------------------------------------------
// Migrations and schema

on_both_backends_unmigrated!(migrations_apply_and_are_idempotent);

fn migrations_apply_and_are_idempotent(db: &Database) {
    // Every migration folder of this backend is pending on a new database, in order.
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../migrations")
        .join(db.backend().as_str());
    let mut expected: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    expected.sort();
    let pending = db.pending_migrations().unwrap();
    assert!(expected.len() >= 3);
    assert_eq!(pending, expected);
    let applied = db.migrate().unwrap();
    assert_eq!(applied.len(), pending.len());
    assert!(db.pending_migrations().unwrap().is_empty());
    assert!(db.migrate().unwrap().is_empty());
    assert!(db.migrate().unwrap().is_empty());
    let mut c = db.conn().unwrap();
    assert!(counts(&mut c).values().all(|n| *n == 0));
}

on_both_backends!(schema_matches_migrations, schema_has_no_tracking_columns);

macro_rules! schema_sql {
    ($($table:ident),* $(,)?) => {
        vec![$((
            stringify!($table),
            diesel::debug_query::<diesel::pg::Pg, _>(
                &storage::schema::$table::table.select(storage::schema::$table::all_columns),
            )
            .to_string(),
        )),*]
    };
}

/// Every table and column of `schema.rs` exists in the migrated database, and the database has
/// no column that `schema.rs` lacks.
fn schema_matches_migrations(db: &Database) {
    let mut c = db.conn().unwrap();
    let generated = schema_sql!(
        reports,
        recipient_slots,
        messages,
        attachments,
        attachment_chunks,
        stats_records,
        reviewers,
        member_state_users,
        api_tokens,
        sessions,
        audit_log,
        releases,
        release_tables,
        release_cells,
        privacy_ledger,
        instance_secrets,
        keyring_serials,
        spent_tokens,
        upload_chunks,
        rate_limits,
        assignments,
        body_tags,
        report_tags,
        referrals,
        security_keys,
        webauthn_ceremonies,
        second_factor_policies,
        reviewer_notifications,
        correlation_keys,
        correlation_hashes,
    );
    assert_eq!(generated.len(), ALL_TABLES.len());
    let mut from_schema_rs = Vec::new();
    for (table, sql) in &generated {
        let sql = sql.split(" -- binds").next().unwrap();
        c.batch_execute(sql)
            .unwrap_or_else(|e| panic!("{table}: {e}"));
        let cols = sql
            .trim_start_matches("SELECT ")
            .split(" FROM ")
            .next()
            .unwrap();
        for col in cols.split(", ") {
            let name = col.rsplit('.').next().unwrap().trim_matches('"');
            from_schema_rs.push((table.to_string(), name.to_string()));
        }
    }
    let mut in_db: Vec<_> = columns(&mut c)
        .into_iter()
        .filter(|(t, _)| t != "__diesel_schema_migrations")
        .collect();
    in_db.sort();
    from_schema_rs.sort();
    assert_eq!(in_db, from_schema_rs);
}

/// No column may hold an IP address, a user agent or an exact submission time.
fn schema_has_no_tracking_columns(db: &Database) {
    let mut c = db.conn().unwrap();
    let cols = columns(&mut c);
    assert!(cols.len() > 50, "catalogue query found too few columns");
    for (table, column) in cols {
        let name = column.to_ascii_lowercase();
        // `ip` as a word of the name (so `recipient_pk` and `principal_id` pass).
        let ip_word = name
            .split('_')
            .any(|w| w == "ip" || w.starts_with("ipv") || w.starts_with("ipaddr"));
        for bad in [
            "user_agent",
            "useragent",
            "submitted_at",
            "remote_addr",
            "ip_address",
        ] {
            assert!(
                !name.contains(bad),
                "{table}.{column} looks like tracking data"
            );
        }
        assert!(!ip_word, "{table}.{column} looks like an IP address column");
    }
}
