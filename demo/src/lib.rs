//! The throw-away demonstration instance behind the `demo` binary: a development keyring,
//! enrolled accounts, synthetic reports sealed by the real intake code, a release per quarter
//! — then the real web server. This is the only crate that links both the web server and the anonymizer.

pub mod cli;
pub mod data;
pub mod instance;
