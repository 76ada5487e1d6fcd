//! # cep-core
//!
//! The model at the centre of cep, the anonymous usage-statistics client for
//! OpenVZ / Virtuozzo hardware nodes: what a collector or a transport author
//! needs, and nothing of the agent that runs them (that is the `cep`
//! facade). A third-party collector depends on this crate alone.
//!
//! - [`Collector`]: one topic of facts. Four required methods (`id`,
//!   `describe`, `fields`, `collect`); it reads the host only through
//!   [`Host`]. A [`CollectorSet`] is one scheduled unit whose members are
//!   found on the host (the external scripts). [`Schedule`] is when it is
//!   due by default.
//! - [`Host`]: a root directory plus a [`CommandRunner`]. The live runner
//!   (crate `cep-exec`) enforces a timeout (TERM, then KILL) and an output
//!   cap on every command; fixture hosts (`DIR/fs/` + `DIR/commands.toml`,
//!   feature `fixture`) replay recorded hosts.
//! - [`run_collectors`]: runs collectors in parallel with deadlines; a
//!   failing, hanging or panicking collector costs only its own section.
//! - [`Report`]: manifest + sections + `collect.log`, encoded as a
//!   deterministic `.tar.gz` ([`Archive`]) and read back under [`ReadLimits`].
//! - [`seal`]: the report through the [`PrivacyGuard`] (required; the
//!   detection engine is crate `cep-privacy`) and any extra [`Guard`]s into
//!   a [`Sealed`] report, the only kind a [`Transport`] sends.
//! - [`Transport`]: async delivery of a [`Sealed`] report, returning a
//!   [`Receipt`] or a [`TransportError`] that says retryable or permanent;
//!   [`Protocol`] and the receipts are the wire types client and servers
//!   share. [`Policy`] is the collection policy a server publishes.
//!
//! Features: `fixture` (fixture hosts), `digest` (SHA-256 of archives,
//! the policy's version), `rfc3339` (a received manifest's time checked
//! strictly), `sign` (Ed25519 signatures of a served policy, with ring),
//! `testing` (fixture, digest and rfc3339, plus test doubles).
//!
//! ```
//! use std::sync::Arc;
//! use cep_core::{run_collectors, ClientInfo, Collector, Host, Report, RunOptions};
//! # use cep_core::{CollectError, Section};
//! # struct Kernel;
//! # impl Collector for Kernel {
//! #     fn id(&self) -> &str { "example.kernel" }
//! #     fn describe(&self) -> &str { "kernel release" }
//! #     fn fields(&self) -> Vec<cep_core::Field> {
//! #         vec![cep_core::Field::new("release", cep_core::FieldKind::String, "kernel release")]
//! #     }
//! #     fn collect(&self, host: &Host) -> Result<Section, CollectError> {
//! #         Section::json(&serde_json::json!({ "release": host.kernel_release() }))
//! #     }
//! # }
//!
//! // A fixture host: DIR/fs mirrors the host's files (the `testing`
//! // feature's FixtureHostBuilder writes these for you).
//! let dir = tempfile::tempdir()?;
//! std::fs::create_dir_all(dir.path().join("fs/proc/sys/kernel"))?;
//! std::fs::write(dir.path().join("fs/proc/sys/kernel/osrelease"), "2.6.32-042stab145.3\n")?;
//! let collectors: Vec<Arc<dyn Collector>> = vec![Arc::new(Kernel)];
//! let collection = run_collectors(&collectors, &Host::fixture(dir.path())?, &RunOptions::default());
//! let report = Report::new(collection, uuid::Uuid::new_v4(), ClientInfo::default());
//! let archive = report.to_archive()?;
//! let back = Report::read(&archive.bytes, &cep_core::ReadLimits::default())?;
//! assert_eq!(back.sections["example.kernel"].as_json().unwrap()["release"], "2.6.32-042stab145.3");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

pub mod collector;
pub mod collector_set;
mod command;
#[cfg(feature = "digest")]
mod digest;
pub mod fsutil;
pub mod guard;
pub mod host;
pub mod pipeline;
pub mod policy;
pub mod privacy;
pub mod report;
pub mod runner;
pub mod schedule;
#[cfg(feature = "sign")]
pub mod signing;
#[cfg(feature = "testing")]
pub mod testing;
pub mod transport;

pub use collector::{
    CollectError, Collector, Field, FieldKind, Misfit, Section, ValueKind, WithTimeout,
    check_kinds, undeclared_paths,
};
pub use collector_set::{CollectorSet, Member};
pub use command::{
    CommandError, CommandLimits, CommandOutput, CommandRunner, CommandSpec, ExitKind, FixtureRunner,
};
pub use host::{Host, HostError};
pub use pipeline::{Guard, GuardViolation, PipelineError, Sealed, seal};
pub use policy::{Policy, PolicyDocument, PolicyNote};
pub use privacy::{Detector, PrivacyError, PrivacyGuard, Scrubber, Secrets};
pub use report::{
    Archive, ArchiveError, ClientInfo, Manifest, ManifestEntry, ReadLimits, Report, Status,
};
pub use runner::{Collection, Outcome, RunOptions, duration_text, run_collectors};
pub use schedule::{Meal, Schedule, TimeOfDay, Weekday};
pub use transport::{ForgetReceipt, Protocol, Receipt, Retry, Transport, TransportError};

// Re-exported so collector authors need no direct dependency to build
// sections and ids.
pub use serde_json;
pub use uuid;

/// Every error cep-core produces, for callers that handle them in one
/// place: each module's error converts with `?`.
///
/// ```
/// use cep_core::{Host, Report};
/// // A host error and an archive error both become cep_core::Error.
/// fn release_of(host: &Host, archive: &[u8]) -> Result<String, cep_core::Error> {
///     let on_host = host.read("/proc/sys/kernel/osrelease")?;
///     let report = Report::read(archive, &Default::default())?;
///     Ok(format!("{} {}", on_host.trim(), report.manifest.report_id))
/// }
/// let dir = tempfile::tempdir()?;
/// std::fs::create_dir_all(dir.path().join("fs"))?;
/// let host = Host::fixture(dir.path())?;
/// let err = release_of(&host, b"").unwrap_err();
/// assert!(err.to_string().contains("/proc/sys/kernel/osrelease"), "{err}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Host access.
    #[error(transparent)]
    Host(#[from] HostError),
    /// Report archive.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    /// Delivery.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// Building the archive.
    #[error(transparent)]
    Pipeline(#[from] PipelineError),
    /// Building the privacy guard.
    #[error(transparent)]
    Privacy(#[from] PrivacyError),
    /// An external command.
    #[error(transparent)]
    Command(#[from] CommandError),
}
