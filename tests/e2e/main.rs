//! End-to-end tests: they start the real `server` binary, as an operator or a client would.
//! One test binary (zero-to-production style); modules follow the users.
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

mod accessibility;
mod anonymizer;
mod browser;
mod canary;
mod console;
mod console_browser;
mod console_cases;
mod console_matrix;
mod console_workflow;
mod demo;
mod helpers;
mod instance;
mod intake;
mod intake_errors;
mod keyboard;
mod keys;
mod metrics;
mod operations;
mod pg;
mod portal;
mod portal_browser;
mod portal_matrix;
mod reporter_pages;
mod resilience;
mod serve;
mod webdriver;
