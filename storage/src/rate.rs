//! Rate budgets shared by every web server on the database (GCRA, the algorithm `governor`
//! uses in memory): a budget is one row holding its theoretical arrival time; taking from it is
//! one conditional `UPDATE`, atomic on both backends. Global by design: nothing identifies who
//! is asking.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::DbConn;
use crate::error::StorageError;

/// Takes one unit from budget `name` at `now_us` (microseconds), for a budget of one unit per
/// `period_us` with bursts of `burst` units. `Ok(false)`: the budget is spent for now.
pub fn take(
    conn: &mut DbConn,
    name: &str,
    now_us: i64,
    period_us: i64,
    burst: i64,
) -> Result<bool, StorageError> {
    if update(conn, name, now_us, period_us, burst)? {
        return Ok(true);
    }
    // No row yet: the first unit of a fresh budget. If another server inserted the row first,
    // the update decides.
    let row = (
        crate::schema::rate_limits::name.eq(name),
        crate::schema::rate_limits::tat_us.eq(now_us.saturating_add(period_us)),
    );
    let inserted = match conn {
        DbConn::Sqlite(c) => diesel::insert_into(crate::schema::rate_limits::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConn::Pg(c) => diesel::insert_into(crate::schema::rate_limits::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    if inserted == 1 {
        return Ok(true);
    }
    update(conn, name, now_us, period_us, burst)
}

fn update(
    conn: &mut DbConn,
    name: &str,
    now_us: i64,
    period_us: i64,
    burst: i64,
) -> Result<bool, StorageError> {
    let tolerance = period_us.saturating_mul(burst);
    let updated = match conn {
        DbConn::Sqlite(c) => diesel::sql_query(
            "UPDATE rate_limits SET tat_us = MAX(tat_us, ?) + ? \
             WHERE name = ? AND MAX(tat_us, ?) + ? - ? <= ?",
        )
        .bind::<BigInt, _>(now_us)
        .bind::<BigInt, _>(period_us)
        .bind::<Text, _>(name)
        .bind::<BigInt, _>(now_us)
        .bind::<BigInt, _>(period_us)
        .bind::<BigInt, _>(now_us)
        .bind::<BigInt, _>(tolerance)
        .execute(c)?,
        DbConn::Pg(c) => diesel::sql_query(
            "UPDATE rate_limits SET tat_us = GREATEST(tat_us, $1) + $2 \
             WHERE name = $3 AND GREATEST(tat_us, $1) + $2 - $1 <= $4",
        )
        .bind::<BigInt, _>(now_us)
        .bind::<BigInt, _>(period_us)
        .bind::<Text, _>(name)
        .bind::<BigInt, _>(tolerance)
        .execute(c)?,
    };
    Ok(updated == 1)
}
