//! Building and running the HTTP application (`Application::build` binds first, so tests can
//! ask for port 0 and read the port back).

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use serde::Serialize;

use crate::config::Config;
use crate::intake::{self, IntakeSettings, Limiters};
use crate::web::csrf::Csrf;
use crate::web::error::Kind;
use crate::web::{security_headers, statics, translator, WebError};
use keystore::KeystoreError;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("database: {0}")]
    Database(#[from] storage::StorageError),
    #[error(transparent)]
    Keys(#[from] KeystoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("cannot start the intake's committer thread: {0}")]
    Thread(std::io::Error),
}

/// Shared, read-only state of every worker.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: storage::Database,
    pub keys_dir: PathBuf,
    pub keyring: Arc<envelope::Keyring>,
    pub signer_fingerprint: String,
    /// The keyring files as verified at start; browsers get exactly these bytes.
    pub signed_keyring: Arc<envelope::SignedKeyring>,
    pub csrf: Csrf,
    pub intake: IntakeSettings,
    pub limiters: Arc<Limiters>,
    pub pow: intake::pow::Pow,
    /// Stores new reports from both intake paths, many per commit under load.
    pub committer: intake::commit::Committer,
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
    /// Connects to the database, applies pending migrations, verifies the keyring and binds.
    pub fn build(config: &Config) -> Result<Self, StartError> {
        let db = storage::Database::connect_with(&config.database_url, config.pool.clone())?;
        let applied = db.migrate()?;
        if !applied.is_empty() {
            tracing::info!(count = applied.len(), "applied database migrations");
        }
        let (keyring, signed) =
            keystore::load_keyring(&config.keys_dir, config.keyring_fingerprint.as_deref())?;
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
        let state = AppState {
            committer,
            db,
            keys_dir: config.keys_dir.clone(),
            keyring: Arc::new(keyring),
            signer_fingerprint: signed.signer.fingerprint(),
            signed_keyring: Arc::new(signed),
            csrf: Csrf::new(csrf_key),
            intake: IntakeSettings::from_config(&config.intake),
            limiters: Limiters::new(&IntakeSettings::from_config(&config.intake)),
            pow: intake::pow::Pow::new(pow_key, config.intake.pow_bits),
        };
        let listener = TcpListener::bind(&config.bind).map_err(|source| StartError::Bind {
            addr: config.bind.clone(),
            source,
        })?;
        let address = listener.local_addr().map_err(|source| StartError::Bind {
            addr: config.bind.clone(),
            source,
        })?;
        let sqlite = state.db.backend() == storage::Backend::Sqlite;
        let data = web::Data::new(state);
        let metrics = crate::metrics::Metrics::new(config.metrics_token.clone());
        let auth = web::Data::new(crate::auth::AuthSettings {
            idle_secs: config.sessions.idle_secs,
            absolute_secs: config.sessions.absolute_secs,
        });
        let server = HttpServer::new(move || {
            let counted = metrics.clone();
            App::new()
                .app_data(data.clone())
                .app_data(auth.clone())
                .app_data(web::Data::new(metrics.clone()))
                .app_data(form_config())
                .wrap(security_headers())
                .wrap_fn(move |req, srv| {
                    use actix_web::dev::Service as _;
                    let scrape = crate::metrics::is_scrape(&req);
                    let in_flight = (!scrape).then(|| crate::metrics::start(&counted, &req));
                    let fut = srv.call(req);
                    let counted = counted.clone();
                    async move {
                        let res = fut.await;
                        drop(in_flight);
                        let res = res?;
                        if !scrape {
                            crate::metrics::observe(&counted, &res);
                        }
                        Ok(res)
                    }
                })
                .route("/healthz", web::get().to(healthz))
                .route("/metrics", web::get().to(crate::metrics::serve))
                .route("/static/{path:.*}", web::get().to(statics::serve))
                .configure(intake::routes)
                .configure(crate::console::routes)
                .configure(crate::portal::routes)
                .configure(crate::api::routes)
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

    pub fn port(&self) -> u16 {
        self.address.port()
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

async fn not_found(req: HttpRequest) -> Result<HttpResponse, WebError> {
    Err(WebError::new(Kind::NotFound).in_lang(&translator(&req)))
}

#[derive(Debug, Serialize)]
struct Health {
    status: &'static str,
    database: &'static str,
    migrations: &'static str,
    keyring: &'static str,
}

/// Database reachable, migrations current, keyring files still carrying a valid signature by
/// the signer the server started with.
async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let st = state.clone();
    let result = crate::metrics::block("health", move || {
        let (database, migrations) = match st.db.pending_migrations() {
            Ok(p) if p.is_empty() => ("ok", "current"),
            Ok(_) => ("ok", "pending"),
            Err(_) => ("unreachable", "unknown"),
        };
        let keyring = match keystore::load_keyring(&st.keys_dir, Some(&st.signer_fingerprint)) {
            Ok(_) => "valid",
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
