//! The client's one error type: what went wrong, said plainly, and the documented exit code
//! it ends the process with (README, "Reporting from the command line").

use serde_json::{json, Value};

/// One field of a report file that the form's rules refuse, with the web form's message.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FieldMessage {
    pub field: String,
    pub message_id: String,
    /// The web form's error summary entry: "Member state: This field is required."
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad arguments or configuration (exit 2, as for arguments clap refuses).
    #[error("{0}")]
    Usage(String),
    /// The report file cannot be read or parsed (exit 3).
    #[error("{0}")]
    ReportFile(String),
    /// The report file breaks the form's rules, field by field (exit 3).
    #[error("{title}")]
    Fields {
        title: String,
        fields: Vec<FieldMessage>,
    },
    /// The keyring is not signed by the pinned key, is older than one seen before, or is
    /// malformed (exit 4): nothing was sent.
    #[error("{0}")]
    Keyring(String),
    /// The server refused the request (exit 5), with its own (translated) message.
    #[error("the server refused the request ({status}): {message}")]
    Server {
        status: u16,
        code: String,
        message: String,
    },
    /// No report for this receipt, or a receipt file that does not open (exit 6).
    #[error("{0}")]
    Receipt(String),
    /// The server could not be reached (exit 7).
    #[error("network error: {0}")]
    Network(String),
    /// Anything else: a local file, an unexpected answer (exit 1).
    #[error("{0}")]
    Other(String),
}

impl CliError {
    /// The process exit code (documented in the README).
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Other(_) => 1,
            CliError::Usage(_) => 2,
            CliError::ReportFile(_) | CliError::Fields { .. } => 3,
            CliError::Keyring(_) => 4,
            CliError::Server { .. } => 5,
            CliError::Receipt(_) => 6,
            CliError::Network(_) => 7,
        }
    }

    /// A stable code for `--json` output.
    pub fn code(&self) -> &str {
        match self {
            CliError::Usage(_) => "usage",
            CliError::ReportFile(_) => "report_file",
            CliError::Fields { .. } => "invalid_report",
            CliError::Keyring(_) => "keyring_refused",
            CliError::Server { code, .. } => code,
            CliError::Receipt(_) => "receipt",
            CliError::Network(_) => "network",
            CliError::Other(_) => "error",
        }
    }

    pub fn to_json(&self) -> Value {
        let mut error = json!({ "code": self.code(), "message": self.to_string(), "exit_code": self.exit_code() });
        if let CliError::Fields { fields, .. } = self {
            error["fields"] = json!(fields);
        }
        if let CliError::Server { status, .. } = self {
            error["status"] = json!(status);
        }
        json!({ "error": error })
    }

    /// The human form, on standard error.
    pub fn human(&self) -> String {
        match self {
            CliError::Fields { title, fields } => {
                let mut s = format!("error: {title}\n");
                for f in fields {
                    s.push_str(&format!("  - {} [{}]\n", f.message, f.field));
                }
                s
            }
            other => format!("error: {other}\n"),
        }
    }
}

pub fn other(context: &str, e: impl std::fmt::Display) -> CliError {
    CliError::Other(format!("{context}: {e}"))
}

pub type Result<T> = std::result::Result<T, CliError>;
