//! Building and running the HTTP application (`Application::build` binds first, so tests can
//! ask for port 0 and read the port back): the router. Each area gets its own state
//! (`IntakeState`, `ConsoleState`, `PortalState`, `ApiState`) with only what it uses; nothing
//! in the crate imports this module.

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use serde::Serialize;

use crate::auth::AuthSettings;
use crate::config::Config;
use crate::intake::{self, IntakeState, Limiters};
use crate::state::{ApiState, ConsoleState, IntakeSettings, PortalState};
use crate::web::csrf::Csrf;
use crate::web::error::Kind;
use crate::web::{security_headers, statics, translator, WebError};
use keystore::KeystoreError;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("database: {0}")]
    Database(#[from] storage::StorageError),
    #[error("KEYRING_FINGERPRINT is required: {}", crate::config::UNPINNED)]
    Unpinned,
    #[error("refusing to start with KEYRING_FINGERPRINT={pinned}: {source}")]
    Keys {
        pinned: String,
        source: KeystoreError,
    },
    #[error(
        "refusing to start: the keyring in {dir} has serial {serial}, lower than serial \
         {highest} which this server accepted before from the same signing key (an older \
         keyring put back?); restore the current keyring.json and keyring.sig"
    )]
    Rollback {
        dir: String,
        serial: u64,
        highest: u64,
    },
    /// `BASE_URL` names a domain the WebAuthn library refuses as a relying party.
    #[error("refusing to start: {0}")]
    SecurityKeys(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("cannot start the intake's committer thread: {0}")]
    Thread(std::io::Error),
}

/// What `/healthz` checks: the database and the keyring files on disk, still signed by the
/// pinned key with a serial not below the highest accepted (the only state that holds the key
/// directory; no area gets it).
#[derive(Debug, Clone)]
struct HealthState {
    db: storage::Database,
    keys_dir: PathBuf,
    signer_fingerprint: String,
}

pub struct Application {
    address: std::net::SocketAddr,
    server: Server,
}

impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Application")
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

