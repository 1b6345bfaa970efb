//! End-to-end tests: the web application in-process on port 0 (most tests), the real `server`
//! binary where the process is the point (killing it, its log, its temporary files, its
//! command line), and the `tsr-admin`, `anonymizer` and `demo` command lines in-process.
//! One test binary (zero-to-production style); modules follow the users.
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

mod accessibility;
mod anonymizer;
mod anonymizer_rotation;
mod api_fallback;
mod browser;
mod canary;
mod ceremony;
mod console;
mod console_browser;
mod console_casefile;
mod console_cases;
mod console_matrix;
mod console_refer_matrix;
mod console_referral;
mod console_referral_browser;
mod console_triage;
mod console_triage_matrix;
mod console_triage_volume;
mod console_workflow;
mod cross_site;
mod demo;
mod followup_attachments;
mod followup_browser;
mod helpers;
mod hosts;
mod indicators;
mod instance;
mod intake;
mod intake_abuse;
mod intake_errors;
mod intake_memory;
mod intake_openapi;
mod intake_wipe;
mod intel_export;
mod keyboard;
mod keys;
mod legacy_v1;
mod login_throttle;
mod metrics;
mod node;
mod notify;
mod notify_console;
mod operations;
mod paging;
mod pg;
mod portal;
mod portal_browser;
mod portal_matrix;
mod portal_series;
mod recovery;
mod replicas;
mod reporter_pages;
mod resilience;
mod security_keys;
mod security_keys_matrix;
mod serve;
mod signed_classifications;
mod signed_messages;
mod swapped;
mod taxii_push;
mod trust;
mod webdriver;
