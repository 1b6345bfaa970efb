//! Talking to the channel: one blocking HTTP client (HTTPS only, except to a loopback host;
//! no redirects; an optional proxy such as Tor's `socks5h://127.0.0.1:9050`), the server's
//! JSON answers and refusals (`{"error": {"code", "message"}}`, already translated), the
//! keyring checked against the pinned fingerprint and the serial rule, and the proof of work.

use std::net::IpAddr;
use std::time::Duration;

use envelope::{Keyring, SignedKeyring};
use reqwest::blocking::{Client, Response};
use reqwest::Url;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::config::ConfigDir;
use crate::error::{CliError, Result};

pub struct Api {
    base: Url,
    http: Client,
    lang: String,
}

fn is_loopback(url: &Url) -> bool {
    let host = url.host_str().unwrap_or("");
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The server's address: `https://`, or `http://` to a loopback host only.
pub fn server_url(text: &str) -> Result<Url> {
    let url = Url::parse(text.trim())
        .map_err(|e| CliError::Usage(format!("server URL {text:?}: {e}")))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(CliError::Usage(format!(
                "server URL {text:?}: HTTPS is required (plain HTTP only to a loopback host)"
            )))
        }
        other => {
            return Err(CliError::Usage(format!(
                "server URL {text:?}: unsupported scheme {other:?}"
            )))
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(CliError::Usage(format!("server URL {text:?}: no host")));
    }
    Ok(url)
}

pub fn network(e: reqwest::Error) -> CliError {
    // reqwest's message names the URL and the cause, never a request body.
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    CliError::Network(msg)
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(default)]
    code: String,
    #[serde(default)]
    message: String,
}

impl Api {
    pub fn new(base: Url, proxy: Option<&str>, lang: &str) -> Result<Self> {
        let mut builder = Client::builder()
            .user_agent(concat!("tsr-report/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(60))
            // Large uploads over Tor take long; the connection's own timeouts end dead ones.
            .timeout(None);
        builder = match proxy {
            Some(p) => builder.proxy(
                reqwest::Proxy::all(p).map_err(|e| CliError::Usage(format!("proxy {p:?}: {e}")))?,
            ),
            // Only the proxy asked for: never one from the environment behind the user's back.
            None => builder.no_proxy(),
        };
        let http = builder.build().map_err(network)?;
        Ok(Api {
            base,
            http,
            lang: lang.to_string(),
        })
    }

    pub fn url(&self, path: &str) -> Result<Url> {
        let mut url = self
            .base
            .join(path)
            .map_err(|e| CliError::Usage(format!("server URL: {e}")))?;
        url.query_pairs_mut().append_pair("lang", &self.lang);
        Ok(url)
    }

    pub fn http(&self) -> &Client {
        &self.http
    }

    /// The JSON body of a successful answer, or the server's refusal.
    pub fn answer<T: DeserializeOwned>(resp: Response) -> Result<T> {
        let status = resp.status();
        let bytes = resp.bytes().map_err(network)?;
        if !status.is_success() {
            let (code, message) = match serde_json::from_slice::<ErrorBody>(&bytes) {
                Ok(b) => (b.error.code, b.error.message),
                Err(_) => ("http".into(), status.to_string()),
            };
            return Err(CliError::Server {
                status: status.as_u16(),
                code,
                message,
            });
        }
        serde_json::from_slice(&bytes)
            .map_err(|e| CliError::Other(format!("unexpected answer from the server: {e}")))
    }

    pub fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        let resp = self.http.get(self.url(path)?).send().map_err(network)?;
        Self::answer(resp)
    }

    fn get_bytes(&self, path: &str) -> Result<Vec<u8>> {
        let url = self
            .base
            .join(path)
            .map_err(|e| CliError::Other(e.to_string()))?;
        let resp = self.http.get(url).send().map_err(network)?;
        if !resp.status().is_success() {
            return Err(CliError::Server {
                status: resp.status().as_u16(),
                code: "http".into(),
                message: format!("{path}: {}", resp.status()),
            });
        }
        Ok(resp.bytes().map_err(network)?.to_vec())
    }

    /// The keyring, trusted only when signed by the pinned key, canonical and well-formed, and
    /// not older (lower serial) than one this configuration accepted from that key before.
    pub fn verified_keyring(&self, pin: &str, config: &ConfigDir) -> Result<Keyring> {
        let json = self.get_bytes("/keyring.json")?;
        let sig = self.get_bytes("/keyring.sig")?;
        let signed = SignedKeyring::from_files(&json, &sig)
            .map_err(|e| CliError::Keyring(format!("the keyring's signature file: {e}")))?;
        let keyring = signed.verify(Some(pin)).map_err(|e| match e {
            envelope::EnvelopeError::UnexpectedSigner { found, expected } => {
                CliError::Keyring(format!(
                    "the keyring is signed by key {found}, not by the pinned key {expected}: \
                     refusing to seal anything to its keys. If the channel announced a new \
                     keyring signing key, check its fingerprint out of band and change `pin` \
                     in {}",
                    config.dir.join(crate::config::CONFIG_FILE).display()
                ))
            }
            other => CliError::Keyring(format!("the keyring does not verify: {other}")),
        })?;
        let signer = signed.signer.fingerprint();
        let mut serials = config.serials()?;
        let seen = serials.get(&signer).copied().unwrap_or(0);
        if keyring.serial < seen {
            return Err(CliError::Keyring(format!(
                "the keyring has serial {}, lower than serial {seen} accepted before from the \
                 same signer {signer}: an older keyring is being replayed; refusing it",
                keyring.serial
            )));
        }
        if keyring.serial > seen || !serials.contains_key(&signer) {
            serials.insert(signer, keyring.serial);
            config.save_serials(&serials)?;
        }
        Ok(keyring)
    }
}

/// `GET /api/v1/pow`, and what goes back in the `pow` part.
#[derive(Deserialize, serde::Serialize)]
pub struct Challenge {
    pub challenge: String,
    pub difficulty: u8,
    pub expires: i64,
    pub token: String,
    #[serde(default, skip_deserializing)]
    pub nonce: String,
}

fn leading_zero_bits(hash: &[u8]) -> u32 {
    let mut n = 0;
    for b in hash {
        if *b != 0 {
            return n + b.leading_zeros();
        }
        n += 8;
    }
    n
}

/// Finds an 8-byte nonce with `BLAKE2b-256(challenge ‖ nonce)` starting with `difficulty`
/// zero bits (the nonce is a big-endian counter, as the browser's).
pub fn solve(mut c: Challenge) -> Result<Challenge> {
    let challenge = envelope::unb64(&c.challenge, "challenge")
        .ok()
        .filter(|b| b.len() == 32)
        .ok_or_else(|| {
            CliError::Other("the server's proof-of-work challenge is malformed".into())
        })?;
    let mut input = [0u8; 40];
    input[..32].copy_from_slice(&challenge);
    for n in 0u64.. {
        input[32..].copy_from_slice(&n.to_be_bytes());
        let h = libsodium_rs::crypto_generichash::generichash(&input, None, 32)
            .map_err(|e| CliError::Other(format!("hashing: {e}")))?;
        if leading_zero_bits(&h) >= u32::from(c.difficulty) {
            c.nonce = envelope::b64(&input[32..]);
            return Ok(c);
        }
    }
    Err(CliError::Other("no proof-of-work solution".into()))
}
