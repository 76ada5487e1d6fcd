//! One module per group of commands.

pub mod collect;
pub mod privacy;
pub mod status;