impl Application {
    /// Connects to the database, applies pending migrations, verifies the keyring against the
    /// pinned fingerprint (`KEYRING_FINGERPRINT`) and that its serial is not lower than the
    /// highest this database recorded (then records it), and binds.
    pub fn build(config: &Config) -> Result<Self, StartError> {
        let db = storage::Database::connect_with(&config.database_url, config.pool.clone())?;
        let applied = db.migrate()?;
        if !applied.is_empty() {
            tracing::info!(count = applied.len(), "applied database migrations");
        }
        // The trust root is the configured fingerprint, never the key that happens to have
        // signed the files on disk: the pages show this value, and browsers check against it.
        let pinned = config
            .keyring_fingerprint
            .clone()
            .ok_or(StartError::Unpinned)?;
        let (keyring, signed) =
            keystore::load_keyring(&config.keys_dir, Some(&pinned)).map_err(|source| {
                StartError::Keys {
                    pinned: pinned.clone(),
                    source,
                }
            })?;
        let serial = keyring.serial;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let fp = pinned.clone();
        if let Err(highest) =
            db.write(|c| storage::keyring_serials::accept_serial(c, &fp, serial, now))?
        {
            return Err(StartError::Rollback {
                dir: config.keys_dir.display().to_string(),
                serial,
                highest,
            });
        }
        let csrf_key = {
            let mut conn = db.conn()?;
            let fresh = envelope::SymmetricKey::generate();
            let stored = storage::instance::get_or_create(&mut conn, "csrf-v1", fresh.expose())?;
            envelope::SymmetricKey::from_slice(&stored)
                .map_err(|_| storage::StorageError::Invalid("stored CSRF key".into()))?
        };
        let pow_key = {
            let mut conn = db.conn()?;
            let fresh = envelope::SymmetricKey::generate();
            let stored = storage::instance::get_or_create(&mut conn, "pow-v1", fresh.expose())?;
            envelope::SymmetricKey::from_slice(&stored)
                .map_err(|_| storage::StorageError::Invalid("stored proof-of-work key".into()))?
        };
        let committer = intake::commit::Committer::start(db.clone()).map_err(StartError::Thread)?;
        let intake_settings = IntakeSettings::from_config(&config.intake);
        let keyring = Arc::new(keyring);
        let signer_fingerprint = pinned;
        let csrf = Csrf::new(csrf_key);
        let queue = committer.clone();
        let sources = web::Data::new(crate::metrics::Sources {
            db: db.clone(),
            commit_queue: Arc::new(move || queue.queued()),
        });
        let intake_state = web::Data::new(IntakeState {
            committer,
            db: db.clone(),
            keyring: keyring.clone(),
            signer_fingerprint: signer_fingerprint.clone(),
            signed_keyring: Arc::new(signed),
            csrf: csrf.clone(),
            intake: intake_settings,
            limiters: Limiters::new(&intake_settings, &db),
            pow: intake::pow::Pow::new(pow_key, config.intake.pow_bits),
            upload_budget: intake::staging::UploadBudget::new(config.intake.upload_buffer_mb),
        });
        // The relying party of security keys: `BASE_URL`'s host (none for an IP address).
        let security_keys = Arc::new(
            crate::auth::security_key::SecurityKeys::from_base_url(&config.base_url)
                .map_err(StartError::SecurityKeys)?,
        );
        let console_state = web::Data::new(ConsoleState {
            db: db.clone(),
            keyring,
            csrf: csrf.clone(),
            signer_fingerprint: signer_fingerprint.clone(),
            security_keys: security_keys.clone(),
        });
        let portal_state = web::Data::new(PortalState {
            db: db.clone(),
            csrf,
            signer_fingerprint: signer_fingerprint.clone(),
            security_keys,
        });
        let api_state = web::Data::new(ApiState { db: db.clone() });
        let health = web::Data::new(HealthState {
            db: db.clone(),
            keys_dir: config.keys_dir.clone(),
            signer_fingerprint,
        });
        let auth_settings = web::Data::new(AuthSettings {
            idle_secs: config.sessions.idle_secs,
            absolute_secs: config.sessions.absolute_secs,
        });
        let listener = TcpListener::bind(&config.bind).map_err(|source| StartError::Bind {
            addr: config.bind.clone(),
            source,
        })?;
        let address = listener.local_addr().map_err(|source| StartError::Bind {
            addr: config.bind.clone(),
            source,
        })?;
        let sqlite = db.backend() == storage::Backend::Sqlite;
        let metrics = crate::metrics::Metrics::new(config.metrics_token.clone());
        let body_limits = crate::web::body_deadline::BodyLimits {
            deadline: std::time::Duration::from_secs(config.body.timeout_secs),
            min_bytes_per_sec: config.body.min_bytes_per_sec,
        };
        let taxii_origins = config.taxii_origins.clone();
        let server = HttpServer::new(move || {
            let counted = metrics.clone();
            let (intake_state, console_state) = (intake_state.clone(), console_state.clone());
            let (portal_state, api_state) = (portal_state.clone(), api_state.clone());
            App::new()
                .app_data(health.clone())
                .app_data(sources.clone())
                .app_data(auth_settings.clone())
                .app_data(web::Data::new(metrics.clone()))
                .app_data(form_config())
                .wrap(actix_web::middleware::from_fn(
                    crate::auth::same_origin::refuse_cross_site,
                ))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::limits::refuse_large_headers,
                ))
                .wrap(security_headers(&taxii_origins))
                .wrap_fn(move |mut req, srv| {
                    use actix_web::dev::Service as _;
                    body_limits.apply(&mut req);
                    srv.call(req)
                })
                .wrap_fn(move |req, srv| {
                    use actix_web::dev::Service as _;
                    let scrape = crate::metrics::is_scrape(&req);
                    let in_flight = (!scrape).then(|| crate::metrics::start(&counted, &req));
                    let fut = srv.call(req);
                    let counted = counted.clone();
                    async move {
                        let res = fut.await?;
                        if let Some(started) = in_flight {
                            crate::metrics::observe(&counted, started, &res);
                        }
                        Ok(res)
                    }
                })
                .route("/healthz", web::get().to(healthz))
                .route("/metrics", web::get().to(crate::metrics::serve))
                .route("/static/{path:.*}", web::get().to(statics::serve))
                .configure(|cfg| intake::routes(cfg, intake_state))
                .configure(|cfg| crate::console::routes(cfg, console_state))
                .configure(|cfg| crate::portal::routes(cfg, portal_state))
                .configure(|cfg| crate::api::routes(cfg, api_state))
                .default_service(web::to(not_found))
        });
        // Blocking threads per worker (sealing, database, Argon2). SQLite has one writer, so a
        // few threads keep the tail short; PostgreSQL benefits from more concurrent queries.
        // See docs/BENCHMARKS.md.
        let blocking = config.blocking_threads.or(sqlite.then_some(2));
        let server = match blocking {
            Some(n) => server.worker_max_blocking_threads(n),
            None => server,
        };
        let server = server
            .listen(listener)
            .map_err(|source| StartError::Bind {
                addr: config.bind.clone(),
                source,
            })?
            .run();
        Ok(Application { address, server })
    }

    /// The address the server listens on (with the port the system chose for port 0).
    pub fn address(&self) -> std::net::SocketAddr {
        self.address
    }

    /// A handle to stop the server (tests stop in-process servers with it).
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Form bodies that cannot be decoded get the same translated error page as anything else.
fn form_config() -> web::FormConfig {
    web::FormConfig::default()
        .limit(64 * 1024)
        .error_handler(|_, req| {
            WebError::new(Kind::BadRequest)
                .in_lang(&translator(req))
                .into()
        })
}

