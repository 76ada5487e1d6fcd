//! # cep
//!
//! cep as a library: one [`Agent`] gives a program that links cep
//! (an installer, a vzctl wrapper, the product's own services) everything
//! the `cep` command does, with the same guarantees and no extra calls:
//!
//! - consent is checked before anything is collected for sending, and off
//!   means nothing is touched;
//! - nothing is collected or sent inside a container;
//! - the privacy guard scrubs every report and checks the archive (a hit
//!   quarantines it; there is no way to skip it);
//! - the host id is bound to the machine, so a cloned image gets its own;
//! - reports go to the spool before any transport, leave it only with a
//!   receipt, and each delivery is a ledger line.
//!
//! Each `cep` command is one method returning a typed, serializable value
//! (`cep ... --json` prints exactly that value): [`Agent::status`],
//! [`Agent::enable`], [`Agent::disable`], [`Agent::host_id`],
//! [`Agent::preview`] (`show`), [`Agent::collect_to`] (`collect`),
//! [`Agent::send`], [`Agent::flush`], [`Agent::run`] / [`Agent::run_at`],
//! [`Agent::schedule`], [`Agent::spool_status`] (`spool`),
//! [`Agent::ledger`], [`Agent::inventory`], [`Agent::list`],
//! [`Agent::accept`], [`Agent::never_send`] (`never-send`).
//!
//! An installer that shows the report, asks, and sends once:
//!
//! ```
//! # let dir = tempfile::tempdir()?;
//! # let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7");
//! let agent = cep::Agent::builder()
//!     .sysconf_dir(dir.path().join("etc"))
//!     .state_dir(dir.path().join("state"))
//!     .root(fixture) // a recorded host; leave out to collect on this machine
//!     .client("my-installer", "1.0")
//!     .transport(cep::transport::FileTransport::new(dir.path().join("report.tar.gz")))
//!     .build()?;
//! let preview = agent.preview()?;
//! println!("{}", serde_json::to_string_pretty(&preview.sections)?);
//! let yes = true; // the administrator's answer
//! if !yes {
//!     agent.disable()?;
//! } else if let cep::Sent::Sent { delivery, .. } = agent.send(false)? {
//!     assert_eq!(delivery.delivered.len(), 1);
//!     assert_eq!(agent.ledger()?.entries.len(), 1);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A third party adds a collector with [`AgentBuilder::collector`]: it is
//! listed, inventoried, scheduled, run and guarded like the built-in ones.
//! Collector authors depend on [`core`] (`cep-core`) alone; see
//! `examples/third_party_collector`.
//!
//! The crates underneath stay available: the model ([`core`]), the
//! privacy engine ([`privacy`]), the live command runner ([`exec`]), the
//! built-in collectors ([`collectors`]) and the transports ([`transport`]).
//! The Agent's machinery has its own modules, each usable alone:
//! [`config`], [`consent`], [`identity`], [`schedule`], [`state`],
//! [`spool`] (with [`lock`]), [`delivery`], [`ledger`], [`quarantine`],
//! [`policy`] (which collection policy applies, and why) and [`notice`]
//! (new fields announced before they are sent).
#![deny(missing_docs)]

mod agent;
pub mod config;
pub mod consent;
pub mod delivery;
mod error;
mod fields;
mod forget;
mod hooks;
pub mod identity;
mod info;
pub mod ledger;
pub mod lock;
pub mod notice;
pub mod policy;
pub mod quarantine;
mod report_path;
mod run;
pub mod schedule;
mod send;
pub mod spool;
pub mod state;
#[cfg(feature = "test-hooks")]
mod test_hooks;

pub use agent::{Agent, AgentBuilder, TransportSummary};
pub use cep_collectors::scripts::SCRIPTS_ID;
pub use error::{Error, Result};
pub use fields::{Accepted, NeverSent};
pub use forget::{Forgotten, ForgottenId};
pub use hooks::{Progress, Spooled};
#[cfg(feature = "test-hooks")]
pub use hooks::{RunHooks, RunPoint};
pub use info::{
    ConsentCheck, Enabled, InventoryRow, LedgerView, ListEntry, Listing, PinnedKey, StatusView,
};
pub use notice::WaitingField;
pub use policy::{POLICY_FILE, PolicyChoice};
pub use report_path::{ArchiveSummary, Collected, Preview};
pub use run::{LocalTime, NextDue, RunMode, RunOutcome, ScheduleRow, ScheduleView};
pub use send::{Delivery, Flushed, PendingReport, Sent, SpoolView, StrayFile};
pub use spool::UnrecordedReport;

pub use cep_collectors as collectors;
pub use cep_core as core;
pub use cep_exec as exec;
pub use cep_privacy as privacy;
pub use cep_transport as transport;
