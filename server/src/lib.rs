//! The web server of the reporting channel (intake, console, portal) and the operator
//! subcommands of the `server` binary.
//!
//! Error policy: library crates (`envelope`, `storage`) return `thiserror` types; this crate maps
//! them to HTTP in one place (`web::error`, added with the pages) and to exit codes in `main`.
//! Internal causes are logged without secrets or report content; users see translated messages.

pub mod api;
pub mod app;
pub mod auth;
pub mod config;
pub mod console;
pub mod intake;
pub mod metrics;
pub mod operator;
pub mod portal;
pub mod web;
