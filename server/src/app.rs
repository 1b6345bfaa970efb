//! Building and running the HTTP application (`Application::build` binds first, so tests can
//! ask for port 0 and read the port back).

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::{http::header, middleware::DefaultHeaders, web, App, HttpResponse, HttpServer};
use serde::Serialize;

use crate::config::Config;
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
}

/// Shared, read-only state of every worker.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: storage::Database,
    pub keys_dir: PathBuf,
    pub keyring: Arc<envelope::Keyring>,
    pub signer_fingerprint: String,
}

pub struct Application {
    port: u16,
    server: Server,
}

impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Application")
            .field("port", &self.port)
            .finish_non_exhaustive()
    }
}

impl Application {
    /// Connects to the database, applies pending migrations, verifies the keyring and binds.
    pub fn build(config: &Config) -> Result<Self, StartError> {
        let db = storage::Database::connect(&config.database_url)?;
        let applied = db.migrate()?;
        if !applied.is_empty() {
            tracing::info!(count = applied.len(), "applied database migrations");
        }
        let expected = std::env::var("KEYRING_FINGERPRINT").ok();
        let (keyring, signed) = keystore::load_keyring(&config.keys_dir, expected.as_deref())?;
        let state = AppState {
            db,
            keys_dir: config.keys_dir.clone(),
            keyring: Arc::new(keyring),
            signer_fingerprint: signed.signer.fingerprint(),
        };
        let listener = TcpListener::bind(&config.bind).map_err(|source| StartError::Bind {
            addr: config.bind.clone(),
            source,
        })?;
        let port = listener
            .local_addr()
            .map_err(|source| StartError::Bind {
                addr: config.bind.clone(),
                source,
            })?
            .port();
        let data = web::Data::new(state);
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .wrap(security_headers())
                .route("/healthz", web::get().to(healthz))
        })
        .listen(listener)
        .map_err(|source| StartError::Bind {
            addr: config.bind.clone(),
            source,
        })?
        .run();
        Ok(Application { port, server })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Headers on every response: nothing from another origin, no referrer, no caching.
fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
             base-uri 'none'",
        ))
        .add((header::REFERRER_POLICY, "no-referrer"))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::CACHE_CONTROL, "no-store"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
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
    let result = web::block(move || {
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
