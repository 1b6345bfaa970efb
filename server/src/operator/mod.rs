//! Operator subcommands: what runs from a terminal, never from the web.

pub mod audit;
pub mod backup;
pub mod demo;
pub mod demo_data;
pub mod keyring;
pub mod keys;
pub mod member_state;
pub mod retention;
pub mod reviewer;
pub mod verify;
