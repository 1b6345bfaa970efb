//! The hand-written diesel schema, shared by both backends.
//!
//! Only SQL types that map on SQLite and PostgreSQL alike are used: `Text`, `Binary`
//! (BLOB / BYTEA), `BigInt` (INTEGER / BIGINT), `Integer`, `Bool` (INTEGER 0/1 / BOOLEAN) and
//! `Double` (REAL / DOUBLE PRECISION). Days are `Text` `YYYY-MM-DD`; operator and reviewer
//! timestamps are `BigInt` unix seconds. Keep this file in step with both
//! `migrations/sqlite` and `migrations/postgres`; the `schema_matches_migrations` test checks
//! the column names against a freshly migrated database of each kind.
//!
//! There is no column for IP addresses, user agents or exact reporter submission times.

diesel::table! {
    reports (id) {
        id -> Text,
        to_euipo -> Bool,
        to_ec3 -> Bool,
        envelope -> Binary,
        recipient_digest -> Binary,
        sealed_by -> Text,
        received_day -> Text,
        status -> Text,
        acknowledged_day -> Nullable<Text>,
        closed_day -> Nullable<Text>,
        updated_day -> Text,
        receipt_lookup -> Binary,
        reporter_pk -> Binary,
    }
}

diesel::table! {
    recipient_slots (report_id, recipient_pk) {
        report_id -> Text,
        recipient_pk -> Binary,
        body -> Text,
        sealed_key -> Binary,
        granted_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    messages (id) {
        id -> Text,
        report_id -> Text,
        seq -> BigInt,
        author -> Text,
        reviewer_id -> Nullable<BigInt>,
        envelope -> Binary,
        created_day -> Text,
        signature -> Nullable<Binary>,
        server_notice -> Bool,
    }
}

diesel::table! {
    attachments (id) {
        id -> Text,
        report_id -> Text,
        message_id -> Nullable<Text>,
        chunk_count -> BigInt,
        ciphertext_bytes -> BigInt,
    }
}

diesel::table! {
    attachment_chunks (attachment_id, seq) {
        attachment_id -> Text,
        seq -> BigInt,
        bytes -> Binary,
    }
}

diesel::table! {
    stats_records (id) {
        id -> BigInt,
        report_id -> Text,
        source -> Text,
        sealed -> Binary,
        created_day -> Text,
        reviewer_id -> Nullable<BigInt>,
        signature -> Nullable<Binary>,
        signer -> Nullable<Text>,
    }
}

diesel::table! {
    reviewers (id) {
        id -> BigInt,
        body -> Text,
        name -> Text,
        password_hash -> Nullable<Text>,
        totp_secret -> Nullable<Binary>,
        last_totp_step -> Nullable<BigInt>,
        public_key -> Nullable<Binary>,
        wrapped_private_key -> Nullable<Text>,
        enrolment_token_hash -> Nullable<Binary>,
        enrolment_expires -> Nullable<BigInt>,
        failed_logins -> Integer,
        locked_until -> Nullable<BigInt>,
        active -> Bool,
        created_at -> BigInt,
        signing_public_key -> Nullable<Binary>,
        wrapped_signing_key -> Nullable<Text>,
    }
}

diesel::table! {
    member_state_users (id) {
        id -> BigInt,
        country -> Text,
        name -> Text,
        password_hash -> Nullable<Text>,
        totp_secret -> Nullable<Binary>,
        last_totp_step -> Nullable<BigInt>,
        enrolment_token_hash -> Nullable<Binary>,
        enrolment_expires -> Nullable<BigInt>,
        failed_logins -> Integer,
        locked_until -> Nullable<BigInt>,
        active -> Bool,
        created_at -> BigInt,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        name -> Text,
        token_hash -> Binary,
        created_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
        last_used_day -> Nullable<Text>,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Binary,
        principal_kind -> Text,
        principal_id -> BigInt,
        csrf_token -> Text,
        created_at -> BigInt,
        last_seen_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    audit_log (seq) {
        seq -> BigInt,
        at -> BigInt,
        actor_kind -> Text,
        actor_id -> Nullable<Text>,
        action -> Text,
        object_kind -> Nullable<Text>,
        object_id -> Nullable<Text>,
        detail -> Text,
        prev_hash -> Binary,
        hash -> Binary,
    }
}

diesel::table! {
    releases (id) {
        id -> Text,
        period -> Text,
        created_at -> BigInt,
        epsilon -> Double,
        delta -> Double,
        params_digest -> Binary,
        methodology -> Text,
        status -> Text,
        checksums -> Text,
        signature -> Binary,
        signing_key -> Binary,
    }
}

diesel::table! {
    release_tables (release_id, name) {
        release_id -> Text,
        name -> Text,
        mechanism -> Text,
        noise_scale -> Double,
        epsilon -> Double,
    }
}

diesel::table! {
    release_cells (release_id, table_name, cell_key) {
        release_id -> Text,
        table_name -> Text,
        cell_key -> Text,
        value -> BigInt,
        raw_noisy -> Double,
        ci_low -> Double,
        ci_high -> Double,
    }
}

diesel::table! {
    privacy_ledger (id) {
        id -> BigInt,
        release_id -> Text,
        period -> Text,
        year -> Integer,
        table_name -> Text,
        epsilon -> Double,
        delta -> Double,
        created_at -> BigInt,
    }
}

diesel::joinable!(recipient_slots -> reports (report_id));
diesel::joinable!(messages -> reports (report_id));
diesel::joinable!(attachments -> reports (report_id));
diesel::joinable!(attachments -> messages (message_id));
diesel::joinable!(attachment_chunks -> attachments (attachment_id));
diesel::joinable!(stats_records -> reports (report_id));
diesel::joinable!(api_tokens -> member_state_users (user_id));
diesel::joinable!(release_tables -> releases (release_id));
diesel::joinable!(release_cells -> releases (release_id));
diesel::joinable!(privacy_ledger -> releases (release_id));

diesel::table! {
    instance_secrets (name) {
        name -> Text,
        value -> Binary,
    }
}

diesel::table! {
    keyring_serials (signer) {
        signer -> Text,
        serial -> BigInt,
        accepted_at -> BigInt,
    }
}

diesel::table! {
    spent_tokens (digest) {
        digest -> Binary,
        expires_at -> BigInt,
    }
}

diesel::table! {
    upload_chunks (upload_id, seq) {
        upload_id -> Text,
        seq -> BigInt,
        bytes -> Binary,
        expires_at -> BigInt,
    }
}

diesel::table! {
    rate_limits (name) {
        name -> Text,
        tat_us -> BigInt,
    }
}

diesel::table! {
    assignments (report_id, body) {
        report_id -> Text,
        body -> Text,
        reviewer_id -> BigInt,
        assigned_day -> Text,
    }
}

diesel::table! {
    body_tags (body, name) {
        body -> Text,
        name -> Text,
        created_day -> Text,
    }
}

diesel::table! {
    report_tags (report_id, body, name) {
        report_id -> Text,
        body -> Text,
        name -> Text,
        tagged_by -> BigInt,
        tagged_day -> Text,
    }
}

diesel::table! {
    referrals (report_id, to_body) {
        report_id -> Text,
        from_body -> Text,
        to_body -> Text,
        referred_by -> BigInt,
        referred_day -> Text,
        acknowledged_day -> Nullable<Text>,
        note -> Nullable<Binary>,
    }
}

diesel::table! {
    security_keys (id) {
        id -> BigInt,
        principal_kind -> Text,
        principal_id -> BigInt,
        name -> Text,
        credential_id -> Binary,
        credential -> Text,
        created_at -> BigInt,
        last_used_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    webauthn_ceremonies (token_hash) {
        token_hash -> Binary,
        principal_kind -> Text,
        principal_id -> BigInt,
        purpose -> Text,
        state -> Text,
        expires_at -> BigInt,
    }
}

diesel::table! {
    second_factor_policies (principal_kind, principal_id) {
        principal_kind -> Text,
        principal_id -> BigInt,
        totp_allowed -> Bool,
    }
}

diesel::table! {
    reviewer_notifications (reviewer_id) {
        reviewer_id -> BigInt,
        email -> Nullable<Text>,
        webhook_url -> Nullable<Text>,
        frequency -> Text,
        send_empty -> Bool,
        locale -> Text,
        covered_through -> Nullable<Text>,
        claimed_until -> Nullable<BigInt>,
        updated_at -> BigInt,
    }
}

diesel::table! {
    correlation_keys (body, entry_id) {
        body -> Text,
        entry_id -> Text,
        key_id -> Text,
        serial -> BigInt,
        sealed -> Binary,
        imported_at -> BigInt,
    }
}

diesel::table! {
    correlation_hashes (report_id, body, kind, hash) {
        report_id -> Text,
        body -> Text,
        key_id -> Text,
        kind -> Text,
        hash -> Text,
    }
}

diesel::joinable!(reviewer_notifications -> reviewers (reviewer_id));

diesel::allow_tables_to_appear_in_same_query!(
    reports,
    assignments,
    body_tags,
    report_tags,
    referrals,
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
    security_keys,
    webauthn_ceremonies,
    second_factor_policies,
    reviewer_notifications,
    correlation_keys,
    correlation_hashes,
);
