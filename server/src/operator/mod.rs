//! Operator subcommands: what runs from a terminal, never from the web.

pub mod audit;
pub mod keyring;
pub mod keys;
pub mod reviewer;
