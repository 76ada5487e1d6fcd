//! One module per group of commands.

pub mod collect;
pub mod deliver;
pub mod status;
