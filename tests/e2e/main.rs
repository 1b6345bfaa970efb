//! End-to-end tests: they start the real `server` binary, as an operator or a client would.
//! One test binary (zero-to-production style); modules follow the users.

mod helpers;
mod keys;
mod pg;
mod serve;
