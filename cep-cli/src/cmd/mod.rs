//! One module per group of commands.

pub mod collect;
pub mod deliver;
pub mod generate;
pub mod privacy;
pub mod run;
pub mod status;
