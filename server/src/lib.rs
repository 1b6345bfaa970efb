//! The web server of the reporting channel (intake, console, portal, data API). It needs
//! public keys only: nothing here opens a private key (the operator's commands are in `admin`,
//! the demo in `demo`).
//!
//! Error policy: library crates (`envelope`, `storage`) return `thiserror` types; this crate maps
//! them to HTTP in one place (`web::error`, added with the pages) and to exit codes in `main`.
//! Internal causes are logged without secrets or report content; users see translated messages.

//!
//! Layers, each importing only those below it: `web`, `blocking`, `state` (the areas' states
//! and settings), `auth`, `extract`, `published`; then the areas `intake`, `console`, `portal`
//! and `api`, which never import each other; `metrics`; and `app`, the router, which nothing
//! imports.

pub mod api;
pub mod app;
pub mod auth;
pub mod blocking;
pub mod config;
pub mod console;
pub mod extract;
pub mod intake;
pub mod metrics;
pub mod portal;
pub mod published;
pub mod state;
pub mod telemetry;
pub mod web;
