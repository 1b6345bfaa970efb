//! The anonymizer's one error type, and the exit code of each kind.
//!
//! Messages are for the operator: they name periods, tables, budgets, files and kinds of
//! failure, never a record or a value from one.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum AnonError {
    /// A flag or environment variable is wrong.
    #[error("{0}")]
    Config(String),

    /// The keyring or the anonymizer key could not be read or unwrapped.
    #[error("anonymizer key: {0}")]
    Key(String),

    #[error(transparent)]
    Storage(#[from] storage::StorageError),

    /// The release would take a quarter or a year over its epsilon cap. Nothing was drawn or
    /// written.
    #[error("refused: this release needs epsilon {requested} but {scope} {period} has {left} left of its cap {cap} ({spent} spent); nothing was written")]
    OverBudget {
        scope: &'static str,
        period: String,
        requested: f64,
        spent: f64,
        left: f64,
        cap: f64,
    },

    /// The ledger does not match the releases it paid for (rows removed or altered outside
    /// the anonymizer): nothing is released until an operator has looked.
    #[error("refused: the privacy ledger and the releases disagree, so the budget already spent is unknown; nothing was written. {}", .0.join("; "))]
    LedgerMismatch(Vec<String>),

    /// Records of the period are sealed to an anonymizer key this host does not hold: releasing
    /// without them would undercount silently.
    #[error("refused: {count} statistics record(s) of {period} open with no anonymizer key held here (sealed to a retired key, or altered); put the retired key file back in KEYS_DIR/anonymizer-retiring/, or release without them with --skip-unopenable; nothing was written")]
    Unopenable { period: String, count: usize },

    /// OpenDP refused a construction or a measurement.
    #[error("OpenDP: {0}")]
    OpenDp(String),

    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl AnonError {
    /// The process exit code: 3 for a refused overspend or a ledger that disagrees with the
    /// releases, 2 for configuration and keys (unopenable records included), 1 for
    /// everything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            AnonError::OverBudget { .. } | AnonError::LedgerMismatch(_) => 3,
            AnonError::Config(_) | AnonError::Key(_) | AnonError::Unopenable { .. } => 2,
            _ => 1,
        }
    }
}

impl From<opendp::error::Error> for AnonError {
    fn from(e: opendp::error::Error) -> Self {
        AnonError::OpenDp(e.to_string())
    }
}

pub type Result<T, E = AnonError> = std::result::Result<T, E>;
