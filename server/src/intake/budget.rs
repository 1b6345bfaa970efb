//! One rate budget of the intake: in this process (`governor`) on SQLite, which is one process
//! by design; in the database (`storage::rate`, the same algorithm) on PostgreSQL, so that
//! replicas behind a load balancer share each budget instead of each granting it in full.

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use crate::web::WebError;

/// How often a waiting submission asks a shared budget again.
const POLL: Duration = Duration::from_millis(100);

enum Kind {
    Local(DefaultDirectRateLimiter),
    Shared {
        db: storage::Database,
        period_us: i64,
        burst: i64,
    },
}

pub struct Budget {
    name: &'static str,
    kind: Kind,
}

impl std::fmt::Debug for Budget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shared = matches!(self.kind, Kind::Shared { .. });
        f.debug_struct("Budget")
            .field("name", &self.name)
            .field("shared", &shared)
            .finish()
    }
}

fn now_us() -> i64 {
    let now = time::OffsetDateTime::now_utc();
    i64::try_from(now.unix_timestamp_nanos() / 1_000).unwrap_or(i64::MAX)
}

impl Budget {
    /// `units` per `per`, in bursts of up to `units`; shared through `db` on PostgreSQL.
    pub fn new(name: &'static str, units: u32, per: Duration, db: &storage::Database) -> Self {
        let units = NonZeroU32::new(units).unwrap_or(NonZeroU32::MIN);
        let kind = if db.backend() == storage::Backend::Postgres {
            let per_us = i64::try_from(per.as_micros()).unwrap_or(i64::MAX);
            Kind::Shared {
                db: db.clone(),
                period_us: (per_us / i64::from(units.get())).max(1),
                burst: i64::from(units.get()),
            }
        } else {
            let quota = Quota::with_period(per / units.get())
                .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
                .allow_burst(units);
            Kind::Local(RateLimiter::direct(quota))
        };
        Budget { name, kind }
    }

    /// Takes one unit if there is one now; a database that cannot be asked is an error (the
    /// caller answers 503, as for any other use of the database).
    pub async fn take(&self) -> Result<bool, WebError> {
        match &self.kind {
            Kind::Local(limiter) => Ok(limiter.check().is_ok()),
            Kind::Shared {
                db,
                period_us,
                burst,
            } => {
                let (name, period, burst) = (self.name, *period_us, *burst);
                crate::blocking::write(db, move |c| {
                    storage::rate::take(c, name, now_us(), period, burst)
                })
                .await
            }
        }
    }

    /// [`Budget::take`], refusing with 429 when no unit is left (the caller translates).
    pub async fn take_or_refuse(&self) -> Result<(), WebError> {
        if self.take().await? {
            Ok(())
        } else {
            Err(WebError::new(crate::web::error::Kind::RateLimited))
        }
    }

    /// Waits up to `max` for a unit; `false` if none came.
    pub async fn wait(&self, max: Duration) -> Result<bool, WebError> {
        match &self.kind {
            Kind::Local(limiter) => Ok(actix_web::rt::time::timeout(max, limiter.until_ready())
                .await
                .is_ok()),
            Kind::Shared { .. } => {
                let started = Instant::now();
                loop {
                    if self.take().await? {
                        return Ok(true);
                    }
                    if started.elapsed() + POLL > max {
                        return Ok(false);
                    }
                    actix_web::rt::time::sleep(POLL).await;
                }
            }
        }
    }
}
