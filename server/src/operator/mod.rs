//! Operator subcommands: what runs from a terminal, never from the web.

pub mod keys;