/// No route took the request: the translated 404 page, or JSON 404 / 405 under `/api/`.
async fn not_found(req: HttpRequest) -> Result<HttpResponse, WebError> {
    Err(crate::api::fallback::unmatched(&req))
}

#[derive(Debug, Serialize)]
struct Health {
    status: &'static str,
    database: &'static str,
    migrations: &'static str,
    keyring: &'static str,
}

/// Database reachable, migrations current, keyring files still carrying a valid signature by
/// the pinned signer and a serial not below the highest this database recorded.
async fn healthz(state: web::Data<HealthState>) -> HttpResponse {
    let st = state.clone();
    let result = crate::blocking::block("health", move || {
        let (database, migrations) = match st.db.pending_migrations() {
            Ok(p) if p.is_empty() => ("ok", "current"),
            Ok(_) => ("ok", "pending"),
            Err(_) => ("unreachable", "unknown"),
        };
        let fp = &st.signer_fingerprint;
        let keyring = match keystore::load_keyring(&st.keys_dir, Some(fp)) {
            Ok((k, _)) => match st
                .db
                .conn()
                .map(|mut c| storage::keyring_serials::highest_serial(&mut c, fp))
            {
                Ok(Ok(Some(highest))) if k.serial < highest => {
                    tracing::error!(serial = k.serial, highest, "keyring serial went down");
                    "invalid"
                }
                _ => "valid",
            },
            Err(e) => {
                tracing::error!(error = %e, "keyring check failed");
                "invalid"
            }
        };
        (database, migrations, keyring)
    })
    .await;
    let (database, migrations, keyring) = result.unwrap_or(("unknown", "unknown", "unknown"));
    let ok = database == "ok" && migrations == "current" && keyring == "valid";
    let body = Health {
        status: if ok { "ok" } else { "unavailable" },
        database,
        migrations,
        keyring,
    };
    if ok {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
