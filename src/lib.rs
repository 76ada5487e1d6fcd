//! # cep
//!
//! One dependency for tools that embed cep (installers, vzctl wrappers, the
//! product's own services): the model ([`core`]), the built-in collectors
//! ([`collectors`]) and the transports ([`transport`]).
//!
//! ```no_run
//! use cep::core::{ClientInfo, Host, RunOptions};
//!
//! let collectors = cep::collectors::builtin();
//! let prepared = cep::core::prepare(
//!     &collectors,
//!     &Host::live(),
//!     &RunOptions::default(),
//!     cep::core::uuid::Uuid::new_v4(),
//!     ClientInfo { name: "my-installer".into(), version: "1.0".into() },
//!     &[],
//!     &[],
//! )?;
//! std::fs::write("report.tar.gz", &prepared.archive.bytes)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

pub use cep_collectors as collectors;
pub use cep_core as core;
pub use cep_transport as transport;
