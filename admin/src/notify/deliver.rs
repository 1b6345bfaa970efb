//! Delivery of a digest: an e-mail through the configured relay (lettre, blocking, native-tls
//! on the OpenSSL the workspace already builds; STARTTLS is required, never optional) and a
//! webhook POST (reqwest, blocking, no redirects followed). Errors carry the cause for the
//! operator, never the digest or the recipient's address.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};

use super::config::{SmtpConfig, SmtpTls};

/// How long one delivery may take (connect, TLS, the SMTP dialogue or the HTTP exchange).
pub const TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("no SMTP relay is configured (SMTP_HOST), or it could not be set up")]
    NoSmtp,
    #[error("the SMTP relay's TLS settings: {0}")]
    Tls(String),
    #[error("the address was refused")]
    Address,
    #[error("the mail could not be built: {0}")]
    Build(String),
    #[error("the SMTP relay: {0}")]
    Smtp(String),
    #[error("the webhook: {0}")]
    Webhook(String),
}

/// An SMTP transport built once per run from the configuration.
pub struct Mailer {
    transport: SmtpTransport,
    from: lettre::message::Mailbox,
}

impl Mailer {
    pub fn new(c: &SmtpConfig) -> Result<Self, DeliveryError> {
        let mut params = TlsParameters::builder(c.host.clone());
        if let Some((_, pem)) = &c.ca {
            let cert = Certificate::from_pem(pem).map_err(|e| DeliveryError::Tls(e.to_string()))?;
            params = params.add_root_certificate(cert);
        }
        let params = params
            .build_native()
            .map_err(|e| DeliveryError::Tls(e.to_string()))?;
        let tls = match c.tls {
            SmtpTls::StartTls => Tls::Required(params),
            SmtpTls::Implicit => Tls::Wrapper(params),
        };
        let mut builder = SmtpTransport::builder_dangerous(&c.host)
            .port(c.port)
            .tls(tls)
            .timeout(Some(TIMEOUT));
        if let (Some(user), Some(password)) = (&c.username, &c.password) {
            // lettre keeps its own copy of the password for the transport's life (this run).
            builder = builder.credentials(Credentials::new(user.clone(), password.to_string()));
        }
        let from = c.from.parse().map_err(|_| DeliveryError::Address)?;
        Ok(Mailer {
            transport: builder.build(),
            from,
        })
    }

    /// Sends one plain-text mail.
    pub fn send(&self, to: &str, subject: &str, text: String) -> Result<(), DeliveryError> {
        let to = to.parse().map_err(|_| DeliveryError::Address)?;
        let mail = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(text)
            .map_err(|e| DeliveryError::Build(e.to_string()))?;
        self.transport
            .send(&mail)
            .map(drop)
            .map_err(|e| DeliveryError::Smtp(e.to_string()))
    }
}

/// POSTs `json` to `url` (checked again: https, or http to a loopback address); any status
/// other than 2xx is a failure.
pub fn post_webhook(url: &str, json: &serde_json::Value) -> Result<(), DeliveryError> {
    let url = storage::notifications::check_webhook_url(url)
        .map_err(|e| DeliveryError::Webhook(e.to_string()))?;
    let client = reqwest::blocking::Client::builder()
        .timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| DeliveryError::Webhook(e.to_string()))?;
    let response = client
        .post(&url)
        .json(json)
        .send()
        .map_err(|e| DeliveryError::Webhook(e.without_url().to_string()))?;
    let status = response.status();
    if !status.is_success() {
        return Err(DeliveryError::Webhook(format!("answered {status}")));
    }
    Ok(())
}
