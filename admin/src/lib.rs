//! The operator's commands behind `tsr-admin`: the key ceremony's development keyring and its
//! check, re-signing the keyring with enrolled reviewers' keys, the offline ceremony one host
//! at a time (`ceremony`, `assemble`, `files`), reviewer recovery with a body's recovery key
//! (`recovery`), accounts with enrolment links, the reviewers' content-free digests (`notify`),
//! the audit log, retention, backup and restore, and the check of release archives.
//!
//! These run on operator hosts (the keyring signing key is used here, never in the web
//! server); the web server links none of this code. Errors are `thiserror` types per command;
//! `main` prints them and exits non-zero.

pub mod accounts;
pub mod assemble;
pub mod audit;
pub mod backup;
pub mod ceremony;
pub mod cli;
pub mod config;
pub mod correlation;
pub mod files;
pub mod keyring;
pub mod keys;
pub mod notify;
pub mod recovery;
pub mod retention;
pub mod second_factor;
pub mod tags;
pub mod verify;
